#pragma once

#include <QtGlobal>

/** Memory of this process from /proc, for --self-test and the benchmarks. */
struct ProcessMemory
{
    qint64 rssKib = 0; ///< resident now
    qint64 peakRssKib = 0; ///< high-water mark
};

ProcessMemory processMemory();
