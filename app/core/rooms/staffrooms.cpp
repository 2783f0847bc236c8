#include "staffrooms.h"

#include "durablefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

StaffRooms::StaffRooms(QString file, RoomBoard *board)
    : m_file(std::move(file))
    , m_board(board)
{
    QFile f(m_file);
    if (!m_file.isEmpty() && f.open(QIODevice::ReadOnly)) {
        QJsonParseError error;
        const QJsonObject rooms
            = QJsonDocument::fromJson(f.read(1 << 20), &error).object().value(u"rooms").toObject();
        if (error.error != QJsonParseError::NoError)
            qWarning("rooms: %s cannot be read (%s); starting from the pack's states",
                qPrintable(m_file), qPrintable(error.errorString()));
        for (auto it = rooms.constBegin(); it != rooms.constEnd(); ++it) {
            bool ok = false;
            const QJsonObject o = it.value().toObject();
            const RoomBoard::State state = RoomBoard::parseState(o.value(u"state").toString(), &ok);
            if (ok)
                m_saved.insert(it.key(),
                    { state, QDateTime::fromString(o.value(u"since").toString(), Qt::ISODate) });
        }
    }
}

void StaffRooms::report(const QHash<QString, RoomBoard::State> &initial)
{
    for (auto it = initial.constBegin(); it != initial.constEnd(); ++it) {
        const auto saved = m_saved.constFind(it.key());
        if (saved != m_saved.constEnd())
            m_board->report(QStringLiteral("staff"), it.key(), saved->state, saved->since);
        else
            m_board->report(QStringLiteral("staff"), it.key(), it.value());
    }
}

bool StaffRooms::set(const QString &room, RoomBoard::State state, QString *why)
{
    if (!m_board->rooms().contains(room)) {
        *why = QStringLiteral("there is no room '%1' in the pack").arg(room);
        return false;
    }
    Saved &saved = m_saved[room];
    if (saved.state != state || !saved.since.isValid())
        saved = { state, m_board->now() };
    m_board->report(QStringLiteral("staff"), room, state, saved.since);
    return save(why);
}

bool StaffRooms::save(QString *why) const
{
    if (m_file.isEmpty())
        return true;
    QJsonObject rooms;
    for (auto it = m_saved.constBegin(); it != m_saved.constEnd(); ++it)
        rooms.insert(it.key(),
            QJsonObject { { QStringLiteral("state"), RoomBoard::stateWord(it->state) },
                { QStringLiteral("since"), it->since.toUTC().toString(Qt::ISODate) } });
    return writeDurably(
        m_file, QJsonDocument(QJsonObject { { QStringLiteral("rooms"), rooms } }).toJson(), why);
}
