#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QtGlobal>

/** Memory of this process from /proc, for --self-test and the benchmarks. */
struct ProcessMemory
{
    qint64 rssKib = 0; ///< resident now
    qint64 peakRssKib = 0; ///< high-water mark
};

ProcessMemory processMemory();

/**
 * Where a start's time goes, for --self-test and the startup benchmark: named marks in
 * milliseconds since the launch. The launch is $KIOSK_LAUNCH_NS (CLOCK_REALTIME in ns, which
 * tests/bench/startup.sh sets just before it starts the process, so loading the libraries before
 * main() counts), else the first mark. Cheap enough to leave in: a clock read and a list append;
 * the UI thread's only.
 */
namespace StartupTrace {

void mark(const char *phase);
/** Every mark so far, in order: phase and milliseconds since the launch. */
QList<QPair<QByteArray, double>> marks();
/** "phase-main-ms=3.1\nphase-application-ms=9.8\n…", as --self-test prints them. */
QByteArray lines();

} // namespace StartupTrace
