#include "reachreport.h"

#include <QJsonArray>

namespace {

QString isoDate(QDate day)
{
    return day.toString(Qt::ISODate);
}

/** The ISO week of @p day as 2026-W49 (its year is the week's, which may not be the day's). */
QString weekLabel(QDate day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QJsonObject tableJson(const QMap<QString, qint64> &table, const ReachReport &report)
{
    QJsonObject out;
    for (auto it = table.constBegin(); it != table.constEnd(); ++it)
        out.insert(it.key(), report.cell(it.value()));
    return out;
}

} // namespace

std::optional<ReachQuery> ReachQuery::fromOptions(const QString &from, const QString &to,
    const QString &by, const QStringList &kiosks, const QString &threshold, QDate today,
    QString *why)
{
    ReachQuery q;
    q.to = to.isEmpty() ? today.addDays(-1) : QDate::fromString(to, Qt::ISODate);
    q.from = from.isEmpty() ? q.to.addDays(-34) : QDate::fromString(from, Qt::ISODate);
    if (!q.from.isValid() || !q.to.isValid()) {
        *why = QStringLiteral("--from and --to take a date as YYYY-MM-DD");
        return std::nullopt;
    }
    if (q.from > q.to) {
        *why = QStringLiteral("--from %1 is after --to %2").arg(isoDate(q.from), isoDate(q.to));
        return std::nullopt;
    }
    if (q.from.daysTo(q.to) >= 3660) {
        *why = QStringLiteral("--from to --to spans more than ten years");
        return std::nullopt;
    }
    if (by == u"week")
        q.by = By::Week;
    else if (by == u"month")
        q.by = By::Month;
    else if (by != u"day" && !by.isEmpty()) {
        *why = QStringLiteral("--by is day, week or month, not \"%1\"").arg(by);
        return std::nullopt;
    }
    for (const QString &list : kiosks) {
        for (const QString &id : list.split(u',', Qt::SkipEmptyParts))
            q.kiosks.append(id.trimmed());
    }
    if (!threshold.isEmpty()) {
        bool whole = false;
        q.threshold = threshold.toInt(&whole);
        if (!whole || q.threshold < 0) {
            *why = QStringLiteral("--threshold takes a whole number from 0, not \"%1\"")
                       .arg(threshold);
            return std::nullopt;
        }
    }
    return q;
}

QList<ReachQuery::Period> ReachQuery::periods() const
{
    QList<Period> out;
    for (QDate start = from; start <= to;) {
        QDate end = start;
        QString label = isoDate(start);
        if (by == By::Week) {
            end = start.addDays(7 - start.dayOfWeek());
            label = weekLabel(start);
        } else if (by == By::Month) {
            end = QDate(start.year(), start.month(), start.daysInMonth());
            label = start.toString(QStringLiteral("yyyy-MM"));
        }
        end = std::min(end, to);
        out.append({ label, start, end });
        start = end.addDays(1);
    }
    return out;
}

ReachReport::ReachReport(ReachQuery query)
    : m_query(std::move(query))
    , m_periods(m_query.periods())
    , m_sums(m_periods.size())
    , m_reported(m_periods.size(), 0)
{
}

void ReachReport::noteKiosk(const QString &kiosk, const QString &site)
{
    if (!m_query.kiosks.isEmpty() && !m_query.kiosks.contains(kiosk))
        return;
    if (!site.isEmpty() || !m_sites.contains(kiosk))
        m_sites.insert(kiosk, site);
}

int ReachReport::periodOf(QDate day) const
{
    // Periods are consecutive and in order: a binary search over their first days.
    const auto it = std::upper_bound(
        m_periods.cbegin(), m_periods.cend(), day, [](QDate d, const ReachQuery::Period &p) {
            return d < p.from;
        });
    return int(it - m_periods.cbegin()) - 1;
}

bool ReachReport::add(const QString &kiosk, const ReachDay &day)
{
    if (day.day < m_query.from || day.day > m_query.to)
        return false;
    if (!m_query.kiosks.isEmpty() && !m_query.kiosks.contains(kiosk))
        return false;
    QBitArray &seen = m_seen[kiosk];
    if (seen.isEmpty())
        seen.resize(int(m_query.from.daysTo(m_query.to)) + 1);
    const int bit = int(m_query.from.daysTo(day.day));
    if (seen.testBit(bit))
        return false;
    seen.setBit(bit);
    if (!m_sites.contains(kiosk))
        m_sites.insert(kiosk, QString());
    const int period = periodOf(day.day);
    m_sums[period].add(day);
    ++m_reported[period];
    m_total.add(day);
    for (auto it = day.slides.constBegin(); it != day.slides.constEnd(); ++it) {
        Slide &slide = m_slides[it.key()];
        if (it->plays > 0)
            slide.daysPlayed.insert(day.day);
        if ((it->start.isValid() && day.day < it->start)
            || (it->end.isValid() && day.day > it->end))
            slide.playsOutsideWindow += it->plays;
    }
    return true;
}

bool ReachReport::hidden(qint64 count) const
{
    return count > 0 && count < m_query.threshold;
}

QJsonValue ReachReport::cell(qint64 count) const
{
    if (hidden(count))
        return QStringLiteral("fewer than %1").arg(m_query.threshold);
    return count;
}

QStringList ReachReport::expectedKiosks() const
{
    QStringList out = m_query.kiosks.isEmpty() ? m_sites.keys() : m_query.kiosks;
    out.removeDuplicates();
    std::sort(out.begin(), out.end());
    return out;
}

QList<QDate> ReachReport::missingDays(const QString &kiosk, const ReachQuery::Period &period) const
{
    QList<QDate> out;
    const QBitArray seen = m_seen.value(kiosk);
    for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
        const int bit = int(m_query.from.daysTo(d));
        if (seen.isEmpty() || !seen.testBit(bit))
            out.append(d);
    }
    return out;
}

QJsonValue ReachReport::totalVisits() const
{
    for (int i = 0; i < m_periods.size(); ++i) {
        if (m_reported.at(i) > 0 && hidden(m_sums.at(i).visits))
            return QStringLiteral("suppressed");
    }
    return cell(m_total.visits);
}

QJsonObject ReachReport::toJson() const
{
    const QStringList kiosks = expectedKiosks();
    QJsonArray kioskList;
    for (const QString &id : kiosks)
        kioskList.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("site"), m_sites.value(id) },
            { QStringLiteral("daysReported"),
                m_seen.contains(id) ? m_seen.value(id).count(true) : 0 } });
    QJsonArray periods;
    qint64 missingTotal = 0;
    for (int i = 0; i < m_periods.size(); ++i) {
        const ReachQuery::Period &p = m_periods.at(i);
        QJsonObject missing;
        for (const QString &id : kiosks) {
            const QList<QDate> days = missingDays(id, p);
            missingTotal += days.size();
            QJsonArray list;
            for (const QDate d : days)
                list.append(isoDate(d));
            if (!list.isEmpty())
                missing.insert(id, list);
        }
        periods.append(QJsonObject { { QStringLiteral("period"), p.label },
            { QStringLiteral("from"), isoDate(p.from) }, { QStringLiteral("to"), isoDate(p.to) },
            { QStringLiteral("kioskDaysReported"), m_reported.at(i) },
            { QStringLiteral("missing"), missing },
            // No kiosk sent that period: missing, not zero.
            { QStringLiteral("visits"),
                m_reported.at(i) > 0 ? cell(m_sums.at(i).visits) : QJsonValue() } });
    }
    QJsonObject totals { { QStringLiteral("visits"), totalVisits() },
        { QStringLiteral("kioskDaysReported"),
            std::accumulate(m_reported.cbegin(), m_reported.cend(), qint64(0)) },
        { QStringLiteral("kioskDaysMissing"), missingTotal },
        { QStringLiteral("waitlistJoins"), cell(m_total.waitlistJoins) } };
    for (const QString &name : ReachDay::tableNames())
        totals.insert(name, tableJson(m_total.table(name), *this));
    QJsonArray slides;
    for (auto it = m_total.slides.constBegin(); it != m_total.slides.constEnd(); ++it) {
        const QDate start = std::max(m_query.from, it->start.isValid() ? it->start : m_query.from);
        const QDate end = std::min(m_query.to, it->end.isValid() ? it->end : m_query.to);
        const Slide &s = m_slides.value(it.key());
        slides.append(QJsonObject { { QStringLiteral("id"), it.key() },
            { QStringLiteral("start"), it->start.isValid() ? isoDate(it->start) : QJsonValue() },
            { QStringLiteral("end"), it->end.isValid() ? isoDate(it->end) : QJsonValue() },
            { QStringLiteral("plays"), it->plays }, { QStringLiteral("seconds"), it->seconds },
            { QStringLiteral("daysInWindow"), std::max<qint64>(0, start.daysTo(end) + 1) },
            { QStringLiteral("daysPlayed"), qint64(s.daysPlayed.size()) },
            { QStringLiteral("playsOutsideWindow"), s.playsOutsideWindow } });
    }
    const QString rule = m_query.threshold > 0
        ? QStringLiteral("counts from 1 to %1 are shown as \"fewer than %2\"; a total that "
                         "would give a hidden count away is \"suppressed\"; slide plays and "
                         "seconds are shown whole")
              .arg(m_query.threshold - 1)
              .arg(m_query.threshold)
        : QStringLiteral("every count is shown (--threshold 0: for internal use only)");
    static const char *const byNames[] = { "day", "week", "month" };
    return { { QStringLiteral("from"), isoDate(m_query.from) },
        { QStringLiteral("to"), isoDate(m_query.to) },
        { QStringLiteral("by"), QLatin1String(byNames[int(m_query.by)]) },
        { QStringLiteral("threshold"), m_query.threshold }, { QStringLiteral("suppression"), rule },
        { QStringLiteral("kiosks"), kioskList }, { QStringLiteral("periods"), periods },
        { QStringLiteral("totals"), totals }, { QStringLiteral("slides"), slides } };
}

QString ReachReport::toCsv() const
{
    const QJsonObject json = toJson();
    QStringList rows { QStringLiteral("table,key,period,value") };
    const auto row = [&rows](const QString &table, const QString &key, const QString &period,
                         const QJsonValue &value) {
        QString text = value.isString() ? value.toString()
            : value.isNull()            ? QStringLiteral("missing")
                                        : QString::number(qint64(value.toDouble()));
        QStringList fields { table, key, period, text };
        for (QString &f : fields) {
            if (f.contains(u',') || f.contains(u'"'))
                f = u'"' + f.replace(u'"', QStringLiteral("\"\"")) + u'"';
        }
        rows.append(fields.join(u','));
    };
    const QString range = json.value(QStringLiteral("from")).toString() + QStringLiteral("..")
        + json.value(QStringLiteral("to")).toString();
    row(QStringLiteral("report"), QStringLiteral("threshold"), range,
        json.value(QStringLiteral("threshold")));
    row(QStringLiteral("report"), QStringLiteral("suppression"), range,
        json.value(QStringLiteral("suppression")));
    for (const QJsonValue &v : json.value(QStringLiteral("periods")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString period = p.value(QStringLiteral("period")).toString();
        row(QStringLiteral("visits"), QString(), period, p.value(QStringLiteral("visits")));
        row(QStringLiteral("kioskDaysReported"), QString(), period,
            p.value(QStringLiteral("kioskDaysReported")));
        const QJsonObject missing = p.value(QStringLiteral("missing")).toObject();
        for (auto it = missing.constBegin(); it != missing.constEnd(); ++it)
            row(QStringLiteral("missingDays"), it.key(), period, it.value().toArray().size());
    }
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it) {
        if (!it.value().isObject()) {
            row(it.key(), QStringLiteral("total"), range, it.value());
            continue;
        }
        const QJsonObject table = it.value().toObject();
        for (auto cell = table.constBegin(); cell != table.constEnd(); ++cell)
            row(it.key(), cell.key(), range, cell.value());
    }
    for (const QJsonValue &v : json.value(QStringLiteral("slides")).toArray()) {
        const QJsonObject s = v.toObject();
        for (const char *key :
            { "plays", "seconds", "daysInWindow", "daysPlayed", "playsOutsideWindow" })
            row(QStringLiteral("slides.") + QLatin1String(key),
                s.value(QStringLiteral("id")).toString(), range, s.value(QLatin1String(key)));
    }
    return rows.join(u'\n') + u'\n';
}

QStringList ReachReport::lines() const
{
    const QJsonObject json = toJson();
    QStringList out;
    for (const QJsonValue &v : json.value(QStringLiteral("periods")).toArray()) {
        const QJsonObject p = v.toObject();
        const QJsonValue visits = p.value(QStringLiteral("visits"));
        QString line = QStringLiteral("%1  visits %2  kiosk days %3")
                           .arg(p.value(QStringLiteral("period")).toString(),
                               visits.isNull()         ? QStringLiteral("missing")
                                   : visits.isString() ? visits.toString()
                                                       : QString::number(qint64(visits.toDouble())))
                           .arg(qint64(p.value(QStringLiteral("kioskDaysReported")).toDouble()));
        const QJsonObject missing = p.value(QStringLiteral("missing")).toObject();
        if (!missing.isEmpty())
            line += QStringLiteral("  missing: ") + missing.keys().join(u',');
        out.append(line);
    }
    return out;
}
