// "Open now" / "opens Monday 09:00": computed in the service's own zone, across daylight saving.
#include "openinghours.h"

#include <QTest>

namespace {

const QTimeZone Chicago("America/Chicago");

ServiceSchedule weekdays(const char *zone, QTime opens, QTime closes)
{
    ServiceSchedule s;
    s.freq = QStringLiteral("WEEKLY");
    s.byDay = QStringList { QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
        QStringLiteral("TH"), QStringLiteral("FR") };
    s.opensAt = opens;
    s.closesAt = closes;
    s.timeZoneId = QString::fromLatin1(zone);
    return s;
}

QDateTime chicago(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Chicago);
}

} // namespace

class TestOpeningHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easternHelplineSeenFromChicago()
    {
        // 9:00–18:00 Eastern is 8:00–17:00 in Chicago, winter and summer alike.
        const QList<ServiceSchedule> s { weekdays("America/New_York", QTime(9, 0), QTime(18, 0)) };
        const auto before = openingState(s, chicago(2026, 12, 1, 7, 59), Chicago);
        QVERIFY(before && !before->open);
        QCOMPARE(before->opens, chicago(2026, 12, 1, 8, 0));
        const auto during = openingState(s, chicago(2026, 12, 1, 8, 0), Chicago);
        QVERIFY(during && during->open);
        QCOMPARE(during->closes, chicago(2026, 12, 1, 17, 0));
        QVERIFY(!openingState(s, chicago(2026, 12, 1, 17, 0), Chicago).value().open);
        QVERIFY(openingState(s, chicago(2026, 7, 1, 16, 59), Chicago).value().open);
        QVERIFY(!openingState(s, chicago(2026, 7, 1, 17, 0), Chicago).value().open);
    }

    void weekendOpensMonday()
    {
        const QList<ServiceSchedule> s { weekdays("America/New_York", QTime(9, 0), QTime(18, 0)) };
        // Saturday 5 Dec 2026, noon: next opening Monday 7 Dec, 08:00 Chicago.
        const auto state = openingState(s, chicago(2026, 12, 5, 12), Chicago);
        QVERIFY(state && !state->open && !state->alwaysOpen);
        QCOMPARE(state->opens, chicago(2026, 12, 7, 8, 0));
    }

    void daylightSavingWeekendBetweenZones()
    {
        // Phoenix keeps standard time: in March after the switch (8 March), 9:00 Phoenix is 11:00
        // Chicago.
        const QList<ServiceSchedule> s { weekdays("America/Phoenix", QTime(9, 0), QTime(17, 0)) };
        QVERIFY(openingState(s, chicago(2026, 3, 6, 12), Chicago).value().open);
        QCOMPARE(openingState(s, chicago(2026, 3, 9, 9, 30), Chicago).value().opens,
            chicago(2026, 3, 9, 11, 0));
        // In winter, 9:00 Phoenix is 10:00 Chicago.
        QCOMPARE(openingState(s, chicago(2026, 12, 5, 12), Chicago).value().opens,
            chicago(2026, 12, 7, 10, 0));
    }

    void alwaysOpen()
    {
        ServiceSchedule s = weekdays("America/New_York", QTime(0, 0), QTime(23, 59));
        s.byDay << QStringLiteral("SA") << QStringLiteral("SU");
        const auto state = openingState({ s }, chicago(2026, 12, 6, 3), Chicago);
        QVERIFY(state && state->open && state->alwaysOpen);
    }

    void utcOffsetAndSiteZoneFallbacks()
    {
        ServiceSchedule offset = weekdays("", QTime(9, 0), QTime(17, 0));
        offset.hasUtcOffset = true;
        offset.utcOffsetHours = -5; // fixed offset, no daylight saving
        QVERIFY(openingState({ offset }, chicago(2026, 12, 1, 8, 30), Chicago).value().open);
        const ServiceSchedule site = weekdays("", QTime(9, 0), QTime(17, 0));
        QVERIFY(!openingState({ site }, chicago(2026, 12, 1, 8, 30), Chicago).value().open);
    }

    void monthlyNthWeekday()
    {
        ServiceSchedule s;
        s.freq = QStringLiteral("MONTHLY");
        s.byDay = { QStringLiteral("1SA") };
        s.opensAt = QTime(10, 0);
        s.closesAt = QTime(12, 0);
        // First Saturday of January 2027 is the 2nd; of December 2026 the 5th.
        const auto first = openingState({ s }, chicago(2026, 12, 5, 11), Chicago);
        QVERIFY(first && first->open);
        const auto second = openingState({ s }, chicago(2026, 12, 12, 11), Chicago);
        QVERIFY(second && !second->open);
        QCOMPARE(second->opens, chicago(2027, 1, 2, 10));
    }

    void nothingKnown()
    {
        ServiceSchedule s;
        s.description = QStringLiteral("Call to ask");
        QVERIFY(!openingState({ s }, chicago(2026, 12, 1, 9), Chicago));
        QVERIFY(!openingState({}, chicago(2026, 12, 1, 9), Chicago));
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
