#pragma once

#include "contentstore.h"
#include "languageprofile.h"
#include "maininstance.h"
#include "uitranslators.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <memory>

/**
 * One visitor's visit: the choices she makes (her language, text size, contrast, the screen
 * brought within reach, the read-aloud's volume) and the screen she is on; end() forgets all of
 * them at once. Her language is a LanguageProfile, so everything that follows it (the UI's words,
 * dates, direction, voice) follows the profile's data, never a language code.
 *
 * The content store keeps only the pack; the visit decides when an offered pack is shown (as she
 * moves between screens, at once when she is at home, and at the reset), so nothing changes under
 * her finger. Nothing of a visit is kept past end(), in memory or on disk.
 *
 * The visit is also where the day's counts hook in (ReachCounter): it says when a visit began
 * and is ending, which screen she opened, which feature and take-away she used. Each is a signal
 * of this moment only; the visit keeps no history of them.
 */
class Visit : public QObject, public MainInstance<Visit>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY contentChanged)
    Q_PROPERTY(QString nextLanguageName READ nextLanguageName NOTIFY languageChanged)
    /** The visitor's language by its own name. */
    Q_PROPERTY(QString languageName READ languageName NOTIFY languageChanged)
    /** Where the visitor's language is in the pack's list. */
    Q_PROPERTY(int languageIndex READ languageIndex NOTIFY languageChanged)
    /** Three languages or more: the language button opens the chooser instead of switching. */
    Q_PROPERTY(bool choosesLanguage READ choosesLanguage NOTIFY contentChanged)
    /** The pack's languages in its order, for the chooser: each a map of tag, name (in itself),
     * rightToLeft and fontFamily. */
    Q_PROPERTY(QVariantList languageChoices READ languageChoices NOTIFY contentChanged)
    /** The site's notice of free language help, for the language-help screen: each a map of
     * tag, name (in itself), text, rightToLeft and fontFamily, in the site's order. */
    Q_PROPERTY(QVariantList languageNotices READ languageNotices NOTIFY contentChanged)
    /** For staff: the pack's languages whose UI words no person has reviewed, by their own
     * names ("Español, Tiếng Việt"), and those with no UI words of their own. */
    Q_PROPERTY(QString unreviewedLanguages READ unreviewedLanguages NOTIFY contentChanged)
    Q_PROPERTY(QString languagesWithoutWords READ languagesWithoutWords NOTIFY contentChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    /** The font family that draws the visitor's language (its profile's first). */
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY languageChanged)
    Q_PROPERTY(TextSize textSize READ textSize WRITE setTextSize NOTIFY modesChanged)
    Q_PROPERTY(double textScale READ textScale NOTIFY modesChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY modesChanged)
    Q_PROPERTY(bool reachDown READ reachDown WRITE setReachDown NOTIFY reachDownChanged)
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool speechMode READ speechMode NOTIFY speechModeChanged)
    Q_PROPERTY(bool blanked READ blanked NOTIFY speechModeChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString siteName READ siteName NOTIFY textsChanged)

public:
    enum TextSize
    {
        Normal,
        Large,
        Largest, ///< at least 1.8 times normal
    };
    Q_ENUM(TextSize)

    /** Not default-constructible, so QML gets the instance KioskApp made. */
    explicit Visit(ContentStore *store, int siteVolume = 70, QObject *parent = nullptr);

    /** The instance main() made (MainInstance), remembering the engine to retranslate. */
    static Visit *create(QQmlEngine *engine, QJSEngine *js);

    ContentStore *store() const { return m_store; }
    /** The pack on screen. */
    std::shared_ptr<const Content> content() const;

    /** The pack's title and the site's name in the visitor's language. */
    QString title() const;
    QString siteName() const;

    QString language() const { return m_profile.tag; }
    /** Shows @p language (one of the pack's; anything else is ignored). */
    void setLanguage(const QString &language);
    const LanguageProfile &profile() const { return m_profile; }
    /** The profile of @p tag for the pack on screen (its languageProfiles over the built-in). */
    LanguageProfile profileOf(const QString &tag) const;
    QStringList languages() const;
    /** The name, in its own language, of the language one tap switches to. */
    QString nextLanguageName() const;
    bool rightToLeft() const { return m_profile.rightToLeft(); }
    QString fontFamily() const { return m_profile.fonts.value(0); }
    QString languageName() const { return m_profile.nativeName; }
    int languageIndex() const { return int(languages().indexOf(language())); }
    bool choosesLanguage() const { return languages().size() > 2; }
    QVariantList languageChoices() const;
    QVariantList languageNotices() const;
    QString unreviewedLanguages() const
    {
        return languagesWhoseWordsAre(QStringLiteral("unreviewed")).join(QStringLiteral(", "));
    }
    QString languagesWithoutWords() const
    {
        return languagesWhoseWordsAre(QStringLiteral("none")).join(QStringLiteral(", "));
    }
    /** A language as the chooser and the notices show it: tag, name, rightToLeft, fontFamily. */
    QVariantMap describe(const QString &tag) const;
    /** The own names of the pack's languages whose catalogue is in @p state (Words). */
    QStringList languagesWhoseWordsAre(const QString &state) const;
    /** Whose UI words @p tag shows and whether a person reviewed them (UiCatalogues::state). */
    QString wordsState(const QString &tag) const { return m_words.state(tag); }
    /** "Touch the screen to start" in the language @p tag, whatever the visitor's is: the attract
     * loop invites in every language of the pack, in the pack's words when it has its own. */
    Q_INVOKABLE QString touchToStartIn(const QString &tag) const;
    /** Switches to the pack's next language (wrapping), the one-tap language button. */
    Q_INVOKABLE void switchLanguage();

    TextSize textSize() const { return m_textSize; }
    void setTextSize(TextSize size);
    /** How much larger than normal the visitor's text size draws text. */
    double textScale() const { return textScale(m_textSize); }
    static double textScale(TextSize size);
    static QString textSizeName(TextSize size);
    /** "normal", "large" or "largest" to @p size; false for anything else. */
    static bool parseTextSize(const QString &name, TextSize *size);
    /** normal → large → largest → normal: one control at a fixed place on every screen. */
    Q_INVOKABLE void nextTextSize();
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    Q_INVOKABLE void toggleContrast() { setHighContrast(!m_highContrast); }
    /** The top of the screen brought down within a seated visitor's reach. */
    bool reachDown() const { return m_reachDown; }
    void setReachDown(bool down);
    Q_INVOKABLE void toggleReach() { setReachDown(!m_reachDown); }

    /** The read-aloud's volume, 0–100; the site's at the start of every visit. */
    int volume() const { return m_volume; }
    void setVolume(int percent);

    /**
     * Speech mode (operable without sight): the first key of a visit turns it on; the kiosk then
     * speaks each control as the keypad reaches it, and speech goes to the private output when
     * the site has one. Only the idle reset turns it off.
     */
    bool speechMode() const { return m_speechMode; }
    void startSpeechMode();
    /** In speech mode, the screen dark while speech goes on (privacy); the idle reset shows it. */
    bool blanked() const { return m_blanked; }
    void setBlanked(bool dark);

    QString screen() const { return m_screen; }
    /**
     * The visitor moves to @p screen (a name of ScreenList): a newer pack the feed offered is
     * shown now, between screens.
     */
    Q_INVOKABLE void go(const QString &screen);
    /**
     * The visitor opens @p screen (for an article, its page @p pageId): go(), and opened() while
     * a visit is on. Going back is go() alone: a screen she returns to was not opened again.
     */
    Q_INVOKABLE void open(const QString &screen, const QString &pageId = {});

    /** Someone touched the kiosk after the attract loop, a reset or the start: a visit began. */
    void begin();
    bool visiting() const { return m_visiting; }
    /** The visitor used @p feature (listen, keypad, largeText, largestText, highContrast, reach).
     */
    void markUsed(const QString &feature);
    /** A take-away code of @p kind (TakeAwaySheet's kind names) is on screen for her. */
    Q_INVOKABLE void noteTakeAway(const QString &kind);

    /**
     * The visit is over (the idle reset): the pack's first language, normal text and contrast,
     * the site's volume, speech mode off and the screen lit, the home screen, the newest pack.
     * ended() tells the parts that keep something of a visit (the read-aloud, the staff console,
     * the screens) to forget it.
     */
    void end();

Q_SIGNALS:
    void contentChanged();
    void languageChanged();
    /** The pack's own texts in the visitor's language changed: new pack or new language. */
    void textsChanged();
    void modesChanged();
    void reachDownChanged();
    void volumeChanged();
    void screenChanged();
    void speechModeChanged();
    void ended();
    /** A visit began (begin()). */
    void began();
    /** The visit is ending: her choices are still in place, and forgotten right after. */
    void ending();
    void opened(const QString &screen, const QString &pageId);
    void used(const QString &feature);
    void takeAwayShown(const QString &kind);

private:
    /** Installs the UI's words for her language: the pack's catalogue, the kiosk's, the default's.
     */
    void translateUi();
    QString nextLanguage() const;
    void contentSwapped();

    QPointer<ContentStore> m_store;
    LanguageProfile m_profile;
    TextSize m_textSize = Normal;
    bool m_highContrast = false;
    bool m_reachDown = false;
    bool m_speechMode = false;
    bool m_blanked = false;
    bool m_visiting = false;
    int m_siteVolume;
    int m_volume;
    QString m_screen = QStringLiteral("home");
    UiTranslators m_words; ///< the visitor's words, the default language's under them
    QPointer<QQmlEngine> m_engine;
};

/**
 * Points @p current at @p next and calls @p refresh whenever the pack or the language changes
 * (and once now): what every QML type that shows the visit's content needs.
 */
template<typename Receiver>
bool followVisit(
    Receiver *receiver, QPointer<Visit> &current, Visit *next, void (Receiver::*refresh)())
{
    if (next == current)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, receiver, nullptr);
    current = next;
    if (current) {
        QObject::connect(current, &Visit::contentChanged, receiver, refresh);
        QObject::connect(current, &Visit::languageChanged, receiver, refresh);
    }
    return true;
}
