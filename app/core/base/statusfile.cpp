#include "statusfile.h"

#include "durablefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

StatusFile::StatusFile(const QString &stateDir)
    : m_file(QDir(stateDir).absoluteFilePath(QStringLiteral("status.json")))
{
}

void StatusFile::update(const QJsonObject &changes) const
{
    // The feed check (a worker thread, or a cron --sync-once) and the room board each own some
    // keys: read, merge and write under a lock of its own so neither loses the other's.
    const int fd = ::open(QFile::encodeName(m_file + QStringLiteral(".lock")).constData(),
        O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd >= 0)
        ::flock(fd, LOCK_EX);
    QJsonObject status = readJsonObject(m_file);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        status.insert(it.key(), it.value());
    QString why;
    writeDurably(m_file, QJsonDocument(status).toJson(), &why);
    if (fd >= 0)
        ::close(fd); // also releases the lock
}

QJsonObject StatusFile::read() const
{
    return readJsonObject(m_file);
}
