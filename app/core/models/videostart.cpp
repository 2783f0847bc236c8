#include "videostart.h"

namespace {
// QMediaPlayer's numbers, so that the decision needs no media player to be tested.
enum Status
{
    NoMedia,
    Loading,
    Loaded,
    Stalled,
    Buffering,
    Buffered,
    EndOfMedia,
    Invalid
};
constexpr int playing = 1;
// A start slower than this is logged, so a site sees its kiosk struggling.
constexpr qint64 slowStartMs = 5000;
} // namespace

VideoStart::VideoStart(QObject *parent)
    : QObject(parent)
{
    m_sinceProgress.start();
    m_sinceStart.start();
    m_check.setInterval(250);
    connect(&m_check, &QTimer::timeout, this, &VideoStart::evaluate);
    m_check.start();
}

QString VideoStart::statusName(int mediaStatus)
{
    switch (mediaStatus) {
    case NoMedia:
        return QStringLiteral("no media");
    case Loading:
        return QStringLiteral("loading");
    case Loaded:
        return QStringLiteral("loaded, pre-rolling");
    case Stalled:
        return QStringLiteral("stalled");
    case Buffering:
        return QStringLiteral("buffering");
    case Buffered:
        return QStringLiteral("buffered");
    case EndOfMedia:
        return QStringLiteral("at its end");
    case Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("status %1").arg(mediaStatus);
}

VideoStart::Judgement VideoStart::judge(int mediaStatus, int playbackState, qint64 position,
    const QString &error, qint64 sinceProgressMs, qint64 budgetMs)
{
    if (!error.isEmpty())
        return { Verdict::Broken, error };
    if (mediaStatus == Invalid)
        return { Verdict::Broken, QStringLiteral("the file cannot be decoded") };
    if (playbackState == playing && position > 0)
        return { Verdict::Started, {} };
    if (sinceProgressMs >= budgetMs)
        return { Verdict::GivenUp,
            QStringLiteral("it did not start playing: %1 for %2 s without progress")
                .arg(statusName(mediaStatus))
                .arg(sinceProgressMs / 1000.0, 0, 'f', 1) };
    return {};
}

void VideoStart::setMediaStatus(int status)
{
    if (status == m_status)
        return;
    m_status = status;
    progressed();
}

void VideoStart::setPlaybackState(int state)
{
    if (state == m_state)
        return;
    m_state = state;
    progressed();
}

void VideoStart::setPosition(qint64 position)
{
    if (position == m_position)
        return;
    m_position = position;
    progressed();
}

void VideoStart::setBudgetMs(int ms)
{
    if (ms == m_budgetMs)
        return;
    m_budgetMs = ms;
    Q_EMIT budgetMsChanged();
    evaluate();
}

void VideoStart::reportError(const QString &why)
{
    m_error = why.isEmpty() ? QStringLiteral("the player reported an error") : why;
    evaluate();
}

void VideoStart::progressed()
{
    m_sinceProgress.restart();
    Q_EMIT observed();
    evaluate();
}

void VideoStart::evaluate()
{
    if (m_verdict != Verdict::Waiting)
        return;
    const Judgement j
        = judge(m_status, m_state, m_position, m_error, m_sinceProgress.elapsed(), m_budgetMs);
    if (j.verdict == Verdict::Waiting)
        return;
    m_verdict = j.verdict;
    m_check.stop();
    const qint64 took = m_sinceStart.elapsed();
    if (j.verdict == Verdict::Started && took > slowStartMs)
        qInfo("attract: video started after a slow start of %.1f s", took / 1000.0);
    Q_EMIT decided();
    if (j.verdict != Verdict::Started)
        Q_EMIT failed(j.why);
}
