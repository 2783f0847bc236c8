#pragma once

#include "languageprofile.h"

#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <memory>

class SpeechWorker;

/**
 * The read-aloud's voice: Qt TextToSpeech with the speechd engine (speech-dispatcher, espeak-ng),
 * on a thread of its own. Creating it takes about 1.3 s (speech-dispatcher lists every voice it
 * has), so start() returns at once and the UI never waits for it; until it is ready the state is
 * Starting. With no engine, no speech-dispatcher or no audio server the state is Unavailable, with
 * a sentence in problem(), and the kiosk runs on; so too when speech-dispatcher takes more than
 * startTimeoutMs() to answer (it becomes Ready should it answer later).
 *
 * Nothing waits on the speech thread for long: destroying the engine (the kiosk stopping on
 * SIGTERM) waits at most half a second for it and then leaves it to end with the process, since
 * a call into libspeechd (a slow or hung speech-dispatcher) cannot be interrupted.
 *
 * One line is said at a time; saying another stops the first. A line still being said well after
 * it should have ended (its expected length plus 2 s) is stopped and logged: speech-dispatcher can
 * wedge, and a kiosk must not talk over the next visitor. Nothing said is written anywhere.
 */
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Off, ///< not started ([speech] enabled = false, or start() not called yet)
        Starting,
        Ready,
        Speaking,
        Unavailable,
    };

    explicit SpeechEngine(QObject *parent = nullptr);
    ~SpeechEngine() override;

    /**
     * Creates the voice on the speech thread. With @p privateSink (a PulseAudio output: the
     * headphone jack, a handset) it also starts a speech-dispatcher of its own whose sound goes
     * only there, and a second voice on it, for setPrivate(); the engine is Ready once both are
     * (about twice as long).
     */
    void start(const QString &privateSink = {});
    /**
     * Lines from the next on go to the private output (true) or the speaker. Without a private
     * output (none set, or it did not start) they go to the speaker: silence would leave someone
     * who cannot see the screen with nothing.
     */
    void setPrivate(bool on) { m_private = on; }
    bool isPrivate() const { return m_private; }
    /** Whether the private output is ready. */
    bool hasPrivateOutput() const { return m_privateReady; }
    State state() const { return m_state; }
    /** Why the state is Unavailable, for the log and the staff panel. */
    QString problem() const { return m_problem; }
    /** The engine's name ("speechd") once ready. */
    QString engineName() const { return m_engineName; }

    /**
     * Says @p text in @p voice (the language's profile names it) after stopping what is being
     * said. Returns the line's number (finished() reports it), 0 when the engine is not ready or
     * has no such voice (hasVoice()).
     */
    int say(const QString &text, const LanguageProfile::Voice &voice);
    /** Whether the engine is ready and has @p voice: a language without one is never read in
     * another's. */
    bool hasVoice(const LanguageProfile::Voice &voice) const;
    /** Stops at once: speech-dispatcher cancels the line (never pauses: pausing wedges it). */
    void stop();
    /** 0–100, from the next line on (the line being said keeps its volume). */
    void setVolume(int percent);
    int volume() const { return m_volume; }
    /** How long the watchdog lets a line take beyond its expected length. */
    void setWatchdogSlackMs(int ms) { m_slackMs = ms; }
    /** How long start() waits for speech-dispatcher before the state is Unavailable (20 s). */
    void setStartTimeoutMs(int ms) { m_startTimeout.setInterval(ms); }
    int startTimeoutMs() const { return m_startTimeout.interval(); }

    /** How long @p text takes to say at the default rate, generously (for the watchdog). */
    static int expectedMs(const QString &text);

Q_SIGNALS:
    void stateChanged();
    void privateOutputChanged();
    /** Line @p id, @p text, went to the voice (for a test's ears; nothing keeps it). */
    void lineSent(int id, const QString &text);
    /** Line @p id was said to its end (a stopped line is not reported). */
    void finished(int id);
    /** Line @p id was stopped by the watchdog. */
    void stuck(int id);

private:
    void setState(State state);
    void created(bool ok, const QString &engine, const QString &why, const QStringList &voices);
    void ended(int id);
    void watchdogFired();
    void startTimedOut();

    std::unique_ptr<QThread> m_thread; ///< released, still running, when it would not stop
    QTimer m_startTimeout;
    SpeechWorker *m_worker = nullptr;
    State m_state = State::Off;
    QString m_problem;
    QString m_engineName;
    QSet<QString> m_voices; ///< every voice the engine has, by name
    int m_volume = 70;
    bool m_private = false;
    bool m_privateReady = false;
    int m_serial = 0;
    int m_current = 0; ///< the line being said, 0: none
    QTimer m_watchdog;
    int m_slackMs = 2000;
};
