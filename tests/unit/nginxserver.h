#pragma once

#include "loopback.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/** A real nginx on a free loopback port serving one folder, started and stopped by a test. */
class NginxServer
{
public:
    /**
     * @p extra goes into the server block, e.g. "max_ranges 0;". With @p tls it serves HTTPS
     * with a self-signed certificate for 127.0.0.1 (certificate() is its PEM file).
     */
    explicit NginxServer(const QString &root, const QString &extra = {}, bool tls = false)
    {
        m_port = Loopback::freePort();
        QString listen = QStringLiteral("listen 127.0.0.1:%1;").arg(m_port);
        if (tls) {
            Loopback::makeCertificate(certificate(), m_dir.filePath(QStringLiteral("key.pem")));
            listen = QStringLiteral(
                "listen 127.0.0.1:%1 ssl; ssl_certificate %2; ssl_certificate_key %3;")
                         .arg(m_port)
                         .arg(certificate(), m_dir.filePath(QStringLiteral("key.pem")));
            m_scheme = QStringLiteral("https");
        }
        const QString conf = QStringLiteral(R"(worker_processes 1;
daemon off;
user root;
error_log %1/error.log;
pid %1/nginx.pid;
events { worker_connections 64; }
http {
    log_format bytes '$request_uri $status $bytes_sent';
    access_log %1/access.log bytes;
    client_body_temp_path %1/tmp; proxy_temp_path %1/tmp; fastcgi_temp_path %1/tmp;
    uwsgi_temp_path %1/tmp; scgi_temp_path %1/tmp;
    server {
        %2
        root %3;
        etag on;
        %4
    }
}
)")
                                 .arg(m_dir.path(), listen, root, extra);
        QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
        file.open(QIODevice::WriteOnly);
        file.write(conf.toUtf8());
        file.close();
        start();
    }

    ~NginxServer() { stop(); }

    void start()
    {
        m_process.start(QStringLiteral("nginx"),
            { QStringLiteral("-c"), m_dir.filePath(QStringLiteral("nginx.conf")),
                QStringLiteral("-p"), m_dir.path() });
        m_process.waitForStarted();
        if (Loopback::waitForPort(m_port))
            return;
        qWarning("nginx did not start: %s", m_process.readAllStandardError().constData());
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }

    QString url(const QString &path = {}) const
    {
        return QStringLiteral("%1://127.0.0.1:%2/").arg(m_scheme).arg(m_port) + path;
    }

    QString certificate() const { return m_dir.filePath(QStringLiteral("cert.pem")); }

    /** Access log lines since the last call: "uri status bytes". */
    QStringList takeLog()
    {
        // nginx logs a request just after sending the answer: let the file settle first.
        const QString path = m_dir.filePath(QStringLiteral("access.log"));
        qint64 size = QFileInfo(path).size();
        for (int i = 0; i < 20; ++i) {
            QTest::qWait(25);
            const qint64 now = QFileInfo(path).size();
            if (now == size && i >= 1)
                break;
            size = now;
        }
        QFile log(path);
        log.open(QIODevice::ReadOnly);
        const QStringList all = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList fresh = all.mid(m_seen);
        m_seen = int(all.size());
        return fresh;
    }

    static qint64 bytes(const QStringList &log)
    {
        qint64 total = 0;
        for (const QString &line : log)
            total += line.section(u' ', 2, 2).toLongLong();
        return total;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    int m_seen = 0;
    QString m_scheme = QStringLiteral("http");
};
