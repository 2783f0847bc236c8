#include "kioskapp.h"

#include "contentloader.h"
#include "iconprovider.h"
#include "keyguard.h"
#include "kioskclock.h"
#include "kioskoptions.h"
#include "packstore.h"
#include "processstats.h"
#include "statusfile.h"
#include "systemdnotify.h"
#include "words.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace {

/** The first of @p dirs whose pack loads without an error; each one that does not is noted with
 * why, and the warnings of the one that does. */
std::shared_ptr<const Content> firstClean(const QStringList &dirs, QStringList *notes)
{
    for (const QString &dir : dirs) {
        if (dir.isEmpty())
            continue;
        const auto result = ContentLoader::load(dir);
        if (result.ok() && !result.problems.isEmpty()) {
            QString note = QStringLiteral("the pack in %1 shows, with warnings:").arg(dir);
            for (const Problem &p : result.problems)
                note += QStringLiteral("\n  ") + p.toString();
            notes->append(note);
        }
        if (result.ok())
            return result.content;
        QString note = QStringLiteral("the pack in %1 cannot be used:").arg(dir);
        for (const Problem &p : result.problems)
            note += QStringLiteral("\n  ") + p.toString();
        notes->append(note);
    }
    return nullptr;
}

/** Fixes the clock before anything reads it, when the set-up says what time it is. */
KioskSetup clockFixed(KioskSetup setup)
{
    if (setup.now.isValid())
        KioskClock::fix(setup.now);
    return setup;
}

} // namespace

KioskSetup KioskSetup::fromOptions(const KioskOptions &options)
{
    KioskSetup setup;
    const bool oneShot = options.oneShot();
    const bool ini = !options.config.isEmpty();
    setup.feed = ini ? FeedSettings::fromIni(options.config) : FeedSettings();
    if (!options.stateDir.isEmpty())
        setup.feed.stateDir = options.stateDir;
    // The pack asked for, else the one the feed installed, else the built-in one.
    const QString current = options.pack.isEmpty() && !setup.feed.stateDir.isEmpty()
        ? PackStore(setup.feed.stateDir).currentPath()
        : QString();
    setup.content = firstClean({ options.pack, current, KioskApp::builtInPackDir() }, &setup.notes);
    StartupTrace::mark("pack");
    if (!setup.content)
        setup.notes.append(QStringLiteral("no usable content pack, not even the built-in one"));
    setup.language = options.language;
    Visit::parseTextSize(options.textSize, &setup.textSize);
    setup.highContrast = options.highContrast;
    setup.now = options.now;
    setup.stateDir = oneShot && options.stateDir.isEmpty() ? QString() : setup.feed.stateDir;
    // The rooms' live state: staff on this kiosk unless the INI names HTTP or MQTT sources.
    setup.kiosk = ini ? KioskSettings::fromIni(options.config, &setup.notes) : KioskSettings();
    if (ini) {
        setup.speech = SpeechSettings::fromIni(options.config, &setup.notes);
        setup.keys = KeyMap::fromIni(options.config, &setup.notes);
    }
    setup.readAloudAtStart = options.readAloud;
    if (ini)
        setup.rooms = RoomSettings::fromIni(options.config, setup.kiosk.id, &setup.notes);
    if (ini && !oneShot)
        setup.fleet = FleetSettings::fromIni(options.config, setup.kiosk.id, &setup.notes);
    if (ini)
        setup.reach = ReachSettings::fromIni(options.config, &setup.notes);
    setup.reach.enabled = setup.reach.enabled && !oneShot; // a screenshot is nobody's visit
    setup.attract = setup.kiosk.attract && !oneShot;
    setup.followFeed = options.pack.isEmpty() && !oneShot;
    return setup;
}

KioskApp::KioskApp(KioskSetup setup)
    : m_setup(clockFixed(std::move(setup)))
    , m_store(m_setup.content)
    , m_visit(&m_store, m_setup.speech.volume)
    , m_rooms(m_setup.rooms, m_setup.stateDir)
    , m_session(m_setup.kiosk.idleSeconds, m_setup.kiosk.warningSeconds, m_setup.sessionClock)
    , m_console(m_setup.kiosk, m_setup.stateDir, &m_store, &m_session)
    , m_display(m_setup.kiosk.diagonalInches, m_setup.kiosk.bottomEdgeMm)
    , m_readAloud(&m_visit, m_setup.speech)
    , m_keypad(&m_visit, &m_readAloud, m_setup.keys)
    , m_reach(&m_visit, m_setup.reach, m_setup.stateDir)
{
    ContentStore::setInstance(&m_store);
    Visit::setInstance(&m_visit);
    RoomStatus::setInstance(&m_rooms);
    KioskSession::setInstance(&m_session);
    StaffConsole::setInstance(&m_console);
    KioskDisplay::setInstance(&m_display);
    ReadAloud::setInstance(&m_readAloud);
    Keypad::setInstance(&m_keypad);
    ReachCounter::setInstance(&m_reach);
    m_rooms.follow(&m_store);
    m_session.setAttractEnabled(m_setup.attract);
    m_visit.setTextSize(m_setup.textSize);
    m_visit.setHighContrast(m_setup.highContrast);
    // The idle reset ends the visit: the visit forgets her choices, the staff panel closes.
    QObject::connect(&m_session, &KioskSession::reset, &m_visit, &Visit::end);
    QObject::connect(&m_visit, &Visit::ended, &m_console, &StaffConsole::close);
    // A visit begins at the first touch after the start, the attract loop or a reset.
    QObject::connect(&m_session, &KioskSession::visitBegan, &m_visit, &Visit::begin);
    QObject::connect(
        &m_rooms, &RoomStatus::waitlistJoined, &m_reach, &ReachCounter::waitlistJoined);
    // A visitor who listens hears the idle warning too, so she can keep her visit.
    QObject::connect(&m_session, &KioskSession::phaseChanged, &m_readAloud, [this] {
        // In speech mode the warning is the keypad's to say (any key gives more time).
        if (m_session.phase() != KioskSession::Phase::Warning || m_visit.speechMode())
            return;
        const Words words;
        m_readAloud.announce(words.stillThere() + u' ' + words.startsOverIn(m_session.secondsLeft())
            + u' '
            + QCoreApplication::translate("ReadAloud", "Touch the screen to keep your visit."));
    });
}

KioskApp::~KioskApp() = default;

QString KioskApp::builtInPackDir()
{
    const QString installed = QStringLiteral(KIOSK_INSTALLED_PACK_DIR);
    return QFileInfo::exists(installed + QStringLiteral("/pack.json"))
        ? installed
        : QStringLiteral(KIOSK_SOURCE_PACK_DIR);
}

void KioskApp::prepareEngine(QQmlEngine *engine)
{
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine->addImageProvider(
        QStringLiteral("icon"), new IconProvider(QStringLiteral(":/qt/qml/Lactation/Ui/icons")));
}

QQuickWindow *KioskApp::loadUi(
    QQmlApplicationEngine *engine, const QVariantMap &properties, QString *why)
{
    // Before the first window: OpenGL, or the software renderer where OpenGL is only a CPU.
    m_renderer = RenderChoice::applyFor(m_setup.kiosk.renderer, m_setup.stateDir);
    StartupTrace::mark("renderer");
    prepareEngine(engine);
    StartupTrace::mark("engine");
    m_qmlWarnings.clear();
    QObject::connect(engine, &QQmlEngine::warnings, engine, [this](const QList<QQmlError> &errors) {
        for (const QQmlError &e : errors)
            m_qmlWarnings.append(e.toString());
    });
    QVariantMap initial = properties;
    if (m_setup.readAloudAtStart)
        initial.insert(QStringLiteral("readAloudAtStart"), true);
    engine->setInitialProperties(initial);
    engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Lactation/Ui/Main.qml")));
    StartupTrace::mark("main-qml"); // the engine, its imports, Main.qml and the home screen
    auto *window = engine->rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    if (!window) {
        *why = QStringLiteral("the user interface did not load");
        return nullptr;
    }
    // The screens must show this visit, not an instance QML made for itself.
    const int visitType = qmlTypeId("Lactation.Core", 1, 0, "Visit");
    if (engine->singletonInstance<Visit *>(visitType) != &m_visit) {
        *why = QStringLiteral("the screens are not bound to the loaded pack");
        return nullptr;
    }
    // The first visitor's language once the screens exist, as a visitor's switch would be.
    if (!m_setup.language.isEmpty())
        m_visit.setLanguage(m_setup.language);
    m_display.useReportedSize(window->screen());
    return window;
}

void KioskApp::guard(QQuickWindow *window, bool kioskMode)
{
    if (kioskMode)
        window->setFlags(window->flags() | Qt::FramelessWindowHint);
    m_guard = std::make_unique<KeyGuard>(kioskMode, &m_session, &m_readAloud, &m_keypad);
    window->installEventFilter(m_guard.get());
    QObject::connect(m_guard.get(), &KeyGuard::quitRequested, window, &QCoreApplication::quit);
    QObject::connect(&m_console, &StaffConsole::exitRequested, window, [this] {
        qInfo("staff: the kiosk was closed from the staff panel");
        m_guard->allowClose();
        QCoreApplication::quit();
    });
}

QJsonObject KioskApp::fleetStatus() const
{
    QJsonObject status
        = m_setup.stateDir.isEmpty() ? QJsonObject() : StatusFile(m_setup.stateDir).read();
    const auto fill = [&status](const char *key, const QJsonValue &value) {
        if (!status.contains(QLatin1String(key)))
            status.insert(QLatin1String(key), value);
    };
    if (const auto content = m_store.content()) {
        const QString language = content->pack.defaultLanguage();
        fill("packId", content->pack.id);
        fill("packVersion", content->pack.version);
        status.insert(QStringLiteral("packTitle"), content->pack.title.in(language));
        status.insert(QStringLiteral("site"), content->pack.siteName.in(language));
    }
    fill("rooms", m_rooms.statusRooms());
    fill("appVersion", QCoreApplication::applicationVersion());
    // The languages on screen, and whether a person has reviewed their UI words (Section 1557
    // asks for a human review of machine translation): IT sees it for the whole fleet.
    QJsonArray languages;
    for (const QString &tag : m_visit.languages())
        languages.append(QJsonObject { { QStringLiteral("tag"), tag },
            { QStringLiteral("uiWords"), m_visit.wordsState(tag) },
            { QStringLiteral("speech"), m_readAloud.speaks(tag) } });
    status.insert(QStringLiteral("languages"), languages);
    // The visitor display modes this kiosk offers; speech by whether its voice works, never by
    // whether someone is listening.
    QJsonArray textSizes;
    for (const auto size : { Visit::Normal, Visit::Large, Visit::Largest })
        textSizes.append(Visit::textSizeName(size));
    status.insert(QStringLiteral("modes"),
        QJsonObject { { QStringLiteral("textSizes"), textSizes },
            { QStringLiteral("contrasts"),
                QJsonArray { QStringLiteral("normal"), QStringLiteral("high") } },
            { QStringLiteral("speech"), speechMode() } });
    return status;
}

QString KioskApp::speechMode() const
{
    switch (m_readAloud.status()) {
    case ReadAloud::Off:
        return QStringLiteral("off");
    case ReadAloud::Starting:
        return QStringLiteral("starting");
    case ReadAloud::Unavailable:
        return QStringLiteral("not available");
    case ReadAloud::NoVoice: // in the language on screen; the engine itself works
    case ReadAloud::Ready:
    case ReadAloud::Reading:
        break;
    }
    return QStringLiteral("available");
}

void KioskApp::startLive(QQuickWindow *window)
{
    StartupTrace::mark("first-frame");
    qInfo("display: the first frame %.0f ms after the launch",
        StartupTrace::marks().constLast().second);
    // Updates from the feed: checked off the UI thread, shown between screens.
    if (m_setup.followFeed && m_setup.feed.enabled()) {
        m_poller = std::make_unique<FeedPoller>(m_setup.feed);
        QObject::connect(
            m_poller.get(), &FeedPoller::contentReady, &m_store, &ContentStore::offerContent);
        m_poller->start();
        m_console.setPoller(m_poller.get());
    }
    StartupTrace::mark("feed-poller");
    m_rooms.start();
    StartupTrace::mark("room-sources");
    const QSizeF size = window->size();
    const double reach = m_display.reachLine(size);
    qInfo("display: drawn by the %s renderer", qPrintable(m_renderer.describe()));
    qInfo("display: a %.1f-inch panel (%s), %.2f px/mm at %dx%d; %s", m_display.diagonalInches(),
        qPrintable(m_display.diagonalSource()), m_display.pixelsPerMm(size), window->width(),
        window->height(),
        m_display.bottomEdgeMm() < 0 ? "its height above the floor is not set"
            : reach > 0
            ? qPrintable(QStringLiteral("the top %1 px are above a seated visitor's reach, so the "
                                        "controls sit at the bottom")
                             .arg(qRound(reach)))
            : "all of it within a seated visitor's reach");
    if (m_setup.fleet.enabled())
        startFleet();
    StartupTrace::mark("fleet");
    // The voice takes about 1.3 s to create: on its own thread.
    m_readAloud.start();
    StartupTrace::mark("voice");
    // What each of them would have added before the first frame.
    QStringList costs;
    const auto marks = StartupTrace::marks();
    for (qsizetype i = marks.size() - 4; i > 0 && i < marks.size(); ++i)
        costs.append(QStringLiteral("%1 %2 ms")
                         .arg(QString::fromLatin1(marks.at(i).first))
                         .arg(marks.at(i).second - marks.at(i - 1).second, 0, 'f', 1));
    qInfo("startup: after the first frame: %s", qPrintable(costs.join(QStringLiteral(", "))));
}

void KioskApp::startFleet()
{
    m_fleet = std::make_unique<FleetPublisher>(m_setup.fleet, [this] {
        return fleetStatus();
    });
    FleetPublisher *fleet = m_fleet.get();
    const auto changed = [fleet] {
        fleet->changed();
    };
    QObject::connect(&m_store, &ContentStore::contentChanged, fleet, changed);
    QObject::connect(&m_rooms, &RoomStatus::statusChanged, fleet, changed);
    QObject::connect(&m_console, &StaffConsole::feedChanged, fleet, changed);
    // The voice becoming ready (or failing) is news; a visitor tapping Listen is not.
    QObject::connect(&m_readAloud, &ReadAloud::statusChanged, fleet,
        [this, fleet, last = speechMode()]() mutable {
            if (const QString now = speechMode(); now != last) {
                last = now;
                fleet->changed();
            }
        });
    if (m_poller)
        QObject::connect(m_poller.get(), &FeedPoller::checked, fleet, changed);
    // What the campaign reached: the closed days, retained on their own topic, sent again when a
    // day closes; never inside the status, which goes out on every change.
    if (m_reach.counting()) {
        const auto publishReach = [this, fleet] {
            const auto content = m_store.content();
            const QString site = content->pack.siteName.in(content->pack.defaultLanguage());
            fleet->setRetained(QStringLiteral("reach"),
                QJsonDocument(m_reach.document(m_setup.fleet.kioskId, site).toJson())
                    .toJson(QJsonDocument::Compact));
        };
        publishReach();
        QObject::connect(&m_reach, &ReachCounter::dayClosed, fleet, publishReach);
    }
    QString why;
    if (!m_fleet->start(&why))
        qWarning("fleet: no status for the broker at %s: %s",
            qPrintable(m_setup.fleet.broker.address()), qPrintable(why));
    else
        qInfo("fleet: reporting as %s to %s every %d s", qPrintable(m_setup.fleet.kioskId),
            qPrintable(m_setup.fleet.broker.address()), m_setup.fleet.intervalSeconds);
}

void KioskApp::start(QQuickWindow *window)
{
    // Nothing that can wait comes before the first frame: the feed's first check, the rooms'
    // sources, the fleet's connection and the voice start once it is out.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [this, window] {
            startLive(window);
        },
        Qt::SingleShotConnection);
    // systemd (Type=notify): ready once drawn; then the event loop feeds the watchdog.
    QCoreApplication *app = QCoreApplication::instance();
    QObject::connect(
        window, &QQuickWindow::frameSwapped, app, &SystemdNotify::ready, Qt::SingleShotConnection);
    SystemdNotify::startWatchdog(app);
    SystemdNotify::quitOnSignals(app);
    QObject::connect(app, &QCoreApplication::aboutToQuit, &SystemdNotify::stopping);
}
