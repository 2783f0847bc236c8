// The kiosk under its real compositor, as the packaged unit runs it: cage with wlroots' headless
// backend and pixman renderer, Qt on Wayland. `--self-test` must draw its first frame and exit 0,
// and grim (wlr-screencopy) must see the kiosk's home screen on cage's output. cage refuses to
// run as root: as root the test runs it as `nobody` (setpriv) with a private XDG_RUNTIME_DIR.
// Where cage, grim or Qt's Wayland plugin is missing, the test says so and is skipped (exit 77).
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QLibraryInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int Skip = 77;

/** Why this machine cannot run the kiosk under cage, or empty. */
QString missing()
{
    for (const char *tool : { "cage", "grim", "setpriv" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return QStringLiteral("%1 is not installed (packaging/dev.sh installs it)")
                .arg(QLatin1String(tool));
    }
    const QString plugins = QLibraryInfo::path(QLibraryInfo::PluginsPath);
    if (QDir(plugins + QStringLiteral("/platforms"))
            .entryList({ QStringLiteral("libqwayland*.so") })
            .isEmpty())
        return QStringLiteral("Qt's Wayland platform plugin is not installed (qt6-wayland)");
    if (::geteuid() == 0 && !::getpwnam("nobody"))
        return QStringLiteral("running as root, and there is no user 'nobody' to run cage as");
    return {};
}

/** Copies @p from into @p to, folders and all. */
void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &entry :
        QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir())
            copyTree(entry.filePath(), target);
        else
            QFile::copy(entry.filePath(), target);
    }
}

} // namespace

class TestCage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfTestAndScreenshotUnderCage()
    {
        // Everything cage's user reads is in one folder it owns: the kiosk, the built-in pack (a
        // checkout under /root is not readable by nobody) and the Wayland socket.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString kiosk = dir.filePath(QStringLiteral("lactation-kiosk"));
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const QString runtime = dir.filePath(QStringLiteral("runtime"));
        QVERIFY(QFile::copy(QStringLiteral(LACTATION_KIOSK_BIN), kiosk));
        copyTree(QStringLiteral(KIOSK_DEFAULT_PACK), pack);
        QVERIFY(QDir().mkpath(runtime));
        const QString script = dir.filePath(QStringLiteral("session.sh"));
        // Two sessions (cage 0.1.4 shows no second window after the first one closed): the
        // self-test, then the kiosk as shipped (fullscreen) until grim has caught more than an
        // empty output. Each step's exit code is kept for the test.
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"sh(#!/bin/sh
cd "%1"
if [ "$1" = self-test ]; then
    ./lactation-kiosk --self-test --pack pack > self-test.out 2>&1
    echo $? > self-test.rc
    exit
fi
./lactation-kiosk --pack pack --size 1024x640 > kiosk.out 2>&1 &
kiosk=$!
i=0
while [ $i -lt 60 ]; do
    sleep 0.5
    grim shot.png 2>> grim.err && [ "$(stat -c %s shot.png)" -gt 20000 ] && break
    i=$((i + 1))
done
kill $kiosk
wait $kiosk
echo $? > kiosk.rc
)sh")
                       .arg(dir.path())
                       .toUtf8());
        file.close();
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QStringList command;
        if (::geteuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            QProcess::execute(QStringLiteral("chown"),
                { QStringLiteral("-R"),
                    QStringLiteral("%1:%2").arg(nobody->pw_uid).arg(nobody->pw_gid), dir.path() });
            command << QStringLiteral("setpriv") << QStringLiteral("--reuid=%1").arg(nobody->pw_uid)
                    << QStringLiteral("--regid=%1").arg(nobody->pw_gid)
                    << QStringLiteral("--clear-groups");
        }
        ::chmod(QFile::encodeName(runtime).constData(), 0700);
        command << QStringLiteral("env") << QStringLiteral("-i")
                << QStringLiteral("PATH=/usr/bin:/bin")
                << QStringLiteral("XDG_RUNTIME_DIR=") + runtime
                << QStringLiteral("WLR_BACKENDS=headless") << QStringLiteral("WLR_RENDERER=pixman")
                << QStringLiteral("WLR_LIBINPUT_NO_DEVICES=1")
                << QStringLiteral("QT_QPA_PLATFORM=wayland");
        // The sanitizers' settings of the asan preset go with the kiosk (leak reports off).
        for (const char *name : { "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS" }) {
            if (qEnvironmentVariableIsSet(name))
                command << QString::fromLatin1(name) + u'=' + qEnvironmentVariable(name);
        }
        command << QStringLiteral("cage") << QStringLiteral("--") << script;
        const auto session = [&](const QString &step) {
            QProcess cage;
            cage.setProcessChannelMode(QProcess::MergedChannels);
            cage.start(command.constFirst(), command.mid(1) << step);
            if (!cage.waitForStarted() || !cage.waitForFinished(90000)) {
                cage.kill();
                cage.waitForFinished();
                return QByteArray("cage did not finish within 90 s");
            }
            return cage.readAll();
        };
        const QByteArray cageOutput = session(QStringLiteral("self-test"));
        const auto read = [&](const char *name) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("(none)");
        };
        const QByteArray selfTest = read("self-test.out");
        qInfo("under cage: %s", selfTest.constData());
        QVERIFY2(read("self-test.rc") == "0",
            QByteArray(selfTest + "\ncage said:\n" + cageOutput.right(2000)).constData());
        QVERIFY(selfTest.contains("first-frame-ms="));

        // The screenshot through wlr-screencopy: the kiosk's home screen, not an empty output.
        const QByteArray shotOutput = session(QStringLiteral("screenshot"));
        const QImage shot(dir.filePath(QStringLiteral("shot.png")));
        QVERIFY2(!shot.isNull(), QByteArray(read("grim.err") + shotOutput.right(2000)).constData());
        QCOMPARE(shot.size(), QSize(1280, 720));
        // wlroots 0.15's headless output with pixman shows a client's buffer only while it is not
        // the output's own size (a buffer that is goes through its failed direct-scanout test and
        // reads black in screencopy). So the kiosk starts at 1024x640: its first frame is what
        // grim sees in the output's corner; cage then makes it fullscreen, which a real panel
        // (DRM) shows and this backend does not.
        QHash<QRgb, int> colours;
        for (int y = 0; y < 640; y += 4) {
            for (int x = 0; x < 1024; x += 4) {
                const QRgb c = shot.pixel(x, y);
                const bool accent = std::abs(qRed(c) - 0x7a) <= 2 && std::abs(qGreen(c) - 0x2e) <= 2
                    && std::abs(qBlue(c) - 0x5c) <= 2;
                ++colours[accent ? 0x7a2e5c : c & 0xffffff];
            }
        }
        const int samples = (1024 / 4) * (640 / 4);
        // The home screen: the theme's accent tiles (#7a2e5c) on a good part of it, its light
        // background, and no black where the kiosk drew.
        QVERIFY2(colours.value(0x7a2e5c) > samples / 10,
            qPrintable(QStringLiteral("the accent on %1 of %2 samples")
                           .arg(colours.value(0x7a2e5c))
                           .arg(samples)));
        QVERIFY2(colours.value(0x000000) < samples / 100,
            qPrintable(QStringLiteral("black on %1 of %2 samples")
                           .arg(colours.value(0x000000))
                           .arg(samples)));
        QCOMPARE(read("kiosk.rc"), QByteArray("0")); // SIGTERM is a clean stop
        const QString keep
            = QDir::temp().filePath(QStringLiteral("lactation-kiosk-under-cage.png"));
        QFile::remove(keep);
        QFile::copy(dir.filePath(QStringLiteral("shot.png")), keep);
        qInfo("screenshot: %s", qPrintable(keep));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString why = missing();
    if (!why.isEmpty()) {
        std::fprintf(
            stderr, "SKIPPED: the kiosk cannot be run under cage here: %s\n", qPrintable(why));
        return Skip;
    }
    TestCage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cage.moc"
