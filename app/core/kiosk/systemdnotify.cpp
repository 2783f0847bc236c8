#include "systemdnotify.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <QtGlobal>
#include <csignal>
#include <sys/socket.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>

namespace SystemdNotify {

void ready()
{
    sd_notify(0, "READY=1\nSTATUS=Showing the content pack");
}

void startWatchdog(QObject *owner)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0) {
        // Under cage the kiosk is not the unit's main process, so sd_watchdog_enabled() (which
        // checks WATCHDOG_PID) says no; the unit's NotifyAccess=all takes our pings all the same.
        usec = qEnvironmentVariable("WATCHDOG_USEC").toULongLong();
    }
    if (usec == 0)
        return;
    auto *timer = new QTimer(owner);
    timer->setInterval(int(std::max<uint64_t>(usec / 2000, 500)));
    QObject::connect(timer, &QTimer::timeout, [] {
        sd_notify(0, "WATCHDOG=1");
    });
    timer->start();
}

void stopping()
{
    sd_notify(0, "STOPPING=1");
}

namespace {

int s_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: the event loop reads the byte and quits.
    [[maybe_unused]] const ssize_t n = ::write(s_signalPipe[1], &byte, 1);
}

} // namespace

void quitOnSignals(QObject *owner)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, owner);
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(s_signalPipe[0], &byte, 1);
        qInfo("lactation-kiosk: stopping on a signal");
        // exit(), not quit(): Qt 6's quit() first asks every window to close, and a kiosk-mode
        // window refuses, so `systemctl stop` would wait for its SIGKILL.
        QCoreApplication::exit(0);
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace SystemdNotify
