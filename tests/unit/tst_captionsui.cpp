// Captions on a real video slide, under Xvfb (xcb), where video frames reach a screenshot: a clip
// made here plays through Qt Multimedia, and the pack's WebVTT cue is on screen at its time, in
// its box over the picture, in the visitor's language, and gone between cues.
#include "skippable.h"
#include "slideplayer.h"
#include "testpack.h"
#include "testvideo.h"
#include "uitest.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QProcess>

namespace {

const char *CaptionsEn = "WEBVTT\n"
                         "\n"
                         "1\n"
                         "00:00:01.000 --> 00:00:03.000\n"
                         "Feeding cues: watch your baby\n"
                         "\n"
                         "2\n"
                         "00:00:04.000 --> 00:00:05.500\n"
                         "Offer the breast when she stirs, opens her mouth or brings her hands "
                         "to her face: crying comes late\n";

const char *CaptionsEs = "WEBVTT\n"
                         "\n"
                         "00:00:01.000 --> 00:00:03.000\n"
                         "Señales de hambre: observe a su bebé\n"
                         "\n"
                         "00:00:04.000 --> 00:00:05.500\n"
                         "Ofrezca el pecho cuando se mueva\n";

/**
 * Waits until @p media plays at a position in [from, to) ms. Empty then; else, after @p timeoutMs
 * or once the player is gone (the slide was skipped), what it was doing.
 */
QString playBetween(const QPointer<QObject> &media, qint64 from, qint64 to, int timeoutMs = 20000)
{
    QElapsedTimer waited;
    waited.start();
    while (media && waited.elapsed() < timeoutMs) {
        const qint64 at = media->property("position").toLongLong();
        if (media->property("playbackState").toInt() == 1 && at >= from && at < to)
            return {};
        QTest::qWait(5);
    }
    if (!media)
        return QStringLiteral("the player is gone, waiting for %1–%2 ms").arg(from).arg(to);
    return QStringLiteral("at %1 ms, playback state %2, media status %3, waiting for %4–%5 ms")
        .arg(media->property("position").toLongLong())
        .arg(media->property("playbackState").toInt())
        .arg(media->property("mediaStatus").toInt())
        .arg(from)
        .arg(to);
}

#define PLAY_BETWEEN(media, from, to)                                                              \
    do {                                                                                           \
        const QString why = playBetween(media, from, to);                                          \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                  \
    } while (false)

/** @p item's rectangle in the window's pixels. */
QRect inPixels(QQuickItem *item, qreal dpr)
{
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return QRectF(scene.topLeft() * dpr, scene.size() * dpr).toAlignedRect();
}

template<typename F> int countPixels(const QImage &image, const QRect &rect, F matches)
{
    int n = 0;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            n += matches(image.pixelColor(x, y)) ? 1 : 0;
    }
    return n;
}

bool dark(const QColor &c)
{
    return std::max({ c.red(), c.green(), c.blue() }) < 70;
}

bool white(const QColor &c)
{
    return std::min({ c.red(), c.green(), c.blue() }) > 200;
}

/** The clip's own blue, as the video's frames reach the screen. */
bool blue(const QColor &c)
{
    return c.blue() > 180 && c.red() < 70 && c.green() < 70;
}

/** Where the caption is drawn, in the window's pixels. */
struct Where
{
    QRect box;
    QRect text;
    QRect margin; ///< the box's own colour, left of the text
};

/** The caption at @p at: its margin all box colour, white text on it. */
bool boxShown(const QImage &image, const Where &at)
{
    return countPixels(image, at.margin, dark) == at.margin.width() * at.margin.height()
        && countPixels(image, at.text, white) > 100;
}

/** Only the video's picture where the caption at @p at is drawn. */
bool pictureOnly(const QImage &image, const Where &at)
{
    return countPixels(image, at.margin, dark) == 0 && countPixels(image, at.text, white) == 0
        && countPixels(image, at.margin, blue) > at.margin.width() * at.margin.height() / 2;
}

} // namespace

class TestCaptionsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cueIsOnScreenAtItsTime()
    {
        if (QGuiApplication::platformName() != u"xcb")
            KIOSK_SKIP("video frames reach a screenshot only under xcb (run under xvfb-run)");
        // A 6 s blue clip, made here, with a cue from 1 s to 3 s and another from 4 s to 5.5 s.
        TestPack pack;
        const QString clip = pack.file(QStringLiteral("media/clip.webm"));
        QDir().mkpath(pack.file(QStringLiteral("media")));
        QVERIFY(makeClip(clip, QSize(320, 240), 150, 25, { QStringLiteral("pattern=blue") }));
        pack.write(QStringLiteral("media/clip.en.vtt"), CaptionsEn);
        pack.write(QStringLiteral("media/clip.es.vtt"), CaptionsEs);
        pack.write(QStringLiteral("slides.json"), R"({ "slides": [
  { "id": "clip", "video": "media/clip.webm", "seconds": 120,
    "caption": { "en": "A clip", "es": "Un clip" },
    "subtitles": { "en": "media/clip.en.vtt", "es": "media/clip.es.vtt" } } ] })");
        const auto loaded = ContentLoader::load(pack.path());
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));

        // Into the attract loop as a kiosk gets there, idle after a visit: a GStreamer player made
        // before the window is first shown sometimes never starts under xcb.
        UiHarness ui;
        ui.store->setContent(loaded.content);
        QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(800, 1280));
        QVERIFY(window);
        ui.idle(90);
        ui.idle(30);
        const qreal dpr = window->devicePixelRatio();
        // The caption's items and the player, found again should the slide's player be rebuilt.
        QPointer<QQuickItem> box;
        QPointer<QQuickItem> caption;
        QPointer<QObject> media;
        const auto find = [&] {
            box = UiHarness::find(window, QStringLiteral("videoCaptionBox"));
            caption = UiHarness::find(window, QStringLiteral("videoCaption"));
            media = box ? box->parentItem()->property("player").value<QObject *>() : nullptr;
            return box && caption && media;
        };
        QTRY_VERIFY_WITH_TIMEOUT(find(), 5000);
        const auto text = [&] {
            return caption->property("text").toString();
        };

        // Before the first cue: no caption, nothing drawn over the picture.
        PLAY_BETWEEN(media, 100, 900);
        QCOMPARE(text(), QString());
        QVERIFY(!box->isVisible());
        const QImage before = window->grabWindow();

        // Inside [1 s, 3 s): the cue, white on its near-black box, over the lower picture.
        PLAY_BETWEEN(media, 1200, 2800);
        QCOMPARE(text(), QStringLiteral("Feeding cues: watch your baby"));
        QVERIFY(box->isVisible());
        const QImage during = window->grabWindow();
        // Where the caption is: its box, its text, and the box's margin left of the text.
        const auto where = [&] {
            Where at;
            at.box = inPixels(box, dpr);
            at.text = inPixels(caption, dpr);
            at.margin = QRect(at.box.left() + 2, at.text.top(), at.text.left() - at.box.left() - 4,
                at.text.height());
            return at;
        };
        const Where cue = where();
        QVERIFY(cue.margin.width() > 2 && cue.margin.height() > 10);
        QVERIFY2(boxShown(during, cue), "the caption is not on screen");
        // It sits inside the video's painted picture, whose frames are on screen around it.
        const QRectF picture = box->property("picture").toRectF();
        const QRect pictureRect
            = QRectF(box->parentItem()->mapToScene(picture.topLeft()) * dpr, picture.size() * dpr)
                  .toAlignedRect();
        QVERIFY2(pictureRect.contains(cue.box), "the caption is wider than the picture");
        QVERIFY(cue.box.center().y() > pictureRect.center().y());
        const QRect above(cue.box.left(), cue.box.top() - 20, cue.box.width(), 10);
        QVERIFY2(countPixels(during, above, blue) > above.width() * above.height() / 2,
            "the video's frames do not reach the screenshot");
        QVERIFY(caption->property("font").value<QFont>().pixelSize() >= 21);
        // Before the cue, where the box now is, there was only the picture.
        QVERIFY2(pictureOnly(before, cue), "something was drawn over the picture before the cue");

        // Between the cues: nothing again; then the second cue.
        PLAY_BETWEEN(media, 3200, 3800);
        QCOMPARE(text(), QString());
        QVERIFY2(pictureOnly(window->grabWindow(), cue), "the caption stays after its cue");
        PLAY_BETWEEN(media, 4200, 5300);
        QVERIFY(text().startsWith(QStringLiteral("Offer the breast when she stirs")));
        // A long cue wraps inside the picture.
        QVERIFY2(boxShown(window->grabWindow(), where()), "the second cue is not on screen");
        QVERIFY(caption->property("lineCount").toInt() >= 2);
        QVERIFY2(pictureRect.contains(where().box), "the long caption is wider than the picture");

        // In Spanish: the Spanish cue at the same time (the slide starts again in her language).
        ui.visit->setLanguage(QStringLiteral("es"));
        UiHarness::settle(window);
        QVERIFY(find());
        QTRY_VERIFY(media->property("position").toLongLong() < 1000);
        PLAY_BETWEEN(media, 1200, 2800);
        QCOMPARE(text(), QStringLiteral("Señales de hambre: observe a su bebé"));
        QVERIFY2(boxShown(window->grabWindow(), where()), "the Spanish caption is not on screen");
        // Round the loop: the same cue at the same time of the next pass.
        PLAY_BETWEEN(media, 3200, 3800);
        QCOMPARE(text(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(media->property("position").toLongLong() < 1000, 5000);
        PLAY_BETWEEN(media, 1200, 2800);
        QCOMPARE(text(), QStringLiteral("Señales de hambre: observe a su bebé"));
        QVERIFY2(boxShown(window->grabWindow(), where()), "the caption is gone after a loop");
        QVERIFY2(ui.warnings.isEmpty(), qPrintable(ui.warnings.join(u'\n')));
    }
};

KIOSK_TEST_MAIN(QGuiApplication, TestCaptionsUi)
#include "tst_captionsui.moc"
