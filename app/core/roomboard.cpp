#include "roomboard.h"

#include <algorithm>

namespace {

QString key(const QString &source, const QString &room)
{
    return source + u'/' + room;
}

constexpr int SpellsKept = 20;

} // namespace

RoomBoard::RoomBoard(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
}

void RoomBoard::setAuthority(const QString &room, const QString &source)
{
    m_authority.insert(room, source);
    Q_EMIT roomChanged(room);
}

void RoomBoard::setMaxAge(const QString &source, int seconds)
{
    m_maxAge.insert(source, std::max(0, seconds));
}

void RoomBoard::setConnected(const QString &source, bool connected)
{
    if (m_connected.value(source, true) == connected)
        return;
    m_connected.insert(source, connected);
    for (auto it = m_authority.constBegin(); it != m_authority.constEnd(); ++it) {
        if (it.value() == source)
            Q_EMIT roomChanged(it.key());
    }
}

RoomBoard::State RoomBoard::parseState(const QString &word, bool *ok)
{
    static const QHash<QString, State> words { { QStringLiteral("free"), State::Free },
        { QStringLiteral("occupied"), State::Occupied },
        { QStringLiteral("cleaning"), State::Cleaning },
        { QStringLiteral("closed"), State::Closed },
        { QStringLiteral("unknown"), State::Unknown } };
    const auto it = words.constFind(word.trimmed().toLower());
    *ok = it != words.constEnd();
    return *ok ? *it : State::Unknown;
}

void RoomBoard::report(const QString &source, const QString &room, State state, QDateTime since)
{
    if (!m_authority.contains(room))
        return;
    const QDateTime at = now();
    if (!since.isValid() || since > at)
        since = at;
    Report &previous = m_reports[key(source, room)];
    // The end of an occupied spell teaches how long the room is usually taken.
    if (previous.state == State::Occupied && state != State::Occupied && previous.since.isValid()) {
        QList<qint64> &spells = m_spells[room];
        spells.append(previous.since.secsTo(since));
        if (spells.size() > SpellsKept)
            spells.removeFirst();
    }
    if (previous.state == state && previous.since.isValid())
        since = previous.since; // the same state again: it began when it began
    previous = { state, since, at };
    if (m_authority.value(room) == source)
        Q_EMIT roomChanged(room);
}

RoomBoard::Shown RoomBoard::shown(const QString &room) const
{
    Shown s;
    const QString source = m_authority.value(room);
    s.source = source;
    const auto it = m_reports.constFind(key(source, room));
    if (source.isEmpty() || it == m_reports.constEnd()) {
        s.stale = true;
        return s;
    }
    const int maxAge = m_maxAge.value(source, 0);
    const bool tooOld = maxAge > 0 && it->received.secsTo(now()) > maxAge;
    // Never claim a state the kiosk cannot vouch for: silent or cut-off sources say "unknown".
    if (tooOld || !m_connected.value(source, true)) {
        s.stale = true;
        return s;
    }
    s.state = it->state;
    s.since = it->state == State::Unknown ? QDateTime() : it->since;
    return s;
}

std::optional<int> RoomBoard::estimatedWaitMinutes(const QString &room) const
{
    const Shown s = shown(room);
    const QList<qint64> spells = m_spells.value(room);
    if (s.state != State::Occupied || spells.size() < 3)
        return std::nullopt;
    QList<qint64> sorted = spells;
    std::sort(sorted.begin(), sorted.end());
    const qint64 median = sorted.at(sorted.size() / 2);
    const qint64 left = median - s.since.secsTo(now());
    // Rounded up to 5 minutes and never below 5: "usually free within ~15 min".
    return int(std::max<qint64>(5, (left + 299) / 300 * 5));
}
