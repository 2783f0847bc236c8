#pragma once

#include "languageprofile.h"

#include <QDateTime>
#include <QString>

struct PackInfo;

/** How dates and times read on screen, in the visitor's language. */
namespace DisplayText {

/**
 * How the site's clock reads in the visitor's language: 12 or 24 hours as that language writes
 * it in the site's country ("6:00 p.m." in the United States, "18:00" in Mexico), unless
 * pack.json's site.clock says.
 */
struct Clock
{
    bool twelveHour = false;
    QString am; ///< "a.m." (English as US style guides write it), "a. m." (Spanish)
    QString pm;
    QString format; ///< the profile's timeFormat ("APh:mm"), for a 12-hour clock; else empty
    QLocale locale; ///< whose day-period words the format's "AP" writes

    static Clock of(const PackInfo &pack, const LanguageProfile &language);
};

/** "6:00 p.m.", "18:00" */
QString time(const QTime &t, const Clock &clock);
/** "Tuesday" / "Martes" */
QString weekday(const QDate &day, const LanguageProfile &language);
/** "Tuesday, January 12" / "Martes 12 de enero" */
QString date(const QDate &day, const LanguageProfile &language);
/** "today", "tomorrow" or the weekday, for "Opens tomorrow 9:00" */
QString relativeDay(const QDate &day, const QDate &today, const LanguageProfile &language);
/** An all-day span, @p end exclusive as in iCalendar: "Tuesday, January 12" or "… – …" */
QString dateRange(const QDate &start, const QDate &end, const LanguageProfile &language);
/** "6:00–7:30 p.m.", "11:00 a.m.–1:00 p.m.", "18:00–19:30"; one time when they are equal */
QString timeRange(const QDateTime &from, const QDateTime &to, const Clock &clock);

} // namespace DisplayText
