#include "processstats.h"

#include <QFile>

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
