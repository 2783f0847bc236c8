#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

/**
 * The anonymous queue for each lactation room: "Tell me when it's free" gives a short code
 * ("B7"); when the room turns free the first code is called for a while, then the next. Only
 * codes and times are kept – never anything about the person – and they survive a restart.
 */
class Waitlist
{
public:
    using Clock = std::function<QDateTime()>;

    struct Call
    {
        QString code;
        QDateTime until; ///< the call is shown until then
    };

    /** @p file persists the tickets (empty: memory only). */
    Waitlist(QString file, Clock clock = {}, int expireMinutes = 15, int callSeconds = 120);

    /** A new ticket for @p room; its code is unique among the room's waiting tickets. */
    QString join(const QString &room);
    int waiting(const QString &room) const;
    /** The code being called for @p room, if any. */
    std::optional<Call> calling(const QString &room) const;
    /**
     * Moves the queue on: drops expired tickets, ends calls whose time is up or whose room is no
     * longer free, and while @p roomFree calls the next ticket. Call it on a timer and whenever the
     * room's state changes.
     */
    void update(const QString &room, bool roomFree);
    /** Staff empty a room's list. */
    void clear(const QString &room);

private:
    struct Ticket
    {
        QString code;
        QDateTime issued;
    };
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void load();
    void save() const;

    QString m_file;
    Clock m_clock;
    int m_expireSeconds;
    int m_callSeconds;
    QHash<QString, QList<Ticket>> m_tickets;
    QHash<QString, Call> m_calls;
    int m_counter = 0;
};
