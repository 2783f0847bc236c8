// events.<lang>.ics: iCalendar (RFC 5545) parsed by libical into plain CalendarEvent values, so
// the immutable snapshot holds no libical state. Zones are resolved with QTimeZone.
#include "occurrences.h"
#include "packreaders.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
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

/**
 * Where each VEVENT and each of its own properties are in the file (libical keeps no lines), so a
 * problem is named on the line that has it.
 */
struct VeventLines
{
    struct Property
    {
        QString name; ///< upper case
        QString value; ///< unfolded, after the first ':' outside quotes
        int line = 0;
    };
    int begin = 0; ///< the BEGIN:VEVENT line
    QList<Property> properties; ///< in file order; a VALARM's inside are left out

    /** The line of the @p nth property called @p name (past the last: the last), else the
     * VEVENT's own line (a value list on one line is several properties to libical). */
    int lineOf(QLatin1StringView name, int nth = 0) const
    {
        int found = begin;
        for (const Property &p : properties) {
            if (p.name == name) {
                found = p.line;
                if (nth-- == 0)
                    break;
            }
        }
        return found;
    }
    int lineOf(const char *name, int nth = 0) const { return lineOf(QLatin1StringView(name), nth); }
    /** The line of property @p name whose value is @p value, else the VEVENT's own line. */
    int lineOf(const QString &name, const QString &value) const
    {
        for (const Property &p : properties) {
            if (p.name == name && p.value == value)
                return p.line;
        }
        return lineOf(QLatin1StringView(name.toLatin1()));
    }
};

/** Each VEVENT of @p text with its properties' lines, in file order (the parser's order too). */
QList<VeventLines> veventLines(const QString &text)
{
    // Unfold first (RFC 5545 3.1): a line that starts with a space or tab continues the last one.
    QList<std::pair<QString, int>> logical;
    const QStringList all = text.split(u'\n');
    for (qsizetype i = 0; i < all.size(); ++i) {
        QString line = all.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !logical.isEmpty())
            logical.last().first += line.mid(1);
        else
            logical.append({ line, int(i) + 1 });
    }
    QList<VeventLines> events;
    int depth = 0; // components open inside the current VEVENT (VALARM)
    bool inEvent = false;
    for (const auto &[line, number] : std::as_const(logical)) {
        const QString upper = line.trimmed().toUpper();
        if (upper == u"BEGIN:VEVENT") {
            events.append(VeventLines { number, {} });
            inEvent = true;
            depth = 0;
        } else if (inEvent && upper.startsWith(u"BEGIN:")) {
            ++depth;
        } else if (inEvent && upper.startsWith(u"END:")) {
            inEvent = depth-- > 0;
        } else if (inEvent && depth == 0) {
            bool quoted = false;
            qsizetype colon = -1;
            for (qsizetype i = 0; i < line.size() && colon < 0; ++i) {
                if (line.at(i) == u'"')
                    quoted = !quoted;
                else if (line.at(i) == u':' && !quoted)
                    colon = i;
            }
            const QString head = colon < 0 ? line : line.left(colon);
            events.last().properties.append({ head.section(u';', 0, 0).trimmed().toUpper(),
                colon < 0 ? QString() : line.mid(colon + 1).trimmed(), number });
        }
    }
    return events;
}

/** Whether libical reads @p rule as a recurrence rule. */
bool ruleReads(const QString &rule)
{
    icalerror_clear_errno();
    const QByteArray utf8 = rule.toUtf8();
    const icalrecurrencetype t = icalrecurrencetype_from_string(utf8.constData());
    return t.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
}

/**
 * What is wrong with an RRULE libical refused, in the words of the rule's own parts: each part is
 * tried alone, so the message names the one at fault. Empty when each part reads on its own.
 */
QString ruleProblem(const QString &rule)
{
    static const QStringList parts { QStringLiteral("FREQ"), QStringLiteral("UNTIL"),
        QStringLiteral("COUNT"), QStringLiteral("INTERVAL"), QStringLiteral("BYSECOND"),
        QStringLiteral("BYMINUTE"), QStringLiteral("BYHOUR"), QStringLiteral("BYDAY"),
        QStringLiteral("BYMONTHDAY"), QStringLiteral("BYYEARDAY"), QStringLiteral("BYWEEKNO"),
        QStringLiteral("BYMONTH"), QStringLiteral("BYSETPOS"), QStringLiteral("WKST") };
    bool hasFreq = false;
    for (const QString &part : rule.split(u';', Qt::SkipEmptyParts)) {
        const QString name = part.section(u'=', 0, 0).trimmed().toUpper();
        const QString value = part.section(u'=', 1).trimmed();
        if (!parts.contains(name))
            return QStringLiteral("'%1' is not a part of a rule (FREQ, INTERVAL, COUNT, UNTIL, "
                                  "BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS …)")
                .arg(part);
        if (name == u"FREQ") {
            hasFreq = true;
            if (!ruleReads(part))
                return QStringLiteral("FREQ '%1' is not one of DAILY, WEEKLY, MONTHLY, YEARLY "
                                      "(or HOURLY, MINUTELY, SECONDLY)")
                    .arg(value);
            continue;
        }
        if (ruleReads(QStringLiteral("FREQ=YEARLY;") + part))
            continue;
        if (name == u"BYDAY") {
            for (const QString &day : value.split(u',')) {
                if (!ruleReads(QStringLiteral("FREQ=YEARLY;BYDAY=") + day))
                    return QStringLiteral("BYDAY: '%1' is not a day like SA or 1SA "
                                          "(the first Saturday) or -1SA (the last)")
                        .arg(day);
            }
        }
        if (name == u"WKST")
            return QStringLiteral("WKST '%1' is not a day like MO or SU").arg(value);
        if (name == u"INTERVAL" || name == u"COUNT")
            return QStringLiteral("%1 '%2' is not a whole number of at least 1").arg(name, value);
        if (name == u"UNTIL")
            return QStringLiteral("UNTIL '%1' is not a date like 20270630 or a UTC date-time "
                                  "like 20270630T235959Z")
                .arg(value);
        return QStringLiteral("%1 '%2' is not a comma-separated list of numbers in range")
            .arg(name, value);
    }
    if (!hasFreq)
        return QStringLiteral("the rule has no FREQ (for example FREQ=WEEKLY;BYDAY=TU)");
    return {};
}

/** Our words for a property libical could not read (its own message is about its parser). */
QString unreadable(const QString &name, const QString &value, const QString &type)
{
    if (name == u"RRULE" || name == u"EXRULE") {
        const QString why = ruleProblem(value);
        return why.isEmpty()
            ? QStringLiteral("%1 '%2' cannot be read: its parts do not go together")
                  .arg(name, value)
            : name + QStringLiteral(": ") + why;
    }
    if (type == u"DATE-TIME" || type == u"DATE" || type == u"PERIOD")
        return QStringLiteral("%1 '%2' is not a date like 20261205 or a date-time like "
                              "20261205T100000")
            .arg(name, value);
    if (type == u"DURATION")
        return QStringLiteral("%1 '%2' is not a duration like PT1H30M").arg(name, value);
    return QStringLiteral("%1 '%2' cannot be read as %3").arg(name, value, type.toLower());
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

    std::optional<CalendarEvent> read(
        icalcomponent *vevent, const VeventLines &lines, const QString &language);

private:
    QTimeZone zoneFor(const QString &tzid) const;
    /** Names each property libical refused (its X-LIC-ERRORs) on that property's line. */
    void reportUnreadable(icalcomponent *vevent, const VeventLines &lines, QSet<QString> *names);
    /** UID and the words a screen shows; an override may leave out its series' SUMMARY. */
    void readText(icalcomponent *vevent, bool isOverride, CalendarEvent *e);
    /** How to take part: links, organizer, categories, cost, languages; others are ignored. */
    void readDetails(icalcomponent *vevent, const VeventLines &lines, CalendarEvent *e);
    /** DTSTART, which decides timed or all-day for every date after it; false: no event. */
    bool readStart(icalproperty *dtstart, const VeventLines &lines, const QSet<QString> &refused,
        CalendarEvent *e);
    /** DTEND or DURATION, kept as a length since each occurrence of a series lasts as long. */
    void readEnd(icalcomponent *vevent, const VeventLines &lines, CalendarEvent *e);
    /** The one RRULE, checked here so a rule libical cannot expand is refused with the pack. */
    void readRule(
        icalcomponent *vevent, const VeventLines &lines, icalproperty *dtstart, CalendarEvent *e);
    /** Extra and left-out dates of the series; an RDATE must be of DTSTART's kind to be one. */
    void readDates(icalcomponent *vevent, const VeventLines &lines, CalendarEvent *e);
    /** RECURRENCE-ID, which makes the event an override of one instance of its series. */
    void readRecurrenceId(icalcomponent *vevent, const VeventLines &lines, CalendarEvent *e);
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
        if (!candidate.isEmpty() && isIanaZone(candidate))
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

void EventReader::reportUnreadable(
    icalcomponent *vevent, const VeventLines &lines, QSet<QString> *names)
{
    // libical drops what it cannot parse and leaves an X-LIC-ERROR in its place, in its words:
    // "Can't parse as RECUR value in RRULE property. Removing entire property: FREQ=…".
    static const QRegularExpression valueError(QStringLiteral(
        "^Can't parse as (\\S+) value in (\\S+) property\\. Removing entire property: ?(.*)$"));
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_XLICERROR_PROPERTY)) {
        const QString error = str(icalproperty_get_xlicerror(p));
        const auto m = valueError.match(error);
        if (!m.hasMatch()) {
            m_sink.atLine(lines.begin,
                QStringLiteral("this event has a line that is not iCalendar (NAME;PARAM=…:VALUE)"));
            continue;
        }
        const QString name = m.captured(2).toUpper();
        QString value = m.captured(3);
        value.replace(QStringLiteral("\\;"), QStringLiteral(";"))
            .replace(QStringLiteral("\\,"), QStringLiteral(","));
        names->insert(name);
        m_sink.atLine(lines.lineOf(name, value), unreadable(name, value, m.captured(1)));
    }
}

std::optional<CalendarEvent> EventReader::read(
    icalcomponent *vevent, const VeventLines &lines, const QString &language)
{
    const qsizetype before = m_sink.count();
    CalendarEvent e;
    e.line = lines.begin;
    QSet<QString> refused;
    reportUnreadable(vevent, lines, &refused);
    // An override (RECURRENCE-ID) may leave out what its series says; the series fills it in.
    const bool isOverride
        = icalcomponent_get_first_property(vevent, ICAL_RECURRENCEID_PROPERTY) != nullptr;
    readText(vevent, isOverride, &e);
    readDetails(vevent, lines, &e);
    if (e.meetingLanguages.isEmpty() && !isOverride)
        e.meetingLanguages.append(language);
    icalproperty *dtstart = icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY);
    if (!readStart(dtstart, lines, refused, &e))
        return std::nullopt;
    readEnd(vevent, lines, &e);
    readRule(vevent, lines, dtstart, &e);
    readDates(vevent, lines, &e);
    readRecurrenceId(vevent, lines, &e);
    if (m_sink.count() > before)
        return std::nullopt;
    return e;
}

void EventReader::readText(icalcomponent *vevent, bool isOverride, CalendarEvent *e)
{
    e->uid = str(icalcomponent_get_uid(vevent));
    if (e->uid.isEmpty())
        m_sink.atLine(e->line, QStringLiteral("event has no UID"));
    e->summary = str(icalcomponent_get_summary(vevent));
    if (e->summary.isEmpty() && !isOverride)
        m_sink.atLine(e->line, QStringLiteral("event '%1' has no SUMMARY").arg(e->uid));
    e->description = str(icalcomponent_get_description(vevent));
    e->location = str(icalcomponent_get_location(vevent));
    e->cancelled = icalcomponent_get_status(vevent) == ICAL_STATUS_CANCELLED;
}

void EventReader::readDetails(icalcomponent *vevent, const VeventLines &lines, CalendarEvent *e)
{
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_ANY_PROPERTY)) {
        switch (icalproperty_isa(p)) {
        case ICAL_URL_PROPERTY:
            e->url = str(icalproperty_get_url(p));
            break;
        case ICAL_CONFERENCE_PROPERTY:
            e->joinUrl = str(icalproperty_get_value_as_string(p));
            break;
        case ICAL_ORGANIZER_PROPERTY: {
            icalparameter *cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
            e->organizer = cn ? str(icalparameter_get_cn(cn))
                              : str(icalproperty_get_organizer(p))
                                    .remove(QStringLiteral("mailto:"), Qt::CaseInsensitive);
            break;
        }
        case ICAL_CATEGORIES_PROPERTY:
            for (const QString &c : str(icalproperty_get_categories(p)).split(u','))
                if (!c.trimmed().isEmpty())
                    e->categories.append(c.trimmed());
            break;
        case ICAL_X_PROPERTY: {
            const QByteArray name = QByteArray(icalproperty_get_x_name(p)).toUpper();
            const QString value = str(icalproperty_get_x(p));
            if (name == "X-LACTATION-LANGUAGE") {
                for (const QString &code : value.split(u',', Qt::SkipEmptyParts)) {
                    if (!isLanguageCode(code.trimmed()))
                        m_sink.atLine(lines.lineOf("X-LACTATION-LANGUAGE"),
                            QStringLiteral("X-LACTATION-LANGUAGE '%1' is not a "
                                           "language code like 'es'")
                                .arg(code.trimmed()));
                    e->meetingLanguages.append(code.trimmed());
                }
            } else if (name == "X-LACTATION-COST") {
                e->cost = value;
            }
            break;
        }
        default:
            break;
        }
    }
}

bool EventReader::readStart(
    icalproperty *dtstart, const VeventLines &lines, const QSet<QString> &refused, CalendarEvent *e)
{
    if (!dtstart) {
        if (!refused.contains(QStringLiteral("DTSTART")))
            m_sink.atLine(e->line, QStringLiteral("event '%1' has no DTSTART").arg(e->uid));
        return false;
    }
    if (!timeOf(dtstart, icalproperty_get_dtstart(dtstart), &e->start, &e->startDate, "DTSTART",
            lines.lineOf("DTSTART")))
        return false;
    e->allDay = e->startDate.isValid();
    return true;
}

void EventReader::readEnd(icalcomponent *vevent, const VeventLines &lines, CalendarEvent *e)
{
    if (icalproperty *dtend = icalcomponent_get_first_property(vevent, ICAL_DTEND_PROPERTY)) {
        e->hasEnd = true;
        QDateTime end;
        QDate endDate;
        const int line = lines.lineOf("DTEND");
        if (timeOf(dtend, icalproperty_get_dtend(dtend), &end, &endDate, "DTEND", line)) {
            if (e->allDay != endDate.isValid())
                m_sink.atLine(line,
                    QStringLiteral("DTSTART and DTEND must both be dates or both "
                                   "date-times"));
            else if (e->allDay)
                e->durationDays = e->startDate.daysTo(endDate);
            else
                e->durationSecs = e->start.secsTo(end);
            if (e->durationDays < 1 || e->durationSecs < 0)
                m_sink.atLine(line, QStringLiteral("DTEND is before DTSTART"));
        }
    } else if (icalproperty *dur
        = icalcomponent_get_first_property(vevent, ICAL_DURATION_PROPERTY)) {
        e->hasEnd = true;
        const int secs = icaldurationtype_as_int(icalproperty_get_duration(dur));
        if (secs < 0)
            m_sink.atLine(lines.lineOf("DURATION"), QStringLiteral("DURATION is negative"));
        else if (e->allDay)
            e->durationDays = std::max(1, secs / 86400);
        else
            e->durationSecs = secs;
    }
}

void EventReader::readRule(
    icalcomponent *vevent, const VeventLines &lines, icalproperty *dtstart, CalendarEvent *e)
{
    int rrules = 0;
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_RRULE_PROPERTY)) {
        if (++rrules > 1) {
            m_sink.atLine(lines.lineOf("RRULE", 1),
                QStringLiteral("event '%1' has more than one RRULE").arg(e->uid));
            break;
        }
        e->rrule = QByteArray(icalproperty_get_value_as_string(p));
        const icalrecurrencetype rule = icalrecurrencetype_from_string(e->rrule.constData());
        icalrecur_iterator *it = rule.freq == ICAL_NO_RECURRENCE
            ? nullptr
            : icalrecur_iterator_new(rule, icalproperty_get_dtstart(dtstart));
        if (!it)
            m_sink.atLine(lines.lineOf("RRULE"),
                QStringLiteral("RRULE '%1' cannot be expanded").arg(QString::fromUtf8(e->rrule)));
        else
            icalrecur_iterator_free(it);
    }
}

void EventReader::readDates(icalcomponent *vevent, const VeventLines &lines, CalendarEvent *e)
{
    int rdates = 0, exdates = 0;
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype v = icalproperty_get_rdate(p);
        const icaltimetype t = icaltime_is_null_time(v.time) ? v.period.start : v.time;
        QDateTime at;
        QDate day;
        const int rdateLine = lines.lineOf("RDATE", rdates++);
        if (timeOf(p, t, &at, &day, "RDATE", rdateLine)) {
            if (day.isValid() != e->allDay)
                m_sink.atLine(
                    rdateLine, QStringLiteral("RDATE must be of the same kind as DTSTART"));
            else if (e->allDay)
                e->rdateDays.append(day);
            else
                e->rdates.append(at);
        }
    }
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_EXDATE_PROPERTY)) {
        QDateTime at;
        QDate day;
        if (timeOf(p, icalproperty_get_exdate(p), &at, &day, "EXDATE",
                lines.lineOf("EXDATE", exdates++))) {
            if (day.isValid())
                e->exdateDays.append(day);
            else
                e->exdates.append(at);
        }
    }
}

void EventReader::readRecurrenceId(
    icalcomponent *vevent, const VeventLines &lines, CalendarEvent *e)
{
    if (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RECURRENCEID_PROPERTY)) {
        QDateTime at;
        QDate day;
        e->recurrenceLine = lines.lineOf("RECURRENCE-ID");
        if (timeOf(p, icalproperty_get_recurrenceid(p), &at, &day, "RECURRENCE-ID",
                e->recurrenceLine)) {
            e->recurrenceId = at;
            e->recurrenceDay = day;
        }
    }
}

/** An override as calendar programs show it: what it leaves out is the series' (RFC 5545 would
 * replace the whole instance, but exporters write only what changed). */
CalendarEvent inherit(const CalendarEvent &master, CalendarEvent o)
{
    const auto fill = [](auto &mine, const auto &series) {
        if (mine.isEmpty())
            mine = series;
    };
    fill(o.summary, master.summary);
    fill(o.description, master.description);
    fill(o.location, master.location);
    fill(o.url, master.url);
    fill(o.joinUrl, master.joinUrl);
    fill(o.organizer, master.organizer);
    fill(o.cost, master.cost);
    fill(o.meetingLanguages, master.meetingLanguages);
    fill(o.categories, master.categories);
    return o;
}

/** Overrides checked against their series per file (a real calendar has a few dozen), and the
 * rule steps each check may take: together they keep a hostile file cheap to validate. */
constexpr int MaxOverrideChecks = 50;
constexpr ExpansionLimits CheckLimits { 20, 4000 };

/**
 * Whether override @p o surely names no instance of the series @p s: the series is expanded over
 * the days around it. A rule counted from DTSTART (COUNT) or repeating within a day may run out
 * of steps before it gets there, so finding nothing at all then proves nothing.
 */
bool matchesNoOccurrence(const EventSeries &s, const CalendarEvent &o)
{
    const CalendarEvent &m = s.master;
    const EventSeries bare { s.language, m, {}, true };
    const QTimeZone zone = m.allDay ? QTimeZone::utc() : o.recurrenceId.timeZone();
    const QDateTime at = m.allDay ? QDateTime(o.recurrenceDay, QTime(0, 0), zone) : o.recurrenceId;
    const auto near = expandOccurrences({ bare }, at.addDays(-1), at.addDays(2), zone, CheckLimits);
    for (const Occurrence &x : near) {
        if (m.allDay ? x.startDate == o.recurrenceDay : x.start == o.recurrenceId)
            return false;
    }
    static const QRegularExpression unsure(QStringLiteral("COUNT=|FREQ=(SECONDLY|MINUTELY|HOURLY)"),
        QRegularExpression::CaseInsensitiveOption);
    return !near.isEmpty() || m.rrule.isEmpty()
        || !unsure.match(QString::fromUtf8(m.rrule)).hasMatch();
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
    const QList<VeventLines> lines = veventLines(text);
    QList<EventSeries> series;
    QHash<QString, qsizetype> byUid;
    QList<CalendarEvent> overrides;
    int index = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        auto event = reader.read(c, lines.value(index++), language);
        if (!event)
            continue;
        if (event->recurrenceId.isValid() || event->recurrenceDay.isValid()) {
            overrides.append(*event);
            continue;
        }
        if (byUid.contains(event->uid)) {
            sink.atLine(
                event->line, QStringLiteral("UID '%1' is used by another event").arg(event->uid));
            continue;
        }
        byUid.insert(event->uid, series.size());
        series.append({ language, *event, {}, true });
    }
    int checks = 0;
    for (CalendarEvent o : std::as_const(overrides)) {
        const auto it = byUid.constFind(o.uid);
        if (it == byUid.constEnd()) {
            // An instance whose series is not in the file: shown as the single event it is.
            if (o.meetingLanguages.isEmpty())
                o.meetingLanguages.append(language);
            series.append({ language, o, {}, false });
            continue;
        }
        EventSeries &s = series[*it];
        // Each check expands the series around one instance; a budget keeps a hostile file of
        // thousands of overrides as cheap as the kiosk's own expansion.
        if (checks++ < MaxOverrideChecks && matchesNoOccurrence(s, o)) {
            sink.warnAtLine(o.recurrenceLine,
                QStringLiteral("RECURRENCE-ID %1 matches no occurrence of '%2' (the override "
                               "would show beside the meeting it means to change)")
                    .arg(o.allDay ? o.recurrenceDay.toString(Qt::ISODate)
                                  : o.recurrenceId.toString(u"yyyy-MM-dd HH:mm"),
                        o.uid));
        }
        s.overrides.append(inherit(s.master, o));
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
