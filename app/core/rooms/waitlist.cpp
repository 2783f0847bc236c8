#include "waitlist.h"

#include "durablefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

Waitlist::Waitlist(QString file, Clock clock, int expireMinutes, int callSeconds)
    : m_file(std::move(file))
    , m_clock(std::move(clock))
    , m_expireSeconds(expireMinutes * 60)
    , m_callSeconds(callSeconds)
{
    load();
}

QString Waitlist::join(const QString &room)
{
    // Letters without look-alikes (no I, O) and a number: short to say and to read across a room.
    static const QString letters = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    QList<Ticket> &tickets = m_tickets[room];
    QString code;
    do {
        code = letters.at(m_counter % letters.size()) + QString::number(m_counter % 9 + 1);
        ++m_counter;
    } while (std::any_of(tickets.cbegin(), tickets.cend(), [&](const Ticket &t) {
        return t.code == code;
    }) || (m_calls.contains(room) && m_calls.value(room).code == code));
    tickets.append({ code, now() });
    save();
    return code;
}

int Waitlist::waiting(const QString &room) const
{
    return int(m_tickets.value(room).size());
}

std::optional<Waitlist::Call> Waitlist::calling(const QString &room) const
{
    const auto it = m_calls.constFind(room);
    if (it == m_calls.constEnd() || it->until <= now())
        return std::nullopt;
    return *it;
}

void Waitlist::update(const QString &room, bool roomFree)
{
    const QDateTime at = now();
    bool changed = false;
    QList<Ticket> &tickets = m_tickets[room];
    const auto expired = std::remove_if(tickets.begin(), tickets.end(), [&](const Ticket &t) {
        return t.issued.secsTo(at) > m_expireSeconds;
    });
    if (expired != tickets.end()) {
        tickets.erase(expired, tickets.end());
        changed = true;
    }
    // A call ends when its time is up, or when the room is taken (by the one called, most likely)
    // or can no longer be vouched for: the banner must not say free when it is not.
    if (m_calls.contains(room) && (m_calls.value(room).until <= at || !roomFree)) {
        m_calls.remove(room);
        changed = true;
    }
    if (roomFree && !m_calls.contains(room) && !tickets.isEmpty()) {
        m_calls.insert(room, { tickets.takeFirst().code, at.addSecs(m_callSeconds) });
        changed = true;
    }
    if (changed)
        save();
}

void Waitlist::clear(const QString &room)
{
    m_tickets.remove(room);
    m_calls.remove(room);
    save();
}

void Waitlist::load()
{
    QFile f(m_file);
    if (m_file.isEmpty() || !f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    m_counter = o.value(QStringLiteral("counter")).toInt();
    const QJsonObject rooms = o.value(QStringLiteral("rooms")).toObject();
    for (auto it = rooms.constBegin(); it != rooms.constEnd(); ++it) {
        const QJsonObject room = it.value().toObject();
        for (const QJsonValue &t : room.value(QStringLiteral("waiting")).toArray()) {
            m_tickets[it.key()].append({ t[QStringLiteral("code")].toString(),
                QDateTime::fromString(t[QStringLiteral("issued")].toString(), Qt::ISODate) });
        }
        const QJsonObject call = room.value(QStringLiteral("calling")).toObject();
        if (!call.isEmpty())
            m_calls.insert(it.key(),
                { call.value(QStringLiteral("code")).toString(),
                    QDateTime::fromString(
                        call.value(QStringLiteral("until")).toString(), Qt::ISODate) });
    }
}

void Waitlist::save() const
{
    if (m_file.isEmpty())
        return;
    QJsonObject rooms;
    QStringList names = m_tickets.keys() + m_calls.keys();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        QJsonArray waiting;
        for (const Ticket &t : m_tickets.value(name))
            waiting.append(QJsonObject { { QStringLiteral("code"), t.code },
                { QStringLiteral("issued"), t.issued.toUTC().toString(Qt::ISODate) } });
        QJsonObject room { { QStringLiteral("waiting"), waiting } };
        if (m_calls.contains(name))
            room.insert(QStringLiteral("calling"),
                QJsonObject { { QStringLiteral("code"), m_calls.value(name).code },
                    { QStringLiteral("until"),
                        m_calls.value(name).until.toUTC().toString(Qt::ISODate) } });
        rooms.insert(name, room);
    }
    QString why;
    writeDurably(m_file,
        QJsonDocument(QJsonObject { { QStringLiteral("counter"), m_counter },
                          { QStringLiteral("rooms"), rooms } })
            .toJson(),
        &why);
}
