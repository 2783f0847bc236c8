#pragma once

#include "maininstance.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <functional>

/**
 * One visitor's session, and forgetting her. After idleSeconds without a touch a warning counts
 * down warningSeconds (at least 20, WCAG 2.2.1) with an "I'm still here" button; then reset()
 * asks every part of the kiosk to forget the visit and the attract loop begins. A touch during
 * the loop starts a fresh session. With the staff panel open, 60 s without a touch closes it.
 */
class KioskSession : public QObject, public MainInstance<KioskSession>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY idleSecondsChanged)
    Q_PROPERTY(int warningSeconds READ warningSeconds CONSTANT)
    Q_PROPERTY(bool staffOpen READ staffOpen NOTIFY staffOpenChanged)
    Q_PROPERTY(bool attractEnabled READ attractEnabled NOTIFY attractEnabledChanged)

public:
    enum class Phase
    {
        Active, ///< someone is (or may be) using the kiosk
        Warning, ///< nobody touched it for a while: the countdown shows
        Attract, ///< reset done: the slides play until a touch
    };
    Q_ENUM(Phase)

    static constexpr int MinimumWarningSeconds = 20;
    static constexpr int StaffPanelSeconds = 60;

    /** Milliseconds on a monotonic clock; tests inject their own. */
    using Clock = std::function<qint64()>;

    /** Not default-constructible, so QML gets the instance main() made. */
    explicit KioskSession(
        int idleSeconds, int warningSeconds = 30, Clock clock = {}, QObject *parent = nullptr);

    Phase phase() const { return m_phase; }
    int secondsLeft() const;
    int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);
    int warningSeconds() const { return m_warningSeconds; }
    bool staffOpen() const { return m_staffOpen; }
    /** Whether the attract loop plays after a reset (the INI's [kiosk] attract). */
    bool attractEnabled() const { return m_attract; }
    void setAttractEnabled(bool enabled);

    /** Any touch, click or key: the visitor is there. */
    Q_INVOKABLE void activity();
    /** The warning's "I'm still here". */
    Q_INVOKABLE void stillHere() { activity(); }
    /** Forget the visitor now (the staff panel's close, tests). */
    Q_INVOKABLE void resetNow();
    Q_INVOKABLE void openStaff();
    Q_INVOKABLE void closeStaff();

    /** Re-reads the clock and moves to the phase it says; the timer calls it. */
    void poll();

Q_SIGNALS:
    void phaseChanged();
    void secondsLeftChanged();
    void idleSecondsChanged();
    void staffOpenChanged();
    void attractEnabledChanged();
    /** Forget the visit: home screen, default language, no scroll, filter, ticket or dialog. */
    void reset();
    /** The first touch after the start, the attract loop or a reset: a visit begins. */
    void visitBegan();

private:
    qint64 now() const;
    void setPhase(Phase phase);
    void schedule();

    Clock m_clock;
    int m_idleSeconds;
    int m_warningSeconds;
    qint64 m_lastActivity = 0;
    Phase m_phase = Phase::Active;
    bool m_staffOpen = false;
    bool m_attract = true;
    bool m_visitOn = false; ///< a touch came since the start or the last reset
    int m_lastSecondsLeft = -1;
    QTimer m_timer;
};
