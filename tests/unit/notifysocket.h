#pragma once

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

/** A systemd notify socket (the sd_notify datagram protocol) for a kiosk started by a test. */
class NotifySocket
{
public:
    NotifySocket()
    {
        const QByteArray file = QFile::encodeName(path());
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, file.constData(), sizeof address.sun_path);
        if (m_fd >= 0
            && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~NotifySocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool isValid() const { return m_fd >= 0; }
    /** What NOTIFY_SOCKET is set to. */
    QString path() const { return m_dir.filePath(QStringLiteral("notify")); }
    /** Every message received so far ("READY=1", "WATCHDOG=1", …), in order. */
    const QStringList &receive()
    {
        char buffer[512];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            m_messages += QString::fromUtf8(buffer, n).split(u'\n', Qt::SkipEmptyParts);
        }
        return m_messages;
    }

private:
    QTemporaryDir m_dir;
    int m_fd = -1;
    QStringList m_messages;
};
