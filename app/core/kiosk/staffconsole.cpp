#include "staffconsole.h"

#include "contentloader.h"
#include "contentstore.h"
#include "durablefile.h"
#include "feedpoller.h"
#include "kiosksession.h"
#include "packstore.h"
#include "statusfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

QString localFile(const QString &stateDir)
{
    return stateDir.isEmpty() ? QString() : stateDir + QStringLiteral("/kiosk-settings.json");
}

} // namespace

StaffConsole::StaffConsole(KioskSettings settings, QString stateDir, ContentStore *store,
    KioskSession *session, StaffAccess::Clock clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_stateDir(std::move(stateDir))
    , m_store(store)
    , m_session(session)
    , m_access(m_settings.pinHash,
          m_stateDir.isEmpty() ? QString() : m_stateDir + QStringLiteral("/staff-lockout.json"),
          std::move(clock))
{
    // What staff chose on this kiosk outlives a restart.
    QFile f(localFile(m_stateDir));
    if (!m_stateDir.isEmpty() && f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.read(65536)).object();
        QStringList hidden;
        for (const QJsonValue &v : o.value(u"hiddenSections").toArray())
            hidden.append(v.toString());
        m_store->setHiddenSections(hidden);
        if (o.contains(u"idleSeconds"))
            m_session->setIdleSeconds(o.value(u"idleSeconds").toInt());
    }
    connect(m_store, &ContentStore::sectionsChanged, this, &StaffConsole::sectionsChanged);
    connect(m_session, &KioskSession::staffOpenChanged, this, [this] {
        if (!m_session->staffOpen() && m_open) { // 60 s without a touch
            m_open = false;
            Q_EMIT openChanged();
        }
    });
}

void StaffConsole::setPoller(FeedPoller *poller)
{
    m_poller = poller;
    connect(poller, &FeedPoller::checked, this, [this](bool, const QString &message) {
        setMessage(message);
        refreshFeed();
    });
}

int StaffConsole::lockedSeconds() const
{
    const QDateTime until = m_access.lockedUntil();
    return until.isValid() ? int(QDateTime::currentDateTimeUtc().secsTo(until)) + 1 : 0;
}

QString StaffConsole::enterPin(const QString &pin)
{
    const StaffAccess::Result result = m_access.check(pin);
    Q_EMIT lockChanged();
    switch (result) {
    case StaffAccess::Result::Granted:
        m_open = true;
        setMessage({});
        m_session->openStaff();
        Q_EMIT openChanged();
        refreshFeed();
        return QStringLiteral("granted");
    case StaffAccess::Result::Wrong:
        qWarning("staff: a wrong PIN was entered (%d in a row)", m_access.failures());
        return QStringLiteral("wrong");
    case StaffAccess::Result::LockedOut:
        qWarning("staff: the panel is locked until %s",
            qPrintable(m_access.lockedUntil().toString(Qt::ISODate)));
        return QStringLiteral("locked");
    case StaffAccess::Result::NoPin:
        break;
    }
    return QStringLiteral("nopin");
}

void StaffConsole::close()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT openChanged();
    m_session->closeStaff();
}

QStringList StaffConsole::allSections() const
{
    return m_store->content()->pack.sections;
}

QStringList StaffConsole::hiddenSections() const
{
    return m_store->hiddenSections();
}

QVariantMap StaffConsole::sectionShown() const
{
    QVariantMap shown;
    for (const QString &s : allSections())
        shown.insert(s, !m_store->hiddenSections().contains(s));
    return shown;
}

void StaffConsole::setSectionHidden(const QString &section, bool hidden)
{
    if (!m_open)
        return;
    QStringList list = m_store->hiddenSections();
    list.removeAll(section);
    if (hidden)
        list.append(section);
    // The home screen keeps at least one way in.
    if (allSections().size()
            - int(std::count_if(allSections().cbegin(), allSections().cend(),
                [&](const QString &s) {
                    return list.contains(s);
                }))
        < 1) {
        setMessage(tr("At least one section stays on the home screen."));
        return;
    }
    m_store->setHiddenSections(list);
    saveLocal();
}

void StaffConsole::setIdleSeconds(int seconds)
{
    if (!m_open)
        return;
    m_session->setIdleSeconds(seconds);
    saveLocal();
}

void StaffConsole::saveLocal() const
{
    if (m_stateDir.isEmpty())
        return;
    QString why;
    if (!writeDurably(localFile(m_stateDir),
            QJsonDocument(QJsonObject { { QStringLiteral("hiddenSections"),
                                            QJsonArray::fromStringList(m_store->hiddenSections()) },
                              { QStringLiteral("idleSeconds"), m_session->idleSeconds() } })
                .toJson(),
            &why))
        qWarning("staff: the settings cannot be kept: %s", qPrintable(why));
}

void StaffConsole::refreshFeed()
{
    // Read once here, not by each of the panel's lines.
    m_feed.clear();
    m_feed.insert(QStringLiteral("packId"), m_store->packId());
    m_feed.insert(QStringLiteral("packVersion"), m_store->packVersion());
    if (!m_stateDir.isEmpty()) {
        const PackStore packs(m_stateDir);
        const QJsonObject status = StatusFile(m_stateDir).read();
        for (const char *key : { "feedVersion", "lastCheck", "lastSuccess", "lastError",
                 "metadataExpires", "nextCheck" })
            m_feed.insert(QString::fromLatin1(key), status.value(QLatin1String(key)).toVariant());
        m_feed.insert(QStringLiteral("previousVersion"), packs.previousVersion());
    }
    Q_EMIT feedChanged();
}

QString StaffConsole::packLabel() const
{
    return tr("%1, version %2").arg(m_store->packId()).arg(m_store->packVersion());
}

void StaffConsole::checkForUpdates()
{
    if (!m_open)
        return;
    if (!m_poller) {
        setMessage(tr("This kiosk has no content feed configured."));
        return;
    }
    setMessage(tr("Checking for updates…"));
    m_poller->checkNow();
}

bool StaffConsole::rollBack()
{
    if (!m_open)
        return false;
    if (m_stateDir.isEmpty()) {
        setMessage(tr("This kiosk has no content feed configured."));
        return false;
    }
    PackStore packs(m_stateDir);
    QString why;
    if (!packs.lock(&why)) {
        setMessage(tr("An update check is running; try again in a minute."));
        return false;
    }
    const int from = packs.currentVersion();
    if (!packs.rollBack(&why)) {
        setMessage(why);
        return false;
    }
    const auto loaded = ContentLoader::load(packs.currentPath());
    if (!loaded.ok()) {
        packs.switchTo(from, &why); // never leave the kiosk on a pack that does not load
        setMessage(tr("The previous pack does not load; nothing was changed."));
        return false;
    }
    // The feed still offers the version left behind: skip it until a newer one is published.
    packs.markBad(from,
        QStringLiteral("rolled back by staff on %1")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    StatusFile(m_stateDir)
        .update({ { QStringLiteral("feedVersion"), packs.currentVersion() },
            { QStringLiteral("packVersion"), loaded.content->pack.version } });
    m_store->setContent(loaded.content);
    qInfo("staff: rolled back from feed version %d to %d", from, packs.currentVersion());
    setMessage(tr("Rolled back to feed version %1.").arg(packs.currentVersion()));
    refreshFeed();
    return true;
}

void StaffConsole::exitKiosk()
{
    if (m_open && m_settings.allowExit)
        Q_EMIT exitRequested();
}

void StaffConsole::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}
