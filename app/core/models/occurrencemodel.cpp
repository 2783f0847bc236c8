#include "occurrencemodel.h"

#include "displaytext.h"
#include "visit.h"

OccurrenceModel::OccurrenceModel(QObject *parent)
    : StoreListModel(parent)
{
}

void OccurrenceModel::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    Q_EMIT nowChanged();
    rebuild();
}

void OccurrenceModel::setMeetingLanguage(const QString &language)
{
    if (language == m_meetingLanguage)
        return;
    m_meetingLanguage = language;
    Q_EMIT filtersChanged();
    rebuild();
}

void OccurrenceModel::setAttendance(Attendance attendance)
{
    if (attendance == m_attendance)
        return;
    m_attendance = attendance;
    Q_EMIT filtersChanged();
    rebuild();
}

void OccurrenceModel::fill()
{
    m_rows.clear();
    m_meetingLanguages.clear();
    if (visit() && m_now.isValid()) {
        const auto content = visit()->content();
        const QTimeZone zone = content->pack.timeZone;
        const QDateTime from = m_now.toTimeZone(zone);
        const QDateTime to(from.date().addDays(DaysAhead + 1), QTime(0, 0), zone);
        const auto all = expandOccurrences(content->eventsFor(visit()->language()), from, to, zone);
        for (const Occurrence &o : all) {
            for (const QString &l : o.meetingLanguages) {
                if (!m_meetingLanguages.contains(l))
                    m_meetingLanguages.append(l);
            }
            if (!m_meetingLanguage.isEmpty() && !o.meetingLanguages.contains(m_meetingLanguage))
                continue;
            if ((m_attendance == Online && !o.isOnline())
                || (m_attendance == InPerson && o.isOnline()))
                continue;
            m_rows.append(o);
        }
    }
}

int OccurrenceModel::nextSoon() const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const Occurrence &o = m_rows.at(row);
        if (o.cancelled)
            continue;
        const QString group = dayGroup(o);
        return group == u"today" || group == u"week" ? int(row) : -1;
    }
    return -1;
}

QString OccurrenceModel::dayGroup(const Occurrence &o) const
{
    const QDate today = m_now.toTimeZone(o.start.timeZone()).date();
    const QDate day = o.start.date();
    if (day <= today)
        return QStringLiteral("today"); // includes a meeting under way since yesterday
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return day <= sunday ? QStringLiteral("week") : QStringLiteral("later");
}

QString OccurrenceModel::when(const Occurrence &o) const
{
    const LanguageProfile &language = visit()->profile();
    const QString group = dayGroup(o);
    if (o.allDay)
        return DisplayText::dateRange(o.startDate, o.endDate, language);
    const QString times = DisplayText::timeRange(
        o.start, o.end, DisplayText::Clock::of(visit()->content()->pack, language));
    if (group == u"today")
        return times;
    if (group == u"week")
        return DisplayText::weekday(o.start.date(), language) + u' ' + times;
    return DisplayText::date(o.start.date(), language) + QStringLiteral(" · ") + times;
}

QVariant OccurrenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Occurrence &o = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return shown(o.summary, o.language);
    case WhenRole:
        return shown(when(o), o.language);
    case DayGroupRole:
        return dayGroup(o);
    case LocationRole:
        return shown(o.location, o.language);
    case OrganizerRole:
        return shown(o.organizer, o.language);
    case CostRole:
        return shown(o.cost, o.language);
    case DescriptionRole:
        return shown(o.description, o.language);
    case OnlineRole:
        return o.isOnline();
    case JoinUrlRole:
        return o.joinUrl;
    case UrlRole:
        return o.url;
    case CancelledRole:
        return o.cancelled;
    case MovedRole:
        return o.moved;
    case MeetingLanguagesRole:
        return o.meetingLanguages;
    case StartRole:
        return o.start;
    case UidRole:
        return o.uid;
    case ContentLanguageRole:
        return o.language;
    case FirstInGroupRole:
        return index.row() == 0 || dayGroup(m_rows.at(index.row() - 1)) != dayGroup(o);
    default:
        return {};
    }
}

QHash<int, QByteArray> OccurrenceModel::roleNames() const
{
    return {
        { SummaryRole, "summary" },
        { WhenRole, "when" },
        { DayGroupRole, "dayGroup" },
        { LocationRole, "location" },
        { OrganizerRole, "organizer" },
        { CostRole, "cost" },
        { DescriptionRole, "description" },
        { OnlineRole, "online" },
        { JoinUrlRole, "joinUrl" },
        { UrlRole, "url" },
        { CancelledRole, "cancelled" },
        { MovedRole, "moved" },
        { MeetingLanguagesRole, "meetingLanguages" },
        { StartRole, "start" },
        { FirstInGroupRole, "firstInGroup" },
        { UidRole, "uid" },
        { ContentLanguageRole, "contentLanguage" },
    };
}
