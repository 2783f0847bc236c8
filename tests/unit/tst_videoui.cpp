// A video slide under Qt Quick's software renderer, the kiosk's choice without a GPU: VideoFrames
// paints frames that move, the picture keeps its aspect, letterboxed in the theme's background,
// and the caption band never covers it; portrait and landscape, in screenshots.
#include "testpack.h"
#include "testvideo.h"
#include "uitest.h"
#include "videoframes.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QVideoFrame>
#include <QVideoFrameFormat>

class TestVideoUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip;

private Q_SLOTS:
    void initTestCase()
    {
        // The software renderer whatever this machine has (a GPU would take OpenGL).
        qputenv("QT_QUICK_BACKEND", "software");
        m_clip = m_dir.filePath(QStringLiteral("clip.webm"));
        // 16:9, moving, 6 s at 30 frames a second.
        QVERIFY(makeClip(m_clip, QSize(640, 360), 180, 30,
            { QStringLiteral("pattern=smpte"), QStringLiteral("horizontal-speed=8") }));
    }

    void aVideoSlidePlaysInItsOwnRectangle_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1080x1920") << QSize(1080, 1920);
        QTest::newRow("360x640") << QSize(360, 640);
    }

    void aVideoSlidePlaysInItsOwnRectangle()
    {
        QFETCH(QSize, size);
        TestPack pack;
        QDir().mkpath(pack.path() + QStringLiteral("/media"));
        QVERIFY(QFile::copy(m_clip, pack.path() + QStringLiteral("/media/clip.webm")));
        pack.write(QStringLiteral("slides.json"), R"({ "slides": [
  { "id": "clip", "video": "media/clip.webm", "seconds": 60,
    "caption": { "en": "A campaign video", "es": "Un video de campaña" } } ] })");
        const auto loaded = ContentLoader::load(pack.path());
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        UiHarness ui;
        ui.store->setContent(loaded.content);
        QQuickWindow *window = ui.open(QStringLiteral("attract"), size);
        QVERIFY(window);
        QVERIFY(ui.app->renderer().software);

        VideoFrames *frames = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((frames = qobject_cast<VideoFrames *>(
                                      UiHarness::find(window, QStringLiteral("videoFrames"))))
                && frames->isVisible() && frames->framesShown() > 0,
            15000);
        const int before = frames->framesShown();
        QTRY_VERIFY_WITH_TIMEOUT(frames->framesShown() >= before + 10, 10000);

        // The picture: 16:9, centred in the slide's area, the rest of it the theme's background.
        const QRectF picture = QRectF(
            frames->mapToScene(frames->contentRect().topLeft()), frames->contentRect().size());
        QVERIFY2(std::abs(picture.width() / picture.height() - 16.0 / 9.0) < 0.01,
            qPrintable(QStringLiteral("%1x%2").arg(picture.width()).arg(picture.height())));
        const QRectF area(frames->mapToScene(QPointF()), frames->size());
        QVERIFY(area.contains(picture));
        QVERIFY(picture.width() >= area.width() - 1 || picture.height() >= area.height() - 1);

        // The caption band is below the video, never over it.
        QQuickItem *band = UiHarness::find(window, QStringLiteral("captionBand"));
        QVERIFY(band && band->isVisible());
        const QRectF bandRect(band->mapToScene(QPointF()), band->size());
        QVERIFY2(!bandRect.intersects(area),
            qPrintable(QStringLiteral("band at y %1, video down to %2")
                           .arg(bandRect.y())
                           .arg(area.bottom())));

        // On screen: the frames move, and the letterbox is the theme's background.
        const QImage first = window->grabWindow();
        QTest::qWait(400);
        const QImage second = window->grabWindow();
        const qreal dpr = first.devicePixelRatio();
        const QRect inside = QRectF(picture.topLeft() * dpr, picture.size() * dpr)
                                 .toAlignedRect()
                                 .adjusted(4, 4, -4, -4);
        QVERIFY2(first.copy(inside) != second.copy(inside), "the video's picture did not change");
        const QColor background(QStringLiteral("#FBF7F2"));
        const bool tall = area.height() - picture.height() > area.width() - picture.width();
        const QPoint letterbox = tall
            ? QPointF(picture.center().x(), (area.top() + picture.top()) / 2).toPoint() * dpr
            : QPointF((area.left() + picture.left()) / 2, picture.center().y()).toPoint() * dpr;
        if (tall ? picture.top() - area.top() > 4 : picture.left() - area.left() > 4)
            QCOMPARE(
                second.pixelColor(letterbox).name(), background.name(QColor::HexRgb).toLower());
        QVERIFY2(ui.warnings.isEmpty(), qPrintable(ui.warnings.join(u'\n')));
    }

    /** Frames are converted on the decoder's thread: YUV layouts by libyuv, at the asked size. */
    void convertsYuvToTheShownSize()
    {
        QVideoFrameFormat format(QSize(64, 36), QVideoFrameFormat::Format_YUV420P);
        QVideoFrame frame(format);
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        // A red picture: Y 81, U 90, V 240 (BT.601, limited range).
        memset(frame.bits(0), 81, frame.mappedBytes(0));
        memset(frame.bits(1), 90, frame.mappedBytes(1));
        memset(frame.bits(2), 240, frame.mappedBytes(2));
        frame.unmap();
        const QImage image = VideoFrames::picture(frame, QSize(128, 72));
        QCOMPARE(image.size(), QSize(128, 72));
        const QColor c = image.pixelColor(64, 36);
        QVERIFY2(c.red() > 230 && c.green() < 25 && c.blue() < 25, qPrintable(c.name()));
    }
};

QTEST_MAIN(TestVideoUi)
#include "tst_videoui.moc"
