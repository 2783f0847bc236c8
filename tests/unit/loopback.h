#pragma once

#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

/** What the tests' real servers (nginx, Mosquitto) need on loopback. */
namespace Loopback {

/** A port nobody listens on now. */
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

/** Waits (up to about 15 s) until something accepts connections on @p port. */
inline bool waitForPort(quint16 port)
{
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            return true;
        QTest::qWait(50);
    }
    return false;
}

/** A self-signed certificate for 127.0.0.1 (it is its own CA) and its key, made by openssl. */
inline void makeCertificate(const QString &certificate, const QString &key)
{
    QProcess::execute(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate });
}

} // namespace Loopback
