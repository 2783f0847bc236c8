#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

/**
 * Whether a video slide has started, is still on its way, or is broken: fed with a media player's
 * status, state, position and error, it skips a file that does not decode at once and gives a
 * slow start (loading, buffering, stalled, pre-rolling on a busy CPU) `budgetMs` without
 * progress before giving it up. The numbers are QMediaPlayer's MediaStatus and PlaybackState.
 */
class VideoStart : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int mediaStatus READ mediaStatus WRITE setMediaStatus NOTIFY observed)
    Q_PROPERTY(int playbackState READ playbackState WRITE setPlaybackState NOTIFY observed)
    Q_PROPERTY(qint64 position READ position WRITE setPosition NOTIFY observed)
    /** How long a start may go without progress (a new status, a new position) before it is given
     * up. */
    Q_PROPERTY(int budgetMs READ budgetMs WRITE setBudgetMs NOTIFY budgetMsChanged)
    Q_PROPERTY(bool started READ started NOTIFY decided)

public:
    enum class Verdict
    {
        Waiting,
        Started,
        Broken,
        GivenUp
    };
    struct Judgement
    {
        Verdict verdict = Verdict::Waiting;
        QString why; ///< for Broken and GivenUp: what the log says
    };

    static constexpr int defaultBudgetMs = 30000;

    explicit VideoStart(QObject *parent = nullptr);

    /** The decision alone: @p sinceProgressMs is the time since the status or position last moved.
     */
    static Judgement judge(int mediaStatus, int playbackState, qint64 position,
        const QString &error, qint64 sinceProgressMs, qint64 budgetMs);
    static QString statusName(int mediaStatus);

    int mediaStatus() const { return m_status; }
    void setMediaStatus(int status);
    int playbackState() const { return m_state; }
    void setPlaybackState(int state);
    qint64 position() const { return m_position; }
    void setPosition(qint64 position);
    int budgetMs() const { return m_budgetMs; }
    void setBudgetMs(int ms);
    bool started() const { return m_verdict == Verdict::Started; }

    /** The player reported an error (@p why): the file is broken, skipped at once. */
    Q_INVOKABLE void reportError(const QString &why);

Q_SIGNALS:
    void observed();
    void budgetMsChanged();
    void decided();
    /** Broken or given up: the slide is to be skipped for @p why. */
    void failed(const QString &why);

private:
    void progressed();
    void evaluate();

    int m_status = 0;
    int m_state = 0;
    qint64 m_position = 0;
    QString m_error;
    int m_budgetMs = defaultBudgetMs;
    Verdict m_verdict = Verdict::Waiting;
    QElapsedTimer m_sinceProgress;
    QElapsedTimer m_sinceStart;
    QTimer m_check;
};
