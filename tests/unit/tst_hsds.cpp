// HSDS 3.0: the real Open Referral examples load, and these fields reach the kiosk.
#include "testpack.h"

class TestHsds : public QObject
{
    Q_OBJECT

private:
    static QByteArray example(const char *name)
    {
        QFile f(QStringLiteral(KIOSK_TEST_DATA "/hsds-3/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", name);
        return f.readAll();
    }

    static void checkCommunityCounselling(const Service &s)
    {
        QCOMPARE(s.id, QStringLiteral("ac148810-d857-441c-9679-408f346de14b"));
        QCOMPARE(s.name, QStringLiteral("Community Counselling"));
        QCOMPARE(s.kind, QStringLiteral("service"));
        QCOMPARE(s.status, QStringLiteral("active"));
        QVERIFY(
            s.description.startsWith(QStringLiteral("Counselling Services provided by trained")));
        QCOMPARE(s.organization, QStringLiteral("Example Organization Inc."));
        QCOMPARE(s.url, QStringLiteral("http://example.com/counselling"));
        QCOMPARE(s.email, QStringLiteral("email@example.com"));
        QVERIFY(s.eligibility.startsWith(
            QStringLiteral("This service is intended for all people aged 12")));
        QVERIFY(s.fees.contains(QStringLiteral("£50 per hour")));
        QVERIFY(s.applicationProcess.startsWith(QStringLiteral("If you are an NHS patient")));
        QCOMPARE(s.accreditations,
            QStringLiteral("All of our practitioners are accredited by the "
                           "BASC, UKCP, and the Professional Standards Body"));
        QVERIFY(s.alert.startsWith(QStringLiteral("Following COVID-19")));
    }

private Q_SLOTS:
    void fullServiceExample()
    {
        TestPack pack;
        pack.write(QStringLiteral("services.en.json"), example("service_full.json"));
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        QCOMPARE(result.content->services.size(), 1);
        const Service &s = result.content->services.first();
        checkCommunityCounselling(s);
        QCOMPARE(s.language, QStringLiteral("en"));

        QCOMPARE(s.phones.size(), 1);
        QCOMPARE(s.phones.first().number, QStringLiteral("\"+44 1234 234567\""));
        QCOMPARE(s.phones.first().extension, QStringLiteral("100"));
        QCOMPARE(s.phones.first().type, QStringLiteral("voice"));
        QCOMPARE(s.phones.first().languages, QStringList { QStringLiteral("ur") });

        QCOMPARE(s.schedules.size(), 1);
        const ServiceSchedule &sch = s.schedules.first();
        QCOMPARE(sch.freq, QStringLiteral("WEEKLY"));
        QCOMPARE(sch.byDay, QStringList({ QStringLiteral("TH"), QStringLiteral("FR") }));
        QCOMPARE(sch.opensAt, QTime(10, 0));
        QCOMPARE(sch.closesAt, QTime(18, 0));
        QVERIFY(sch.hasUtcOffset);
        QCOMPARE(sch.utcOffsetHours, 3.0);
        QCOMPARE(sch.validFrom, QDate(2005, 1, 1));
        QVERIFY(sch.description.startsWith(QStringLiteral("The service is available from 10 am")));

        QCOMPARE(s.languages, QStringList { QStringLiteral("ur") });
        QCOMPARE(s.languageNames, QStringList { QStringLiteral("Urdu") });
        QCOMPARE(s.costOptions,
            QStringList { QStringLiteral("Under 18s and Over 60s – 35 GBP – per 1 hour session") });
        QCOMPARE(s.addresses,
            QStringList {
                QStringLiteral("1-30 Main Street, MyVillage, MyCity, MyState ABC 1234") });
        QVERIFY(s.interpretationServices.contains(QStringLiteral("Urdu, Polish, and Slovak")));
    }

    void serviceListPageContents()
    {
        TestPack pack;
        pack.write(QStringLiteral("services.es.json"), example("service_list.json"));
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        QCOMPARE(result.content->servicesIn(QStringLiteral("es")).size(), 1);
        QCOMPARE(result.content->servicesIn(QStringLiteral("en")).size(), 0);
        checkCommunityCounselling(result.content->services.first());
    }

    void kindAttributeAndTimeZoneExtension()
    {
        TestPack pack;
        pack.write(QStringLiteral("services.en.json"), R"([ {
          "id": "nbh", "name": "National Breastfeeding Helpline", "status": "active",
          "phones": [ { "id": "p", "number": "1-800-994-9662" } ],
          "schedules": [ { "id": "s", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR",
                           "opens_at": "09:00", "closes_at": "18:00",
                           "x_timezone": "America/New_York" } ],
          "attributes": [ { "id": "a", "taxonomy_term": { "id": "t", "code": "helpline",
                            "taxonomy": "lactation-kiosk" } },
                          { "id": "b", "taxonomy_term": { "id": "u", "code": "anything",
                            "taxonomy": "someone-elses" } } ]
        } ])");
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        const Service &s = result.content->services.first();
        QCOMPARE(s.kind, QStringLiteral("helpline"));
        QCOMPARE(s.schedules.first().timeZoneId, QStringLiteral("America/New_York"));
        QCOMPARE(s.schedules.first().byDay.size(), 5);
    }

    void problemsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << QByteArray(R"([ { "id": "a" } ])")
                                 << QStringLiteral(
                                        "services.en.json: [0] (id 'a').name: is required");
        QTest::newRow("number not string")
            << QByteArray(R"([ { "id": "a", "name": "A", "phones": [ { "number": 5551234 } ] } ])")
            << QStringLiteral("services.en.json: [0] (id 'a').phones[0].number: must be a string, "
                              "not a number");
        QTest::newRow("bad status")
            << QByteArray(R"([ { "id": "a", "name": "A", "status": "open" } ])")
            << QStringLiteral(
                   "services.en.json: [0] (id 'a').status: 'open' is not an HSDS status");
        QTest::newRow("bad time") << QByteArray(
            R"([ { "id": "a", "name": "A", "schedules": [ { "opens_at": "9am" } ] } ])")
                                  << QStringLiteral(
                                         "services.en.json: [0] (id 'a').schedules[0].opens_at: "
                                         "'9am' is not a time (HH:MM)");
        QTest::newRow("bad kind")
            << QByteArray(
                   R"([ { "id": "a", "name": "A", "attributes": [ { "taxonomy_term":
                 { "code": "wizard", "taxonomy": "lactation-kiosk" } } ] } ])")
            << QStringLiteral("services.en.json: [0] (id 'a').attributes[0].taxonomy_term.code: "
                              "'wizard' is not a kind");
        QTest::newRow("duplicate id")
            << QByteArray(R"([ { "id": "a", "name": "A" }, { "id": "a", "name": "B" } ])")
            << QStringLiteral("services.en.json: [1] (id 'a').id: 'a' is used by another service");
        QTest::newRow("second item by its id")
            << QByteArray(R"([{"id": "a", "name": "A"},
                {"id": "wic-westheimer", "name": "WIC", "phones": [{"number": 7135550100}]}])")
            << QStringLiteral("services.en.json: [1] (id 'wic-westheimer').phones[0].number: "
                              "must be a string, not a number");
        QTest::newRow("not an object")
            << QByteArray(R"([ "a" ])")
            << QStringLiteral("services.en.json: [0]: must be an object, not a string");
        QTest::newRow("bad zone") << QByteArray(
            R"([ { "id": "a", "name": "A", "schedules": [ { "x_timezone": "Eastern" } ] } ])")
                                  << QStringLiteral("services.en.json: [0] (id "
                                                    "'a').schedules[0].x_timezone: 'Eastern' "
                                                    "is not an IANA time zone");
    }

    void problemsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        TestPack pack;
        pack.write(QStringLiteral("services.en.json"), json);
        const auto result = pack.load();
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().toString().startsWith(expected),
            qPrintable(TestPack::describe(result)));
    }
};

QTEST_GUILESS_MAIN(TestHsds)
#include "tst_hsds.moc"
