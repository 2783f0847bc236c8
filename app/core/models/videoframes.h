#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <memory>

class QVideoFrame;
class QVideoSink;

/**
 * A video picture for Qt Quick's software renderer, where VideoOutput draws nothing (Qt 6.4): the
 * media player fills this item's own QVideoSink, each frame is converted from YUV and scaled to
 * the size it is shown at by libyuv on the decoder's own thread (Qt's own conversion reads back
 * through OpenGL, 14 ms a 720p frame on llvmpipe), and painted into this item's rectangle alone,
 * so the rest of the screen is not redrawn. At most `maxFps` frames a second are converted; the
 * picture keeps its aspect, letterboxed in `fillColor`.
 */
class VideoFrames : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *videoSink READ videoSink CONSTANT)
    Q_PROPERTY(int maxFps READ maxFps WRITE setMaxFps NOTIFY maxFpsChanged)
    /** Where the picture is, in this item (empty before the first frame). */
    Q_PROPERTY(QRectF contentRect READ contentRect NOTIFY contentRectChanged)
    /** Frames painted so far (the benchmark's and the tests' count). */
    Q_PROPERTY(int framesShown READ framesShown NOTIFY framesShownChanged)

public:
    explicit VideoFrames(QQuickItem *parent = nullptr);
    ~VideoFrames() override;

    QObject *videoSink() const;
    int maxFps() const;
    void setMaxFps(int fps);
    QRectF contentRect() const { return m_contentRect; }
    int framesShown() const { return m_framesShown; }

    /** Where a picture of @p frame fits in @p box, aspect kept, centred. */
    static QRectF fitted(const QSizeF &frame, const QRectF &box);
    /**
     * @p frame as an RGB picture of @p size: libyuv for the YUV layouts decoders give (I420, YV12,
     * NV12, NV21; BT.709 or BT.601), Qt's own conversion for anything else.
     */
    static QImage picture(const QVideoFrame &frame, const QSize &size);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void maxFpsChanged();
    void contentRectChanged();
    void framesShownChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    /** A new window, or a new pixel ratio: the size frames are converted to follows. */
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    struct Feed; ///< what the decoder's thread shares with this item
    void show(const QImage &image, const QSize &frameSize);
    /** Where the picture goes and the size frames are converted to, for this size and window. */
    void refit();

    QVideoSink *m_sink;
    std::shared_ptr<Feed> m_feed;
    QImage m_image; ///< the frame on screen, at its shown size
    QSize m_frameSize; ///< the video's own size
    QRectF m_contentRect;
    int m_framesShown = 0;
};
