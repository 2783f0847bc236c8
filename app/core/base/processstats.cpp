#include "processstats.h"

#include <QFile>
#include <ctime>

ProcessMemory processMemory()
{
    ProcessMemory memory;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return memory;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto value = [&] {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        };
        if (line.startsWith("VmRSS:"))
            memory.rssKib = value();
        else if (line.startsWith("VmHWM:"))
            memory.peakRssKib = value();
    }
    return memory;
}

namespace {

qint64 realtimeNs()
{
    timespec now {};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Trace
{
    qint64 launchNs = 0;
    QList<QPair<QByteArray, double>> marks;
};

Trace &trace()
{
    static Trace t;
    return t;
}

} // namespace

void StartupTrace::mark(const char *phase)
{
    Trace &t = trace();
    const qint64 now = realtimeNs();
    if (t.launchNs == 0) {
        bool ok = false;
        const qint64 launch = qEnvironmentVariable("KIOSK_LAUNCH_NS").toLongLong(&ok);
        t.launchNs = ok && launch > 0 && launch <= now ? launch : now;
    }
    t.marks.append({ QByteArray(phase), double(now - t.launchNs) / 1e6 });
}

QList<QPair<QByteArray, double>> StartupTrace::marks()
{
    return trace().marks;
}

QByteArray StartupTrace::lines()
{
    QByteArray out;
    for (const auto &[phase, ms] : marks())
        out += "phase-" + phase + "-ms=" + QByteArray::number(ms, 'f', 1) + '\n';
    return out;
}
