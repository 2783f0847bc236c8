#pragma once

#include "occurrences.h"
#include "storelistmodel.h"

/** Upcoming group and class meetings, grouped Today / This week / Later, with the visitor's
 * filters. */
class OccurrenceModel : public StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QDateTime now READ now WRITE setNow NOTIFY nowChanged)
    Q_PROPERTY(
        QString meetingLanguage READ meetingLanguage WRITE setMeetingLanguage NOTIFY filtersChanged)
    Q_PROPERTY(Attendance attendance READ attendance WRITE setAttendance NOTIFY filtersChanged)
    Q_PROPERTY(QStringList meetingLanguages READ meetingLanguages NOTIFY rebuilt)
    Q_PROPERTY(int nextSoon READ nextSoon NOTIFY rebuilt)

public:
    enum Attendance
    {
        Anywhere,
        InPerson,
        Online
    };
    Q_ENUM(Attendance)

    enum Role
    {
        SummaryRole = Qt::UserRole + 1,
        WhenRole, ///< "Tuesday 10:00–11:30", in the site's zone and the visitor's language
        DayGroupRole, ///< "today", "week" or "later"
        LocationRole,
        OrganizerRole,
        CostRole,
        DescriptionRole,
        OnlineRole,
        JoinUrlRole,
        UrlRole,
        CancelledRole,
        MovedRole,
        MeetingLanguagesRole, ///< codes
        StartRole,
        FirstInGroupRole, ///< the first row of its day group: the screen shows a heading
        UidRole, ///< the series' UID (the take-away sheet opens it)
        ContentLanguageRole, ///< the language it is written in: not the visitor's when hers lacks it
    };
    Q_ENUM(Role)

    explicit OccurrenceModel(QObject *parent = nullptr);

    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);
    QString meetingLanguage() const { return m_meetingLanguage; }
    void setMeetingLanguage(const QString &language);
    Attendance attendance() const { return m_attendance; }
    void setAttendance(Attendance attendance);
    /** Every language some upcoming meeting is held in, for the filter. */
    QStringList meetingLanguages() const { return m_meetingLanguages; }
    /**
     * The row of the next meeting that takes place today, else this week (the home screen's
     * "next group"); -1 when none does.
     */
    int nextSoon() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** How far ahead the groups screen looks. */
    static constexpr int DaysAhead = 60;

Q_SIGNALS:
    void nowChanged();
    void filtersChanged();

protected:
    int rows() const override { return int(m_rows.size()); }
    void fill() override;

private:
    QString dayGroup(const Occurrence &o) const;
    QString when(const Occurrence &o) const;

    QDateTime m_now;
    QString m_meetingLanguage;
    Attendance m_attendance = Anywhere;
    QList<Occurrence> m_rows;
    QStringList m_meetingLanguages;
};
