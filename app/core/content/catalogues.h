#pragma once

#include "packdir.h"
#include "problem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

/**
 * The UI's words in a language: a Qt Linguist catalogue (.ts), built in or brought by a pack.
 * One reader for both, so the kiosk, the staff panel, the fleet status and `validate` agree on
 * which words a language has and whether a person has reviewed them.
 */
struct UiCatalogue
{
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool translated = false; ///< a translation or every plural form is there
        bool finished = false; ///< a person marked it done (no type="unfinished")
    };

    QString language; ///< BCP 47 ("pt-BR"); Qt Linguist's "pt_BR" is read as such
    QList<Message> messages; ///< in use; vanished and obsolete ones are left out
    QString file; ///< pack-relative ("i18n/vi.ts") for a pack's catalogue
    QByteArray qm; ///< compiled by Qt's lrelease, for QTranslator; a pack's catalogue only

    /** The translated message with this context, source and comment, or nullptr. */
    const Message *find(const Message &word) const;
    bool translates(const Message &word) const { return find(word) != nullptr; }
    qsizetype unfinishedCount() const;

    /** Reads a .ts document; what is wrong is reported in @p sink with its line. */
    static std::optional<UiCatalogue> parse(const QByteArray &xml, ProblemSink &sink);
};

namespace UiCatalogues {

/** Every word the UI says (context, source, comment), from the built-in catalogues. */
const QList<UiCatalogue::Message> &words();

/** The catalogue the kiosk ships for @p language, or nullptr (English is the source). */
const UiCatalogue *builtIn(const QString &language);

/**
 * Whose words a visitor reading @p language sees and whether a person reviewed them: "source"
 * (English), "reviewed", "unreviewed" or "none" (the default language's words stand in). A pack's
 * catalogue counts first; a word it lacks comes from the built-in one.
 */
QString state(const QString &language, const QList<UiCatalogue> &packCatalogues);

/** How many of the UI's words neither the pack's nor the built-in catalogue of @p language has. */
qsizetype missingCount(const QString &language, const QList<UiCatalogue> &packCatalogues);

/** Where Qt's lrelease is, or empty when it is not installed (Debian: qt6-l10n-tools). */
QString lrelease();

} // namespace UiCatalogues
