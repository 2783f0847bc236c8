#pragma once

#include <QDateTime>
#include <QString>

/** How dates and times read on screen, in the visitor's language. */
namespace DisplayText {

/** "10:00" */
QString time(const QTime &t);
/** "Tuesday" / "Martes" */
QString weekday(const QDate &day, const QString &language);
/** "Tuesday, January 12" / "Martes 12 de enero" */
QString date(const QDate &day, const QString &language);
/** "today", "tomorrow" or the weekday, for "Opens tomorrow 9:00" */
QString relativeDay(const QDate &day, const QDate &today, const QString &language);
/** An all-day span, @p end exclusive as in iCalendar: "Tuesday, January 12" or "… – …" */
QString dateRange(const QDate &start, const QDate &end, const QString &language);
/** "10:00–11:30", or "10:00" when they are equal */
QString timeRange(const QDateTime &from, const QDateTime &to);

} // namespace DisplayText
