#include "feedsource.h"

#include <QFile>
#include <QFileInfo>

FolderSource::FolderSource(QString folder)
    : m_folder(std::move(folder))
{
}

std::optional<QByteArray> FolderSource::fetch(
    const QString &path, qint64 maxBytes, QString *why, FetchFailure *failure)
{
    *failure = FetchFailure::Refused;
    QFile file(m_folder + u'/' + path);
    if (!file.exists()) {
        *failure = FetchFailure::Missing;
        *why = path + QStringLiteral(" is not in the feed");
        return std::nullopt;
    }
    if (!QFileInfo(file).isFile() || !file.open(QIODevice::ReadOnly)) {
        *why = path + QStringLiteral(" cannot be read");
        return std::nullopt;
    }
    const QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes) {
        *why = QStringLiteral("%1 is over its limit of %2 bytes").arg(path).arg(maxBytes);
        return std::nullopt;
    }
    return data;
}
