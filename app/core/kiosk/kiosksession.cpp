#include "kiosksession.h"

#include <QElapsedTimer>

KioskSession::KioskSession(int idleSeconds, int warningSeconds, Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_idleSeconds(std::max(10, idleSeconds))
    , m_warningSeconds(std::max(MinimumWarningSeconds, warningSeconds))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &KioskSession::poll);
    m_lastActivity = now();
    schedule();
}

qint64 KioskSession::now() const
{
    if (m_clock)
        return m_clock();
    static QElapsedTimer monotonic;
    if (!monotonic.isValid())
        monotonic.start();
    return monotonic.elapsed();
}

void KioskSession::setIdleSeconds(int seconds)
{
    seconds = std::clamp(seconds, 10, 3600);
    if (seconds == m_idleSeconds)
        return;
    m_idleSeconds = seconds;
    Q_EMIT idleSecondsChanged();
    poll();
}

void KioskSession::setAttractEnabled(bool enabled)
{
    if (enabled == m_attract)
        return;
    m_attract = enabled;
    Q_EMIT attractEnabledChanged();
}

int KioskSession::secondsLeft() const
{
    if (m_phase != Phase::Warning)
        return 0;
    const qint64 resetAt = m_lastActivity + qint64(m_idleSeconds + m_warningSeconds) * 1000;
    return int(std::max<qint64>(0, (resetAt - now() + 999) / 1000));
}

void KioskSession::activity()
{
    m_lastActivity = now();
    setPhase(Phase::Active);
    schedule();
    if (!m_visitOn) {
        m_visitOn = true;
        Q_EMIT visitBegan();
    }
}

void KioskSession::resetNow()
{
    if (m_staffOpen) {
        m_staffOpen = false;
        Q_EMIT staffOpenChanged();
    }
    m_visitOn = false;
    Q_EMIT reset();
    m_lastActivity = now();
    setPhase(Phase::Active);
    schedule();
}

void KioskSession::openStaff()
{
    m_staffOpen = true;
    Q_EMIT staffOpenChanged();
    activity();
}

void KioskSession::closeStaff()
{
    if (!m_staffOpen)
        return;
    m_staffOpen = false;
    Q_EMIT staffOpenChanged();
    activity();
}

void KioskSession::setPhase(Phase phase)
{
    if (phase != m_phase) {
        m_phase = phase;
        Q_EMIT phaseChanged();
    }
    const int left = secondsLeft();
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        Q_EMIT secondsLeftChanged();
    }
}

void KioskSession::poll()
{
    const qint64 quiet = now() - m_lastActivity;
    if (m_staffOpen) {
        // Staff walked away: the panel closes, and the kiosk is a visitor's again.
        if (quiet >= qint64(StaffPanelSeconds) * 1000) {
            m_staffOpen = false;
            Q_EMIT staffOpenChanged();
            m_visitOn = false;
            Q_EMIT reset();
            setPhase(Phase::Attract);
        }
    } else if (m_phase != Phase::Attract) {
        if (quiet >= qint64(m_idleSeconds + m_warningSeconds) * 1000) {
            m_visitOn = false;
            Q_EMIT reset();
            setPhase(Phase::Attract);
        } else if (quiet >= qint64(m_idleSeconds) * 1000) {
            setPhase(Phase::Warning);
        }
    }
    schedule();
}

void KioskSession::schedule()
{
    const qint64 quiet = now() - m_lastActivity;
    qint64 wait = -1;
    if (m_staffOpen)
        wait = qint64(StaffPanelSeconds) * 1000 - quiet;
    else if (m_phase == Phase::Active)
        wait = qint64(m_idleSeconds) * 1000 - quiet;
    else if (m_phase == Phase::Warning)
        wait = std::min<qint64>(1000, qint64(m_idleSeconds + m_warningSeconds) * 1000 - quiet);
    if (wait < 0) {
        m_timer.stop(); // in the attract loop nothing is due until a touch
        return;
    }
    // Only the countdown ticks each second; otherwise one wake-up when something is due.
    m_timer.start(int(std::max<qint64>(wait, 50)));
}
