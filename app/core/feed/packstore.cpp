#include "packstore.h"

#include "durablefile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

PackStore::PackStore(QString stateDir)
    : m_dir(QDir(stateDir).absolutePath())
{
}

bool PackStore::lock(QString *why)
{
    if (m_lockFd >= 0)
        return true;
    const int fd = ::open(QFile::encodeName(path(QStringLiteral("lock"))).constData(),
        O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        *why = QStringLiteral("another update check is using %1").arg(m_dir);
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    m_lockFd = fd;
    return true;
}

PackStore::~PackStore()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the lock
}

bool PackStore::prepare(QString *why)
{
    for (const char *sub : { "objects/partial", "generations", "trusted" }) {
        if (!QDir().mkpath(path(QString::fromLatin1(sub)))) {
            *why = QStringLiteral("cannot create %1").arg(path(QString::fromLatin1(sub)));
            return false;
        }
    }
    // Left by kiosks that fetched timestamp.json conditionally: no longer read.
    for (const char *old :
        { "trusted/timestamp.json", "trusted/timestamp.etag", "trusted/timestamp.fetched" })
        QFile::remove(path(QString::fromLatin1(old)));
    return true;
}

int PackStore::linkVersion(const QString &link) const
{
    const QString target = QFileInfo(path(link)).symLinkTarget();
    if (target.isEmpty() || !QFileInfo::exists(target))
        return 0;
    return QFileInfo(target).fileName().toInt();
}

QString PackStore::currentPath() const
{
    return currentVersion() > 0 ? path(QStringLiteral("current")) : QString();
}

int PackStore::currentVersion() const
{
    return linkVersion(QStringLiteral("current"));
}

int PackStore::previousVersion() const
{
    return linkVersion(QStringLiteral("previous"));
}

bool PackStore::hasObject(const QString &sha256) const
{
    return QFileInfo::exists(path(QStringLiteral("objects/") + sha256));
}

QString PackStore::partialPath(const QString &sha256) const
{
    return path(QStringLiteral("objects/partial/") + sha256);
}

bool PackStore::storeObject(const QString &sha256, const QByteArray &data, QString *why)
{
    if (!writeDurably(path(QStringLiteral("objects/") + sha256), data, why))
        return false;
    QFile::remove(partialPath(sha256));
    return true;
}

std::optional<QString> PackStore::stage(int version, const Tuf::Targets &targets, QString *why)
{
    const QString final = path(QStringLiteral("generations/%1").arg(version));
    const QString staging = final + QStringLiteral(".staging");
    QDir(staging).removeRecursively(); // left by a run that was killed
    if (QFileInfo::exists(final) && currentVersion() != version && previousVersion() != version)
        QDir(final).removeRecursively();
    if (QFileInfo::exists(final))
        return final;
    for (auto it = targets.files.constBegin(); it != targets.files.constEnd(); ++it) {
        const QString to = staging + u'/' + it.key();
        QDir().mkpath(QFileInfo(to).absolutePath());
        const QString from = path(QStringLiteral("objects/") + it.value().sha256);
        if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
            // No hard links here: a durable copy instead (objects then stay single-linked and
            // are downloaded again after the next switch).
            QFile object(from);
            if (!object.open(QIODevice::ReadOnly) || !writeDurably(to, object.readAll(), why)) {
                *why = QStringLiteral("cannot place %1 in the new pack: %2").arg(it.key(), *why);
                return std::nullopt;
            }
        }
    }
    QDirIterator dirs(staging, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext())
        syncDir(dirs.next());
    syncDir(staging);
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(final).constData())
        != 0) {
        *why = QStringLiteral("cannot finish the new pack: %1").arg(errnoText());
        return std::nullopt;
    }
    syncDir(path(QStringLiteral("generations")));
    return final;
}

bool PackStore::pointLink(const QString &link, int version, QString *why)
{
    const QByteArray tmp = QFile::encodeName(path(link + QStringLiteral(".new")));
    const QByteArray target = QStringLiteral("generations/%1").arg(version).toUtf8();
    ::unlink(tmp.constData());
    if (::symlink(target.constData(), tmp.constData()) != 0
        || ::rename(tmp.constData(), QFile::encodeName(path(link)).constData()) != 0) {
        *why = QStringLiteral("cannot switch %1: %2").arg(link, errnoText());
        return false;
    }
    syncDir(m_dir);
    return true;
}

bool PackStore::switchTo(int version, QString *why)
{
    const int old = currentVersion();
    if (old > 0 && old != version && !pointLink(QStringLiteral("previous"), old, why))
        return false;
    return pointLink(QStringLiteral("current"), version, why);
}

bool PackStore::rollBack(QString *why)
{
    const int previous = previousVersion();
    const int current = currentVersion();
    if (previous <= 0) {
        *why = QStringLiteral("there is no previous pack to go back to");
        return false;
    }
    return pointLink(QStringLiteral("current"), previous, why)
        && pointLink(QStringLiteral("previous"), current, why);
}

void PackStore::collectGarbage()
{
    // Current, previous, and the newest other one: a screen left open across two updates may
    // still show it until the visitor moves on.
    QSet<QString> keep { QString::number(currentVersion()), QString::number(previousVersion()) };
    QList<int> others;
    for (const QString &name :
        QDir(path(QStringLiteral("generations"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!keep.contains(name) && !name.endsWith(QStringLiteral(".staging")))
            others.append(name.toInt());
    }
    if (!others.isEmpty())
        keep.insert(QString::number(*std::max_element(others.cbegin(), others.cend())));
    for (const QString &name :
        QDir(path(QStringLiteral("generations"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!keep.contains(name))
            QDir(path(QStringLiteral("generations/") + name)).removeRecursively();
    }
    // An object is in use while a kept generation links to it (link count above one).
    QDirIterator objects(path(QStringLiteral("objects")), QDir::Files);
    while (objects.hasNext()) {
        const QString object = objects.next();
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(object).constData(), &st) == 0 && st.st_nlink <= 1)
            QFile::remove(object);
    }
}

bool PackStore::isBad(int version) const
{
    return readJsonObject(path(QStringLiteral("bad.json"))).contains(QString::number(version));
}

void PackStore::markBad(int version, const QString &reason)
{
    QJsonObject bad = readJsonObject(path(QStringLiteral("bad.json")));
    bad.insert(QString::number(version), reason);
    QString why;
    writeDurably(path(QStringLiteral("bad.json")), QJsonDocument(bad).toJson(), &why);
}

QByteArray PackStore::trustedRoot() const
{
    QFile f(path(QStringLiteral("trusted/root.json")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool PackStore::saveTrustedRoot(const QByteArray &envelope, QString *why)
{
    return writeDurably(path(QStringLiteral("trusted/root.json")), envelope, why);
}

TrustedVersions PackStore::trustedVersions() const
{
    const QJsonObject o = readJsonObject(path(QStringLiteral("trusted/versions.json")));
    TrustedVersions v;
    v.timestamp = o.value(QStringLiteral("timestamp")).toInt();
    v.snapshot = o.value(QStringLiteral("snapshot")).toInt();
    v.targets = o.value(QStringLiteral("targets")).toInt();
    v.snapshotExpires
        = QDateTime::fromString(o.value(QStringLiteral("snapshotExpires")).toString(), Qt::ISODate);
    v.targetsExpires
        = QDateTime::fromString(o.value(QStringLiteral("targetsExpires")).toString(), Qt::ISODate);
    return v;
}

bool PackStore::saveTrustedVersions(const TrustedVersions &v, QString *why)
{
    const QJsonObject o { { QStringLiteral("timestamp"), v.timestamp },
        { QStringLiteral("snapshot"), v.snapshot }, { QStringLiteral("targets"), v.targets },
        { QStringLiteral("snapshotExpires"), Tuf::isoUtc(v.snapshotExpires) },
        { QStringLiteral("targetsExpires"), Tuf::isoUtc(v.targetsExpires) } };
    return writeDurably(
        path(QStringLiteral("trusted/versions.json")), QJsonDocument(o).toJson(), why);
}
