// lactation-kiosk's own command line where there is no screen: --help and --version over SSH, in a
// provisioning script or a unit's ExecStartPre, with no display and no Qt platform set.
#include "toolrun.h"

#include <QRegularExpression>

namespace {

using Run = ToolRun;

/** The kiosk with no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, as on a console. */
Run runHeadless(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(name));
    return runTool(QStringLiteral(LACTATION_KIOSK_BIN), args, env, 30000);
}

} // namespace

class TestKioskCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpNeedsNoDisplay()
    {
        for (const QString &flag : { QStringLiteral("--help"), QStringLiteral("-h") }) {
            const Run r = runHeadless({ flag });
            QVERIFY2(
                r.exitCode == 0, qPrintable(QStringLiteral("exit %1: ").arg(r.exitCode) + r.err));
            QVERIFY2(r.out.contains(QStringLiteral("--sync-once")), qPrintable(r.out + r.err));
        }
    }

    void versionNeedsNoDisplay()
    {
        const Run r = runHeadless({ QStringLiteral("--version") });
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: ").arg(r.exitCode) + r.err));
        static const QRegularExpression version(
            QStringLiteral("^lactation-kiosk \\d+\\.\\d+(\\.\\d+)?\\n$"));
        QVERIFY2(version.match(r.out).hasMatch(), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestKioskCli)
#include "tst_kioskcli.moc"
