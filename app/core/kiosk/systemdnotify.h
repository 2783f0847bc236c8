#pragma once

class QObject;

/**
 * Talks to systemd when the kiosk runs as a Type=notify service: READY=1 once the first frame is
 * drawn, then WATCHDOG=1 from the event loop at half the unit's WatchdogSec – a hung UI thread
 * stops the pings and systemd restarts the kiosk. Does nothing outside systemd.
 */
namespace SystemdNotify {

void ready();
/** Starts the watchdog pings on a timer owned by @p owner, if the unit asks for them. */
void startWatchdog(QObject *owner);
void stopping();
/**
 * SIGTERM (systemctl stop) and SIGINT end the event loop cleanly, so the kiosk writes what it
 * keeps (status.json) and says STOPPING=1, instead of dying mid-write.
 */
void quitOnSignals(QObject *owner);

} // namespace SystemdNotify
