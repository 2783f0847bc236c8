#include "displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

namespace DisplayText {

QString time(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString weekday(const QDate &day, const QString &language)
{
    return capitalized(QLocale(language).dayName(day.dayOfWeek(), QLocale::LongFormat));
}

QString date(const QDate &day, const QString &language)
{
    const QLocale locale(language);
    const QString format = language.startsWith(QStringLiteral("es"))
        ? QStringLiteral("dddd d 'de' MMMM")
        : QStringLiteral("dddd, MMMM d");
    return capitalized(locale.toString(day, format));
}

QString relativeDay(const QDate &day, const QDate &today, const QString &language)
{
    if (day == today)
        return QCoreApplication::translate("DisplayText", "today");
    if (day == today.addDays(1))
        return QCoreApplication::translate("DisplayText", "tomorrow");
    return QLocale(language).dayName(day.dayOfWeek(), QLocale::LongFormat); // mid-sentence: as is
}

QString timeRange(const QDateTime &from, const QDateTime &to)
{
    if (from == to)
        return time(from.time());
    return time(from.time()) + u'–' + time(to.time());
}

QString dateRange(const QDate &start, const QDate &end, const QString &language)
{
    const QString first = date(start, language);
    if (end <= start.addDays(1))
        return first;
    return first + QStringLiteral(" – ") + date(end.addDays(-1), language);
}

} // namespace DisplayText
