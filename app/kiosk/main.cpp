// lactation-kiosk: options, the one-shot modes' output, the PIN prompt; KioskApp does the rest.
#include "feedsync.h"
#include "kioskapp.h"
#include "kioskoptions.h"
#include "processstats.h"
#include "readingscript.h"
#include "staffaccess.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Lactation_CorePlugin)
Q_IMPORT_QML_PLUGIN(Lactation_UiPlugin)

static void report(const QString &line)
{
    std::fprintf(stderr, "lactation-kiosk: %s\n", qPrintable(line));
}

/** Once the window has drawn: print the self-test figures, or write the screenshot. */
static void finishOnFrame(QQuickWindow *window, const KioskOptions &options,
    const QElapsedTimer &sinceStart, const QStringList &qmlErrors)
{
    const auto drawn = [=, &sinceStart, &qmlErrors] {
        const ProcessMemory memory = processMemory();
        if (options.selfTest)
            std::printf("first-frame-ms=%lld\nrss-kib=%lld\npeak-rss-kib=%lld\n",
                sinceStart.elapsed(), memory.rssKib, memory.peakRssKib);
        std::fflush(stdout);
        // A screenshot waits for images to decode and layouts to settle; grabbing renders.
        QTimer::singleShot(options.screenshot.isEmpty() ? 0 : 400, window, [=, &qmlErrors] {
            const bool saved
                = options.screenshot.isEmpty() || window->grabWindow().save(options.screenshot);
            if (!saved)
                report(QStringLiteral("cannot write ") + options.screenshot);
            for (const QString &e : qmlErrors)
                report(QStringLiteral("QML: ") + e);
            QCoreApplication::exit(saved && qmlErrors.isEmpty() ? 0 : 1);
        });
    };
    QObject::connect(window, &QQuickWindow::frameSwapped, window, drawn, Qt::SingleShotConnection);
    QTimer::singleShot(30000, window, [] {
        report(QStringLiteral("no frame was drawn within 30 s"));
        QCoreApplication::exit(1);
    });
}

/** Names the application and parses its options; an exit code when it should stop here. */
static std::optional<int> setUp(KioskOptions *options)
{
    QCoreApplication::setApplicationName(QStringLiteral("lactation-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QString error;
    bool exitNow = false;
    if (options->parse(QCoreApplication::arguments(), &error, &exitNow))
        return std::nullopt;
    if (exitNow) // --help and --version: what was asked for, on stdout
        std::printf("%s", qPrintable(error));
    else
        std::fprintf(stderr, "lactation-kiosk: %s\n", qPrintable(error));
    return exitNow ? 0 : 2;
}

/** Reads a line from the terminal without echoing it. */
static QString readSecret(const char *prompt)
{
    std::fprintf(stderr, "%s", prompt);
    termios old {};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    char line[256] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (tty && tcsetattr(STDIN_FILENO, TCSAFLUSH, &old) == 0)
        std::fprintf(stderr, "\n");
    return read ? QString::fromUtf8(line).trimmed() : QString();
}

/** The set-up @p options ask for, its notes logged; nothing when not even the built-in pack loads.
 */
static std::optional<KioskSetup> usableSetup(const KioskOptions &options)
{
    KioskSetup setup = KioskSetup::fromOptions(options);
    for (const QString &note : setup.notes)
        report(note);
    if (!setup.content)
        return std::nullopt;
    return setup;
}

/** --speech-script: what the read-aloud says for --screen, a line per item. */
static int printSpeechScript(const KioskOptions &options)
{
    const auto setup = usableSetup(options);
    if (!setup)
        return 1;
    KioskApp kiosk(*setup);
    if (!setup->language.isEmpty())
        kiosk.visit().setLanguage(setup->language);
    const QDateTime now = setup->now.isValid() ? setup->now : QDateTime::currentDateTime();
    for (const QString &line :
        ReadingScript::of(options.screen, &kiosk.visit(), &kiosk.rooms(), now))
        std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
    if (!ReadingScript::hasScript(options.screen))
        report(QStringLiteral("%1 has no script of its own yet: its title and buttons")
                   .arg(options.screen));
    return 0;
}

/** --set-pin: the staff PIN, typed twice, stored as an Argon2id hash; --sync-once: one check. */
static int withoutWindow(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KioskOptions options;
    if (const auto exit = setUp(&options))
        return *exit;
    if (options.speechScript)
        return printSpeechScript(options);
    if (options.syncOnce) {
        const auto result = FeedSync::check(options.syncFeed());
        report(result.message);
        return FeedSync::exitCode(result.outcome);
    }
    const QString ini = options.config.isEmpty() ? KioskOptions::defaultConfig() : options.config;
    const QString pin = readSecret("New staff PIN (4 to 12 digits): ");
    QString why; // stays empty for a valid PIN
    if (!StaffAccess::isValidPin(pin, &why) || readSecret("The same PIN again: ") != pin) {
        report(why.isEmpty() ? QStringLiteral("the two PINs differ; nothing was changed") : why);
        return 2;
    }
    if (!StaffAccess::setPin(ini, pin, &why)) {
        report(why);
        return 1;
    }
    report(QStringLiteral("the staff PIN is set in %1 (restart the kiosk)").arg(ini));
    return 0;
}

int main(int argc, char *argv[])
{
    if (KioskOptions::runsWithoutWindow(argc, argv))
        return withoutWindow(argc, argv);
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    KioskOptions options;
    if (const auto exit = setUp(&options))
        return *exit;
    const auto setup = usableSetup(options);
    if (!setup)
        return 1;
    KioskApp kiosk(*setup);
    QQmlApplicationEngine engine;
    QString why;
    QQuickWindow *window
        = kiosk.loadUi(&engine, { { QStringLiteral("startScreen"), options.screen } }, &why);
    if (!window) {
        report(why + QStringLiteral(":\n  ") + kiosk.qmlWarnings().join(QStringLiteral("\n  ")));
        return 1;
    }
    // Kiosk mode: no key, gesture or close request leaves; --windowed behaves like a desktop app.
    const bool oneShot = options.oneShot();
    kiosk.guard(window, !options.windowed && !oneShot);
    window->resize(options.size);
    if (options.windowed || oneShot)
        window->show();
    else
        window->showFullScreen();
    if (oneShot)
        finishOnFrame(window, options, sinceStart, kiosk.qmlWarnings());
    else
        kiosk.start(window);
    return app.exec();
}
