#pragma once

#include "content.h"
#include "maininstance.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <memory>

/** The content snapshot the screens show, and the visitor's language; one per kiosk. */
class ContentStore : public QObject, public MainInstance<ContentStore>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString siteName READ siteName NOTIFY textsChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY contentChanged)
    Q_PROPERTY(QString packId READ packId NOTIFY contentChanged)
    Q_PROPERTY(int packVersion READ packVersion NOTIFY contentChanged)
    Q_PROPERTY(QStringList sections READ sections NOTIFY sectionsChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY contentChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString nextLanguageName READ nextLanguageName NOTIFY languageChanged)
    Q_PROPERTY(bool updatePending READ updatePending NOTIFY updatePendingChanged)

public:
    // Not default-constructible on purpose (see MainInstance).
    explicit ContentStore(std::shared_ptr<const Content> content, QObject *parent = nullptr);

    /** The instance main() made (MainInstance), remembering the engine to retranslate. */
    static ContentStore *create(QQmlEngine *engine, QJSEngine *js);

    void setContent(std::shared_ptr<const Content> content);
    /**
     * A newer pack to show: kept until the visitor moves between screens (or is home), so
     * nothing changes under her finger. See applyPendingContent().
     */
    void offerContent(std::shared_ptr<const Content> content);
    bool updatePending() const { return m_pending != nullptr; }
    /** Shows the offered pack now; the screens call it as they change. */
    Q_INVOKABLE void applyPendingContent();
    std::shared_ptr<const Content> content() const { return m_content; }

    QString title() const;
    QString siteName() const;
    bool isDemo() const;
    QString packId() const;
    int packVersion() const;
    /** The pack's home sections that have something to show, less those staff have hidden. */
    QStringList sections() const;
    /** Staff lock the kiosk to a subset: these sections leave the home screen. */
    void setHiddenSections(const QStringList &hidden);
    QStringList hiddenSections() const { return m_hidden; }
    /** Back to the pack's first language (a new visitor). */
    Q_INVOKABLE void resetLanguage();
    QStringList languages() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /** The name, in its own language, of the language one tap switches to. */
    QString nextLanguageName() const;
    /** Switches to the pack's next language (wrapping), the one-tap language button. */
    Q_INVOKABLE void switchLanguage();

Q_SIGNALS:
    void contentChanged();
    void languageChanged();
    /** The pack's own texts in the visitor's language changed: new pack or new language. */
    void textsChanged();
    void updatePendingChanged();
    void sectionsChanged();

private:
    QString nextLanguage() const;
    /** Loads the UI's own words for @p language (English is the source, needs none). */
    void translateUi(const QString &language);

    std::shared_ptr<const Content> m_content;
    std::shared_ptr<const Content> m_pending;
    QString m_language;
    QStringList m_hidden;
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
};

/**
 * Points @p current at @p next and calls @p refresh whenever the pack or the language changes
 * (and once now): what every QML type that shows the store's content needs.
 */
template<typename Receiver>
bool followStore(Receiver *receiver, QPointer<ContentStore> &current, ContentStore *next,
    void (Receiver::*refresh)())
{
    if (next == current)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, receiver, nullptr);
    current = next;
    if (current) {
        QObject::connect(current, &ContentStore::contentChanged, receiver, refresh);
        QObject::connect(current, &ContentStore::languageChanged, receiver, refresh);
    }
    return true;
}
