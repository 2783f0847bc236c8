#pragma once

#include "content.h"

#include <QString>
#include <QTranslator>
#include <map>
#include <memory>

/**
 * The UI's catalogues as translators: the kiosk's own (qml/i18n), loaded once per language, and
 * the pack's (i18n/<tag>.ts), whose words win. One place for every use: the visitor's words on
 * the application, another language's words for the attract loop, and whose words they are.
 */
class UiTranslators
{
public:
    UiTranslators() = default;
    UiTranslators(const UiTranslators &) = delete;
    UiTranslators &operator=(const UiTranslators &) = delete;
    ~UiTranslators();

    /** The pack whose catalogues count; kept alive while its words may be asked for. */
    void usePack(std::shared_ptr<const Content> content);

    /**
     * Installs the words of @p language on the application, and under them those of @p fallback
     * (the pack's default language) for whatever hers lack; English, the source, is last.
     */
    void install(const QString &language, const QString &fallback);

    /** @p source of @p context in @p language, whatever is installed; the source if none has it. */
    QString translate(const QString &language, const char *context, const char *source) const;

    /** "source", "reviewed", "unreviewed" or "none": see UiCatalogues::state. */
    QString state(const QString &language) const;

    /** Where the built-in compiled catalogue of @p language is (it may not exist). */
    static QString builtInPath(const QString &language);

private:
    /** The translators of @p language, the pack's first. */
    QList<QTranslator *> chain(const QString &language) const;

    std::shared_ptr<const Content> m_pack;
    std::map<QString, std::unique_ptr<QTranslator>> m_packOwn;
    mutable std::map<QString, std::unique_ptr<QTranslator>> m_builtIn;
    QList<QTranslator *> m_installed;
};
