// events.<lang>.ics: iCalendar (RFC 5545) parsed by libical into plain CalendarEvent values, so
// the immutable snapshot holds no libical state. Zones are resolved with QTimeZone.
#include "packreaders.h"

#include <QHash>
#include <QRegularExpression>
#include <libical/ical.h>
#include <memory>

namespace {

struct IcalFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

QString str(const char *s)
{
    return s ? QString::fromUtf8(s).trimmed() : QString();
}

/** 1-based lines where each VEVENT begins, in file order (the parser's order too). */
QList<int> veventLines(const QString &text)
{
    QList<int> lines;
    const QStringList all = text.split(u'\n');
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).trimmed().compare(QStringLiteral("BEGIN:VEVENT"), Qt::CaseInsensitive) == 0)
            lines.append(int(i) + 1);
    }
    return lines;
}

class EventReader
{
public:
    EventReader(icalcomponent *calendar, const QTimeZone &siteZone, ProblemSink &sink)
        : m_siteZone(siteZone)
        , m_sink(sink)
    {
        // VTIMEZONEs with a non-IANA TZID (Outlook writes Windows names) name their IANA
        // location in X-LIC-LOCATION, or not at all; both are tried in zoneFor().
        for (icalcomponent *tz
             = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
             tz; tz = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
            const QString tzid = str(
                icalproperty_get_tzid(icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY)));
            QString location;
            for (icalproperty *p = icalcomponent_get_first_property(tz, ICAL_X_PROPERTY); p;
                 p = icalcomponent_get_next_property(tz, ICAL_X_PROPERTY)) {
                if (qstrcmp(icalproperty_get_x_name(p), "X-LIC-LOCATION") == 0)
                    location = str(icalproperty_get_x(p));
            }
            m_vtimezones.insert(tzid, location);
        }
    }

    std::optional<CalendarEvent> read(icalcomponent *vevent, int line, const QString &language);

private:
    QTimeZone zoneFor(const QString &tzid) const;
    /** A DATE or DATE-TIME property value as a QDateTime (timed) or a QDate (all-day). */
    bool timeOf(
        icalproperty *p, icaltimetype t, QDateTime *at, QDate *day, const char *name, int line);

    QTimeZone m_siteZone;
    ProblemSink &m_sink;
    QHash<QString, QString> m_vtimezones;
};

QTimeZone EventReader::zoneFor(const QString &tzid) const
{
    QStringList candidates { tzid, m_vtimezones.value(tzid) };
    // libical and some exporters prefix zones: "/freeassociation.sourceforge.net/America/Chicago".
    static const QRegularExpression iana(
        QStringLiteral("([A-Za-z_]+/[A-Za-z_+-]+(/[A-Za-z_+-]+)?)$"));
    if (const auto m = iana.match(tzid); m.hasMatch())
        candidates.append(m.captured(1));
    candidates.append(QString::fromUtf8(QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8())));
    for (const QString &candidate : std::as_const(candidates)) {
        if (!candidate.isEmpty() && QTimeZone::isTimeZoneIdAvailable(candidate.toUtf8()))
            return QTimeZone(candidate.toUtf8());
    }
    return {};
}

bool EventReader::timeOf(
    icalproperty *p, icaltimetype t, QDateTime *at, QDate *day, const char *name, int line)
{
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t)) {
        m_sink.atLine(
            line, QStringLiteral("%1 is not a valid date or date-time").arg(QLatin1String(name)));
        return false;
    }
    const QDate date(t.year, t.month, t.day);
    if (!date.isValid()) {
        m_sink.atLine(line, QStringLiteral("%1 is not a valid date").arg(QLatin1String(name)));
        return false;
    }
    if (t.is_date) {
        *day = date;
        return true;
    }
    const QTime time(t.hour, t.minute, t.second);
    if (icaltime_is_utc(t)) {
        *at = QDateTime(date, time, QTimeZone::utc());
        return true;
    }
    icalparameter *tzParam = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    if (!tzParam) {
        *at = QDateTime(date, time, m_siteZone); // floating: the site's wall clock
        return true;
    }
    const QString tzid = str(icalparameter_get_tzid(tzParam));
    const QTimeZone zone = zoneFor(tzid);
    if (!zone.isValid()) {
        m_sink.atLine(line,
            QStringLiteral("%1 has TZID '%2', which is not a known time zone "
                           "(use an IANA name like America/Chicago)")
                .arg(QLatin1String(name), tzid));
        return false;
    }
    *at = QDateTime(date, time, zone);
    return true;
}

std::optional<CalendarEvent> EventReader::read(
    icalcomponent *vevent, int line, const QString &language)
{
    const qsizetype before = m_sink.count();
    CalendarEvent e;
    e.line = line;
    // libical records what it could not parse as X-LIC-ERROR properties.
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_XLICERROR_PROPERTY))
        m_sink.atLine(
            line, QStringLiteral("event cannot be read: ") + str(icalproperty_get_xlicerror(p)));

    e.uid = str(icalcomponent_get_uid(vevent));
    if (e.uid.isEmpty())
        m_sink.atLine(line, QStringLiteral("event has no UID"));
    e.summary = str(icalcomponent_get_summary(vevent));
    if (e.summary.isEmpty())
        m_sink.atLine(line, QStringLiteral("event '%1' has no SUMMARY").arg(e.uid));
    e.description = str(icalcomponent_get_description(vevent));
    e.location = str(icalcomponent_get_location(vevent));
    e.cancelled = icalcomponent_get_status(vevent) == ICAL_STATUS_CANCELLED;

    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_ANY_PROPERTY)) {
        switch (icalproperty_isa(p)) {
        case ICAL_URL_PROPERTY:
            e.url = str(icalproperty_get_url(p));
            break;
        case ICAL_CONFERENCE_PROPERTY:
            e.joinUrl = str(icalproperty_get_value_as_string(p));
            break;
        case ICAL_ORGANIZER_PROPERTY: {
            icalparameter *cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
            e.organizer = cn ? str(icalparameter_get_cn(cn))
                             : str(icalproperty_get_organizer(p))
                                   .remove(QStringLiteral("mailto:"), Qt::CaseInsensitive);
            break;
        }
        case ICAL_CATEGORIES_PROPERTY:
            for (const QString &c : str(icalproperty_get_categories(p)).split(u','))
                if (!c.trimmed().isEmpty())
                    e.categories.append(c.trimmed());
            break;
        case ICAL_X_PROPERTY: {
            const QByteArray name = QByteArray(icalproperty_get_x_name(p)).toUpper();
            const QString value = str(icalproperty_get_x(p));
            if (name == "X-LACTATION-LANGUAGE") {
                for (const QString &code : value.split(u',', Qt::SkipEmptyParts)) {
                    if (!isLanguageCode(code.trimmed()))
                        m_sink.atLine(line,
                            QStringLiteral("X-LACTATION-LANGUAGE '%1' is not a "
                                           "language code like 'es'")
                                .arg(code.trimmed()));
                    e.meetingLanguages.append(code.trimmed());
                }
            } else if (name == "X-LACTATION-COST") {
                e.cost = value;
            }
            break;
        }
        default:
            break;
        }
    }
    if (e.meetingLanguages.isEmpty())
        e.meetingLanguages.append(language);

    icalproperty *dtstart = icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY);
    if (!dtstart) {
        m_sink.atLine(line, QStringLiteral("event '%1' has no DTSTART").arg(e.uid));
        return std::nullopt;
    }
    if (!timeOf(
            dtstart, icalproperty_get_dtstart(dtstart), &e.start, &e.startDate, "DTSTART", line))
        return std::nullopt;
    e.allDay = e.startDate.isValid();

    if (icalproperty *dtend = icalcomponent_get_first_property(vevent, ICAL_DTEND_PROPERTY)) {
        e.hasEnd = true;
        QDateTime end;
        QDate endDate;
        if (timeOf(dtend, icalproperty_get_dtend(dtend), &end, &endDate, "DTEND", line)) {
            if (e.allDay != endDate.isValid())
                m_sink.atLine(line,
                    QStringLiteral("DTSTART and DTEND must both be dates or both "
                                   "date-times"));
            else if (e.allDay)
                e.durationDays = e.startDate.daysTo(endDate);
            else
                e.durationSecs = e.start.secsTo(end);
            if (e.durationDays < 1 || e.durationSecs < 0)
                m_sink.atLine(line, QStringLiteral("DTEND is before DTSTART"));
        }
    } else if (icalproperty *dur
        = icalcomponent_get_first_property(vevent, ICAL_DURATION_PROPERTY)) {
        e.hasEnd = true;
        const int secs = icaldurationtype_as_int(icalproperty_get_duration(dur));
        if (secs < 0)
            m_sink.atLine(line, QStringLiteral("DURATION is negative"));
        else if (e.allDay)
            e.durationDays = std::max(1, secs / 86400);
        else
            e.durationSecs = secs;
    }

    int rrules = 0;
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_RRULE_PROPERTY)) {
        if (++rrules > 1) {
            m_sink.atLine(line, QStringLiteral("event '%1' has more than one RRULE").arg(e.uid));
            break;
        }
        e.rrule = QByteArray(icalproperty_get_value_as_string(p));
        const icalrecurrencetype rule = icalrecurrencetype_from_string(e.rrule.constData());
        icalrecur_iterator *it = rule.freq == ICAL_NO_RECURRENCE
            ? nullptr
            : icalrecur_iterator_new(rule, icalproperty_get_dtstart(dtstart));
        if (!it)
            m_sink.atLine(line,
                QStringLiteral("RRULE '%1' cannot be expanded").arg(QString::fromUtf8(e.rrule)));
        else
            icalrecur_iterator_free(it);
    }
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype v = icalproperty_get_rdate(p);
        const icaltimetype t = icaltime_is_null_time(v.time) ? v.period.start : v.time;
        QDateTime at;
        QDate day;
        if (timeOf(p, t, &at, &day, "RDATE", line)) {
            if (day.isValid() != e.allDay)
                m_sink.atLine(line, QStringLiteral("RDATE must be of the same kind as DTSTART"));
            else if (e.allDay)
                e.rdateDays.append(day);
            else
                e.rdates.append(at);
        }
    }
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_EXDATE_PROPERTY)) {
        QDateTime at;
        QDate day;
        if (timeOf(p, icalproperty_get_exdate(p), &at, &day, "EXDATE", line)) {
            if (day.isValid())
                e.exdateDays.append(day);
            else
                e.exdates.append(at);
        }
    }
    if (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RECURRENCEID_PROPERTY)) {
        QDateTime at;
        QDate day;
        if (timeOf(p, icalproperty_get_recurrenceid(p), &at, &day, "RECURRENCE-ID", line)) {
            e.recurrenceId = at;
            e.recurrenceDay = day;
        }
    }
    if (m_sink.count() > before)
        return std::nullopt;
    return e;
}

} // namespace

QList<EventSeries> parseCalendar(
    const QString &text, const QString &language, const QTimeZone &siteZone, ProblemSink &sink)
{
    icalerror_set_errors_are_fatal(0);
    const QString firstLine = text.section(u'\n', 0, 0).trimmed();
    if (firstLine.compare(QStringLiteral("BEGIN:VCALENDAR"), Qt::CaseInsensitive) != 0) {
        sink.atLine(1,
            QStringLiteral("not an iCalendar file (it must start with "
                           "BEGIN:VCALENDAR)"));
        return {};
    }
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<icalcomponent, IcalFree> root(icalparser_parse_string(utf8.constData()));
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT) {
        sink.atLine(1, QStringLiteral("iCalendar data cannot be read (one VCALENDAR expected)"));
        return {};
    }
    for (icalproperty *p = icalcomponent_get_first_property(root.get(), ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(root.get(), ICAL_XLICERROR_PROPERTY))
        sink.inFile(
            QStringLiteral("calendar cannot be read: ") + str(icalproperty_get_xlicerror(p)));

    EventReader reader(root.get(), siteZone, sink);
    const QList<int> lines = veventLines(text);
    QList<EventSeries> series;
    QHash<QString, qsizetype> byUid;
    QList<CalendarEvent> overrides;
    int index = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        const int line = lines.value(index++, 0);
        auto event = reader.read(c, line, language);
        if (!event)
            continue;
        if (event->recurrenceId.isValid() || event->recurrenceDay.isValid()) {
            overrides.append(*event);
            continue;
        }
        if (byUid.contains(event->uid)) {
            sink.atLine(line, QStringLiteral("UID '%1' is used by another event").arg(event->uid));
            continue;
        }
        byUid.insert(event->uid, series.size());
        series.append({ language, *event, {}, true });
    }
    for (const CalendarEvent &o : std::as_const(overrides)) {
        const auto it = byUid.constFind(o.uid);
        if (it != byUid.constEnd()) {
            series[*it].overrides.append(o);
        } else {
            // An instance whose series is not in the file: shown as the single event it is.
            series.append({ language, o, {}, false });
        }
    }
    return series;
}

QList<EventSeries> readEvents(
    const PackDir &dir, const PackInfo &pack, const QString &language, QList<Problem> *problems)
{
    const QString file = QStringLiteral("events.%1.ics").arg(language);
    ProblemSink sink(problems, file);
    const auto text = dir.readText(file, sink, PackDir::Need::Optional);
    if (!text)
        return {};
    return parseCalendar(*text, language, pack.timeZone, sink);
}
