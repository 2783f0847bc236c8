#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>

/**
 * Makes a VP8 WebM test clip at @p path with gst-launch-1.0: @p frames of videotestsrc's
 * @p pattern (with its own options, such as "horizontal-speed=8" for a moving card) at @p size
 * and @p fps. True when gst-launch-1.0 succeeded.
 */
inline bool makeClip(
    const QString &path, QSize size, int frames, int fps = 25, const QStringList &pattern = {})
{
    QStringList args { QStringLiteral("-q"), QStringLiteral("videotestsrc"),
        QStringLiteral("num-buffers=%1").arg(frames) };
    args << pattern << QStringLiteral("!")
         << QStringLiteral("video/x-raw,width=%1,height=%2,framerate=%3/1")
                .arg(size.width())
                .arg(size.height())
                .arg(fps)
         << QStringLiteral("!") << QStringLiteral("vp8enc") << QStringLiteral("deadline=1")
         << QStringLiteral("!") << QStringLiteral("webmmux") << QStringLiteral("!")
         << QStringLiteral("filesink") << QStringLiteral("location=") + path;
    return QProcess::execute(QStringLiteral("gst-launch-1.0"), args) == 0;
}

/** The clip at @p path with every 7th byte after its header flipped: it never decodes. */
inline QByteArray garbledClip(const QString &path)
{
    QFile clip(path);
    if (!clip.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = clip.readAll();
    for (qsizetype i = 200; i < bytes.size(); i += 7)
        bytes[i] = char(bytes[i] ^ 0x5a);
    return bytes;
}
