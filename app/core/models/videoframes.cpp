#include "videoframes.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QPainter>
#include <QQuickWindow>
#include <QVideoFrame>
#include <QVideoSink>
#include <libyuv/convert_argb.h>
#include <libyuv/scale_argb.h>

// QT_LOGGING_RULES="kiosk.video.debug=true": the first frame's time and the frames shown every
// 5 s, counting only those that differ from the one before (the benchmark reads them).
Q_LOGGING_CATEGORY(lcVideo, "kiosk.video", QtInfoMsg)

struct VideoFrames::Feed
{
    QMutex lock;
    VideoFrames *item = nullptr; ///< null once the item is going
    QSizeF box; ///< the item's size in device pixels
    int maxFps = 30;
    QElapsedTimer sinceTaken; ///< the decoder's thread only, like the figures below
    QElapsedTimer sinceMade; ///< for the first frame's time
    QElapsedTimer sinceCount;
    QImage last;
    int taken = 0;
    int differing = 0;

    /** The figures of kiosk.video.debug: counts frames that differ from the one before. */
    void count(const QImage &image)
    {
        if (!lcVideo().isDebugEnabled())
            return;
        if (!sinceCount.isValid()) {
            qCDebug(lcVideo, "first frame %lld ms after the video was put on screen",
                sinceMade.elapsed());
            sinceCount.start();
        }
        ++taken;
        if (image != last)
            ++differing;
        last = image;
        if (sinceCount.elapsed() >= 5000) {
            qCDebug(lcVideo, "%d frames shown in %.1f s, %d of them differing from the one before",
                taken, sinceCount.elapsed() / 1000.0, differing);
            taken = differing = 0;
            sinceCount.start();
        }
    }

    /** On the decoder's thread: a frame the cap lets through, converted there, handed over. */
    void take(const QVideoFrame &frame)
    {
        if (!frame.isValid())
            return;
        QSizeF target;
        int fps = 0;
        {
            QMutexLocker locked(&lock);
            if (!item)
                return;
            target = box;
            fps = maxFps;
        }
        // Half a frame's slack: a 30 fps video under a cap of 30 loses none.
        if (sinceTaken.isValid() && sinceTaken.elapsed() < 1000 / fps - 500 / 60)
            return;
        sinceTaken.start();
        const QSize size = fitted(frame.size(), QRectF(QPointF(), target)).size().toSize();
        if (size.isEmpty())
            return;
        const QImage image = picture(frame, size);
        count(image);
        QMutexLocker locked(&lock);
        if (item) {
            VideoFrames *to = item;
            const QSize frameSize = frame.size();
            QMetaObject::invokeMethod(
                to,
                [to, image, frameSize] {
                    to->show(image, frameSize);
                },
                Qt::QueuedConnection);
        }
    }
};

VideoFrames::VideoFrames(QQuickItem *parent)
    : QQuickPaintedItem(parent)
    , m_sink(new QVideoSink(this))
    , m_feed(std::make_shared<Feed>())
{
    setOpaquePainting(true);
    m_feed->item = this;
    m_feed->sinceMade.start();
    // Direct: the conversion runs on the decoder's thread, not the screen's.
    connect(
        m_sink, &QVideoSink::videoFrameChanged, m_sink,
        [feed = m_feed](const QVideoFrame &frame) {
            feed->take(frame);
        },
        Qt::DirectConnection);
}

VideoFrames::~VideoFrames()
{
    QMutexLocker locked(&m_feed->lock);
    m_feed->item = nullptr;
}

QObject *VideoFrames::videoSink() const
{
    return m_sink;
}

int VideoFrames::maxFps() const
{
    QMutexLocker locked(&m_feed->lock);
    return m_feed->maxFps;
}

void VideoFrames::setMaxFps(int fps)
{
    fps = std::clamp(fps, 1, 60);
    {
        QMutexLocker locked(&m_feed->lock);
        if (fps == m_feed->maxFps)
            return;
        m_feed->maxFps = fps;
    }
    Q_EMIT maxFpsChanged();
}

QRectF VideoFrames::fitted(const QSizeF &frame, const QRectF &box)
{
    if (frame.isEmpty() || box.isEmpty())
        return {};
    const QSizeF size = frame.scaled(box.size(), Qt::KeepAspectRatio);
    return QRectF(box.x() + (box.width() - size.width()) / 2,
        box.y() + (box.height() - size.height()) / 2, size.width(), size.height());
}

QImage VideoFrames::picture(const QVideoFrame &source, const QSize &size)
{
    QVideoFrame frame = source;
    const auto format = frame.pixelFormat();
    const bool yuv = format == QVideoFrameFormat::Format_YUV420P
        || format == QVideoFrameFormat::Format_YV12 || format == QVideoFrameFormat::Format_NV12
        || format == QVideoFrameFormat::Format_NV21;
    if (!yuv || !frame.map(QVideoFrame::ReadOnly))
        return source.toImage().scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // libyuv's "ARGB" is B, G, R, A in memory: QImage's RGB32 on a little-endian machine.
    QImage full(frame.size(), QImage::Format_RGB32);
    const bool hd = frame.surfaceFormat().colorSpace() == QVideoFrameFormat::ColorSpace_BT709;
    const int w = frame.width();
    const int h = frame.height();
    uchar *out = full.bits();
    const int outStride = int(full.bytesPerLine());
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12: {
        const int u = format == QVideoFrameFormat::Format_YV12 ? 2 : 1;
        const int v = 3 - u;
        (hd ? libyuv::H420ToARGB : libyuv::I420ToARGB)(frame.bits(0), frame.bytesPerLine(0),
            frame.bits(u), frame.bytesPerLine(u), frame.bits(v), frame.bytesPerLine(v), out,
            outStride, w, h);
        break;
    }
    case QVideoFrameFormat::Format_NV12:
        libyuv::NV12ToARGB(frame.bits(0), frame.bytesPerLine(0), frame.bits(1),
            frame.bytesPerLine(1), out, outStride, w, h);
        break;
    default:
        libyuv::NV21ToARGB(frame.bits(0), frame.bytesPerLine(0), frame.bits(1),
            frame.bytesPerLine(1), out, outStride, w, h);
        break;
    }
    frame.unmap();
    if (full.size() == size)
        return full;
    QImage shown(size, QImage::Format_RGB32);
    libyuv::ARGBScale(full.constBits(), outStride, w, h, shown.bits(), int(shown.bytesPerLine()),
        size.width(), size.height(), libyuv::kFilterBilinear);
    return shown;
}

void VideoFrames::show(const QImage &image, const QSize &frameSize)
{
    m_image = image;
    const bool resized = frameSize != m_frameSize;
    m_frameSize = frameSize;
    if (resized)
        refit();
    ++m_framesShown;
    Q_EMIT framesShownChanged();
    update(m_contentRect.toAlignedRect());
}

void VideoFrames::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    refit();
}

void VideoFrames::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickPaintedItem::itemChange(change, value);
    if (change == ItemSceneChange || change == ItemDevicePixelRatioHasChanged)
        refit();
}

void VideoFrames::refit()
{
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    {
        QMutexLocker locked(&m_feed->lock);
        m_feed->box = size() * dpr;
    }
    const QRectF rect = fitted(m_frameSize, boundingRect());
    if (rect == m_contentRect)
        return;
    m_contentRect = rect;
    update(); // the letterbox too
    Q_EMIT contentRectChanged();
}

void VideoFrames::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    // Shown at its own size where the window's pixels are the item's: a copy, not a scaling.
    painter->drawImage(m_contentRect, m_image);
}
