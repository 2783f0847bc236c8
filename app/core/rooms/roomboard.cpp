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
    if (m_authority.contains(room) && m_authority.value(room) == source)
        return;
    m_authority.insert(room, source);
    changed(room);
}

void RoomBoard::removeRoom(const QString &room)
{
    m_authority.remove(room);
    m_spells.remove(room);
    m_lastShown.remove(room);
    for (auto it = m_reports.begin(); it != m_reports.end();) {
        if (it.key().endsWith(u'/' + room))
            it = m_reports.erase(it);
        else
            ++it;
    }
}

void RoomBoard::setMaxAge(const QString &source, int seconds, Ages ages)
{
    m_maxAge.insert(source, std::max(0, seconds));
    m_ages.insert(source, ages);
    refresh();
}

void RoomBoard::setConnected(const QString &source, bool connected)
{
    if (isConnected(source) == connected)
        return;
    if (connected)
        m_disconnectedAt.remove(source);
    else
        m_disconnectedAt.insert(source, now());
    refresh();
}

void RoomBoard::changed(const QString &room)
{
    const Shown s = shown(room);
    m_lastShown.insert(room, s);
    Q_EMIT roomChanged(room);
}

void RoomBoard::refresh()
{
    for (auto it = m_authority.constBegin(); it != m_authority.constEnd(); ++it) {
        const Shown s = shown(it.key());
        const auto last = m_lastShown.constFind(it.key());
        if (last == m_lastShown.constEnd() || last->state != s.state || last->since != s.since
            || last->stale != s.stale || last->source != s.source)
            changed(it.key());
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

QString RoomBoard::stateWord(State state)
{
    switch (state) {
    case State::Free:
        return QStringLiteral("free");
    case State::Occupied:
        return QStringLiteral("occupied");
    case State::Cleaning:
        return QStringLiteral("cleaning");
    case State::Closed:
        return QStringLiteral("closed");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
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
        changed(room);
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
    const auto cutOff = m_disconnectedAt.constFind(source);
    bool tooOld = false;
    if (m_ages.value(source, Ages::WithEachReport) == Ages::WithEachReport)
        tooOld = cutOff != m_disconnectedAt.constEnd()
            || (maxAge > 0 && it->received.secsTo(now()) > maxAge);
    else // a pushed source is believed while connected, and for a grace time after it drops
        tooOld = cutOff != m_disconnectedAt.constEnd()
            && (maxAge == 0 || cutOff->secsTo(now()) > maxAge);
    // Never claim a state the kiosk cannot vouch for: silent or cut-off sources say "unknown".
    if (tooOld) {
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
