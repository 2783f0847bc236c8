#include "httproomsource.h"

#include "polling.h"
#include "roomboard.h"
#include "roomreports.h"

struct HttpRoomSource::Outcome
{
    bool ok = false;
    QString message;
    QList<RoomReport> reports;
};

HttpRoomSource::HttpRoomSource(Settings settings, RoomBoard *board, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_board(board)
    , m_context(new QObject)
{
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("http-rooms"));
    m_thread.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpRoomSource::pollNow);
}

HttpRoomSource::~HttpRoomSource()
{
    // The client belongs to the worker thread: it is destroyed there, after any poll under way.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_http.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HttpRoomSource::start()
{
    m_started = true;
    pollNow();
}

void HttpRoomSource::pollNow()
{
    if (m_busy)
        return;
    m_busy = true;
    m_timer.stop();
    QMetaObject::invokeMethod(m_context, [this] {
        // The URL is split so that HttpSource (shared with the feed) fetches its last part.
        const QUrl &url = m_settings.url;
        QString path = url.fileName();
        if (url.hasQuery())
            path += u'?' + url.query(QUrl::FullyEncoded);
        if (!m_http) {
            m_http = std::make_unique<HttpSource>(
                url.adjusted(QUrl::RemoveFilename | QUrl::RemoveQuery), m_settings.limits);
            m_http->fetchConditionally(path);
            QString why;
            if (!m_settings.caFile.isEmpty() && !m_http->trustCertificates(m_settings.caFile, &why))
                qWarning("rooms: %s", qPrintable(why));
        }
        Outcome outcome;
        FetchFailure failure = FetchFailure::Refused;
        const auto body = m_http->fetch(path, 256 * 1024, &outcome.message, &failure);
        if (body) {
            QList<Problem> problems;
            ProblemSink sink(&problems, url.toDisplayString());
            const auto reports = RoomReports::parseDocument(*body, sink);
            outcome.ok = reports.has_value();
            if (reports)
                outcome.reports = *reports;
            QStringList lines;
            for (const Problem &p : std::as_const(problems))
                lines.append(p.toString());
            outcome.message = lines.join(u'\n');
            if (outcome.ok && m_http->lastStatus() == 304 && lines.isEmpty())
                outcome.message = QStringLiteral("not modified");
        }
        QMetaObject::invokeMethod(this, [this, outcome] {
            apply(outcome);
        });
    });
}

void HttpRoomSource::apply(const Outcome &outcome)
{
    m_busy = false;
    // Every poll that reads the document confirms its states, changed or not (a 304 too).
    for (const RoomReport &r : outcome.reports)
        m_board->report(QStringLiteral("http"), r.room, r.state, r.since);
    m_failures = outcome.ok ? 0 : m_failures + 1;
    if (!outcome.ok)
        qWarning("rooms: %s", qPrintable(outcome.message));
    m_nextSeconds = pollDelaySeconds(m_settings.intervalSeconds, m_settings.maxBackoffSeconds,
        m_failures, *QRandomGenerator::global());
    if (m_started)
        m_timer.start(m_nextSeconds * 1000);
    Q_EMIT polled(outcome.ok, outcome.message);
}
