#pragma once

#include "content.h"
#include "feedsettings.h"

#include <QObject>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <memory>

/**
 * Checks the feed on a timer, off the UI thread: the interval with random jitter, and
 * exponential back-off with jitter after a failure (capped). A verified pack that loads is
 * handed over as a new content snapshot; the screen never waits on the network.
 */
class FeedPoller : public QObject
{
    Q_OBJECT

public:
    explicit FeedPoller(FeedSettings settings, QObject *parent = nullptr);
    ~FeedPoller() override;

    void start();
    /** Check now (the staff panel's "check for updates"). */
    void checkNow();
    /** Seconds until the next check after @p failures failures in a row (jittered). */
    static int delaySeconds(const FeedSettings &settings, int failures, QRandomGenerator &random);

Q_SIGNALS:
    /** A new pack was installed and loads: show it. */
    void contentReady(std::shared_ptr<const Content> content);
    void checked(bool ok, const QString &message);

private:
    void schedule();

    FeedSettings m_settings;
    QTimer m_timer;
    QThread *m_worker = nullptr;
    int m_failures = 0;
    bool m_running = false;
};
