#include "contentstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>

ContentStore::ContentStore(std::shared_ptr<const Content> content, QObject *parent)
    : QObject(parent)
    , m_content(std::make_shared<Content>())
{
    setContent(std::move(content));
}

ContentStore *ContentStore::create(QQmlEngine *engine, QJSEngine *js)
{
    ContentStore *store = MainInstance::create(engine, js);
    store->m_engine = engine; // for retranslating the screens
    return store;
}

void ContentStore::setContent(std::shared_ptr<const Content> content)
{
    Q_ASSERT(content);
    m_content = std::move(content);
    Q_EMIT contentChanged();
    Q_EMIT sectionsChanged();
    Q_EMIT textsChanged();
    if (!m_content->pack.languages.contains(m_language))
        setLanguage(m_content->pack.defaultLanguage());
}

void ContentStore::offerContent(std::shared_ptr<const Content> content)
{
    m_pending = std::move(content);
    Q_EMIT updatePendingChanged();
}

void ContentStore::applyPendingContent()
{
    if (!m_pending)
        return;
    auto next = std::move(m_pending);
    m_pending.reset();
    setContent(std::move(next));
    Q_EMIT updatePendingChanged();
}

QString ContentStore::title() const
{
    return m_content->pack.title.in(m_language, m_content->pack.defaultLanguage());
}

QString ContentStore::siteName() const
{
    return m_content->pack.siteName.in(m_language, m_content->pack.defaultLanguage());
}

bool ContentStore::isDemo() const
{
    return m_content->pack.demo;
}

QString ContentStore::packId() const
{
    return m_content->pack.id;
}

int ContentStore::packVersion() const
{
    return m_content->pack.version;
}

QStringList ContentStore::sections() const
{
    QStringList shown = m_content->filledSections(); // never a tile that opens an empty screen
    shown.removeIf([this](const QString &s) {
        return m_hidden.contains(s);
    });
    return shown;
}

void ContentStore::setHiddenSections(const QStringList &hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    Q_EMIT sectionsChanged();
}

void ContentStore::resetLanguage()
{
    setLanguage(m_content->pack.defaultLanguage());
}

QStringList ContentStore::languages() const
{
    return m_content->pack.languages;
}

void ContentStore::setLanguage(const QString &language)
{
    if (language == m_language || !m_content->pack.languages.contains(language))
        return;
    m_language = language;
    translateUi(language);
    Q_EMIT languageChanged();
    Q_EMIT textsChanged();
}

void ContentStore::translateUi(const QString &language)
{
    QCoreApplication::removeTranslator(&m_translator);
    const QString file
        = QStringLiteral(":/i18n/lactation-kiosk_") + language + QStringLiteral(".qm");
    if (QFile::exists(file) && m_translator.load(file))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine)
        m_engine->retranslate();
}

QString ContentStore::nextLanguage() const
{
    const QStringList &all = m_content->pack.languages;
    if (all.size() < 2)
        return {};
    return all.at((all.indexOf(m_language) + 1) % all.size());
}

QString ContentStore::nextLanguageName() const
{
    const QString next = nextLanguage();
    if (next.isEmpty())
        return {};
    // Qt 6.4 names "es" "español de España"; a mother from Mexico should just read "Español".
    static const QHash<QString, QString> names { { QStringLiteral("en"),
                                                     QStringLiteral("English") },
        { QStringLiteral("es"), QStringLiteral("Español") } };
    QString name = names.value(next, QLocale(next).nativeLanguageName());
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

void ContentStore::switchLanguage()
{
    const QString next = nextLanguage();
    if (!next.isEmpty())
        setLanguage(next);
}
