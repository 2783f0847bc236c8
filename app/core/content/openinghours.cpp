#include "openinghours.h"

namespace {

int weekdayOf(const QString &code)
{
    static const QStringList days { QStringLiteral("MO"), QStringLiteral("TU"),
        QStringLiteral("WE"), QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
        QStringLiteral("SU") };
    return int(days.indexOf(code.right(2))) + 1; // Qt: Monday = 1
}

/** Whether @p day matches a BYDAY entry: "TU" any Tuesday, "2TU" / "-1FR" only in MONTHLY. */
bool matches(const QString &entry, const QDate &day, bool monthly)
{
    if (weekdayOf(entry) != day.dayOfWeek())
        return false;
    const QString nth = entry.chopped(2);
    if (nth.isEmpty() || !monthly)
        return true;
    const int n = nth.toInt();
    if (n > 0)
        return (day.day() - 1) / 7 + 1 == n;
    return (day.daysInMonth() - day.day()) / 7 + 1 == -n;
}

QTimeZone zoneOf(const ServiceSchedule &s, const QTimeZone &siteZone)
{
    if (!s.timeZoneId.isEmpty())
        return QTimeZone(s.timeZoneId.toUtf8());
    if (s.hasUtcOffset)
        return QTimeZone(int(s.utcOffsetHours * 3600));
    return siteZone;
}

struct Interval
{
    QDateTime from;
    QDateTime to;
};

} // namespace

std::optional<OpeningState> openingState(
    const QList<ServiceSchedule> &schedules, const QDateTime &now, const QTimeZone &siteZone)
{
    QList<Interval> intervals;
    bool alwaysOpen = false;
    bool known = false;
    for (const ServiceSchedule &s : schedules) {
        if (s.byDay.isEmpty() || !s.opensAt.isValid() || !s.closesAt.isValid())
            continue;
        known = true;
        const bool monthly = s.freq == u"MONTHLY";
        const QTimeZone zone = zoneOf(s, siteZone);
        // "23:59" is how HSDS writers say "until midnight".
        const bool toMidnight = s.closesAt >= QTime(23, 59) || s.closesAt <= s.opensAt;
        if (s.byDay.size() == 7 && s.opensAt == QTime(0, 0) && toMidnight && !monthly)
            alwaysOpen = true;
        const QDate today = now.toTimeZone(zone).date();
        // Far enough ahead to find the next opening: a week, or a month for monthly hours.
        const int ahead = monthly ? 40 : 8;
        for (QDate day = today.addDays(-1); day <= today.addDays(ahead); day = day.addDays(1)) {
            if ((s.validFrom.isValid() && day < s.validFrom)
                || (s.validTo.isValid() && day > s.validTo))
                continue;
            if (!std::any_of(s.byDay.cbegin(), s.byDay.cend(), [&](const QString &e) {
                    return matches(e, day, monthly);
                }))
                continue;
            const QDateTime from(day, s.opensAt, zone);
            const QDateTime to = toMidnight ? QDateTime(day.addDays(1), QTime(0, 0), zone)
                                            : QDateTime(day, s.closesAt, zone);
            intervals.append({ from, to });
        }
    }
    if (!known)
        return std::nullopt;
    std::sort(intervals.begin(), intervals.end(), [](const Interval &a, const Interval &b) {
        return a.from < b.from;
    });
    OpeningState state;
    state.alwaysOpen = alwaysOpen;
    for (const Interval &i : std::as_const(intervals)) {
        if (i.from <= now && now < i.to) {
            state.open = true;
            // Back-to-back intervals (e.g. every day to midnight) are one opening.
            state.closes = state.closes.isValid() ? std::max(state.closes, i.to) : i.to;
        } else if (state.open && i.from <= state.closes && i.to > state.closes) {
            state.closes = i.to;
        } else if (!state.open && i.from > now && !state.opens.isValid()) {
            state.opens = i.from;
        }
    }
    return state;
}
