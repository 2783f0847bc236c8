#include "displaytext.h"

#include "content.h"

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

Clock Clock::of(const PackInfo &pack, const LanguageProfile &language)
{
    // The country of the site's zone; a zone named by a tzdata link has none, its target does.
    QLocale::Territory territory = pack.timeZone.territory();
    if (territory == QLocale::AnyTerritory)
        territory = QTimeZone(
            QTimeZone::windowsIdToDefaultIanaId(QTimeZone::ianaIdToWindowsId(pack.timeZone.id())))
                        .territory();
    const QLocale locale(language.locale.language(), territory);
    const QString written = !pack.clock.isEmpty() ? pack.clock : language.clock;
    Clock clock;
    clock.twelveHour = written.isEmpty()
        ? locale.timeFormat(QLocale::ShortFormat).contains(u'a', Qt::CaseInsensitive)
        : written == u"12h";
    const auto word = [](const QString &profile, const QString &local, const char *fallback) {
        return !profile.isEmpty() ? profile
            : !local.isEmpty()    ? local
                                  : QString::fromLatin1(fallback);
    };
    clock.am = word(language.am, locale.amText(), "a.m.");
    clock.pm = word(language.pm, locale.pmText(), "p.m.");
    if (clock.twelveHour) {
        clock.format = language.timeFormat;
        clock.locale = language.locale;
    }
    return clock;
}

QString time(const QTime &t, const Clock &clock)
{
    if (!clock.twelveHour)
        return t.toString(QStringLiteral("HH:mm"));
    if (!clock.format.isEmpty()) // the day period first: "下午6:00", "오후 6:00"
        return clock.locale.toString(t, clock.format);
    const int hour = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
    // A no-break space, as the locale's own "p.\u00a0m." has: "6:00 p.m." never breaks apart.
    return QStringLiteral("%1:%2\u00a0%3")
        .arg(hour)
        .arg(t.minute(), 2, 10, QLatin1Char('0'))
        .arg(t.hour() < 12 ? clock.am : clock.pm);
}

QString weekday(const QDate &day, const LanguageProfile &language)
{
    return capitalized(language.locale.dayName(day.dayOfWeek(), QLocale::LongFormat));
}

QString date(const QDate &day, const LanguageProfile &language)
{
    return capitalized(language.locale.toString(day, language.dateFormat));
}

QString relativeDay(const QDate &day, const QDate &today, const LanguageProfile &language)
{
    if (day == today)
        return QCoreApplication::translate("DisplayText", "today");
    if (day == today.addDays(1))
        return QCoreApplication::translate("DisplayText", "tomorrow");
    return language.locale.dayName(day.dayOfWeek(), QLocale::LongFormat); // mid-sentence: as is
}

QString timeRange(const QDateTime &from, const QDateTime &to, const Clock &clock)
{
    if (from == to)
        return time(from.time(), clock);
    const QString end = time(to.time(), clock);
    // "6:00–7:30 p.m.": one a.m. or p.m. when both ends share it.
    const bool sameHalf
        = (from.time().hour() < 12) == (to.time().hour() < 12) && from.date() == to.date();
    if (clock.twelveHour && sameHalf && !clock.format.isEmpty()) {
        // "上午10:00–11:30": the day period once, before the first time (the end written in
        // full, its period taken off: an "h" without "AP" would count to 23).
        QString end = time(to.time(), clock);
        end.remove(to.time().hour() < 12 ? clock.locale.amText() : clock.locale.pmText());
        return time(from.time(), clock) + u'–' + end.trimmed();
    }
    if (clock.twelveHour && sameHalf) {
        const QString &half = from.time().hour() < 12 ? clock.am : clock.pm;
        return time(from.time(), clock).chopped(half.size() + 1) + u'–' + end;
    }
    return time(from.time(), clock) + u'–' + end;
}

QString dateRange(const QDate &start, const QDate &end, const LanguageProfile &language)
{
    const QString first = date(start, language);
    if (end <= start.addDays(1))
        return first;
    return first + QStringLiteral(" – ") + date(end.addDays(-1), language);
}

} // namespace DisplayText
