// lactation-kiosk: options and the one-shot modes' output; KioskApp does the rest.
#include "feedsync.h"
#include "kioskapp.h"
#include "kioskclock.h"
#include "kioskoptions.h"
#include "pinprompt.h"
#include "processstats.h"
#include "readingscript.h"
#include "speechtext.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

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
        StartupTrace::mark("first-frame");
        if (options.selfTest)
            std::printf("first-frame-ms=%lld\nrss-kib=%lld\npeak-rss-kib=%lld\n%s",
                sinceStart.elapsed(), memory.rssKib, memory.peakRssKib,
                StartupTrace::lines().constData());
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

/** The set-up @p options ask for, its notes logged; none when not even the built-in pack loads. */
static std::optional<KioskSetup> usableSetup(const KioskOptions &options)
{
    KioskSetup setup = KioskSetup::fromOptions(options);
    for (const QString &note : setup.notes)
        report(note);
    return setup.content ? std::optional(std::move(setup)) : std::nullopt;
}

/** --speech-script: what the read-aloud says for --screen, a line per item. */
static int printSpeechScript(const KioskOptions &options)
{
    const auto setup = usableSetup(options);
    if (!setup)
        return 1;
    KioskApp kiosk(*setup);
    kiosk.visit().setLanguage(setup->language); // none: the pack's first
    for (const QString &line :
        ReadingScript::of(options.screen, &kiosk.visit(), &kiosk.rooms(), KioskClock::current())) {
        // A line in another language's voice is printed with its tag: "[vi] Tiếng Việt".
        QString said;
        const QString tag = SpeechText::languageOf(line, &said);
        std::printf("%s%s\n", tag.isEmpty() ? "" : qPrintable(u'[' + tag + QStringLiteral("] ")),
            qPrintable(said));
    }
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
    return setPinFromTerminal(
        options.config.isEmpty() ? KioskOptions::defaultConfig() : options.config, report);
}

int main(int argc, char *argv[])
{
    if (KioskOptions::runsWithoutWindow(argc, argv))
        return withoutWindow(argc, argv);
    QElapsedTimer sinceStart;
    sinceStart.start();
    StartupTrace::mark("main"); // since the launch: the libraries loaded
    QGuiApplication app(argc, argv);
    StartupTrace::mark("application");
    KioskOptions options;
    if (const auto exit = setUp(&options))
        return *exit;
    const auto setup = usableSetup(options); // the INI and the pack (mark "pack" within)
    if (!setup)
        return 1;
    StartupTrace::mark("settings");
    KioskApp kiosk(*setup);
    StartupTrace::mark("kiosk-parts");
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
    StartupTrace::mark("shown");
    QObject::connect(
        window, &QQuickWindow::afterRendering, window,
        [] {
            StartupTrace::mark("rendered");
        },
        Qt::SingleShotConnection);
    if (oneShot)
        finishOnFrame(window, options, sinceStart, kiosk.qmlWarnings());
    else
        kiosk.start(window);
    return app.exec();
}
