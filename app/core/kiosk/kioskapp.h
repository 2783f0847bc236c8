#pragma once

#include "contentstore.h"
#include "feedpoller.h"
#include "fleetpublisher.h"
#include "keypad.h"
#include "kioskdisplay.h"
#include "kiosksession.h"
#include "kiosksettings.h"
#include "reachcounter.h"
#include "readaloud.h"
#include "roomstatus.h"
#include "staffconsole.h"
#include "visit.h"

#include <QStringList>
#include <QVariantMap>
#include <memory>

struct KioskOptions;
class KeyGuard;
class QQmlApplicationEngine;
class QQmlEngine;
class QQuickWindow;

/** What a kiosk is built from: main() reads it from its options and INI file, a test sets it. */
struct KioskSetup
{
    std::shared_ptr<const Content> content; ///< the pack on screen at start
    QString language; ///< shown first (empty: the pack's first language)
    Visit::TextSize textSize = Visit::Normal; ///< the first visitor's (--text-size)
    bool highContrast = false; ///< the first visitor's (--contrast high)
    QDateTime now; ///< the clock stands still at this time (screenshots, tests); invalid: real
    QString stateDir; ///< where the rooms and the staff console keep things (empty: nowhere)
    RoomSettings rooms;
    KioskSettings kiosk;
    SpeechSettings speech; ///< [speech]
    KeyMap keys = KeyMap::ezAccess(); ///< [keypad]
    bool readAloudAtStart = false; ///< --read-aloud: read the start screen once the voice is ready
    bool attract = true; ///< the attract loop after a reset (off for one-shot runs)
    FeedSettings feed;
    FleetSettings fleet; ///< [fleet]: where start() reports (never for one-shot runs)
    ReachSettings reach; ///< [reach]: what the campaign reached, counted in the state folder
    bool followFeed = false; ///< start() checks the feed (never for a pack named with --pack)
    KioskSession::Clock sessionClock; ///< empty: the monotonic clock; tests move their own
    QStringList notes; ///< sentences for the log: packs that could not be used, refused settings

    /**
     * The set-up of `lactation-kiosk` for @p options: the pack asked for, else the state folder's
     * current one, else the built-in one (content stays null when not even that loads), and the
     * INI's [feed], [rooms…], [kiosk] and [staff]. A self-test or a screenshot leaves the state
     * folder alone unless it was named with --state.
     */
    static KioskSetup fromOptions(const KioskOptions &options);
};

/**
 * The kiosk's parts, built and wired in one place: the pack on screen, the visit, the rooms, the
 * visitor's session, the staff console and the display (the QML singletons), the feed poller, and
 * the engine's import path and icons. main(), the UI tests and the Qt Quick tests all build this
 * one.
 */
class KioskApp
{
public:
    explicit KioskApp(KioskSetup setup);
    ~KioskApp();
    KioskApp(const KioskApp &) = delete;
    KioskApp &operator=(const KioskApp &) = delete;

    ContentStore &store() { return m_store; }
    Visit &visit() { return m_visit; }
    RoomStatus &rooms() { return m_rooms; }
    KioskSession &session() { return m_session; }
    StaffConsole &console() { return m_console; }
    KioskDisplay &display() { return m_display; }
    /** Which scene graph draws the screens (decided by loadUi()). */
    const RenderChoice &renderer() const { return m_renderer; }
    ReadAloud &readAloud() { return m_readAloud; }
    Keypad &keypad() { return m_keypad; }
    ReachCounter &reach() { return m_reach; }

    /** The import path and the icon provider, for an engine made elsewhere (Qt Quick Test's). */
    static void prepareEngine(QQmlEngine *engine);
    /**
     * Loads Main.qml with @p properties into @p engine and checks that the screens show this
     * store's pack. The window, or null with @p why (the engine's warnings say more).
     */
    QQuickWindow *loadUi(
        QQmlApplicationEngine *engine, const QVariantMap &properties, QString *why);
    /**
     * Input on @p window: every touch is activity; in @p kioskMode nothing leaves but the staff
     * panel's exit. Quit keys of a windowed kiosk and that exit end the event loop.
     */
    void guard(QQuickWindow *window, bool kioskMode);
    /**
     * Live running: systemd's readiness and watchdog now; once the first frame is out
     * (startLive), the room sources, the feed checks, the fleet status and the voice.
     */
    void start(QQuickWindow *window);

    /**
     * This kiosk's status for IT: status.json as the feed check, the room board and the staff
     * panel wrote it, with the pack on screen, its site, the rooms and which display modes the
     * kiosk offers where status.json says nothing (no state folder). Nothing about a visit.
     */
    QJsonObject fleetStatus() const;
    /** Speech for the fleet status: off, starting, available or not available. */
    QString speechMode() const;

    /** What QML complained about since loadUi() (a one-shot run fails on any). */
    const QStringList &qmlWarnings() const { return m_qmlWarnings; }

    /** The built-in pack: installed under share/, else this source tree's content/default. */
    static QString builtInPackDir();

private:
    /** What start() leaves until the first frame is out, so none of it holds the screen up. */
    void startLive(QQuickWindow *window);
    /** The fleet publisher, told of every change of what fleetStatus() returns, and given the
     * closed days of reach as they close. */
    void startFleet();

    KioskSetup m_setup;
    ContentStore m_store;
    Visit m_visit;
    RoomStatus m_rooms;
    KioskSession m_session;
    StaffConsole m_console;
    KioskDisplay m_display;
    RenderChoice m_renderer; ///< chosen by loadUi()
    ReadAloud m_readAloud;
    Keypad m_keypad;
    ReachCounter m_reach;
    std::unique_ptr<FeedPoller> m_poller;
    std::unique_ptr<FleetPublisher> m_fleet;
    std::unique_ptr<KeyGuard> m_guard;
    QStringList m_qmlWarnings;
};
