#pragma once

#include "testpack.h"

#include <QProcess>
#include <QTemporaryDir>
#include <csignal>

/**
 * A real lactation-kiosk process (offscreen) reporting to the fleet broker on @p brokerPort as
 * @p id, a heartbeat every intervalSeconds; @p extraIni is added to its INI.
 */
class KioskProcess
{
public:
    static constexpr int intervalSeconds = 2;

    KioskProcess(const QString &id, quint16 brokerPort, const QString &extraIni = {},
        const QStringList &arguments = {})
        : m_arguments(arguments)
    {
        m_ini = m_dir.filePath(QStringLiteral("kiosk.ini"));
        writeFile(m_ini,
            QStringLiteral("[kiosk]\nid = %1\nattract = false\n[fleet]\nhost = 127.0.0.1\n"
                           "port = %2\ninterval_seconds = %3\n%4")
                .arg(id)
                .arg(brokerPort)
                .arg(intervalSeconds)
                .arg(extraIni)
                .toUtf8());
    }
    ~KioskProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGCONT);
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void start(const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(extra);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(LACTATION_KIOSK_BIN),
            QStringList { QStringLiteral("--windowed"), QStringLiteral("--config"), m_ini }
                + m_arguments);
        if (!m_process.waitForStarted())
            qFatal("the kiosk did not start");
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    bool waitForFinished() { return m_process.waitForFinished(15000); }
    int exitCode() const { return m_process.exitCode(); }

private:
    QTemporaryDir m_dir;
    QString m_ini;
    QStringList m_arguments;
    QProcess m_process;
};
