#include "occurrences.h"

#include <QSet>
#include <libical/ical.h>
#include <memory>

namespace {

struct IterFree
{
    void operator()(icalrecur_iterator *i) const { icalrecur_iterator_free(i); }
};

icaltimetype floatingTime(const QDate &date, const QTime &time, bool isDate)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.is_date = isDate ? 1 : 0;
    if (!isDate) {
        t.hour = time.hour();
        t.minute = time.minute();
        t.second = time.second();
    }
    return t;
}

/** Where an instance is: an instant for timed series, a day for all-day ones. */
qint64 keyOf(const QDateTime &at)
{
    return at.toMSecsSinceEpoch();
}

qint64 keyOf(const QDate &day)
{
    return day.toJulianDay();
}

Occurrence fromEvent(const EventSeries &s, const CalendarEvent &e)
{
    Occurrence o;
    o.uid = e.uid;
    o.language = s.language;
    o.summary = e.summary;
    o.description = e.description;
    o.location = e.location;
    o.url = e.url;
    o.joinUrl = e.joinUrl;
    o.organizer = e.organizer;
    o.cost = e.cost;
    o.meetingLanguages = e.meetingLanguages;
    o.categories = e.categories;
    o.allDay = e.allDay;
    o.cancelled = e.cancelled || s.master.cancelled;
    return o;
}

void place(Occurrence &o, const QDateTime &start, qint64 durationSecs, const QTimeZone &siteZone)
{
    o.start = start.toTimeZone(siteZone);
    o.end = start.addSecs(durationSecs).toTimeZone(siteZone);
}

void placeDay(Occurrence &o, const QDate &day, qint64 durationDays, const QTimeZone &siteZone)
{
    o.startDate = day;
    o.endDate = day.addDays(durationDays);
    o.start = QDateTime(o.startDate, QTime(0, 0), siteZone);
    o.end = QDateTime(o.endDate, QTime(0, 0), siteZone);
}

bool overlaps(const Occurrence &o, const QDateTime &from, const QDateTime &to)
{
    if (o.start == o.end)
        return o.start >= from && o.start < to;
    return o.start < to && o.end > from;
}

bool isSubDaily(const icalrecurrencetype &rule)
{
    return rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE
        || rule.freq == ICAL_HOURLY_RECURRENCE;
}

/**
 * Where to restart a sub-daily rule so its INTERVAL grid is kept: libical's set_start does not
 * align HOURLY/MINUTELY/SECONDLY rules to DTSTART. Wall-clock (floating) arithmetic, as the
 * iterator's own.
 */
QDateTime alignToRule(
    const icalrecurrencetype &rule, const QDateTime &dtstart, const QDateTime &first)
{
    qint64 unit = 0;
    switch (rule.freq) {
    case ICAL_SECONDLY_RECURRENCE:
        unit = 1;
        break;
    case ICAL_MINUTELY_RECURRENCE:
        unit = 60;
        break;
    case ICAL_HOURLY_RECURRENCE:
        unit = 3600;
        break;
    default:
        return first;
    }
    // Floor onto the grid so the instance under way at the window's start is kept.
    const QDateTime start(dtstart.date(), dtstart.time(), QTimeZone::utc());
    const QDateTime target(first.date(), first.time(), QTimeZone::utc());
    const qint64 step = unit * std::max<short>(1, rule.interval);
    const QDateTime aligned = start.addSecs(start.secsTo(target) / step * step);
    return QDateTime(aligned.date(), aligned.time(), dtstart.timeZone());
}

/** The wall-clock starts of a series' rule, from around @p from until @p to. */
class RuleWalk
{
public:
    RuleWalk(const CalendarEvent &master, const QDateTime &from, ExpansionLimits limits)
        : m_limits(limits)
    {
        icalrecurrencetype rule = icalrecurrencetype_from_string(master.rrule.constData());
        if (rule.freq == ICAL_NO_RECURRENCE)
            return;
        const QTimeZone zone = master.allDay ? QTimeZone() : master.start.timeZone();
        // UNTIL in UTC is compared with wall-clock times by the iterator: convert it first.
        if (!icaltime_is_null_time(rule.until) && !master.allDay && icaltime_is_utc(rule.until)) {
            const QDateTime until(QDate(rule.until.year, rule.until.month, rule.until.day),
                QTime(rule.until.hour, rule.until.minute, rule.until.second), QTimeZone::utc());
            const QDateTime local = until.toTimeZone(zone);
            rule.until = floatingTime(local.date(), local.time(), false);
        }
        icaltimetype dtstart = master.allDay
            ? floatingTime(master.startDate, {}, true)
            : floatingTime(master.start.date(), master.start.time(), false);
        const bool jump = rule.count == 0;
        // Jump to the window: an endless or per-second rule costs only what the window holds.
        // Sub-daily rules restart on their own INTERVAL grid (libical's set_start loses it);
        // the others use set_start, which keeps BYDAY/BYMONTHDAY sets intact.
        const QDateTime first = master.allDay
            ? QDateTime(from.date().addDays(-master.durationDays), QTime(0, 0))
            : from.addSecs(-master.durationSecs).toTimeZone(zone);
        const bool late = master.allDay ? first.date() > master.startDate : first > master.start;
        if (jump && late && isSubDaily(rule)) {
            const QDateTime aligned = alignToRule(rule, master.start, first);
            dtstart = floatingTime(aligned.date(), aligned.time(), false);
        }
        m_iter.reset(icalrecur_iterator_new(rule, dtstart));
        if (m_iter && jump && late && !isSubDaily(rule))
            icalrecur_iterator_set_start(
                m_iter.get(), floatingTime(first.date(), first.time(), master.allDay));
    }

    /** The next instance's wall-clock date and time, or false when the rule or budget ends. */
    bool next(QDate *date, QTime *time)
    {
        if (!m_iter || ++m_steps > m_limits.steps)
            return false;
        const icaltimetype t = icalrecur_iterator_next(m_iter.get());
        if (icaltime_is_null_time(t))
            return false;
        *date = QDate(t.year, t.month, t.day);
        *time = QTime(t.hour, t.minute, t.second);
        return date->isValid();
    }

private:
    ExpansionLimits m_limits;
    std::unique_ptr<icalrecur_iterator, IterFree> m_iter;
    int m_steps = 0;
};

void expandSeries(const EventSeries &s, const QDateTime &from, const QDateTime &to,
    const QTimeZone &siteZone, ExpansionLimits limits, QList<Occurrence> *out)
{
    const CalendarEvent &m = s.master;
    QSet<qint64> replaced; // instances an override or EXDATE takes out of the rule
    for (const CalendarEvent &o : s.overrides)
        replaced.insert(m.allDay ? keyOf(o.recurrenceDay) : keyOf(o.recurrenceId));
    for (const QDateTime &x : m.exdates)
        replaced.insert(keyOf(x));
    for (const QDate &x : m.exdateDays)
        replaced.insert(m.allDay ? keyOf(x) : keyOf(QDateTime(x, QTime(0, 0), m.start.timeZone())));

    int kept = 0;
    QSet<qint64> seen;
    auto consider = [&](const QDateTime &at, const QDate &day) {
        const qint64 key = m.allDay ? keyOf(day) : keyOf(at);
        if (replaced.contains(key) || seen.contains(key) || kept >= limits.perEvent)
            return;
        seen.insert(key);
        Occurrence o = fromEvent(s, m);
        if (m.allDay)
            placeDay(o, day, m.durationDays, siteZone);
        else
            place(o, at, m.durationSecs, siteZone);
        if (overlaps(o, from, to)) {
            out->append(o);
            ++kept;
        }
    };

    if (s.hasMaster) {
        if (m.rrule.isEmpty()) {
            consider(m.start, m.startDate);
        } else {
            RuleWalk walk(m, from, limits);
            QDate date;
            QTime time;
            while (kept < limits.perEvent && walk.next(&date, &time)) {
                const QDateTime at
                    = m.allDay ? QDateTime() : QDateTime(date, time, m.start.timeZone());
                const QDateTime startsAt = m.allDay ? QDateTime(date, QTime(0, 0), siteZone) : at;
                if (startsAt >= to)
                    break;
                consider(at, date);
            }
            // DTSTART is always the first instance, even when the rule does not produce it.
            consider(m.start, m.startDate);
        }
        for (const QDateTime &r : m.rdates)
            consider(r, {});
        for (const QDate &r : m.rdateDays)
            consider({}, r);
    }
    for (const CalendarEvent &e :
        s.overrides.isEmpty() && !s.hasMaster ? QList<CalendarEvent> { m } : s.overrides) {
        Occurrence o = fromEvent(s, e);
        o.moved = s.hasMaster
            && (e.allDay ? e.startDate != e.recurrenceDay : e.start != e.recurrenceId);
        const CalendarEvent &length = e.hasEnd || !s.hasMaster ? e : m;
        if (e.allDay)
            placeDay(o, e.startDate, length.durationDays, siteZone);
        else
            place(o, e.start, length.durationSecs, siteZone);
        if (overlaps(o, from, to))
            out->append(o);
    }
}

} // namespace

QList<Occurrence> expandOccurrences(const QList<EventSeries> &series, const QDateTime &from,
    const QDateTime &to, const QTimeZone &siteZone, ExpansionLimits limits)
{
    QList<Occurrence> out;
    for (const EventSeries &s : series)
        expandSeries(s, from, to, siteZone, limits, &out);
    std::stable_sort(out.begin(), out.end(), [](const Occurrence &a, const Occurrence &b) {
        return std::tie(a.start, a.summary) < std::tie(b.start, b.summary);
    });
    return out;
}
