#include "durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

void syncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool writeDurably(const QString &path, const QByteArray &data, QString *why)
{
    const QString tmp = path + QStringLiteral(".tmp");
    const int fd = ::open(
        QFile::encodeName(tmp).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        *why = QStringLiteral("cannot write %1: %2").arg(tmp, errnoText());
        return false;
    }
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *why = QStringLiteral("cannot write %1: %2").arg(tmp, errnoText());
            ::close(fd);
            ::unlink(QFile::encodeName(tmp).constData());
            return false;
        }
        done += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0
        || ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0) {
        *why = QStringLiteral("cannot save %1: %2").arg(path, errnoText());
        ::unlink(QFile::encodeName(tmp).constData());
        return false;
    }
    syncDir(QFileInfo(path).absolutePath());
    return true;
}

QJsonObject readJsonObject(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}
