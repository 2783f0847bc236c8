#pragma once

#include "maininstance.h"
#include "speechengine.h"
#include "speechsettings.h"

#include <QObject>
#include <QQmlEngine>
#include <QAudioOutput>
#include <QMediaPlayer>
#include <QStringList>
#include <QUrl>
#include <memory>

class Visit;

/**
 * The visitor's read-aloud (Section 508 §402.2): Listen reads the screen's lines from the top in
 * her language; Next, Previous and Repeat say one line; Louder and Softer step the volume and go on
 * from the line she was on. Any touch or key stops speech at once (the kiosk's input filter calls
 * touched() before the control under her finger acts). While she listens, changes are announced
 * once, politely, after the line being said: a waitlist call, the idle warning. The volume is the
 * visit's (the site's at its start), and the idle reset forgets the rest.
 *
 * What each screen says is the models' (ReadingScript, through ScreenScript in QML); this decides
 * when. The voice is SpeechEngine's, started after the first frame.
 */
class ReadAloud : public QObject, public MainInstance<ReadAloud>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool reading READ reading NOTIFY statusChanged)
    Q_PROPERTY(bool engaged READ engaged NOTIFY engagedChanged)
    Q_PROPERTY(int volume READ volume NOTIFY volumeChanged)
    Q_PROPERTY(bool canLouder READ canLouder NOTIFY volumeChanged)
    Q_PROPERTY(bool canSofter READ canSofter NOTIFY volumeChanged)
    Q_PROPERTY(int line READ line NOTIFY lineChanged)
    Q_PROPERTY(int lineCount READ lineCount NOTIFY lineChanged)

public:
    enum Status
    {
        Off, ///< [speech] enabled = false: no Listen control
        Starting, ///< the voice is being created ("starting…")
        Ready,
        Reading,
        Unavailable, ///< no engine, no speech-dispatcher: said on the control, logged
        NoVoice, ///< no voice reads her language on this kiosk: said on the control in her words;
                 ///< never read in another language's voice
    };
    Q_ENUM(Status)

    static constexpr int VolumeStep = 15;

    /**
     * Not default-constructible, so QML gets the instance KioskApp made. Reads in @p visit's
     * language at its volume, and forgets everything when it ends.
     */
    ReadAloud(Visit *visit, const SpeechSettings &settings, QObject *parent = nullptr);

    /** Creates the voice (off the UI thread); nothing when [speech] enabled is false. */
    void start();
    SpeechEngine &engine() { return m_engine; }

    Status status() const;
    /** Whether a voice of this kiosk reads the language @p tag (for the fleet status). */
    bool speaks(const QString &tag) const;
    bool reading() const { return m_reading; }
    bool engaged() const { return m_engaged; }
    int volume() const;
    bool canLouder() const { return volume() < 100; }
    bool canSofter() const { return volume() > 0; }
    int line() const { return m_line; }
    int lineCount() const { return int(m_lines.size()); }
    /** The lines being read (as they are said): the screen's, or what the keypad said last. */
    const QStringList &lines() const { return m_lines; }

    /**
     * The Listen control: reads @p lines (ReadingScript's, already as they are said) from the top;
     * while reading (or when the press on the control has just stopped the reading), stops. Pressed
     * while the voice is starting, it reads once the voice is ready.
     */
    Q_INVOKABLE void listen(const QStringList &lines, const QUrl &recording = {});
    /** Reads @p lines from the top, whatever was being read (--read-aloud, a language switch). */
    Q_INVOKABLE void read(const QStringList &lines);
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void repeat();
    Q_INVOKABLE void louder();
    Q_INVOKABLE void softer();
    Q_INVOKABLE void stop();
    /**
     * Says @p text (as the screen shows it) once, after the line being said, when the visitor is
     * listening (she has used read-aloud in this visit); then the reading goes on.
     */
    Q_INVOKABLE void announce(const QString &text);
    /** Whether the touch now under way stopped a reading (a language switch then reads again). */
    Q_INVOKABLE bool stoppedByThisTouch() const { return m_stoppedByTouch; }

    /** A press, touch or key anywhere: speech stops at once, before any control acts. */
    void touched();
    /** The visit is over: silence, nothing remembered (the visit has the site's volume again). */
    void resetVisit();

Q_SIGNALS:
    void statusChanged();
    void engagedChanged();
    void volumeChanged();
    void lineChanged();

private:
    void sayLine(int index, bool continuing);
    void lineFinished(int id);
    void setReading(bool on);
    void setEngaged(bool on);
    void setVolume(int volume);
    /** Says @p said (already as a voice is given it) in the visitor's language. */
    int say(const QString &said);
    /** Plays a person's recording of the page (Qt Multimedia) instead of the voice; false when
     * it cannot. */
    bool play(const QUrl &recording);
    bool playing() const;

    Visit *m_visit;
    SpeechSettings m_settings;
    SpeechEngine m_engine;
    QStringList m_lines;
    int m_line = 0;
    bool m_reading = false; ///< going on line after line (Listen), not one line (Next, Repeat)
    bool m_engaged = false;
    bool m_stoppedByTouch = false;
    bool m_pendingListen = false;
    int m_lineId = 0; ///< the engine's number of the line being said
    QStringList m_announcements;
    int m_announcementId = 0;
    std::unique_ptr<QMediaPlayer> m_player; ///< made on the first recording, never at start
    std::unique_ptr<QAudioOutput> m_output;
};
