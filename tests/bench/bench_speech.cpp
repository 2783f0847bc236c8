// Read-aloud figures through the real audio path (the test rig's own PulseAudio null sink and
// speech-dispatcher, as in tst_speechaudio): tap on Listen to first sound and touch to silence in
// English, Vietnamese, Chinese and Arabic, each in its own voice (ARGV[1] of each, default 6),
// median and worst; the longest pause of the screen's thread while the voice is
// created; and the kiosk's first frame (--self-test, a separate process each time) with speech
// enabled against [speech] enabled = false, 9 runs each, alternating. Prints; never fails on a
// time. Then by keys: a key to the first sound of the control it reaches, a key to silence.
#include "../unit/audiorig.h"
#include "../unit/testpack.h"
#include "../unit/uitest.h"
#include "readaloud.h"

#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? -1 : *std::max_element(values.begin(), values.end());
}

/** The kiosk's first frame in ms, from its own --self-test line; -1 when it printed none. */
double firstFrame(const QString &config)
{
    QProcess kiosk;
    kiosk.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    kiosk.start(QStringLiteral(LACTATION_KIOSK_BIN),
        { QStringLiteral("--self-test"), QStringLiteral("--config"), config });
    kiosk.waitForFinished(60000);
    for (const QByteArray &line : kiosk.readAllStandardOutput().split('\n'))
        if (line.startsWith("first-frame-ms="))
            return line.mid(15).toDouble();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    AudioRig rig;
    if (!rig.ready() || !rig.speechDispatcherRunning()) {
        std::printf("speech: no PulseAudio or speech-dispatcher here, nothing measured\n");
        return 0;
    }

    // The first frame, in a kiosk process of its own, with and without speech.
    QTemporaryDir dir;
    const QString on = dir.filePath(QStringLiteral("on.ini"));
    const QString off = dir.filePath(QStringLiteral("off.ini"));
    writeFile(on, "[kiosk]\nattract = false\n[speech]\nenabled = true\n");
    writeFile(off, "[kiosk]\nattract = false\n[speech]\nenabled = false\n");
    QList<double> withSpeech, withoutSpeech;
    for (int i = 0; i < 9; ++i) {
        withSpeech.append(firstFrame(on));
        withoutSpeech.append(firstFrame(off));
    }
    std::printf("first frame (median of 9, ms): speech enabled %.0f, disabled %.0f (target: no "
                "difference beyond noise; spread %.0f-%.0f and %.0f-%.0f)\n",
        median(withSpeech), median(withoutSpeech),
        *std::min_element(withSpeech.begin(), withSpeech.end()), worst(withSpeech),
        *std::min_element(withoutSpeech.begin(), withoutSpeech.end()), worst(withoutSpeech));

    UiHarness ui;
    QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
    if (!window)
        return 1;
    ui.app->guard(window, false);
    ReadAloud &speech = ui.app->readAloud();

    // While the voice is made, the screen's thread keeps turning: its longest pause.
    QElapsedTimer sinceTick;
    qint64 longestPause = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestPause = std::max(longestPause, sinceTick.restart());
    });
    QElapsedTimer created;
    created.start();
    sinceTick.start();
    ticker.start();
    speech.start();
    while (speech.status() == ReadAloud::Starting && created.elapsed() < 30000)
        QTest::qWait(5);
    ticker.stop();
    std::printf("voice ready after %lld ms; the screen's thread paused at most %lld ms meanwhile\n",
        created.elapsed(), longestPause);
    if (speech.status() != ReadAloud::Ready) {
        std::printf("speech: the voice did not start, nothing more measured\n");
        return 0;
    }
    rig.record();

    // In each language's own voice: English, Vietnamese, Chinese (pinyin Mandarin), Arabic.
    QQuickItem *listen = UiHarness::find(window, QStringLiteral("listenButton"));
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 6;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("vi"),
             QStringLiteral("zh-Hans"), QStringLiteral("ar") }) {
        ui.visit->setLanguage(language);
        QList<double> toSound, toSilence;
        for (int i = 0; i < runs && listen; ++i) {
            QTest::qWait(600);
            const double tapped = rig.now();
            tap(window, listen);
            QTest::qWait(1500);
            if (const double sound = rig.soundAfter(tapped); sound >= 0)
                toSound.append(sound - tapped);
            // A touch on the screen itself (not a control) ends it.
            const double touched = rig.now();
            QTest::mouseClick(
                window, Qt::LeftButton, Qt::NoModifier, QPoint(window->width() / 2, 4));
            QTest::qWait(900);
            if (const double silent = rig.silenceAfter(touched); silent >= 0)
                toSilence.append(std::max(0.0, silent - touched));
        }
        std::printf(
            "%s: Listen to first sound (%lld of %d heard, ms): median %.0f, worst %.0f (test "
            "bound 1000); touch to silence (%lld quiet): median %.0f, worst %.0f (bound 300)\n",
            qPrintable(language), qint64(toSound.size()), runs, median(toSound), worst(toSound),
            qint64(toSilence.size()), median(toSilence), worst(toSilence));
    }

    // By keys (speech mode): a key to the first sound of the control it reaches, and a key that
    // is not the keypad's to silence. Each line is let end before the next key.
    window->requestActivate();
    QTest::keyClick(window, Qt::Key_Down); // speech mode: the introduction
    QTest::qWait(300);
    QTest::keyClick(window, Qt::Key_X);
    QList<double> keyToSound, keyToSilence;
    for (int i = 0; i < runs * 2; ++i) {
        for (int w = 0; w < 300 && speech.engine().state() == SpeechEngine::State::Speaking; ++w)
            QTest::qWait(50);
        QTest::qWait(400);
        const double pressed = rig.now();
        QTest::keyClick(window, Qt::Key_Down);
        QTest::qWait(700);
        if (const double sound = rig.soundAfter(pressed); sound >= 0)
            keyToSound.append(sound - pressed);
        const double stopped = rig.now();
        QTest::keyClick(window, Qt::Key_X);
        QTest::qWait(900);
        if (const double silent = rig.silenceAfter(stopped); silent >= 0)
            keyToSilence.append(std::max(0.0, silent - stopped));
    }
    std::printf("keypad: key to the first sound of the focused control (%lld heard, ms): median "
                "%.0f, worst %.0f (target 300); key to silence (%lld quiet): median %.0f, worst "
                "%.0f (target 300)\n",
        qint64(keyToSound.size()), median(keyToSound), worst(keyToSound),
        qint64(keyToSilence.size()), median(keyToSilence), worst(keyToSilence));
    return 0;
}
