// iCalendar through libical: recurrence, zones, overrides, and the cost of hostile rules.
#include "occurrences.h"
#include "packreaders.h"

#include <QElapsedTimer>
#include <QTest>

namespace {

const QTimeZone Chicago("America/Chicago");

QString calendar(const QString &events)
{
    return QStringLiteral("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n") + events
        + QStringLiteral("END:VCALENDAR\n");
}

struct Parsed
{
    QList<EventSeries> series;
    QList<Problem> problems;
};

Parsed parse(const QString &events, const QString &language = QStringLiteral("en"))
{
    Parsed p;
    ProblemSink sink(&p.problems, QStringLiteral("events.en.ics"));
    p.series = parseCalendar(calendar(events), language, Chicago, sink);
    return p;
}

QString problems(const Parsed &p)
{
    QStringList lines;
    for (const Problem &problem : p.problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

QDateTime chicago(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Chicago);
}

QList<Occurrence> expand(
    const Parsed &p, const QDateTime &from, const QDateTime &to, ExpansionLimits limits = {})
{
    return expandOccurrences(p.series, from, to, Chicago, limits);
}

QStringList starts(const QList<Occurrence> &list)
{
    QStringList out;
    for (const Occurrence &o : list)
        out.append(o.allDay ? o.startDate.toString(Qt::ISODate) : o.start.toString(Qt::ISODate));
    return out;
}

const char *WeeklyTuesday = "BEGIN:VEVENT\nUID:group-1\nSUMMARY:Support group\n"
                            "DTSTART;TZID=America/Chicago:20261020T100000\n"
                            "DTEND;TZID=America/Chicago:20261020T113000\n"
                            "RRULE:FREQ=WEEKLY;BYDAY=TU\n";

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weeklyKeepsWallClockAcrossDaylightSaving()
    {
        // US daylight saving ends on 2026-11-01: the 10:00 meeting stays at 10:00 local.
        const auto p = parse(QString::fromLatin1(WeeklyTuesday) + u"END:VEVENT\n");
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        const auto list = expand(p, chicago(2026, 10, 25), chicago(2026, 11, 11));
        QCOMPARE(starts(list),
            QStringList({ QStringLiteral("2026-10-27T10:00:00-05:00"),
                QStringLiteral("2026-11-03T10:00:00-06:00"),
                QStringLiteral("2026-11-10T10:00:00-06:00") }));
        QCOMPARE(
            list.first().end.toString(Qt::ISODate), QStringLiteral("2026-10-27T11:30:00-05:00"));
        QCOMPARE(list.first().summary, QStringLiteral("Support group"));
        QVERIFY(!list.first().cancelled);
    }

    void otherZoneShownInSiteZone()
    {
        const auto p = parse(QStringLiteral("BEGIN:VEVENT\nUID:ny\nSUMMARY:Webinar\n"
                                            "DTSTART;TZID=America/New_York:20260310T110000\n"
                                            "DURATION:PT1H\nRRULE:FREQ=DAILY;COUNT=3\n"
                                            "END:VEVENT\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        // New York switches to daylight time on 2026-03-08, Chicago too: 11:00 EDT = 10:00 CDT.
        QCOMPARE(starts(expand(p, chicago(2026, 3, 1), chicago(2026, 4, 1))),
            QStringList({ QStringLiteral("2026-03-10T10:00:00-05:00"),
                QStringLiteral("2026-03-11T10:00:00-05:00"),
                QStringLiteral("2026-03-12T10:00:00-05:00") }));
    }

    void utcAndFloatingTimes()
    {
        const auto p = parse(QStringLiteral(
            "BEGIN:VEVENT\nUID:utc\nSUMMARY:UTC\nDTSTART:20261201T160000Z\nEND:VEVENT\n"
            "BEGIN:VEVENT\nUID:floating\nSUMMARY:Floating\nDTSTART:20261201T090000\nEND:VEVENT\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        QCOMPARE(starts(expand(p, chicago(2026, 12, 1), chicago(2026, 12, 2))),
            QStringList({ QStringLiteral("2026-12-01T09:00:00-06:00"),
                QStringLiteral("2026-12-01T10:00:00-06:00") }));
    }

    void exdateAndRdate()
    {
        const auto p = parse(QString::fromLatin1(WeeklyTuesday)
            + u"EXDATE;TZID=America/Chicago:20261103T100000\n"
              "RDATE;TZID=America/Chicago:20261105T140000\nEND:VEVENT\n");
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        QCOMPARE(starts(expand(p, chicago(2026, 11, 1), chicago(2026, 11, 11))),
            QStringList({ QStringLiteral("2026-11-05T14:00:00-06:00"),
                QStringLiteral("2026-11-10T10:00:00-06:00") }));
    }

    void movedAndCancelledOverrides()
    {
        const auto p = parse(QString::fromLatin1(WeeklyTuesday)
            + u"END:VEVENT\n"
              "BEGIN:VEVENT\nUID:group-1\nSUMMARY:Support group (moved)\n"
              "RECURRENCE-ID;TZID=America/Chicago:20261110T100000\n"
              "DTSTART;TZID=America/Chicago:20261112T150000\n"
              "DTEND;TZID=America/Chicago:20261112T160000\nEND:VEVENT\n"
              "BEGIN:VEVENT\nUID:group-1\nSUMMARY:Support group\nSTATUS:CANCELLED\n"
              "RECURRENCE-ID;TZID=America/Chicago:20261117T100000\n"
              "DTSTART;TZID=America/Chicago:20261117T100000\n"
              "DTEND;TZID=America/Chicago:20261117T113000\nEND:VEVENT\n");
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        QCOMPARE(p.series.size(), 1);
        const auto list = expand(p, chicago(2026, 11, 9), chicago(2026, 11, 25));
        QCOMPARE(starts(list),
            QStringList({ QStringLiteral("2026-11-12T15:00:00-06:00"),
                QStringLiteral("2026-11-17T10:00:00-06:00"),
                QStringLiteral("2026-11-24T10:00:00-06:00") }));
        QVERIFY(list.at(0).moved);
        QCOMPARE(list.at(0).summary, QStringLiteral("Support group (moved)"));
        QCOMPARE(list.at(0).end.toString(Qt::ISODate), QStringLiteral("2026-11-12T16:00:00-06:00"));
        QVERIFY(list.at(1).cancelled);
        QVERIFY(!list.at(1).moved);
        QVERIFY(!list.at(2).cancelled);
    }

    void movedIntoWindowFromOutside()
    {
        // The 3 Nov instance moves to 20 Nov: a window of 15–25 Nov shows it, one of 1–5 Nov not.
        const auto p = parse(QString::fromLatin1(WeeklyTuesday)
            + u"END:VEVENT\nBEGIN:VEVENT\nUID:group-1\nSUMMARY:Moved\n"
              "RECURRENCE-ID;TZID=America/Chicago:20261103T100000\n"
              "DTSTART;TZID=America/Chicago:20261120T100000\nEND:VEVENT\n");
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        QCOMPARE(starts(expand(p, chicago(2026, 11, 1), chicago(2026, 11, 6))), QStringList());
        QCOMPARE(starts(expand(p, chicago(2026, 11, 18), chicago(2026, 11, 21))),
            QStringList({ QStringLiteral("2026-11-20T10:00:00-06:00") }));
    }

    void cancelledSeriesShowsEveryOccurrenceCancelled()
    {
        const auto p
            = parse(QString::fromLatin1(WeeklyTuesday) + u"STATUS:CANCELLED\nEND:VEVENT\n");
        const auto list = expand(p, chicago(2026, 11, 1), chicago(2026, 11, 30));
        QCOMPARE(list.size(), 4);
        QVERIFY(std::all_of(list.cbegin(), list.cend(), [](const auto &o) {
            return o.cancelled;
        }));
    }

    void allDayEvents()
    {
        const auto p = parse(QStringLiteral(
            "BEGIN:VEVENT\nUID:week\nSUMMARY:World Breastfeeding Week\n"
            "DTSTART;VALUE=DATE:20270801\nDTEND;VALUE=DATE:20270808\n"
            "RRULE:FREQ=YEARLY\nEND:VEVENT\n"
            "BEGIN:VEVENT\nUID:day\nSUMMARY:Open day\nDTSTART;VALUE=DATE:20261205\nEND:VEVENT\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        const auto list = expand(p, chicago(2026, 12, 5, 12), chicago(2028, 8, 3));
        QCOMPARE(starts(list),
            QStringList({ QStringLiteral("2026-12-05"), QStringLiteral("2027-08-01"),
                QStringLiteral("2028-08-01") }));
        QVERIFY(list.at(0).allDay);
        QCOMPARE(list.at(0).endDate, QDate(2026, 12, 6));
        QCOMPARE(list.at(1).endDate, QDate(2027, 8, 8));
        // A window that starts mid-week still shows the week that is under way.
        QCOMPARE(starts(expand(p, chicago(2027, 8, 5), chicago(2027, 8, 6))),
            QStringList({ QStringLiteral("2027-08-01") }));
    }

    void untilInUtcAndCount()
    {
        const auto p = parse(QStringLiteral("BEGIN:VEVENT\nUID:until\nSUMMARY:Until\n"
                                            "DTSTART;TZID=America/Chicago:20261201T180000\n"
                                            "RRULE:FREQ=DAILY;UNTIL=20261204T000000Z\nEND:VEVENT\n"
                                            "BEGIN:VEVENT\nUID:count\nSUMMARY:Count\n"
                                            "DTSTART;TZID=America/Chicago:20261201T080000\n"
                                            "RRULE:FREQ=WEEKLY;COUNT=2\nEND:VEVENT\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        // UNTIL 4 Dec 00:00 UTC is 3 Dec 18:00 Chicago: the 3 Dec meeting is the last.
        QCOMPARE(starts(expand(p, chicago(2026, 11, 1), chicago(2027, 1, 1))),
            QStringList({ QStringLiteral("2026-12-01T08:00:00-06:00"),
                QStringLiteral("2026-12-01T18:00:00-06:00"),
                QStringLiteral("2026-12-02T18:00:00-06:00"),
                QStringLiteral("2026-12-03T18:00:00-06:00"),
                QStringLiteral("2026-12-08T08:00:00-06:00") }));
    }

    void windowStartMatchesFullExpansion_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("weekly") << QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH");
        QTest::newRow("biweekly") << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
        QTest::newRow("monthly first saturday") << QStringLiteral("FREQ=MONTHLY;BYDAY=1SA");
        QTest::newRow("monthly last friday") << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR");
        QTest::newRow("monthly 15th") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15");
        QTest::newRow("daily every 3") << QStringLiteral("FREQ=DAILY;INTERVAL=3");
        QTest::newRow("hourly") << QStringLiteral("FREQ=HOURLY;INTERVAL=7");
        QTest::newRow("minutely") << QStringLiteral("FREQ=MINUTELY;INTERVAL=45");
        QTest::newRow("yearly") << QStringLiteral("FREQ=YEARLY;BYMONTH=11;BYDAY=2SU");
    }

    void windowStartMatchesFullExpansion()
    {
        // Jumping the iterator to the window must not lose or add an occurrence.
        QFETCH(QString, rule);
        const auto p = parse(QStringLiteral("BEGIN:VEVENT\nUID:r\nSUMMARY:R\n"
                                            "DTSTART;TZID=America/Chicago:20250106T093000\n"
                                            "DURATION:PT2H\nRRULE:")
            + rule + u"\nEND:VEVENT\n");
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        const QDateTime from = chicago(2026, 10, 20, 10);
        const QDateTime to = chicago(2027, 1, 20);
        ExpansionLimits everything;
        everything.perEvent = 100000;
        QStringList expected;
        for (const Occurrence &o : expand(p, chicago(2025, 1, 1), to, everything)) {
            if (o.end > from)
                expected.append(o.start.toString(Qt::ISODate));
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(starts(expand(p, from, to, everything)), expected);
    }

    void endlessPerSecondRuleCostsNothing()
    {
        const auto p = parse(QStringLiteral(
            "BEGIN:VEVENT\nUID:s\nSUMMARY:Every second\nDTSTART:20000101T000000Z\n"
            "RRULE:FREQ=SECONDLY\nEND:VEVENT\n"
            "BEGIN:VEVENT\nUID:m\nSUMMARY:Every minute, a million times\n"
            "DTSTART:19900101T000000Z\nRRULE:FREQ=MINUTELY;COUNT=1000000\nEND:VEVENT\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        QElapsedTimer timer;
        timer.start();
        const auto list = expand(p, chicago(2026, 11, 25), chicago(2027, 1, 25));
        // The per-second rule is capped inside the window; the counted one runs out of steps
        // long before 2026 and yields nothing there.
        QCOMPARE(list.size(), ExpansionLimits().perEvent);
        QVERIFY(std::all_of(list.cbegin(), list.cend(), [](const auto &o) {
            return o.uid == u"s";
        }));
        QCOMPARE(list.first().start, chicago(2026, 11, 25));
        QVERIFY2(timer.elapsed() < 5000, "expansion must not walk the rule from its DTSTART");
    }

    void meetingLanguageJoinLinkAndDetails()
    {
        const auto p = parse(QStringLiteral(
            "BEGIN:VEVENT\nUID:es-group\nSUMMARY:Spanish-speaking group\n"
            "DTSTART;TZID=America/Chicago:20261203T180000\nDURATION:PT90M\n"
            "X-LACTATION-LANGUAGE:es\nX-LACTATION-COST:Free\\, no sign-up\n"
            "CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join:https://meet.example.org/x\n"
            "URL:https://example.org/groups\nLOCATION:Room 2\\, Main St.\n"
            "ORGANIZER;CN=Lakeside Peer Counselors:mailto:peers@example.org\n"
            "CATEGORIES:support-group,peer\nEND:VEVENT\n"
            "BEGIN:VEVENT\nUID:plain\nSUMMARY:Plain\nDTSTART:20261203T090000\n"
            "ORGANIZER:mailto:someone@example.org\nEND:VEVENT\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        const auto list = expand(p, chicago(2026, 12, 3), chicago(2026, 12, 4));
        QCOMPARE(list.size(), 2);
        const Occurrence &plain = list.at(0);
        QCOMPARE(plain.meetingLanguages, QStringList { QStringLiteral("en") });
        QCOMPARE(plain.organizer, QStringLiteral("someone@example.org"));
        QVERIFY(!plain.isOnline());
        const Occurrence &es = list.at(1);
        QCOMPARE(es.meetingLanguages, QStringList { QStringLiteral("es") });
        QCOMPARE(es.language, QStringLiteral("en"));
        QCOMPARE(es.cost, QStringLiteral("Free, no sign-up"));
        QCOMPARE(es.joinUrl, QStringLiteral("https://meet.example.org/x"));
        QVERIFY(es.isOnline());
        QCOMPARE(es.url, QStringLiteral("https://example.org/groups"));
        QCOMPARE(es.location, QStringLiteral("Room 2, Main St."));
        QCOMPARE(es.organizer, QStringLiteral("Lakeside Peer Counselors"));
        QCOMPARE(es.categories,
            QStringList({ QStringLiteral("support-group"), QStringLiteral("peer") }));
        QCOMPARE(es.end.toString(Qt::ISODate), QStringLiteral("2026-12-03T19:30:00-06:00"));
    }

    void windowsZoneNamesAndVtimezoneLocation()
    {
        const auto p = parse(QStringLiteral(
            "BEGIN:VTIMEZONE\nTZID:Lab Time\nX-LIC-LOCATION:America/Denver\n"
            "BEGIN:STANDARD\nDTSTART:19701101T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0700\n"
            "END:STANDARD\nEND:VTIMEZONE\n"
            "BEGIN:VEVENT\nUID:w\nSUMMARY:Outlook\n"
            "DTSTART;TZID=Central Standard Time:20261201T100000\nEND:VEVENT\n"
            "BEGIN:VEVENT\nUID:d\nSUMMARY:Denver\n"
            "DTSTART;TZID=Lab Time:20261201T100000\nEND:VEVENT\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        QCOMPARE(starts(expand(p, chicago(2026, 12, 1), chicago(2026, 12, 2))),
            QStringList({ QStringLiteral("2026-12-01T10:00:00-06:00"),
                QStringLiteral("2026-12-01T11:00:00-06:00") }));
    }

    void orphanOverrideIsShownAsItself()
    {
        const auto p
            = parse(QStringLiteral("BEGIN:VEVENT\nUID:lonely\nSUMMARY:Lonely\n"
                                   "RECURRENCE-ID;TZID=America/Chicago:20261201T100000\n"
                                   "DTSTART;TZID=America/Chicago:20261202T100000\nEND:VEVENT\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        QCOMPARE(starts(expand(p, chicago(2026, 12, 1), chicago(2026, 12, 3))),
            QStringList({ QStringLiteral("2026-12-02T10:00:00-06:00") }));
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("expected");
        // Line numbers count the 3-line calendar header.
        QTest::newRow("no uid") << QStringLiteral(
            "BEGIN:VEVENT\nSUMMARY:x\nDTSTART:20261201T100000\n"
            "END:VEVENT\n") << QStringLiteral("events.en.ics:4: event has no UID");
        QTest::newRow("no dtstart")
            << QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\nEND:VEVENT\n")
            << QStringLiteral("events.en.ics:4: event 'a' has no DTSTART");
        QTest::newRow("unknown zone")
            << QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20261201T100000\n"
                              "END:VEVENT\nBEGIN:VEVENT\nUID:b\n"
                              "SUMMARY:y\nDTSTART;TZID=Mars/Olympus:20261201T100000\nEND:VEVENT\n")
            << QStringLiteral("events.en.ics:12: DTSTART has TZID 'Mars/Olympus', which is not a "
                              "known time zone");
        QTest::newRow("bad rrule")
            << QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20261201T100000\n"
                              "RRULE:FREQ=SOMETIMES\nEND:VEVENT\n")
            << QStringLiteral("events.en.ics:8: RRULE: FREQ 'SOMETIMES' is not one of DAILY, "
                              "WEEKLY, MONTHLY, YEARLY");
        QTest::newRow("rrule with a three-letter day")
            << QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20261205T100000\n"
                              "RRULE:FREQ=MONTHLY;BYDAY=1SAT\nEND:VEVENT\n")
            << QStringLiteral("events.en.ics:8: RRULE: BYDAY: '1SAT' is not a day like SA or 1SA");
        QTest::newRow("rrule folded over two lines")
            << QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20261205T100000\n"
                              "DESCRIPTION:a long\n  text\nRRULE:FREQ=MONTHLY;\n INTERVAL=none\n"
                              "END:VEVENT\n")
            << QStringLiteral("events.en.ics:10: RRULE: INTERVAL 'none' is not a whole number");
        QTest::newRow("rrule without freq")
            << QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20261205T100000\n"
                              "RRULE:BYDAY=TU\nEND:VEVENT\n")
            << QStringLiteral("events.en.ics:8: RRULE: the rule has no FREQ");
        QTest::newRow("dtstart that is not a date")
            << QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\n"
                              "DTSTART;TZID=America/Chicago:2026120T100000\nEND:VEVENT\n")
            << QStringLiteral("events.en.ics:7: DTSTART '2026120T100000' is not a date like "
                              "20261205 or a date-time like 20261205T100000");
        QTest::newRow("end before start")
            << QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20261201T100000\n"
                              "DTEND:20261201T090000\nEND:VEVENT\n")
            << QStringLiteral("events.en.ics:8: DTEND is before DTSTART");
        QTest::newRow("bad date") << QStringLiteral(
            "BEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20261341T100000\nEND:VEVENT\n")
                                  << QStringLiteral("events.en.ics:7: DTSTART ");
        QTest::newRow("duplicate uid")
            << QStringLiteral(
                   "BEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20261201T100000\nEND:VEVENT\n"
                   "BEGIN:VEVENT\nUID:a\nSUMMARY:y\nDTSTART:20261202T100000\nEND:VEVENT\n")
            << QStringLiteral("events.en.ics:9: UID 'a' is used by another event");
        QTest::newRow("bad language")
            << QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20261201T100000\n"
                              "X-LACTATION-LANGUAGE:Spanish\nEND:VEVENT\n")
            << QStringLiteral("events.en.ics:8: X-LACTATION-LANGUAGE 'Spanish' is not a language");
    }

    void errorsNameTheLine()
    {
        QFETCH(QString, events);
        QFETCH(QString, expected);
        const auto p = parse(events);
        QVERIFY2(!p.problems.isEmpty(), "a broken event must be reported");
        QVERIFY2(problems(p).startsWith(expected), qPrintable(problems(p)));
        // Our words, never libical's about its parser.
        QVERIFY2(!problems(p).contains(QStringLiteral("Removing")), qPrintable(problems(p)));
        QVERIFY2(!problems(p).contains(QStringLiteral("parse")), qPrintable(problems(p)));
    }

    void thousandsOfOverridesOfACountedRuleStayCheap()
    {
        // Each override is checked against its series; a hostile file must not make that walk
        // a counted per-second rule twenty thousand times.
        QString events = QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20260101T000000Z\n"
                                        "RRULE:FREQ=SECONDLY;COUNT=10000000\nEND:VEVENT\n");
        for (int i = 0; i < 20000; ++i)
            events += QStringLiteral("BEGIN:VEVENT\nUID:a\nRECURRENCE-ID:2027%1%2T000000Z\n"
                                     "DTSTART:20270101T000000Z\nEND:VEVENT\n")
                          .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                          .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        QElapsedTimer timer;
        timer.start();
        const auto p = parse(events);
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p))); // nothing proves a mismatch
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        qInfo("20000 overrides of a counted per-second rule parsed in %lld ms", timer.elapsed());
    }

    void recurrenceIdThatMatchesNoOccurrence()
    {
        // The series meets Tuesdays at 10:00; the override names 10:30 (a typo), so the kiosk
        // would show the meeting both as happening and as cancelled.
        const auto p = parse(QString::fromLatin1(WeeklyTuesday)
            + QStringLiteral("END:VEVENT\nBEGIN:VEVENT\nUID:group-1\nSUMMARY:Support group\n"
                             "RECURRENCE-ID;TZID=America/Chicago:20261027T103000\n"
                             "DTSTART;TZID=America/Chicago:20261027T103000\nSTATUS:CANCELLED\n"
                             "END:VEVENT\nBEGIN:VEVENT\nUID:group-1\n"
                             "RECURRENCE-ID;TZID=America/Chicago:20261103T100000\n"
                             "DTSTART;TZID=America/Chicago:20261104T100000\nEND:VEVENT\n"));
        QCOMPARE(p.problems.size(), 1);
        QVERIFY(p.problems.first().isWarning());
        QCOMPARE(p.problems.first().toString(),
            QStringLiteral("events.en.ics:14: warning: RECURRENCE-ID 2026-10-27 10:30 matches no "
                           "occurrence of 'group-1' (the override would show beside the meeting "
                           "it means to change)"));
    }

    void overrideLeavesOutWhatTheSeriesSays()
    {
        // Calendar programs write only what changed: the moved meeting keeps the series' place,
        // languages, link and name.
        const auto p = parse(QStringLiteral(
            "BEGIN:VEVENT\nUID:g\nSUMMARY:Grupo de apoyo\nLOCATION:Room 4\n"
            "URL:https://example.org/g\nX-LACTATION-LANGUAGE:es\n"
            "DTSTART;TZID=America/Chicago:20261201T100000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY\n"
            "END:VEVENT\nBEGIN:VEVENT\nUID:g\n"
            "RECURRENCE-ID;TZID=America/Chicago:20261208T100000\n"
            "DTSTART;TZID=America/Chicago:20261209T110000\nEND:VEVENT\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        const auto list = expand(p, chicago(2026, 12, 7), chicago(2026, 12, 14));
        QCOMPARE(list.size(), 1);
        const Occurrence &moved = list.first();
        QVERIFY(moved.moved);
        QCOMPARE(moved.start, chicago(2026, 12, 9, 11));
        QCOMPARE(moved.summary, QStringLiteral("Grupo de apoyo"));
        QCOMPARE(moved.location, QStringLiteral("Room 4"));
        QCOMPARE(moved.url, QStringLiteral("https://example.org/g"));
        QCOMPARE(moved.meetingLanguages, QStringList { QStringLiteral("es") });
    }

    void zoneNamesTzdataKeepsAsLinks()
    {
        // US/Central is a link to America/Chicago in tzdata; calendar programs accept it.
        const auto p
            = parse(QStringLiteral("BEGIN:VEVENT\nUID:a\nSUMMARY:x\n"
                                   "DTSTART;TZID=US/Central:20261201T100000\nEND:VEVENT\n"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(problems(p)));
        QCOMPARE(starts(expand(p, chicago(2026, 12, 1), chicago(2026, 12, 2))),
            QStringList { QStringLiteral("2026-12-01T10:00:00-06:00") });
        QVERIFY(isIanaZone(QStringLiteral("US/Central")));
        QVERIFY(isIanaZone(QStringLiteral("America/Chicago")));
        QVERIFY(!isIanaZone(QStringLiteral("Mars/Olympus")));
        QVERIFY(!isIanaZone(QStringLiteral("../../etc/passwd")));
        QVERIFY(!isIanaZone(QStringLiteral("CST")));
    }

    void notACalendar()
    {
        QList<Problem> list;
        ProblemSink sink(&list, QStringLiteral("events.en.ics"));
        QVERIFY(parseCalendar(QStringLiteral("hello\n"), QStringLiteral("en"), Chicago, sink)
                    .isEmpty());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toString(),
            QStringLiteral("events.en.ics:1: not an iCalendar file (it must start with "
                           "BEGIN:VCALENDAR)"));
    }

    void garbageDoesNotCrash()
    {
        // Truncated and scrambled calendars: any outcome but a crash or a hang is fine.
        const QString good = calendar(QString::fromLatin1(WeeklyTuesday) + u"END:VEVENT\n");
        for (int cut = 0; cut < good.size(); cut += 7) {
            QList<Problem> list;
            ProblemSink sink(&list, QStringLiteral("events.en.ics"));
            const auto series = parseCalendar(good.left(cut), QStringLiteral("en"), Chicago, sink);
            (void)expandOccurrences(series, chicago(2026, 1, 1), chicago(2027, 1, 1), Chicago);
        }
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
