#pragma once

#include <QProcess>
#include <QTest>

/** One run of a command-line tool: how it exited and what it printed. */
struct ToolRun
{
    int exitCode = -1; ///< -1 when it crashed
    QString out;
    QString err;
};

/** Runs @p program with @p args (in @p env when given) and waits for it to finish. */
inline ToolRun runTool(const QString &program, const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
    int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(program));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}
