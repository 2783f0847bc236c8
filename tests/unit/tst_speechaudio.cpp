// Read-aloud through the real audio path: Qt TextToSpeech → this test's own speech-dispatcher →
// espeak-ng → this test's own PulseAudio null sink, recorded from its monitor with parec. Sound
// starts within 1 s of Listen, a touch leaves silence within 300 ms, Spanish is said by a Spanish
// voice, the volume steps change the level, and the next visit starts at the site's volume.
// By keys alone (speech mode) each control is said as it gets focus, in order, within 300 ms of
// the key, into the handset ([speech] private_sink) and never the speaker; the next visit is
// back on the speaker at the site's volume.
#include "audiorig.h"
#include "keypad.h"
#include "readaloud.h"
#include "readingscript.h"
#include "speechtext.h"
#include "testpack.h"
#include "uitest.h"

#include <QQuickItem>
#include <QScopeGuard>
#include <QSignalSpy>

namespace {

bool waitQuiet(ReadAloud &speech, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && speech.engine().state() == SpeechEngine::State::Speaking)
        QTest::qWait(50);
    return speech.engine().state() != SpeechEngine::State::Speaking;
}

} // namespace

class TestSpeechAudio : public QObject
{
    Q_OBJECT

    std::unique_ptr<AudioRig> m_rig;
    std::unique_ptr<UiHarness> m_ui;
    QQuickWindow *m_window = nullptr;

    ReadAloud &speech() { return m_ui->app->readAloud(); }

    /** Says @p line alone and returns its recorded loudness. */
    double levelOf(const QString &line)
    {
        QTest::qWait(300);
        const double from = m_rig->now();
        speech().read({ line });
        if (!QTest::qWaitFor(
                [&] {
                    return speech().engine().state() == SpeechEngine::State::Speaking;
                },
                3000))
            return -1;
        waitQuiet(speech(), 15000);
        QTest::qWait(200);
        return m_rig->level(from, m_rig->now());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_rig = std::make_unique<AudioRig>();
        QVERIFY2(m_rig->ready(), "PulseAudio did not start");
        QVERIFY2(m_rig->speechDispatcherRunning(), "speech-dispatcher did not start");
        // Private listening through the rig's second sink, "handset".
        KioskSetup setup = testKioskSetup();
        setup.speech.privateSink = QStringLiteral("handset");
        m_ui = std::make_unique<UiHarness>(std::move(setup));
        m_window = m_ui->open(QStringLiteral("home"), QSize(1080, 1920));
        QVERIFY(m_window);
        m_ui->app->guard(m_window, false);
        // This test is about the sound, not how fast the voice is made: a machine busy with other
        // tests (or the sanitizers) can keep speech-dispatcher's voice list waiting past the
        // kiosk's own 20 s.
        speech().engine().setStartTimeoutMs(90000);
        QElapsedTimer t;
        t.start();
        speech().start();
        QCOMPARE(speech().status(), ReadAloud::Starting);
        // The voice is made on its own thread: the UI goes on meanwhile.
        QVERIFY(t.elapsed() < 200);
        QTRY_COMPARE_WITH_TIMEOUT(speech().status(), ReadAloud::Ready, 90000);
        qInfo("the voice was ready after %lld ms", t.elapsed());
        m_rig->record();
    }

    void listenSpeaksWithinASecondAndATouchSilences()
    {
        QQuickItem *listen = UiHarness::find(m_window, QStringLiteral("listenButton"));
        QVERIFY(listen);
        const double tapped = m_rig->now();
        tap(m_window, listen);
        QCOMPARE(speech().status(), ReadAloud::Reading);
        QTest::qWait(2500);
        const double sound = m_rig->soundAfter(tapped);
        QVERIFY2(sound >= 0, "no sound after Listen");
        qInfo("Listen to first sound: %.0f ms", sound - tapped);
        QVERIFY2(sound - tapped < 1000, qPrintable(QString::number(sound - tapped)));
        QVERIFY(speech().engaged());
        // The speech bar appeared with the first Listen.
        QQuickItem *bar = UiHarness::find(m_window, QStringLiteral("speechBar"));
        QVERIFY(bar && bar->isVisible());
        if (const QString shots = qEnvironmentVariable("KIOSK_SPEECH_SHOTS"); !shots.isEmpty())
            m_window->grabWindow().save(shots + QStringLiteral("/listening-1080x1920.png"));

        // A touch anywhere (here, the title of the first card) stops it at once.
        QQuickItem *card = UiHarness::find(m_window, QStringLiteral("glance-group"));
        QVERIFY(card);
        const double touched = m_rig->now();
        QTest::mousePress(m_window, Qt::LeftButton, Qt::NoModifier,
            card->mapToScene(QPointF(card->width() / 2, 4)).toPoint());
        QTest::qWait(900);
        QTest::mouseRelease(m_window, Qt::LeftButton, Qt::NoModifier,
            card->mapToScene(QPointF(card->width() / 2, 4)).toPoint());
        const double silent = m_rig->silenceAfter(touched);
        QVERIFY2(silent >= 0, "still sounding after the touch");
        qInfo("touch to silence: %.0f ms", std::max(0.0, silent - touched));
        QVERIFY2(silent - touched < 300, qPrintable(QString::number(silent - touched)));
        QCOMPARE(speech().reading(), false);
        m_ui->visit->setLanguage(QStringLiteral("en"));
        QTest::qWait(300);
    }

    void listenAgainStops()
    {
        QQuickItem *listen = UiHarness::find(m_window, QStringLiteral("listenButton"));
        tap(m_window, listen);
        QTRY_VERIFY(speech().engine().state() == SpeechEngine::State::Speaking);
        QTest::qWait(800);
        const double tapped = m_rig->now();
        tap(m_window, listen);
        QCOMPARE(speech().reading(), false);
        QTest::qWait(800);
        const double silent = m_rig->silenceAfter(tapped);
        QVERIFY2(silent >= 0 && silent - tapped < 300, "Listen did not stop the reading");
    }

    void nextAndRepeatSayOneLine()
    {
        const QStringList lines { QStringLiteral("One."), QStringLiteral("Two."),
            QStringLiteral("Three.") };
        speech().read(lines);
        QTRY_VERIFY(speech().engine().state() == SpeechEngine::State::Speaking);
        tap(m_window, UiHarness::find(m_window, QStringLiteral("nextLineButton")));
        QCOMPARE(speech().line(), 1);
        QVERIFY(!speech().reading());
        QVERIFY(waitQuiet(speech(), 8000));
        QTest::qWait(500);
        QCOMPARE(speech().line(), 1); // one line, then quiet
        tap(m_window, UiHarness::find(m_window, QStringLiteral("repeatLineButton")));
        QCOMPARE(speech().line(), 1);
        QVERIFY(waitQuiet(speech(), 8000));
        tap(m_window, UiHarness::find(m_window, QStringLiteral("previousLineButton")));
        QCOMPARE(speech().line(), 0);
        QVERIFY(waitQuiet(speech(), 8000));
    }

    void spanishIsSaidBySpanishVoice()
    {
        const QString line = QStringLiteral("La sala de lactancia está libre. Hay un grupo de "
                                            "apoyo hoy por la mañana, en la sala comunitaria.");
        m_ui->visit->setLanguage(QStringLiteral("es"));
        QTest::qWait(300);
        const double from = m_rig->now();
        speech().read({ line });
        QTRY_VERIFY_WITH_TIMEOUT(speech().engine().state() == SpeechEngine::State::Speaking, 3000);
        QVERIFY(waitQuiet(speech(), 20000));
        QTest::qWait(300);
        const double start = m_rig->soundAfter(from);
        QVERIFY(start >= 0);
        const QVector<double> heard = m_rig->envelope(start - 50, m_rig->now());
        const double es = AudioRig::correlation(
            heard, AudioRig::espeakEnvelope(line, QStringLiteral("es-419")));
        const double en
            = AudioRig::correlation(heard, AudioRig::espeakEnvelope(line, QStringLiteral("en-us")));
        qInfo("correlation with espeak-ng es-419: %.2f, with en-us: %.2f", es, en);
        // Under load the recorded sound has gaps (0.70 seen with two busy cores): the margin over
        // the other voice is what says whose voice it is; the floor only that it is speech.
        QVERIFY2(es > 0.6, qPrintable(QString::number(es)));
        QVERIFY2(es > en + 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(es).arg(en)));
        m_ui->visit->setLanguage(QStringLiteral("en"));
    }

    void eachLanguageIsSaidByItsOwnVoice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("voice");
        QTest::addColumn<QString>("line");
        QTest::newRow("vi") << "vi"
                            << "vi"
                            << "Phòng cho con bú đang trống. Hôm nay có nhóm hỗ trợ vào buổi sáng.";
        // Mandarin read as pinyin: the plain cmn voice of espeak-ng 1.51 reads Han as English.
        QTest::newRow("zh-Hans") << "zh-Hans"
                                 << "cmn-latn-pinyin"
                                 << "哺乳室现在空着。今天上午有支持小组。";
        QTest::newRow("ar") << "ar"
                            << "ar"
                            << "غرفة الرضاعة متاحة الآن. توجد مجموعة دعم اليوم صباحًا.";
    }

    void eachLanguageIsSaidByItsOwnVoice()
    {
        QFETCH(QString, language);
        QFETCH(QString, voice);
        QFETCH(QString, line);
        if (qEnvironmentVariableIsSet("KIOSK_SANITIZED"))
            QSKIP("which voice reads each language is the ci preset's check; under the sanitizers "
                  "the English and Spanish cases cover the code path");
        m_ui->visit->setLanguage(language);
        QTest::qWait(300);
        QCOMPARE(speech().status(), ReadAloud::Ready);
        const double from = m_rig->now();
        speech().read({ line });
        QTRY_VERIFY_WITH_TIMEOUT(speech().engine().state() == SpeechEngine::State::Speaking, 3000);
        QVERIFY(waitQuiet(speech(), 20000));
        QTest::qWait(300);
        const double start = m_rig->soundAfter(from);
        QVERIFY(start >= 0);
        const QVector<double> heard = m_rig->envelope(start - 50, m_rig->now());
        const double own = AudioRig::correlation(heard, AudioRig::espeakEnvelope(line, voice));
        QStringList others;
        for (const QString &other : { QStringLiteral("en-us"), QStringLiteral("vi"),
                 QStringLiteral("cmn-latn-pinyin"), QStringLiteral("ar"), QStringLiteral("cmn") }) {
            if (other == voice)
                continue;
            const double c = AudioRig::correlation(heard, AudioRig::espeakEnvelope(line, other));
            others += QStringLiteral("%1 %2").arg(other).arg(c, 0, 'f', 2);
            QVERIFY2(own > c + 0.1,
                qPrintable(QStringLiteral("%1 %2 vs %3").arg(voice).arg(own).arg(others.last())));
        }
        qInfo("%s: correlation with espeak-ng %s %.2f; %s", qPrintable(language), qPrintable(voice),
            own, qPrintable(others.join(QStringLiteral(", "))));
        QVERIFY2(own > 0.6, qPrintable(QString::number(own))); // as for Spanish: load leaves gaps
        m_ui->visit->setLanguage(QStringLiteral("en"));
    }

    void aLanguageWithoutAVoiceIsNeverRead()
    {
        // Tagalog has no voice: Listen says so in Tagalog and no other voice reads it.
        TestPack pack;
        pack.write(QStringLiteral("pack.json"), R"({ "format": 1, "id": "tl", "version": 1,
  "title": { "en": "Help", "tl": "Tulong" }, "languages": ["en", "tl"],
  "site": { "name": { "en": "Lab", "tl": "Laboratoryo" }, "timezone": "America/Chicago" } })");
        const auto loaded = pack.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        const auto before = m_ui->store->content();
        m_ui->store->setContent(loaded.content);
        m_ui->visit->setLanguage(QStringLiteral("tl"));
        QTest::qWait(300);
        QCOMPARE(speech().status(), ReadAloud::NoVoice);
        QVERIFY(!speech().speaks(QStringLiteral("tl")));
        QVERIFY(speech().speaks(QStringLiteral("en")));
        QQuickItem *listen = UiHarness::find(m_window, QStringLiteral("listenButton"));
        QVERIFY(listen);
        // The button says so ("No speech", dimmed), in Tagalog's words.
        QVERIFY(listen->property("silent").toBool());
        QVERIFY(listen->opacity() < 1);
        const double tapped = m_rig->now();
        tap(m_window, listen);
        QTest::qWait(1500);
        QVERIFY2(m_rig->soundAfter(tapped) < 0, "a voice read Tagalog");
        QVERIFY(!speech().reading());
        QCOMPARE(speech().status(), ReadAloud::NoVoice);
        m_ui->store->setContent(before);
        m_ui->visit->setLanguage(QStringLiteral("en"));
        QTest::qWait(300);
        QCOMPARE(speech().status(), ReadAloud::Ready);
    }

    void aPersonsRecordingPlaysInsteadOfTheVoice()
    {
        // The test pack's Vietnamese page comes with a recording (slower and higher than the
        // synthetic voice, so the two are told apart): Listen plays it, a touch stops it.
        const QString packDir = QStringLiteral(KIOSK_TEST_DATA "/five-language-pack");
        const auto loaded = ContentLoader::load(packDir);
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        const auto before = m_ui->store->content();
        m_ui->store->setContent(loaded.content);
        m_ui->visit->setLanguage(QStringLiteral("vi"));
        const QVariant page
            = QVariantMap { { QStringLiteral("pageId"), QStringLiteral("feeding") } };
        QVERIFY(QMetaObject::invokeMethod(m_window, "openScreen",
            Q_ARG(QString, QStringLiteral("article")), Q_ARG(QVariant, page)));
        UiHarness::settle(m_window);
        QQuickItem *listen = UiHarness::find(m_window, QStringLiteral("listenButton"));
        QVERIFY(listen);
        const double tapped = m_rig->now();
        tap(m_window, listen);
        QCOMPARE(speech().status(), ReadAloud::Reading);
        QTest::qWait(4000);
        const double start = m_rig->soundAfter(tapped);
        QVERIFY2(start >= 0, "no sound after Listen");
        qInfo("Listen to the recording's first sound: %.0f ms", start - tapped);
        QVERIFY2(start - tapped < 1500, qPrintable(QString::number(start - tapped)));
        const QVector<double> heard = m_rig->envelope(start - 50, m_rig->now());
        const QString file = packDir + QStringLiteral("/media/feeding-vi.ogg");
        const QVector<double> recording = AudioRig::fileEnvelope(file);
        QVERIFY(recording.size() > 300);
        // The first four seconds of each.
        const double withFile = AudioRig::correlation(heard, recording.mid(0, heard.size()));
        // What the synthetic voice would have said for the page.
        const QString said = ReadingScript::of(QStringLiteral("article:feeding"), m_ui->visit,
            m_ui->rooms, QDateTime::currentDateTime())
                                 .mid(0, 2)
                                 .join(u' ');
        const double withVoice = AudioRig::correlation(
            heard, AudioRig::espeakEnvelope(said, QStringLiteral("vi")).mid(0, heard.size()));
        qInfo("correlation with the recording %.2f, with the synthetic voice %.2f", withFile,
            withVoice);
        QVERIFY2(withFile > withVoice + 0.1,
            qPrintable(QStringLiteral("%1 vs %2").arg(withFile).arg(withVoice)));
        // A touch anywhere stops it.
        const double touched = m_rig->now();
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier,
            QPoint(m_window->width() / 2, m_window->height() / 2));
        QTest::qWait(900);
        const double silent = m_rig->silenceAfter(touched);
        QVERIFY2(silent >= 0, "still sounding after the touch");
        qInfo("touch to silence: %.0f ms", std::max(0.0, silent - touched));
        QVERIFY2(silent - touched < 300, qPrintable(QString::number(silent - touched)));
        QVERIFY(!speech().reading());
        QMetaObject::invokeMethod(m_window, "goBack");
        m_ui->store->setContent(before);
        m_ui->visit->setLanguage(QStringLiteral("en"));
        UiHarness::settle(m_window);
    }

    void volumeStepsAndTheNextVisitStartsAtTheSitesVolume()
    {
        const QString line = QStringLiteral("Lactation room A is free.");
        const int site = speech().volume();
        QCOMPARE(site, SpeechSettings().volume);
        const double normal = levelOf(line);
        speech().louder();
        speech().louder();
        QCOMPARE(speech().volume(), site + 2 * ReadAloud::VolumeStep);
        QVERIFY(waitQuiet(speech(), 8000));
        const double loud = levelOf(line);
        for (int i = 0; i < 4; ++i)
            speech().softer();
        QCOMPARE(speech().volume(), site - 2 * ReadAloud::VolumeStep);
        QVERIFY(waitQuiet(speech(), 8000));
        const double soft = levelOf(line);
        qInfo("level at volume %d: %.3f, at %d: %.3f, at %d: %.3f",
            site - 2 * ReadAloud::VolumeStep, soft, site, normal, site + 2 * ReadAloud::VolumeStep,
            loud);
        QVERIFY2(loud > normal * 1.15, qPrintable(QStringLiteral("%1 %2").arg(loud).arg(normal)));
        QVERIFY2(soft < normal / 1.15, qPrintable(QStringLiteral("%1 %2").arg(soft).arg(normal)));

        // The idle reset: the next visitor hears the site's volume, and no speech bar.
        m_ui->idle(m_ui->session->idleSeconds() + m_ui->session->warningSeconds() + 1);
        QTRY_COMPARE(speech().volume(), site);
        QVERIFY(!speech().engaged());
        const double next = levelOf(line);
        QVERIFY2(std::abs(next - normal) < normal * 0.1,
            qPrintable(QStringLiteral("%1 vs %2").arg(next).arg(normal)));
    }

    /** A line still sounding past its expected length (plus the slack) is stopped: silence. */
    void theWatchdogSilencesALineThatRunsOn()
    {
        const QString line = QStringLiteral("Lactation room A is free. Lactation room B is being "
                                            "cleaned. The next group meets today at ten.");
        // A slack so short (negative) that the line "runs on" after 700 ms of it.
        speech().engine().setWatchdogSlackMs(700 - SpeechEngine::expectedMs(line));
        const auto restore = qScopeGuard([this] {
            speech().engine().setWatchdogSlackMs(2000);
        });
        QSignalSpy stuck(&speech().engine(), &SpeechEngine::stuck);
        QTest::qWait(300);
        speech().read({ line });
        QTRY_VERIFY(speech().engine().state() == SpeechEngine::State::Speaking);
        QTRY_COMPARE_WITH_TIMEOUT(stuck.count(), 1, 5000);
        const double fired = m_rig->now();
        QVERIFY(!speech().reading());
        QTest::qWait(900);
        const double silent = m_rig->silenceAfter(fired);
        QVERIFY2(silent >= 0, "still sounding after the watchdog");
        qInfo("watchdog to silence: %.0f ms", std::max(0.0, silent - fired));
        QVERIFY2(silent - fired < 300, qPrintable(QString::number(silent - fired)));
    }

    void keysSpeakEachControlInOrderIntoTheHandsetOnly()
    {
        QTRY_VERIFY_WITH_TIMEOUT(speech().engine().hasPrivateOutput(), 90000);
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        Keypad &keypad = m_ui->app->keypad();
        QSignalSpy sent(&speech().engine(), &SpeechEngine::lineSent);
        m_rig->record(QStringLiteral("handset"));
        // The first key: speech mode, what the kiosk is and how to use the keys.
        const double first = m_rig->now();
        QTest::keyClick(m_window, Qt::Key_Down);
        QVERIFY(m_ui->visit->speechMode());
        QTRY_VERIFY(sent.count() >= 1);
        QVERIFY(sent.first().at(1).toString().startsWith(u"Speech is on"));
        QTest::qWait(1500);
        QVERIFY2(m_rig->soundAfter(first) >= 0, "the handset heard nothing in speech mode");
        // Any key interrupts.
        const double interrupted = m_rig->now();
        QTest::keyClick(m_window, Qt::Key_X);
        QTest::qWait(900);
        const double quiet = m_rig->silenceAfter(interrupted);
        QVERIFY2(quiet >= 0, "still speaking after a key");
        qInfo("key to silence: %.0f ms", std::max(0.0, quiet - interrupted));

        // Each control, as it gets focus, is said in order; sound within 300 ms of its key.
        const bool sanitized = qEnvironmentVariableIsSet("KIOSK_SANITIZED");
        for (int i = 0; i < 5; ++i) {
            QVERIFY(waitQuiet(speech(), 15000));
            QTest::qWait(400);
            sent.clear();
            const double pressed = m_rig->now();
            QTest::keyClick(m_window, Qt::Key_Down);
            QTRY_COMPARE(sent.count(), 1);
            QString expected;
            SpeechText::languageOf(keypad.spokenLines(keypad.focused()).constFirst(), &expected);
            QCOMPARE(sent.first().at(1).toString(), expected);
            QTest::qWait(sanitized ? 2000 : 800);
            const double sound = m_rig->soundAfter(pressed);
            QVERIFY2(sound >= 0, qPrintable(u"nothing heard for " + expected));
            qInfo(
                "key to the first sound of \"%s\": %.0f ms", qPrintable(expected), sound - pressed);
            if (!sanitized)
                QVERIFY2(sound - pressed < 300, qPrintable(QString::number(sound - pressed)));
        }

        // The speaker says nothing of it: Repeat, heard on the handset, silent on the speaker.
        QVERIFY(waitQuiet(speech(), 15000));
        m_rig->record(QStringLiteral("kiosk"));
        const double repeated = m_rig->now();
        QTest::keyClick(m_window, Qt::Key_F3);
        QTRY_VERIFY(speech().engine().state() == SpeechEngine::State::Speaking);
        QVERIFY(waitQuiet(speech(), 15000));
        QTest::qWait(300);
        QCOMPARE(m_rig->soundAfter(repeated), -1.0);

        // Louder in speech mode, then the idle reset: the next visitor hears the speaker, at the
        // site's volume.
        const int site = speech().volume();
        QTest::keyClick(m_window, Qt::Key_Plus);
        QCOMPARE(speech().volume(), site + ReadAloud::VolumeStep);
        m_ui->session->resetNow();
        QVERIFY(!m_ui->visit->speechMode());
        QCOMPARE(speech().volume(), site);
        QTest::qWait(500);
        const double tapped = m_rig->now();
        tap(m_window, UiHarness::find(m_window, QStringLiteral("listenButton")));
        QTest::qWait(1500);
        QVERIFY2(m_rig->soundAfter(tapped) >= 0, "the next visit's Listen is not on the speaker");
        speech().stop();
        QTest::qWait(300);
    }

    void cleanupTestCase()
    {
        m_ui.reset();
        m_rig.reset();
    }
};

QTEST_MAIN(TestSpeechAudio)
#include "tst_speechaudio.moc"
