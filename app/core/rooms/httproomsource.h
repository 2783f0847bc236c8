#pragma once

#include "httpsource.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <memory>

class RoomBoard;

/**
 * A building system's room states over HTTP(S): polls one URL (a JSON document, see RoomReports)
 * with If-None-Match, off the UI thread, on an interval with jitter and exponential back-off
 * after failures – like the content feed. A failed poll changes nothing at once: the board lets
 * the last states grow old and then shows "unknown".
 */
class HttpRoomSource : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl url;
        int intervalSeconds = 30;
        int maxBackoffSeconds = 300;
        QString caFile; ///< extra CA certificates (PEM) for the server
        HttpSource::Limits limits { 10000, 15000, 1024 };
    };

    HttpRoomSource(Settings settings, RoomBoard *board, QObject *parent = nullptr);
    ~HttpRoomSource() override;

    /** Polls now, then on the interval. */
    void start();
    /** One poll now (unless one is under way); polled() tells how it went. */
    void pollNow();
    int failures() const { return m_failures; }
    /** Seconds until the next poll, as last scheduled. */
    int nextPollSeconds() const { return m_nextSeconds; }

Q_SIGNALS:
    /**
     * A poll ended. @p ok: the document was read (some rooms in it may still have been refused,
     * which @p message then lists); otherwise @p message says what failed.
     */
    void polled(bool ok, const QString &message);

private:
    struct Outcome;
    void apply(const Outcome &outcome);

    Settings m_settings;
    RoomBoard *m_board;
    QThread m_thread;
    QObject *m_context; ///< lives on m_thread; the HTTP client is used only there
    std::unique_ptr<HttpSource> m_http; ///< created, used and destroyed on m_thread
    QTimer m_timer;
    bool m_busy = false;
    bool m_started = false;
    int m_failures = 0;
    int m_nextSeconds = 0;
};
