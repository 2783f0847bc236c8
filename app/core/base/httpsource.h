#pragma once

#include "feedsource.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

/**
 * A feed on a web server (HTTP or HTTPS). Every request has a size cap, an inactivity timeout and
 * an overall deadline that grows only slowly with the size, so a trickling server cannot hold the
 * kiosk. A path asked for conditionally (a room document) goes with If-None-Match once its ETag
 * is known; the feed's files never do. Targets can resume with Range.
 */
class HttpSource : public FeedSource
{
public:
    struct Limits
    {
        int inactivityMs = 15000; ///< no byte for this long: give up (covers connecting too)
        int baseDeadlineMs = 20000; ///< every request may take this long …
        qint64 minBytesPerSecond = 32 * 1024; ///< … plus its size at this slowest rate
    };

    explicit HttpSource(QUrl base);
    HttpSource(QUrl base, Limits limits);

    Capabilities capabilities() const override { return { .resume = true }; }
    std::optional<QByteArray> fetch(
        const QString &path, qint64 maxBytes, QString *why, FetchFailure *failure) override;

    /**
     * The bytes of @p path from @p offset on, with a Range request. @p restarted says the server
     * answered with the whole file instead, which is then what is returned. When the transfer is
     * cut short, @p received holds what did arrive (and @p restarted where it belongs).
     */
    std::optional<QByteArray> fetchFrom(const QString &path, qint64 offset, qint64 maxBytes,
        QString *why, FetchFailure *failure, bool *restarted, QByteArray *received) override;

    /**
     * Trusts the CA certificates in @p pemFile as well as the system's (a site's own CA, or a
     * test's self-signed server). False with @p why when the file holds none.
     */
    bool trustCertificates(const QString &pemFile, QString *why);

    /** Asks for @p path with If-None-Match from now on (an HTTP room document). */
    void fetchConditionally(const QString &path) { m_conditional.append(path); }
    /** The HTTP status of the last answer (304: the remembered body was returned). */
    int lastStatus() const { return m_lastStatus; }

    /** What the last answer for @p path was, for conditional requests next time. */
    void remember(const QString &path, const QByteArray &etag, const QByteArray &body);

    qint64 bytesReceived() const { return m_bytes; }
    int requests() const { return m_requests; }

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray etag;
        QByteArray contentRange;
    };
    std::optional<Reply> get(const QString &path, const QByteArray &range, qint64 maxBytes,
        QString *why, FetchFailure *failure, Reply *partial = nullptr);

    QUrl m_base;
    Limits m_limits;
    QList<QSslCertificate> m_extraCertificates;
    QNetworkAccessManager m_network;
    QHash<QString, QByteArray> m_etags;
    QHash<QString, QByteArray> m_bodies;
    QStringList m_conditional;
    int m_lastStatus = 0;
    qint64 m_bytes = 0;
    int m_requests = 0;
};
