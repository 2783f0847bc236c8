#pragma once

#include "loopback.h"
#include "testpack.h"

#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/** A real Mosquitto broker on a free loopback port, started and stopped by a test. */
class Broker
{
public:
    /**
     * With @p secure the broker takes only TLS (a self-signed certificate for 127.0.0.1,
     * certificate()) and only the user "kiosk" with the password "door-sensors".
     */
    explicit Broker(bool secure = false)
        : m_secure(secure)
    {
        port = Loopback::freePort();
        if (m_secure) {
            Loopback::makeCertificate(certificate(), m_dir.filePath(QStringLiteral("key.pem")));
            const QString passwords = m_dir.filePath(QStringLiteral("passwords"));
            QProcess::execute(QStringLiteral("mosquitto_passwd"),
                { QStringLiteral("-c"), QStringLiteral("-b"), passwords, QStringLiteral("kiosk"),
                    QStringLiteral("door-sensors") });
            writeFile(m_dir.filePath(QStringLiteral("mosquitto.conf")),
                QStringLiteral("user root\nlistener %1 127.0.0.1\ncertfile %2\nkeyfile %3\n"
                               "allow_anonymous false\npassword_file %4\n")
                    .arg(port)
                    .arg(certificate(), m_dir.filePath(QStringLiteral("key.pem")), passwords)
                    .toUtf8());
        }
        start();
    }
    /**
     * A broker that takes only the users of @p passwords (user name -> password) and lets each
     * do what the ACL file @p acl allows.
     */
    Broker(const QString &acl, const QMap<QString, QString> &passwords)
        : m_secure(false)
    {
        port = Loopback::freePort();
        const QString file = m_dir.filePath(QStringLiteral("passwords"));
        for (auto it = passwords.constBegin(); it != passwords.constEnd(); ++it) {
            QStringList args { QStringLiteral("-b"), file, it.key(), it.value() };
            if (it == passwords.constBegin())
                args.prepend(QStringLiteral("-c"));
            QProcess::execute(QStringLiteral("mosquitto_passwd"), args);
        }
        writeFile(m_dir.filePath(QStringLiteral("mosquitto.conf")),
            QStringLiteral("user root\nlistener %1 127.0.0.1\nallow_anonymous false\n"
                           "password_file %2\nacl_file %3\n")
                .arg(port)
                .arg(file, acl)
                .toUtf8());
        m_configured = true;
        start();
    }
    ~Broker() { stop(); }

    QString certificate() const { return m_dir.filePath(QStringLiteral("cert.pem")); }

    void start()
    {
        m_process.start(QStringLiteral("mosquitto"),
            m_secure || m_configured ? QStringList { QStringLiteral("-c"),
                m_dir.filePath(QStringLiteral("mosquitto.conf")) }
                                     : QStringList { QStringLiteral("-p"), QString::number(port) });
        m_process.waitForStarted();
        if (!Loopback::waitForPort(port))
            qWarning("mosquitto did not start: %s", m_process.readAllStandardError().constData());
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    void publish(const QString &topic, const QByteArray &payload, bool retained = false,
        const QStringList &login = {})
    {
        QStringList args { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
            QString::number(port), QStringLiteral("-t"), topic, QStringLiteral("-m"),
            QString::fromUtf8(payload) };
        if (m_secure)
            args << QStringLiteral("--cafile") << certificate() << QStringLiteral("-u")
                 << QStringLiteral("kiosk") << QStringLiteral("-P")
                 << QStringLiteral("door-sensors");
        if (!login.isEmpty())
            args << QStringLiteral("-u") << login.value(0) << QStringLiteral("-P")
                 << login.value(1);
        if (retained)
            args << QStringLiteral("-r");
        QProcess::execute(QStringLiteral("mosquitto_pub"), args);
    }

    quint16 port = 0;

private:
    bool m_secure;
    bool m_configured = m_secure;
    QTemporaryDir m_dir;
    QProcess m_process;
};
