#pragma once

#include "reachday.h"

#include <QBitArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

/** Which days, which kiosks and how `lactation-pack reach` groups and hides them. */
struct ReachQuery
{
    enum class By
    {
        Day,
        Week, ///< ISO weeks, Monday to Sunday
        Month,
    };
    QDate from;
    QDate to;
    By by = By::Day;
    QStringList kiosks; ///< empty: every kiosk the broker or the archive knows
    /** Counts from 1 to threshold − 1 are shown as "fewer than <threshold>"; 0 shows all. */
    int threshold = 11;

    /**
     * From the command line's words: @p from and @p to as YYYY-MM-DD (default: the 35 days up to
     * yesterday, @p today being the reader's), @p by as day, week or month, @p kiosks as ids
     * (each may be a comma list), @p threshold a whole number. Nullopt with @p why.
     */
    static std::optional<ReachQuery> fromOptions(const QString &from, const QString &to,
        const QString &by, const QStringList &kiosks, const QString &threshold, QDate today,
        QString *why);

    /** One row of the report: a day, an ISO week or a month, cut to the query's range. */
    struct Period
    {
        QString label; ///< 2026-12-07, 2026-W49, 2026-12
        QDate from;
        QDate to;
    };
    QList<Period> periods() const;
};

/**
 * IT's report of what the kiosks reached (`lactation-pack reach`): kiosk days summed per
 * period and over the range, with the CMS cell-size rule applied as it is written out.
 *
 * Each count from 1 to threshold − 1 is shown as "fewer than <threshold>", and a total that is
 * the sum of shown cells is "suppressed" when one of its cells is hidden (it would give the hidden
 * cell away). Only visits are shown per period; the languages, screens, pages, features,
 * take-aways and waitlist joins over the whole range, so no other total sums a row of cells.
 * Slide plays and seconds are the kiosk's own doing, not people's, and are shown whole (proof of
 * play). A kiosk that sent nothing for a day is missing that day, never zero.
 *
 * Days are added as they are read, one kiosk day at a time, so memory does not grow with the
 * number of days (5,000 kiosks × 35 days: one sum per period, one bit per kiosk day).
 */
class ReachReport
{
public:
    explicit ReachReport(ReachQuery query);

    const ReachQuery &query() const { return m_query; }
    /** A kiosk that exists (expected every day), with its site's name. */
    void noteKiosk(const QString &kiosk, const QString &site);
    /**
     * Counts @p day of @p kiosk; false when it is outside the range, not one of the query's
     * kiosks, or that kiosk's day was counted already (a day is counted once, however often read).
     */
    bool add(const QString &kiosk, const ReachDay &day);

    /** The report as one document (the figures as they may be shown). */
    QJsonObject toJson() const;
    /** The same as rows of table,key,period,value, for spreadsheets. */
    QString toCsv() const;
    /** The same as one self-contained HTML page (charts and tables, no scripts, no links). */
    QString toHtml() const;
    /** A few lines for the terminal: the range, the visits per period, what is missing. */
    QStringList lines() const;

    /** @p count as it may be shown: the number, or "fewer than N". */
    QJsonValue cell(qint64 count) const;
    bool hidden(qint64 count) const;

private:
    struct Slide
    {
        QSet<QDate> daysPlayed;
        qint64 playsOutsideWindow = 0;
    };
    int periodOf(QDate day) const;
    QStringList expectedKiosks() const;
    /** The days of @p period on which @p kiosk sent nothing. */
    QList<QDate> missingDays(const QString &kiosk, const ReachQuery::Period &period) const;
    /** The sum of the periods' visits as it may be shown ("suppressed" where a cell is hidden). */
    QJsonValue totalVisits() const;

    ReachQuery m_query;
    QList<ReachQuery::Period> m_periods;
    QList<ReachDay> m_sums; ///< per period
    QList<qint64> m_reported; ///< kiosk days per period
    ReachDay m_total;
    QHash<QString, QBitArray> m_seen; ///< kiosk -> a bit per day of the range
    QMap<QString, QString> m_sites; ///< kiosk -> site
    QMap<QString, Slide> m_slides;
};
