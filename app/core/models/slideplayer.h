#pragma once

#include "content.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>
#include <QUrl>

class Visit;
Q_MOC_INCLUDE("visit.h")

/**
 * The attract loop's playback policy: the pack's slides in order, each only inside its start and
 * end dates (in the site's zone), each for its seconds (a shorter video loops). A slide that
 * cannot be shown – a video that does not decode – is logged and skipped for the rest of this
 * pack; when nothing can be shown, `empty` asks the screen for its fallback, never black. A video
 * slide's captions are the pack's WebVTT cues in the visitor's language (else the pack's first).
 */
class SlidePlayer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Visit *visit READ visit WRITE setVisit NOTIFY visitChanged)
    Q_PROPERTY(bool running READ running WRITE setRunning NOTIFY runningChanged)
    Q_PROPERTY(QString slideId READ slideId NOTIFY slideChanged)
    Q_PROPERTY(QUrl image READ image NOTIFY slideChanged)
    Q_PROPERTY(QUrl video READ video NOTIFY slideChanged)
    Q_PROPERTY(bool hasImage READ hasImage NOTIFY slideChanged)
    Q_PROPERTY(bool hasVideo READ hasVideo NOTIFY slideChanged)
    Q_PROPERTY(QString caption READ caption NOTIFY slideChanged)
    Q_PROPERTY(int seconds READ seconds NOTIFY slideChanged)
    /** The current video has captions to show in the visitor's language; it notifies with the
     * language, so a caption bound through it follows a language change at once. */
    Q_PROPERTY(bool hasCaptions READ hasCaptions NOTIFY slideChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY slideChanged)

public:
    explicit SlidePlayer(QObject *parent = nullptr);
    ~SlidePlayer() override;

    Visit *visit() const { return m_visit; }
    void setVisit(Visit *visit);
    bool running() const { return m_running; }
    void setRunning(bool running);

    QString slideId() const;
    QUrl image() const;
    QUrl video() const;
    bool hasImage() const { return !image().isEmpty(); }
    bool hasVideo() const { return !video().isEmpty(); }
    QString caption() const;
    int seconds() const;
    bool empty() const { return m_index < 0; }
    bool hasCaptions() const { return !captions().isEmpty(); }

    /**
     * The captions at @p positionMs of the current video: every cue that has started and not yet
     * ended (start inclusive, end exclusive), in start order, one per line; empty between cues. A
     * position past @p durationMs (a player that counts on through its loops) is taken within the
     * clip.
     */
    Q_INVOKABLE QString captionAt(qint64 positionMs, qint64 durationMs = 0) const;
    /** The text of @p cues (by start, as the reader gives them) at @p positionMs. */
    static QString cueText(const QList<CaptionCue> &cues, qint64 positionMs);

    /** The slides that may show on @p day, in pack order (indexes), leaving out @p broken ids. */
    static QList<int> playable(const QList<Slide> &slides, QDate day, const QSet<QString> &broken);

    /** On to the next playable slide (wrapping); the timer calls it after each slide's time. */
    Q_INVOKABLE void next();
    /** The current slide could not be shown (@p why): logged, skipped from now on. */
    Q_INVOKABLE void failed(const QString &why);

Q_SIGNALS:
    void visitChanged();
    void runningChanged();
    void slideChanged();

private:
    QDate today() const;
    /** The current slide's cues in the visitor's language, else the pack's first. */
    QList<CaptionCue> captions() const;
    void show(int index);
    /** Tells the day's counts which slide is on screen now, if any (ReachCounter). */
    void reportPlay();
    void contentChanged();

    QPointer<Visit> m_visit;
    std::shared_ptr<const Content> m_content;
    QSet<QString> m_broken;
    int m_index = -1;
    bool m_running = false;
    QTimer m_timer;
};
