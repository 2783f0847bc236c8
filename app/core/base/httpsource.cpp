#include "httpsource.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

HttpSource::HttpSource(QUrl base)
    : HttpSource(std::move(base), Limits())
{
}

HttpSource::HttpSource(QUrl base, Limits limits)
    : m_base(std::move(base))
    , m_limits(limits)
{
    if (!m_base.path().endsWith(u'/'))
        m_base.setPath(m_base.path() + u'/');
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

bool HttpSource::trustCertificates(const QString &pemFile, QString *why)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        *why = QStringLiteral("%1 holds no PEM certificate").arg(pemFile);
        return false;
    }
    m_extraCertificates += certificates;
    return true;
}

void HttpSource::remember(const QString &path, const QByteArray &etag, const QByteArray &body)
{
    if (etag.isEmpty() || body.isEmpty())
        return;
    m_etags.insert(path, etag);
    m_bodies.insert(path, body);
}

std::optional<HttpSource::Reply> HttpSource::get(const QString &path, const QByteArray &range,
    qint64 maxBytes, QString *why, FetchFailure *failure, Reply *partial)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setTransferTimeout(m_limits.inactivityMs);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!range.isEmpty())
        request.setRawHeader("Range", range);
    if (!m_extraCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCertificates);
        request.setSslConfiguration(tls);
    }
    if (const QByteArray tag = m_etags.value(path); !tag.isEmpty())
        request.setRawHeader("If-None-Match", tag);
    ++m_requests;
    QNetworkReply *reply = m_network.get(request);
    // Qt must not read far past the cap into memory on its own.
    reply->setReadBufferSize(std::min<qint64>(maxBytes + 1, 256 * 1024));
    QByteArray body;
    bool tooLarge = false;
    bool tooSlow = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        body += reply->readAll();
        if (body.size() > maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Slow retrieval: after a grace period the transfer must keep up a minimum rate, and the
    // whole request has a deadline from the size it may have.
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 deadlineMs = std::min<qint64>(
        m_limits.baseDeadlineMs + maxBytes * 1000 / std::max<qint64>(1, m_limits.minBytesPerSecond),
        24 * 3600 * 1000);
    QTimer pace;
    QObject::connect(&pace, &QTimer::timeout, &loop, [&] {
        const qint64 ms = elapsed.elapsed();
        const qint64 owed = (ms - m_limits.baseDeadlineMs) * m_limits.minBytesPerSecond / 1000;
        if (ms > deadlineMs || (ms > m_limits.baseDeadlineMs && body.size() < owed)) {
            tooSlow = true;
            reply->abort();
        }
    });
    pace.start(250);
    if (!reply->isFinished())
        loop.exec();
    if (reply->isOpen()) // an aborted reply is closed: reading it only warns
        body += reply->readAll();
    m_bytes += body.size();
    const QString url = reply->url().toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    Reply result { status, body, reply->rawHeader("ETag"), reply->rawHeader("Content-Range") };
    reply->deleteLater();
    if (partial)
        *partial = result;
    *failure = FetchFailure::Refused;
    if (tooLarge || body.size() > maxBytes) {
        *why = QStringLiteral("%1 is over its limit of %2 bytes").arg(url).arg(maxBytes);
        return std::nullopt;
    }
    if (tooSlow) {
        *failure = FetchFailure::Unreachable; // try again later, like an outage
        *why = QStringLiteral("%1 came too slowly and was abandoned").arg(url);
        return std::nullopt;
    }
    // Hosts without list permission (object storage) say 403 for a file that is not there.
    if (status == 404 || status == 403 || status == 410) {
        *failure = FetchFailure::Missing;
        *why = url + QStringLiteral(" is not in the feed (HTTP %1)").arg(status);
        return std::nullopt;
    }
    if (status == 0 || (error != QNetworkReply::NoError && status < 400)) {
        // No answer, or one cut off mid-way (timeout, reset): the feed was not reached whole.
        *failure = FetchFailure::Unreachable;
        *why = QStringLiteral("%1 could not be fetched: %2").arg(url, errorText);
        return std::nullopt;
    }
    if (status >= 400) {
        // A server error says nothing about the feed: try again later, like an outage.
        if (status >= 500)
            *failure = FetchFailure::Unreachable;
        *why = QStringLiteral("%1 answered HTTP %2").arg(url).arg(status);
        return std::nullopt;
    }
    return result;
}

std::optional<QByteArray> HttpSource::fetch(
    const QString &path, qint64 maxBytes, QString *why, FetchFailure *failure)
{
    const auto reply = get(path, {}, maxBytes, why, failure);
    m_lastStatus = reply ? reply->status : 0;
    if (!reply)
        return std::nullopt;
    if (reply->status == 304 && m_bodies.contains(path))
        return m_bodies.value(path);
    if (reply->status != 200) {
        *failure = FetchFailure::Refused;
        *why = QStringLiteral("%1 answered HTTP %2").arg(path).arg(reply->status);
        return std::nullopt;
    }
    if (!reply->etag.isEmpty() && m_conditional.contains(path))
        remember(path, reply->etag, reply->body);
    return reply->body;
}

std::optional<QByteArray> HttpSource::fetchFrom(const QString &path, qint64 offset, qint64 maxBytes,
    QString *why, FetchFailure *failure, bool *restarted, QByteArray *received)
{
    *restarted = offset == 0;
    const QByteArray range
        = offset > 0 ? "bytes=" + QByteArray::number(offset) + '-' : QByteArray();
    Reply partial;
    const auto reply
        = get(path, range, offset > 0 ? offset + maxBytes : maxBytes, why, failure, &partial);
    if (!reply) {
        if (partial.status == 200 || partial.status == 206) {
            *restarted = partial.status == 200 || offset == 0;
            *received = partial.body;
        }
        return std::nullopt;
    }
    if (reply->status == 200) {
        *restarted = true; // the server ignored Range: this is the whole file
        return reply->body;
    }
    if (reply->status == 206) {
        const QByteArray expected = QByteArray("bytes ") + QByteArray::number(offset) + '-';
        if (!reply->contentRange.startsWith(expected) || reply->body.size() > maxBytes) {
            *failure = FetchFailure::Refused;
            *why = QStringLiteral("%1 answered a range request with the wrong range").arg(path);
            return std::nullopt;
        }
        return reply->body;
    }
    *failure = FetchFailure::Refused;
    *why = QStringLiteral("%1 answered HTTP %2 to a range request").arg(path).arg(reply->status);
    return std::nullopt;
}
