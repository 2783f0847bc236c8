#include "feedpoller.h"

#include "feedsync.h"
#include "polling.h"
#include "statusfile.h"

#include <QThread>

FeedPoller::FeedPoller(FeedSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FeedPoller::checkNow);
}

FeedPoller::~FeedPoller()
{
    // A check under way finishes first; its result, queued to this object, is then dropped.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

int FeedPoller::delaySeconds(const FeedSettings &settings, int failures, QRandomGenerator &random)
{
    return pollDelaySeconds(settings.intervalSeconds, settings.maxBackoffSeconds, failures, random);
}

void FeedPoller::start()
{
    if (!m_settings.enabled())
        return;
    // The first check soon after start, but not all kiosks of a site at once after a power cut.
    m_timer.start(int(5000 + QRandomGenerator::global()->bounded(30000)));
}

void FeedPoller::schedule()
{
    const int seconds
        = std::min(delaySeconds(m_settings, m_failures, *QRandomGenerator::global()), 24 * 3600);
    m_timer.start(seconds * 1000);
    StatusFile(m_settings.stateDir)
        .update({ { QStringLiteral("nextCheck"),
            Tuf::isoUtc(QDateTime::currentDateTimeUtc().addSecs(seconds)) } });
}

void FeedPoller::checkNow()
{
    if (m_running || !m_settings.enabled())
        return;
    m_running = true;
    m_timer.stop();
    const FeedSettings settings = m_settings;
    m_worker = QThread::create([this, settings] {
        const auto result = FeedSync::check(settings);
        const std::shared_ptr<const Content> content = result.content;
        const bool ok = result.outcome == FeedSync::Outcome::Updated
            || result.outcome == FeedSync::Outcome::Current;
        QMetaObject::invokeMethod(this, [this, ok, content, message = result.message] {
            m_running = false;
            m_failures = ok ? 0 : m_failures + 1;
            qInfo("feed: %s", qPrintable(message));
            Q_EMIT checked(ok, message);
            if (content)
                Q_EMIT contentReady(content);
            schedule();
        });
    });
    // The result reaches this object before the thread has quite ended, so a new check may
    // already have its own worker: each finished worker clears only itself.
    QThread *worker = m_worker;
    connect(worker, &QThread::finished, this, [this, worker] {
        worker->deleteLater();
        if (m_worker == worker)
            m_worker = nullptr;
    });
    worker->start();
}
