#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

/**
 * What each lactation room's state is, merged from the sources a site has (staff, HTTP, MQTT),
 * and how sure the kiosk can be of it. The data model holds states and times only: nothing that
 * could name who is inside or waiting.
 *
 * RoomStatus wires the sources, the waitlist and the screens to it.
 */
class RoomBoard : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Free,
        Occupied,
        Cleaning,
        Closed,
        Unknown
    };
    Q_ENUM(State)

    /** What the screens show for one room. */
    struct Shown
    {
        State state = State::Unknown;
        QDateTime since; ///< when the room entered this state (invalid when unknown)
        QString source; ///< which source said so
        bool stale = false; ///< the source is silent or disconnected: shown as unknown
    };

    using Clock = std::function<QDateTime()>;
    explicit RoomBoard(Clock clock = {}, QObject *parent = nullptr);

    /** Which source decides for @p room ("staff", "http", "mqtt"). */
    void setAuthority(const QString &room, const QString &source);
    /** How a source's reports grow old. */
    enum class Ages
    {
        WithEachReport, ///< polled sources: a report counts for maxAge after it arrived
        WhileDisconnected, ///< pushed sources (MQTT): a report counts while connected, and for
                           ///< maxAge after the connection was lost
    };
    /** How old a report of @p source may be before it no longer counts (0: never too old). */
    void setMaxAge(const QString &source, int seconds, Ages ages = Ages::WithEachReport);
    void setConnected(const QString &source, bool connected);
    bool isConnected(const QString &source) const { return !m_disconnectedAt.contains(source); }

    /** A source reports a state; @p since defaults to now. Unknown rooms are ignored. */
    void report(const QString &source, const QString &room, State state, QDateTime since = {});

    Shown shown(const QString &room) const;
    QStringList rooms() const { return m_authority.keys(); }
    /** Forgets rooms the pack no longer has (and what was learnt about them). */
    void removeRoom(const QString &room);

    /**
     * Re-reads the clock: reports that have just grown too old turn "unknown". Emits
     * roomChanged for each room whose shown state changed; call it on a timer.
     */
    void refresh();

    /**
     * Minutes until an occupied room is usually free again: the median of its recent occupied
     * spells, less the time already spent; none with fewer than 3 spells (never a promise).
     */
    std::optional<int> estimatedWaitMinutes(const QString &room) const;

    static State parseState(const QString &word, bool *ok);
    static QString stateWord(State state);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

Q_SIGNALS:
    void roomChanged(const QString &room);

private:
    struct Report
    {
        State state = State::Unknown;
        QDateTime since;
        QDateTime received;
    };

    void changed(const QString &room);

    Clock m_clock;
    QHash<QString, QString> m_authority; ///< room -> source
    QHash<QString, int> m_maxAge; ///< source -> seconds
    QHash<QString, Ages> m_ages; ///< source -> how its reports grow old
    QHash<QString, QDateTime> m_disconnectedAt; ///< source -> when it was cut off
    QHash<QString, Shown> m_lastShown; ///< room -> what roomChanged last announced
    QHash<QString, Report> m_reports; ///< "source/room" -> latest
    QHash<QString, QList<qint64>> m_spells; ///< room -> recent occupied durations (seconds)
};
