#pragma once
// One run of a tool for a benchmark: its wall time, its peak memory (the kernel's, by wait4) and
// its exit code, with its output thrown away.

#include <QElapsedTimer>
#include <QList>
#include <QStringList>
#include <algorithm>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

/** Runs @p args; its wall time in ms, its peak RSS in KiB, and its exit code. */
struct Run
{
    double ms = 0;
    long maxRssKib = 0;
    int exitCode = -1;
};

inline Run run(const QStringList &args)
{
    QList<QByteArray> bytes;
    for (const QString &a : args)
        bytes.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Run r;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        return r;
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    r.ms = timer.nsecsElapsed() / 1e6;
    r.maxRssKib = usage.ru_maxrss;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return r;
}

/** The run of median time among @p runs, with the highest peak memory of them all. */
inline Run medianRun(QList<Run> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) {
        return a.ms < b.ms;
    });
    Run median = runs.at(runs.size() / 2);
    for (const Run &r : std::as_const(runs))
        median.maxRssKib = std::max(median.maxRssKib, r.maxRssKib);
    return median;
}
