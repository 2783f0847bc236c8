// lactation-kiosk: loads the pack, shows the screens. Policy lives in kiosk_core.
#include "contentloader.h"
#include "contentstore.h"
#include "feedpoller.h"
#include "feedsync.h"
#include "httpsource.h"
#include "iconprovider.h"
#include "keyguard.h"
#include "kioskclock.h"
#include "kioskoptions.h"
#include "kiosksession.h"
#include "processstats.h"
#include "roomstatus.h"
#include "staffaccess.h"
#include "staffconsole.h"
#include "systemdnotify.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

static QString builtInPackDir()
{
    const QString installed = QStringLiteral(KIOSK_INSTALLED_PACK_DIR);
    return QFileInfo::exists(installed + QStringLiteral("/pack.json"))
        ? installed
        : QStringLiteral(KIOSK_SOURCE_PACK_DIR);
}

static void report(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

/** The pack asked for, else the state folder's current one, else the built-in one. */
static std::shared_ptr<const Content> loadContent(const QString &asked, const QString &stateDir)
{
    const QString current = stateDir.isEmpty() ? QString() : PackStore(stateDir).currentPath();
    for (const QString &dir : { asked, current, builtInPackDir() }) {
        if (dir.isEmpty())
            continue;
        const auto result = ContentLoader::load(dir);
        if (result.ok())
            return result.content;
        report(QStringLiteral("lactation-kiosk: the pack in %1 cannot be used:").arg(dir));
        for (const Problem &p : result.problems)
            report(QStringLiteral("  ") + p.toString());
    }
    return nullptr;
}

/** Once the window has drawn: print the self-test figures, or write the screenshot. */
static void finishOnFrame(QQuickWindow *window, const KioskOptions &options,
    const QElapsedTimer &sinceStart, const QStringList &qmlErrors)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [=, &sinceStart, &qmlErrors] {
            if (options.selfTest) {
                const ProcessMemory memory = processMemory();
                std::printf("first-frame-ms=%lld\nrss-kib=%lld\npeak-rss-kib=%lld\n",
                    sinceStart.elapsed(), memory.rssKib, memory.peakRssKib);
                std::fflush(stdout);
            }
            // A screenshot waits for images to decode and layouts to settle; grabbing renders.
            QTimer::singleShot(options.screenshot.isEmpty() ? 0 : 400, window, [=, &qmlErrors] {
                if (!options.screenshot.isEmpty()
                    && !window->grabWindow().save(options.screenshot)) {
                    report(QStringLiteral("lactation-kiosk: cannot write ") + options.screenshot);
                    QCoreApplication::exit(1);
                    return;
                }
                for (const QString &e : qmlErrors)
                    report(QStringLiteral("lactation-kiosk: QML: ") + e);
                QCoreApplication::exit(qmlErrors.isEmpty() ? 0 : 1);
            });
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(30000, window, [] {
        report(QStringLiteral("lactation-kiosk: no frame was drawn within 30 s"));
        QCoreApplication::exit(1);
    });
}

static bool oneShotRun(const KioskOptions &options)
{
    return options.selfTest || !options.screenshot.isEmpty();
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
    report(exitNow ? error : QStringLiteral("lactation-kiosk: ") + error);
    return exitNow ? 0 : 2;
}

/** --sync-once: one update check, no window, for tests and IT's scripts. */
static int syncOnce(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KioskOptions options;
    if (const auto exit = setUp(&options))
        return *exit;
    QString error;
    QFile root(options.trustedRoot);
    if (!root.open(QIODevice::ReadOnly)) {
        report(
            QStringLiteral("lactation-kiosk: cannot read the trusted root ") + options.trustedRoot);
        return 2;
    }
    initCrypto();
    HttpSource source { QUrl(options.feedUrl) };
    if (!options.caFile.isEmpty() && !source.trustCertificates(options.caFile, &error)) {
        report(QStringLiteral("lactation-kiosk: ") + error);
        return 2;
    }
    PackStore store(options.stateDir);
    const auto result = FeedSync::syncOnce(source, store, root.readAll());
    report(QStringLiteral("lactation-kiosk: ") + result.message);
    return FeedSync::exitCode(result.outcome);
}

/** Reads a line from the terminal without echoing it. */
static QString readSecret(const char *prompt)
{
    std::fprintf(stderr, "%s", prompt);
    std::fflush(stderr);
    termios old {};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char line[256] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fprintf(stderr, "\n");
    }
    return read ? QString::fromUtf8(line).trimmed() : QString();
}

/** --set-pin: the staff PIN, typed twice, stored as an Argon2id hash in the configuration. */
static int setPin(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KioskOptions options;
    if (const auto exit = setUp(&options))
        return *exit;
    const QString ini = options.config.isEmpty() ? KioskOptions::defaultConfig() : options.config;
    const QString pin = readSecret("New staff PIN (4 to 12 digits): ");
    QString why;
    if (!StaffAccess::isValidPin(pin, &why)) {
        report(QStringLiteral("lactation-kiosk: ") + why);
        return 2;
    }
    if (readSecret("The same PIN again: ") != pin) {
        report(QStringLiteral("lactation-kiosk: the two PINs differ; nothing was changed"));
        return 2;
    }
    const QString hash = StaffAccess::hashPin(pin, &why);
    if (hash.isEmpty() || !StaffAccess::writePinHash(ini, hash, &why)) {
        report(QStringLiteral("lactation-kiosk: ") + why);
        return 1;
    }
    report(
        QStringLiteral("lactation-kiosk: the staff PIN is set in %1 (restart the kiosk)").arg(ini));
    return 0;
}

int main(int argc, char *argv[])
{
    if (KioskOptions::hasFlag(argc, argv, "--sync-once"))
        return syncOnce(argc, argv);
    if (KioskOptions::hasFlag(argc, argv, "--set-pin"))
        return setPin(argc, argv);
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    KioskOptions options;
    if (const auto exit = setUp(&options))
        return *exit;
    if (options.now.isValid())
        KioskClock::fix(options.now);

    FeedSettings feed
        = options.config.isEmpty() ? FeedSettings() : FeedSettings::fromIni(options.config);
    if (!options.stateDir.isEmpty())
        feed.stateDir = options.stateDir;
    const auto content
        = loadContent(options.pack, options.pack.isEmpty() ? feed.stateDir : QString());
    if (!content) {
        report(
            QStringLiteral("lactation-kiosk: no usable content pack, not even the built-in one"));
        return 1;
    }
    ContentStore store(content);
    ContentStore::setInstance(&store);

    // The rooms' live state: staff on this kiosk unless the INI names HTTP or MQTT sources.
    QStringList roomProblems;
    const RoomSettings roomSettings = options.config.isEmpty()
        ? RoomSettings()
        : RoomSettings::fromIni(options.config, &roomProblems);
    for (const QString &p : std::as_const(roomProblems))
        report(QStringLiteral("lactation-kiosk: ") + p);
    // A self-test or a screenshot leaves the state folder alone unless it was named with --state.
    const bool oneShot = oneShotRun(options);
    const QString stateDir = oneShot && options.stateDir.isEmpty() ? QString() : feed.stateDir;
    RoomStatus rooms(roomSettings, stateDir);
    RoomStatus::setInstance(&rooms);
    rooms.follow(&store);

    // The visitor's session (idle warning, reset, attract loop) and the staff panel behind a PIN.
    const KioskSettings kiosk
        = options.config.isEmpty() ? KioskSettings() : KioskSettings::fromIni(options.config);
    KioskSession session(kiosk.idleSeconds, kiosk.warningSeconds);
    session.setAttractEnabled(kiosk.attract && !oneShot);
    KioskSession::setInstance(&session);
    StaffConsole console(kiosk, stateDir, &store, &session);
    StaffConsole::setInstance(&console);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(
        QStringLiteral("icon"), new IconProvider(QStringLiteral(":/qt/qml/Lactation/Ui/icons")));
    engine.setInitialProperties({ { QStringLiteral("startScreen"), options.screen } });
    QStringList qmlErrors;
    QObject::connect(&engine, &QQmlEngine::warnings, &app, [&](const QList<QQmlError> &errors) {
        for (const QQmlError &e : errors)
            qmlErrors.append(e.toString());
    });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Lactation/Ui/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        report(QStringLiteral("lactation-kiosk: the user interface did not load:"));
        for (const QString &e : std::as_const(qmlErrors))
            report(QStringLiteral("  ") + e);
        return 1;
    }
    // The screens must show this store's pack, not an instance QML made for itself.
    const int storeType = qmlTypeId("Lactation.Core", 1, 0, "ContentStore");
    if (engine.singletonInstance<ContentStore *>(storeType) != &store) {
        report(QStringLiteral("lactation-kiosk: the screens are not bound to the loaded pack"));
        return 1;
    }
    if (!options.language.isEmpty())
        store.setLanguage(options.language);

    // Updates from the feed: checked off the UI thread, shown between screens.
    FeedPoller poller(feed);
    QObject::connect(&poller, &FeedPoller::contentReady, &store, &ContentStore::offerContent);
    if (!oneShot && options.pack.isEmpty() && feed.enabled()) {
        poller.start();
        console.setPoller(&poller);
    }
    if (!oneShot)
        rooms.start();

    // Kiosk mode: no key, gesture or close request leaves; --windowed behaves like a desktop app.
    KeyGuard guard(!options.windowed && !oneShot, &session);
    window->installEventFilter(&guard);
    QObject::connect(&guard, &KeyGuard::quitRequested, &app, &QCoreApplication::quit);
    QObject::connect(&console, &StaffConsole::exitRequested, &app, [&] {
        qInfo("staff: the kiosk was closed from the staff panel");
        guard.allowClose();
        QCoreApplication::quit();
    });

    window->resize(options.size);
    if (options.windowed || oneShot) {
        window->show();
    } else {
        window->setFlags(window->flags() | Qt::FramelessWindowHint);
        window->showFullScreen();
    }
    if (!oneShot) {
        // systemd (Type=notify): ready once drawn; then the event loop feeds the watchdog.
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, &SystemdNotify::ready,
            Qt::SingleShotConnection);
        SystemdNotify::startWatchdog(&app);
        SystemdNotify::quitOnSignals(&app);
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &SystemdNotify::stopping);
    }
    if (oneShot)
        finishOnFrame(window, options, sinceStart, qmlErrors);
    return app.exec();
}
