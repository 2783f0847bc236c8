// What the read-aloud says (issue 11's policy half, tested without audio): every line as a person
// says it – phone numbers digit by digit in their groups, times in words of the language,
// initialisms as letters, no markup or symbols – and each screen's script in reading order from
// the same models the screen shows, in English and Spanish; `--speech-script` prints it.
#include "readaloud.h"
#include "readingscript.h"
#include "speechengine.h"
#include "speechtext.h"
#include "testpack.h"
#include "toolrun.h"
#include "uitest.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QQuickItem>
#include <QRegularExpression>
#include <QTemporaryDir>

class TestReadAloud : public QObject
{
    Q_OBJECT

    static QDateTime tuesdayMorning()
    {
        return QDateTime::fromString(QStringLiteral("2026-12-01T09:30:00-06:00"), Qt::ISODate);
    }

private Q_SLOTS:
    void saidAsAPersonSaysIt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("said");
        QTest::newRow("phone") << "en"
                               << "1-800-994-9662 – Call"
                               << "1, 8 0 0, 9 9 4, 9 6 6 2, Call";
        QTest::newRow("vanity number") << "en"
                                       << "Call or text 1-833-TLC-MAMA."
                                       << "Call or text 1, 8 3 3, T L C, M A M A.";
        QTest::newRow("short number") << "en"
                                      << "Call or text 988"
                                      << "Call or text 988";
        QTest::newRow("a year is no phone") << "en"
                                            << "Since 2026-12-01"
                                            << "Since 2026-12-01";
        QTest::newRow("range") << "en" << QStringLiteral("10:00–11:30\u00a0a.m.")
                               << "10 to 11 30 a m.";
        QTest::newRow("range over noon")
            << "en" << QStringLiteral("10:00\u00a0a.m.–12:00\u00a0p.m.") << "10 a m to 12 p m.";
        QTest::newRow("sentence after a time")
            << "en" << QStringLiteral("Open until 5:00\u00a0p.m. Call first.")
            << "Open until 5 p m. Call first.";
        QTest::newRow("spanish afternoon")
            << "es" << QStringLiteral("6:00–7:30\u00a0p.\u00a0m.") << "6 a 7 30 de la tarde.";
        QTest::newRow("spanish night") << "es" << QStringLiteral("hasta las 9:00\u00a0p.\u00a0m.")
                                       << "hasta las 9 de la noche.";
        QTest::newRow("spanish morning")
            << "es" << QStringLiteral("10:00\u00a0a.\u00a0m.") << "10 de la mañana.";
        QTest::newRow("not a meridiem") << "en"
                                        << "at 10:00 a meeting"
                                        << "at 10 a meeting";
        QTest::newRow("initialisms") << "en"
                                     << "Peer counselor, CLC, IBCLC or IBCLCs; WIC"
                                     << "Peer counselor, C L C, I B C L C or I B C L Cs; WIC";
        QTest::newRow("markup") << "en"
                                << "<b>Where:</b> First floor &amp; lobby"
                                << "Where: First floor and lobby";
        QTest::newRow("symbols") << "en"
                                 << "Today · 10:00 (demo) – ask us"
                                 << "Today, 10, demo, ask us";
        QTest::newRow("ampersand in spanish") << "es"
                                              << "Grupos & clases"
                                              << "Grupos y clases";
        // Each language's words for a range; the isolates that keep an Arabic line's numbers in
        // order are not said; a parenthesis before an Arabic comma is one pause.
        QTest::newRow("chinese range") << "zh-Hans" << QStringLiteral("星期二 上午10:00–11:30")
                                       << QStringLiteral("星期二 上午10 至 11 30");
        QTest::newRow("vietnamese range") << "vi" << QStringLiteral("Thứ Ba 10:00–11:30")
                                          << QStringLiteral("Thứ Ba 10 đến 11 30");
        QTest::newRow("arabic range and isolates")
            << "ar"
            << QStringLiteral(
                   "الثلاثاء \u206610:00–11:30\u2069 ص، اتصلي على \u2066312 555 0142\u2069")
            << QStringLiteral("الثلاثاء 10 إلى 11 30 ص، اتصلي على 312 555 0142");
        QTest::newRow("stop before a parenthesis") << "en"
                                                   << "Ask at the desk. (Demo notice.)"
                                                   << "Ask at the desk. Demo notice.";
        QTest::newRow("arabic pauses")
            << "ar" << QStringLiteral("قاعة المجتمع (Community Room)، الطابق الأول")
            << QStringLiteral("قاعة المجتمع, Community Room، الطابق الأول");
    }

    void saidAsAPersonSaysIt()
    {
        QFETCH(QString, language);
        QFETCH(QString, shown);
        QFETCH(QString, said);
        QCOMPARE(SpeechText::spoken(shown, LanguageProfile::of(language).speech), said);
    }

    void homeInReadingOrder()
    {
        KioskApp app(testKioskSetup());
        const QStringList en = ReadingScript::of(
            QStringLiteral("home"), &app.visit(), &app.rooms(), tuesdayMorning());
        const QStringList expected {
            QStringLiteral("Lakeside Medical Lab, demo"),
            QStringLiteral("Lactation room A: Free."),
            QStringLiteral("Lactation room B: Status not available, ask the front desk."),
            QStringLiteral(
                "Next group or class: Today, 10 to 11 30 a m. Breastfeeding support group."),
            QStringLiteral("National Breastfeeding Helpline. 1, 8 0 0, 9 9 4, 9 6 6 2, Call. Open "
                           "now, until 5 p m."),
            QStringLiteral("Sections: Learn, Support groups and classes, Get help, Lactation room, "
                           "Your visit, Language help"),
            QStringLiteral(
                "Buttons: Listen, Text size, High contrast, Choose a language. While reading: "
                "Previous, Repeat, Next, Softer, Louder"),
        };
        QCOMPARE(en, expected);
        // The states as they are now.
        app.rooms().setStaffState(QStringLiteral("room-a"), QStringLiteral("occupied"));
        QCOMPARE(
            ReadingScript::of(QStringLiteral("home"), &app.visit(), &app.rooms(), tuesdayMorning())
                .at(1),
            QStringLiteral("Lactation room A: In use."));
        app.visit().setLanguage(QStringLiteral("es"));
        const QStringList es = ReadingScript::of(
            QStringLiteral("home"), &app.visit(), &app.rooms(), tuesdayMorning());
        QCOMPARE(es.size(), expected.size());
        QCOMPARE(es.at(1), QStringLiteral("Sala de lactancia A: Ocupada."));
        QVERIFY2(es.at(3).startsWith(QStringLiteral("Próximo grupo o clase: Hoy, 10 a 11 30 de la "
                                                    "mañana.")),
            qPrintable(es.at(3)));
        QVERIFY2(
            es.at(4).contains(QStringLiteral("1, 8 0 0, 9 9 4, 9 6 6 2")), qPrintable(es.at(4)));
        QVERIFY2(
            es.at(4).contains(QStringLiteral("hasta las 5 de la tarde")), qPrintable(es.at(4)));
        QCOMPARE(es.constLast(),
            QStringLiteral(
                "Botones: Escuchar, Tamaño del texto, Alto contraste, Elegir idioma. Durante la "
                "lectura: Anterior, Repetir, Siguiente, Más bajo, Más alto"));
    }

    void groupsByDayWithWhatChanged()
    {
        KioskApp app(testKioskSetup());
        const QStringList lines = ReadingScript::of(
            QStringLiteral("groups"), &app.visit(), &app.rooms(), tuesdayMorning());
        QCOMPARE(lines.first(), QStringLiteral("Support groups and classes"));
        const qsizetype today = lines.indexOf(QStringLiteral("Today"));
        const qsizetype week = lines.indexOf(QStringLiteral("This week"));
        const qsizetype later = lines.indexOf(QStringLiteral("Later"));
        QVERIFY(today == 1 && today < week && week < later);
        QVERIFY2(
            lines.at(2).startsWith(QStringLiteral("10 to 11 30 a m. Breastfeeding support group.")),
            qPrintable(lines.at(2)));
        QVERIFY2(lines.at(week + 1).startsWith(QStringLiteral("Thursday 6 to 7 30 p m.")),
            qPrintable(lines.at(week + 1)));
        // A cancelled meeting says so, right after its name.
        bool cancelled = false;
        for (const QString &line : lines)
            cancelled = cancelled || line.contains(QStringLiteral("group. Cancelled."));
        QVERIFY2(cancelled, qPrintable(lines.join(u'\n')));
        QCOMPARE(lines.constLast(),
            QStringLiteral(
                "Buttons: Back, Home, Listen, Text size, High contrast, Choose a language. While "
                "reading: Previous, Repeat, Next, Softer, Louder"));
        // Nothing a voice would read as a symbol or a tag.
        for (const QString &line : lines)
            QVERIFY2(!line.contains(u'<') && !line.contains(u'·') && !line.contains(u'–')
                    && !line.contains(u'&') && !line.contains(QChar(0x00A0)),
                qPrintable(line));
    }

    void everyServiceOnTheHelpScreen()
    {
        KioskApp app(testKioskSetup());
        const QStringList lines = ReadingScript::of(
            QStringLiteral("help"), &app.visit(), &app.rooms(), tuesdayMorning());
        QVERIFY(lines.size() >= 5);
        QVERIFY2(lines.at(1).startsWith(
                     QStringLiteral("National Breastfeeding Helpline. 1, 8 0 0, 9 9 4, 9 6 6 2")),
            qPrintable(lines.at(1)));
        QVERIFY2(lines.join(u'\n').contains(QStringLiteral("1, 8 3 3, T L C, M A M A")),
            qPrintable(lines.join(u'\n')));
    }

    void everyScreenSaidInEachLanguage()
    {
        // The built-in pack in each of its five languages: every screen's script says its times
        // and phone numbers in words and groups, never "10:00" or a direction mark, and names
        // the screen first.
        KioskApp app(testKioskSetup());
        static const QRegularExpression clock(QStringLiteral("\\d:\\d\\d"));
        static const QRegularExpression marks(
            QStringLiteral("[\\x{200E}\\x{200F}\\x{2066}-\\x{2069}]"));
        for (const QString &language : app.visit().languages()) {
            app.visit().setLanguage(language);
            for (const QString &screen : { QStringLiteral("home"), QStringLiteral("groups"),
                     QStringLiteral("help"), QStringLiteral("room"), QStringLiteral("learn"),
                     QStringLiteral("visit"), QStringLiteral("languages"),
                     QStringLiteral("language-help"), QStringLiteral("article:benefits") }) {
                const QStringList lines
                    = ReadingScript::of(screen, &app.visit(), &app.rooms(), tuesdayMorning());
                const QString all = lines.join(u'\n');
                QVERIFY2(lines.size() >= 2, qPrintable(language + u' ' + screen));
                QVERIFY2(!all.contains(clock), qPrintable(language + u' ' + screen + u'\n' + all));
                QVERIFY2(!all.contains(marks), qPrintable(language + u' ' + screen + u'\n' + all));
            }
            // The groups screen's first meeting, in the order the screen shows it: day, times,
            // name.
            const QStringList groups = ReadingScript::of(
                QStringLiteral("groups"), &app.visit(), &app.rooms(), tuesdayMorning());
            QVERIFY2(groups.size() >= 3 && groups.at(2).contains(QStringLiteral("10")),
                qPrintable(groups.join(u'\n')));
        }
    }

    void eachLanguageInItsOwnVoice()
    {
        // The chooser: each language's name marked with its tag, so its own voice says it;
        // hers unmarked. The language-help screen: her notice, then each other in its voice.
        KioskApp app(testKioskSetup());
        app.visit().setLanguage(QStringLiteral("vi"));
        const QStringList chooser = ReadingScript::of(
            QStringLiteral("languages"), &app.visit(), &app.rooms(), tuesdayMorning());
        QStringList tags;
        QStringList names;
        for (const QString &line : chooser) {
            QString said;
            tags.append(SpeechText::languageOf(line, &said));
            names.append(said);
        }
        QCOMPARE(names.mid(1, 5),
            QStringList({ QStringLiteral("English"), QStringLiteral("Español"),
                QStringLiteral("Tiếng Việt"), QStringLiteral("中文（简体）"),
                QStringLiteral("العربية") }));
        QCOMPARE(tags.mid(0, 6),
            QStringList({ QString(), QStringLiteral("en"), QStringLiteral("es"), QString(),
                QStringLiteral("zh-Hans"), QStringLiteral("ar") }));
        const QStringList help = ReadingScript::of(
            QStringLiteral("language-help"), &app.visit(), &app.rooms(), tuesdayMorning());
        QString said;
        QVERIFY(SpeechText::languageOf(help.at(1), &said).isEmpty()); // hers first
        QVERIFY2(said.startsWith(QStringLiteral("Quý vị")), qPrintable(said));
        QCOMPARE(SpeechText::languageOf(help.at(2), &said), QStringLiteral("en"));
        // The mark round-trips and shows nothing.
        QCOMPARE(SpeechText::languageOf(
                     SpeechText::inLanguage(QStringLiteral("pt-BR"), QStringLiteral("Olá")), &said),
            QStringLiteral("pt-BR"));
        QCOMPARE(said, QStringLiteral("Olá"));
        QCOMPARE(SpeechText::languageOf(QStringLiteral("Hello"), &said), QString());
        QCOMPARE(said, QStringLiteral("Hello"));
    }

    /** --speech-script prints the script and exits, with no display at all. */
    void printedByTheKiosk()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QString::fromLatin1(name));
        const ToolRun r = runTool(QStringLiteral(LACTATION_KIOSK_BIN),
            { QStringLiteral("--speech-script"), QStringLiteral("--screen"), QStringLiteral("room"),
                QStringLiteral("--language"), QStringLiteral("es"), QStringLiteral("--now"),
                QStringLiteral("2026-12-01T09:30:00-06:00") },
            env, 30000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Sala de lactancia"));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("Sala de lactancia A: Libre.")),
            qPrintable(r.out));
        QVERIFY2(lines.constLast().startsWith(QStringLiteral("Botones: Atrás, Inicio")),
            qPrintable(r.out));
    }

    /**
     * No speech-dispatcher to reach: Listen says speech is not available, a tap on it changes
     * nothing, the screen stays; the kiosk itself logs why, runs on, and stops cleanly.
     */
    /** [speech] from the INI: enabled, volume (and a refused one), private_sink, the old sink. */
    void theSpeechSettingsDoWhatTheySay()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
        writeFile(ini, "[speech]\nenabled = false\nvolume = 40\nprivate_sink = handset\n");
        QStringList notes;
        SpeechSettings settings = SpeechSettings::fromIni(ini, &notes);
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
        QCOMPARE(settings.enabled, false);
        QCOMPARE(settings.volume, 40);
        QCOMPARE(settings.privateSink, QStringLiteral("handset"));
        {
            KioskSetup setup = testKioskSetup();
            setup.speech = settings;
            UiHarness ui(std::move(setup));
            QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
            QVERIFY(window);
            // Off: no Listen control, nothing started, nothing read.
            ui.app->readAloud().start();
            QCOMPARE(ui.app->readAloud().status(), ReadAloud::Off);
            QCOMPARE(ui.app->readAloud().engine().state(), SpeechEngine::State::Off);
            QVERIFY(!UiHarness::find(window, QStringLiteral("listenButton"))->isVisible());
            // Every visit starts at the site's volume.
            QCOMPARE(ui.visit->volume(), 40);
            ui.visit->setVolume(85);
            ui.session->resetNow();
            QCOMPARE(ui.visit->volume(), 40);
        }
        // A volume it cannot use keeps the default, said where; the old key still works.
        writeFile(ini, "[speech]\nvolume = loud\nsink = usb-handset\n");
        notes.clear();
        settings = SpeechSettings::fromIni(ini, &notes);
        QCOMPARE(settings.enabled, true);
        QCOMPARE(settings.volume, SpeechSettings().volume);
        QCOMPARE(settings.privateSink, QStringLiteral("usb-handset"));
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes.at(0).contains(ini) && notes.at(0).contains(u"volume")
                && notes.at(0).contains(u"loud"),
            qPrintable(notes.at(0)));
        QVERIFY2(notes.at(1).contains(u"private_sink"), qPrintable(notes.at(1)));
    }

    void withoutSpeechDispatcherTheKioskRunsOn()
    {
        QTemporaryDir runtime;
        const QByteArray missing
            = "unix_socket:" + runtime.filePath(QStringLiteral("none/speechd.sock")).toLocal8Bit();
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
        qputenv("SPEECHD_ADDRESS", missing);
        {
            UiHarness ui;
            QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(1920, 1080));
            QVERIFY(window);
            ReadAloud &speech = ui.app->readAloud();
            speech.start();
            QTRY_COMPARE_WITH_TIMEOUT(speech.status(), ReadAloud::Unavailable, 20000);
            QVERIFY2(speech.engine().problem().contains(QStringLiteral("speech-dispatcher")),
                qPrintable(speech.engine().problem()));
            QQuickItem *listen = UiHarness::find(window, QStringLiteral("listenButton"));
            QVERIFY(listen && listen->isVisible());
            QCOMPARE(listen->property("text").toString(), QStringLiteral("No speech"));
            speech.listen({ QStringLiteral("Lactation room A: free.") });
            QCOMPARE(speech.status(), ReadAloud::Unavailable);
            QVERIFY(!speech.engaged());
            QVERIFY(UiHarness::find(window, QStringLiteral("glance-room")));
        }

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess kiosk;
        kiosk.setProcessEnvironment(env);
        kiosk.setProcessChannelMode(QProcess::MergedChannels);
        kiosk.start(QStringLiteral(LACTATION_KIOSK_BIN),
            { QStringLiteral("--windowed"), QStringLiteral("--read-aloud") });
        QVERIFY(kiosk.waitForStarted());
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += kiosk.readAll(), log.contains("speech: read-aloud is not available")), 20000);
        QTest::qWait(1000);
        QCOMPARE(kiosk.state(), QProcess::Running);
        kiosk.terminate();
        QVERIFY2(kiosk.waitForFinished(10000), "the kiosk did not stop on SIGTERM");
        QCOMPARE(kiosk.exitCode(), 0);
        qunsetenv("SPEECHD_ADDRESS");
    }

    /**
     * A speech-dispatcher that takes the connection and never answers (wedged): the engine gives
     * up after its start timeout, and destroying it (the kiosk stopping) does not wait for the
     * thread stuck in libspeechd.
     */
    void aHungSpeechDispatcherNeverHoldsTheKiosk()
    {
        QTemporaryDir runtime;
        QLocalServer hung;
        const QString socket = runtime.filePath(QStringLiteral("speechd.sock"));
        QVERIFY(hung.listen(socket));
        QList<QLocalSocket *> held;
        connect(&hung, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *s = hung.nextPendingConnection())
                held.append(s); // read nothing, say nothing
        });
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
        qputenv("SPEECHD_ADDRESS", "unix_socket:" + socket.toLocal8Bit());
        auto engine = std::make_unique<SpeechEngine>();
        engine->setStartTimeoutMs(1500);
        QElapsedTimer t;
        t.start();
        engine->start();
        QCOMPARE(engine->state(), SpeechEngine::State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SpeechEngine::State::Unavailable, 10000);
        QVERIFY2(engine->problem().contains(QStringLiteral("did not answer within 1.5 s")),
            qPrintable(engine->problem()));
        QVERIFY2(!held.isEmpty(), "libspeechd never connected to the hung server");
        QCOMPARE(
            engine->say(QStringLiteral("Hello."), LanguageProfile::of(QStringLiteral("en")).voice),
            0);
        t.restart();
        engine.reset();
        qInfo("destroyed in %lld ms with the speech thread stuck", t.elapsed());
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        qunsetenv("SPEECHD_ADDRESS");
        qDeleteAll(held); // libspeechd's read now ends, and the abandoned thread with it
        QTest::qWait(200);
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
