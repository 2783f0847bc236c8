#include "packdir.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

PackDir::PackDir(const QString &path)
    : m_root(QFileInfo(path).canonicalFilePath())
{
    if (!m_root.isEmpty() && !QFileInfo(m_root).isDir())
        m_root.clear();
}

/** Why @p relative cannot name a file inside a pack, whatever the disk holds; empty if it can. */
static QString shapeProblem(const QString &relative)
{
    if (relative.isEmpty())
        return QStringLiteral("the path is empty");
    if (relative.startsWith(u'/') || relative.contains(u'\\') || relative.contains(u':'))
        return QStringLiteral("'%1' is not a path inside the pack (use a relative path with /)")
            .arg(relative);
    if (relative.split(u'/').contains(QStringLiteral("..")))
        return QStringLiteral("'%1' leaves the pack folder (..)").arg(relative);
    return {};
}

std::optional<QString> PackDir::resolve(const QString &relative, QString *why) const
{
    *why = shapeProblem(relative);
    if (!why->isEmpty())
        return std::nullopt;
    const QString joined = m_root + u'/' + relative;
    const QFileInfo info(joined);
    if (!info.exists() && !info.isSymLink()) {
        *why = QStringLiteral("'%1' does not exist").arg(relative);
        return std::nullopt;
    }
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        *why = QStringLiteral("'%1' is a link to nothing").arg(relative);
        return std::nullopt;
    }
    if (!canonical.startsWith(m_root + u'/')) {
        *why = QStringLiteral("'%1' is a link that leaves the pack folder").arg(relative);
        return std::nullopt;
    }
    return canonical;
}

bool PackDir::contains(const QString &relative) const
{
    const QFileInfo info(m_root + u'/' + relative);
    return info.exists() || info.isSymLink();
}

std::optional<QByteArray> PackDir::readCapped(
    const QString &absolute, qint64 cap, QString *why, qint64 head) const
{
    const QByteArray native = QFile::encodeName(absolute);
    // O_NONBLOCK: a FIFO planted in a pack must not hang the loader.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *why = QStringLiteral("cannot be opened: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return std::nullopt;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *why = QStringLiteral("is not a regular file");
        return std::nullopt;
    }
    if (st.st_size > cap) {
        ::close(fd);
        *why = QStringLiteral("is %1 bytes, over the limit of %2 bytes").arg(st.st_size).arg(cap);
        return std::nullopt;
    }
    QByteArray data;
    data.resize(qsizetype(head >= 0 ? std::min<qint64>(head, st.st_size) : st.st_size));
    qsizetype got = 0;
    while (got < data.size()) {
        const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(fd);
    data.truncate(got);
    return data;
}

int lineAtOffset(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    return int(std::count(data.cbegin(), data.cbegin() + offset, '\n')) + 1;
}

/** Whether @p data is not valid UTF-8, to its last byte. */
static bool invalidUtf8(QByteArrayView data)
{
    QStringDecoder decoder(QStringDecoder::Utf8); // Stateless would not count errors
    QString decoded = decoder.decode(data); // decode() is lazy until converted
    // A sequence cut off at the end waits for more bytes; a newline after it makes it an error.
    decoded = decoder.decode(QByteArrayView("\n", 1));
    return decoder.hasError();
}

/** The first line of @p data that is not valid UTF-8, or 0 when all of it is. */
static int firstInvalidUtf8Line(const QByteArray &data)
{
    if (!invalidUtf8(data))
        return 0;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (invalidUtf8(lines.at(i)))
            return int(i) + 1;
    }
    return 1;
}

std::optional<QString> PackDir::readText(
    const QString &relative, ProblemSink &sink, Need need) const
{
    if (need == Need::Optional && !contains(relative))
        return std::nullopt;
    QString why;
    const auto absolute = resolve(relative, &why);
    if (!absolute) {
        sink.inFile(why);
        return std::nullopt;
    }
    auto bytes = readCapped(*absolute, TextCap, &why);
    if (!bytes) {
        sink.inFile(QStringLiteral("the file ") + why);
        return std::nullopt;
    }
    if (const int line = firstInvalidUtf8Line(*bytes)) {
        sink.atLine(line, QStringLiteral("not valid UTF-8 text"));
        return std::nullopt;
    }
    if (const qsizetype nul = bytes->indexOf('\0'); nul >= 0) {
        sink.atLine(lineAtOffset(*bytes, nul), QStringLiteral("contains a NUL byte"));
        return std::nullopt;
    }
    QString text = QString::fromUtf8(*bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

static bool hasSignature(const QByteArray &head, const QString &suffix)
{
    if (suffix == u"png")
        return head.startsWith("\x89PNG\r\n\x1a\n");
    if (suffix == u"jpg" || suffix == u"jpeg")
        return head.startsWith("\xff\xd8\xff");
    if (suffix == u"webp")
        return head.startsWith("RIFF") && head.mid(8, 4) == "WEBP";
    if (suffix == u"svg")
        return head.contains("<svg") || head.startsWith("<?xml");
    if (suffix == u"mp4" || suffix == u"m4v")
        return head.mid(4, 4) == "ftyp";
    if (suffix == u"webm")
        return head.startsWith("\x1a\x45\xdf\xa3");
    if (suffix == u"ogg" || suffix == u"opus")
        return head.startsWith("OggS");
    if (suffix == u"mp3") // an ID3 tag, or an MPEG audio frame's sync bits
        return head.startsWith("ID3") || (head.size() > 1 && uchar(head[0]) == 0xff && (uchar(head[1]) & 0xe0) == 0xe0);
    if (suffix == u"vtt")
        return head.startsWith("WEBVTT") || head.startsWith("\xef\xbb\xbfWEBVTT");
    return false;
}

QString PackDir::mediaProblem(const QString &relative, MediaKind kind) const
{
    static const QStringList images { QStringLiteral("png"), QStringLiteral("jpg"),
        QStringLiteral("jpeg"), QStringLiteral("svg"), QStringLiteral("webp") };
    static const QStringList videos { QStringLiteral("mp4"), QStringLiteral("m4v"),
        QStringLiteral("webm") };
    static const QStringList subtitles { QStringLiteral("vtt") };
    static const QStringList audio { QStringLiteral("ogg"), QStringLiteral("opus"),
        QStringLiteral("mp3") };
    const QStringList &allowed = kind == MediaKind::Image ? images
        : kind == MediaKind::Video                        ? videos
        : kind == MediaKind::Audio                        ? audio
                                                          : subtitles;
    if (const QString shape = shapeProblem(relative); !shape.isEmpty())
        return shape;
    const QString suffix = QFileInfo(relative).suffix().toLower();
    if (!allowed.contains(suffix)) {
        return QStringLiteral("'%1' is not one of the allowed types (%2)")
            .arg(relative, allowed.join(QStringLiteral(", ")));
    }
    QString why;
    const auto absolute = resolve(relative, &why);
    if (!absolute)
        return why;
    const qint64 cap = kind == MediaKind::Subtitles ? TextCap : MediaCap;
    const auto head = readCapped(*absolute, cap, &why, 512);
    if (!head)
        return u'\'' + relative + QStringLiteral("' ") + why;
    if (!hasSignature(*head, suffix) && kind == MediaKind::Subtitles)
        return QStringLiteral("'%1' is not a WebVTT file (its first line must be WEBVTT)")
            .arg(relative);
    if (!hasSignature(*head, suffix))
        return QStringLiteral("'%1' is not a valid .%2 file").arg(relative, suffix);
    return {};
}

QStringList PackDir::entries(const QString &relativeDir, const QString &nameFilter) const
{
    const QDir dir(m_root + u'/' + relativeDir);
    return dir.entryList(
        { nameFilter }, QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}
