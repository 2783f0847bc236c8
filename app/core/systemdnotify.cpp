#include "systemdnotify.h"

#include <QTimer>
#include <systemd/sd-daemon.h>

namespace SystemdNotify {

void ready()
{
    sd_notify(0, "READY=1\nSTATUS=Showing the content pack");
}

void startWatchdog(QObject *owner)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
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

} // namespace SystemdNotify
