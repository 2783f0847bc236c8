#include "visit.h"

#include "contentstore.h"
#include "words.h"

#include <QCoreApplication>

Visit::Visit(ContentStore *store, int siteVolume, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_siteVolume(siteVolume)
    , m_volume(siteVolume)
{
    Q_ASSERT(store);
    connect(store, &ContentStore::contentChanged, this, &Visit::contentSwapped);
    // Between screens, or at once when she is at home: never under her finger.
    connect(store, &ContentStore::updatePendingChanged, this, [this] {
        if (m_screen == u"home")
            m_store->applyPendingContent();
    });
    m_profile = profileOf(content()->pack.defaultLanguage());
    translateUi();
}

Visit *Visit::create(QQmlEngine *engine, QJSEngine *js)
{
    Visit *visit = MainInstance::create(engine, js);
    visit->m_engine = engine; // for retranslating the screens
    return visit;
}

std::shared_ptr<const Content> Visit::content() const
{
    return m_store->content();
}

QString Visit::title() const
{
    const PackInfo &pack = content()->pack;
    return pack.title.in(language(), pack.defaultLanguage());
}

QString Visit::siteName() const
{
    const PackInfo &pack = content()->pack;
    return pack.siteName.in(language(), pack.defaultLanguage());
}

void Visit::contentSwapped()
{
    Q_EMIT contentChanged();
    Q_EMIT textsChanged();
    if (!languages().contains(language())) {
        setLanguage(content()->pack.defaultLanguage());
        return;
    }
    // The pack may bring its own profile of the language on screen, its own words for it, and
    // another default language whose words stand in for the ones hers lacks. Bindings that ask
    // Words re-run on languageChanged (QQmlEngine::retranslate reaches only qsTr's).
    m_profile = profileOf(language());
    translateUi();
    Q_EMIT languageChanged();
}

LanguageProfile Visit::profileOf(const QString &tag) const
{
    return LanguageProfile::of(tag, content()->pack.languageProfiles.value(tag));
}

QStringList Visit::languages() const
{
    return content()->pack.languages;
}

void Visit::setLanguage(const QString &language)
{
    if (language == this->language() || !languages().contains(language))
        return;
    m_profile = profileOf(language);
    translateUi();
    Q_EMIT languageChanged();
    Q_EMIT textsChanged();
}

void Visit::translateUi()
{
    m_words.usePack(content());
    m_words.install(language(), content()->pack.defaultLanguage());
    if (m_engine)
        m_engine->retranslate();
}

QString Visit::touchToStartIn(const QString &tag) const
{
    return m_words.translate(tag, "Words", QT_TRANSLATE_NOOP("Words", "Touch the screen to start"));
}

QString Visit::nextLanguage() const
{
    const QStringList all = languages();
    if (all.size() < 2)
        return {};
    return all.at((all.indexOf(language()) + 1) % all.size());
}

QString Visit::nextLanguageName() const
{
    const QString next = nextLanguage();
    return next.isEmpty() ? QString() : profileOf(next).nativeName;
}

QVariantMap Visit::describe(const QString &tag) const
{
    const LanguageProfile profile = profileOf(tag);
    return { { QStringLiteral("tag"), tag }, { QStringLiteral("name"), profile.nativeName },
        { QStringLiteral("rightToLeft"), profile.rightToLeft() },
        { QStringLiteral("fontFamily"), profile.fonts.value(0) } };
}

QVariantList Visit::languageChoices() const
{
    QVariantList choices;
    for (const QString &tag : languages())
        choices.append(describe(tag));
    return choices;
}

QStringList Visit::languagesWhoseWordsAre(const QString &state) const
{
    QStringList names;
    for (const QString &tag : languages()) {
        if (m_words.state(tag) == state)
            names.append(profileOf(tag).nativeName);
    }
    return names;
}

QVariantList Visit::languageNotices() const
{
    QVariantList notices;
    for (const LanguageNotice &notice : content()->languageHelp) {
        QVariantMap entry = describe(notice.language);
        entry.insert(QStringLiteral("text"), profileOf(notice.language).isolated(notice.text));
        notices.append(entry);
    }
    return notices;
}

void Visit::switchLanguage()
{
    const QString next = nextLanguage();
    if (!next.isEmpty())
        setLanguage(next);
}

void Visit::setTextSize(TextSize size)
{
    if (size == m_textSize)
        return;
    m_textSize = size;
    Q_EMIT modesChanged();
    if (size != Normal)
        markUsed(size == Large ? QStringLiteral("largeText") : QStringLiteral("largestText"));
}

double Visit::textScale(TextSize size)
{
    switch (size) {
    case Normal:
        break;
    case Large:
        return 1.35;
    case Largest:
        return 1.8;
    }
    return 1;
}

QString Visit::textSizeName(TextSize size)
{
    switch (size) {
    case Normal:
        break;
    case Large:
        return QStringLiteral("large");
    case Largest:
        return QStringLiteral("largest");
    }
    return QStringLiteral("normal");
}

bool Visit::parseTextSize(const QString &name, TextSize *size)
{
    for (const TextSize s : { Normal, Large, Largest }) {
        if (name == textSizeName(s)) {
            *size = s;
            return true;
        }
    }
    return false;
}

void Visit::nextTextSize()
{
    setTextSize(m_textSize == Normal ? Large : m_textSize == Large ? Largest : Normal);
}

void Visit::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    Q_EMIT modesChanged();
    if (on)
        markUsed(QStringLiteral("highContrast"));
}

void Visit::setReachDown(bool down)
{
    if (down == m_reachDown)
        return;
    m_reachDown = down;
    Q_EMIT reachDownChanged();
    if (down)
        markUsed(QStringLiteral("reach"));
}

void Visit::setVolume(int percent)
{
    percent = std::clamp(percent, 0, 100);
    if (percent == m_volume)
        return;
    m_volume = percent;
    Q_EMIT volumeChanged();
}

void Visit::go(const QString &screen)
{
    m_store->applyPendingContent();
    if (screen == m_screen)
        return;
    m_screen = screen;
    Q_EMIT screenChanged();
}

void Visit::open(const QString &screen, const QString &pageId)
{
    go(screen);
    if (m_visiting)
        Q_EMIT opened(screen, pageId);
}

void Visit::begin()
{
    if (m_visiting)
        return;
    m_visiting = true;
    Q_EMIT began();
}

void Visit::markUsed(const QString &feature)
{
    if (m_visiting)
        Q_EMIT used(feature);
}

void Visit::noteTakeAway(const QString &kind)
{
    if (m_visiting)
        Q_EMIT takeAwayShown(kind);
}

void Visit::end()
{
    if (m_visiting) {
        Q_EMIT ending();
        m_visiting = false;
    }
    setReachDown(false);
    setLanguage(content()->pack.defaultLanguage());
    const bool modes = m_textSize != Normal || m_highContrast;
    m_textSize = Normal;
    m_highContrast = false;
    if (modes)
        Q_EMIT modesChanged();
    setVolume(m_siteVolume);
    if (m_speechMode || m_blanked) {
        m_speechMode = false;
        m_blanked = false;
        Q_EMIT speechModeChanged();
    }
    go(QStringLiteral("home")); // shows the newest pack too
    Q_EMIT ended();
}

void Visit::startSpeechMode()
{
    if (m_speechMode)
        return;
    m_speechMode = true;
    Q_EMIT speechModeChanged();
    markUsed(QStringLiteral("keypad"));
}

void Visit::setBlanked(bool dark)
{
    dark = dark && m_speechMode; // a dark screen only for someone who hears it
    if (dark == m_blanked)
        return;
    m_blanked = dark;
    Q_EMIT speechModeChanged();
}
