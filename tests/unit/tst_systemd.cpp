// The kiosk as a systemd Type=notify service: a real notify socket (the sd_notify datagram
// protocol) receives READY=1 once the kiosk has drawn, then WATCHDOG=1 from its event loop at
// half of WATCHDOG_USEC, also when it is not the main process (WATCHDOG_PID of another, as under
// cage). SIGTERM stops it with STOPPING=1.
#include "notifysocket.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSystemd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyThenWatchdogPings()
    {
        NotifySocket notify;
        QVERIFY(notify.isValid());

        QProcess kiosk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), notify.path());
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("1000000"));
        env.insert(QStringLiteral("WATCHDOG_PID"), QStringLiteral("1")); // cage's, not ours
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        kiosk.setProcessEnvironment(env);
        kiosk.start(QStringLiteral(LACTATION_KIOSK_BIN), { QStringLiteral("--windowed") });
        QVERIFY(kiosk.waitForStarted());

        QStringList messages;
        const auto receive = [&] {
            messages = notify.receive();
        };
        QTRY_VERIFY_WITH_TIMEOUT((receive(), messages.contains(QStringLiteral("READY=1"))), 15000);
        const int ready = int(messages.indexOf(QStringLiteral("READY=1")));
        // At 1 s, pings every 500 ms: three come within 1.5 s (waiting up to 10 s on a busy
        // machine).
        QTRY_VERIFY2_WITH_TIMEOUT(
            (receive(), messages.mid(ready).count(QStringLiteral("WATCHDOG=1")) >= 3),
            qPrintable(messages.join(u' ')), 10000);
        kiosk.terminate();
        QVERIFY(kiosk.waitForFinished(10000));
        receive();
        QVERIFY2(messages.contains(QStringLiteral("STOPPING=1")), qPrintable(messages.join(u' ')));
    }

    /** As shipped (kiosk mode, whose window refuses to close): SIGTERM still ends it, cleanly. */
    void kioskModeStopsOnSigterm()
    {
        QProcess kiosk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        kiosk.setProcessEnvironment(env);
        kiosk.setProcessChannelMode(QProcess::MergedChannels);
        kiosk.start(QStringLiteral(LACTATION_KIOSK_BIN), QStringList());
        QVERIFY(kiosk.waitForStarted());
        QTest::qWait(3000); // drawn and running its event loop
        QCOMPARE(kiosk.state(), QProcess::Running);
        kiosk.terminate();
        QVERIFY2(kiosk.waitForFinished(10000), "the kiosk ignored SIGTERM in kiosk mode");
        QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.exitCode(), 0);
        QVERIFY(kiosk.readAll().contains("stopping on a signal"));
    }
};

QTEST_GUILESS_MAIN(TestSystemd)
#include "tst_systemd.moc"
