// IT's reach report: the CMS cell-size rule (small cells and the totals that would give them
// away), days, weeks and months, a kiosk that sent nothing is missing and never zero; then two
// real kiosk processes on a real Mosquitto publish their closed days, `lactation-pack reach`
// sums them, --archive twice gives the same SQLite database (read by the sqlite3 tool), the
// archive alone gives the same report, a restarted kiosk merges its day; and the HTML page opened
// in a real headless Chromium shows every figure of the JSON where it belongs.
#include "kioskprocess.h"
#include "mqttbroker.h"
#include "reachledger.h"
#include "reachreport.h"
#include "reachsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

ReachDay day(const QString &date, qint64 visits, const QMap<QString, qint64> &languages = {})
{
    ReachDay d;
    d.day = QDate::fromString(date, Qt::ISODate);
    d.visits = visits;
    d.languages = languages;
    return d;
}

ReachQuery query(const QString &from, const QString &to, int threshold = 11)
{
    ReachQuery q;
    q.from = QDate::fromString(from, Qt::ISODate);
    q.to = QDate::fromString(to, Qt::ISODate);
    q.threshold = threshold;
    return q;
}

QJsonArray periods(const ReachReport &report)
{
    return report.toJson().value(QStringLiteral("periods")).toArray();
}

QJsonObject totals(const QJsonObject &json)
{
    return json.value(QStringLiteral("totals")).toObject();
}

/** What a run of lactation-pack printed, and its exit code. */
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(program));
    return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
}

Run pack(const QStringList &arguments)
{
    return run(
        QStringLiteral(LACTATION_PACK_BIN), QStringList { QStringLiteral("reach") } + arguments);
}

QString brokerUrl(quint16 port)
{
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(port);
}

/** The site's days these tests run on: the kiosks' today is 2026-12-08 in Chicago. */
const QString Today = QStringLiteral("2026-12-08T09:00:00-06:00");

/** A day as a kiosk closed it: visits, languages, features, take-aways, a slide. */
ReachDay closedDay(const QString &date, qint64 visits, qint64 arabic, qint64 plays)
{
    ReachDay d = day(date, visits,
        { { QStringLiteral("en"), visits - arabic }, { QStringLiteral("ar"), arabic } });
    d.screens = { { QStringLiteral("help"), visits }, { QStringLiteral("room"), visits / 2 } };
    d.features = { { QStringLiteral("listen"), arabic } };
    d.takeAways = { { QStringLiteral("call"), visits / 3 } };
    d.waitlistJoins = visits / 4;
    d.slides.insert(QStringLiteral("wic-campaign"),
        { plays, plays * 10, QDate(2026, 12, 1), QDate(2026, 12, 31) });
    return d;
}

/** Each figure of @p json (the report) with the key the HTML page names its cell by. */
QMap<QString, QString> figures(const QJsonObject &json)
{
    const auto text = [](const QJsonValue &v) {
        if (v.isNull())
            return QStringLiteral("missing");
        return v.isString() ? v.toString()
                            : QLocale(QLocale::English).toString(qint64(v.toDouble()));
    };
    QMap<QString, QString> out;
    for (const QJsonValue &v : json.value(QStringLiteral("periods")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString period = p.value(QStringLiteral("period")).toString();
        for (const char *key : { "visits", "kioskDaysReported" })
            out.insert(QStringLiteral("periods/%1/%2").arg(period, QLatin1String(key)),
                text(p.value(QLatin1String(key))));
    }
    const QJsonObject t = totals(json);
    for (auto it = t.constBegin(); it != t.constEnd(); ++it) {
        if (!it.value().isObject()) {
            out.insert(QStringLiteral("totals/") + it.key(), text(it.value()));
            continue;
        }
        const QJsonObject table = it.value().toObject();
        for (auto cell = table.constBegin(); cell != table.constEnd(); ++cell)
            out.insert(
                QStringLiteral("totals/%1/%2").arg(it.key(), cell.key()), text(cell.value()));
    }
    for (const QJsonValue &v : json.value(QStringLiteral("slides")).toArray()) {
        const QJsonObject s = v.toObject();
        for (const char *key :
            { "plays", "seconds", "daysInWindow", "daysPlayed", "playsOutsideWindow" })
            out.insert(QStringLiteral("slides/%1/%2")
                           .arg(s.value(QStringLiteral("id")).toString(), QLatin1String(key)),
                text(s.value(QLatin1String(key))));
    }
    for (const QJsonValue &v : json.value(QStringLiteral("kiosks")).toArray()) {
        const QJsonObject k = v.toObject();
        out.insert(
            QStringLiteral("kiosks/%1/daysReported").arg(k.value(QStringLiteral("id")).toString()),
            text(k.value(QStringLiteral("daysReported"))));
    }
    return out;
}

} // namespace

class TestReachReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theIniSettings()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
        QStringList problems;
        writeFile(ini, "[kiosk]\nid = k\n");
        ReachSettings s = ReachSettings::fromIni(ini, &problems);
        QVERIFY(s.enabled);
        QCOMPARE(s.keepDays, 400);
        writeFile(ini, "[reach]\nenabled = false\nkeep_days = 30\n");
        s = ReachSettings::fromIni(ini, &problems);
        QVERIFY(!s.enabled);
        QCOMPARE(s.keepDays, 30);
        QVERIFY(problems.isEmpty());
        writeFile(ini, "[reach]\nenabled = maybe\nkeep_days = a year\n");
        s = ReachSettings::fromIni(ini, &problems);
        QVERIFY(s.enabled);
        QCOMPARE(s.keepDays, 400);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QStringLiteral("[reach] enabled = maybe")));
        QVERIFY(problems.at(1).contains(QStringLiteral("keep_days = a year")));
    }

    void aDayFileReadsBackAndABrokenOneIsNamed()
    {
        ReachDay d = day(QStringLiteral("2026-11-01"), 7, { { QStringLiteral("ar"), 2 } });
        d.slides.insert(QStringLiteral("wic"), { 3, 30, QDate(2026, 11, 1), {} });
        QString why;
        const auto back = ReachDay::fromJson(d.toJson(), &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(back->toJson(), d.toJson());
        QJsonObject broken = d.toJson();
        broken.insert(QStringLiteral("visits"), -3);
        QVERIFY(!ReachDay::fromJson(broken, &why));
        QCOMPARE(why, QStringLiteral("\"visits\" is not a count"));
        QVERIFY(!ReachDocument::fromJson("[1]", &why));
        QVERIFY(!ReachDocument::fromJson(R"({"id": "k", "days": [{"day": "yesterday"}]})", &why));
        QCOMPARE(why, QStringLiteral("day 1: \"day\" is not a date (YYYY-MM-DD)"));
    }

    void smallCellsAndTheTotalsThatWouldGiveThemAwayAreHidden()
    {
        ReachReport report(query(QStringLiteral("2026-11-01"), QStringLiteral("2026-11-03")));
        ReachDay first = day(QStringLiteral("2026-11-01"), 30,
            { { QStringLiteral("en"), 25 }, { QStringLiteral("ar"), 5 } });
        first.takeAways = { { QStringLiteral("call"), 10 }, { QStringLiteral("link"), 11 } };
        first.features = { { QStringLiteral("listen"), 0 } };
        QVERIFY(report.add(QStringLiteral("a"), first));
        QVERIFY(report.add(QStringLiteral("a"), day(QStringLiteral("2026-11-02"), 4)));
        QVERIFY(report.add(QStringLiteral("a"), day(QStringLiteral("2026-11-03"), 20)));
        const QString fewer = QStringLiteral("fewer than 11");
        const QJsonArray p = periods(report);
        QCOMPARE(p.at(0)[QStringLiteral("visits")].toInt(), 30);
        QCOMPARE(p.at(1)[QStringLiteral("visits")].toString(), fewer);
        QCOMPARE(p.at(2)[QStringLiteral("visits")].toInt(), 20);
        const QJsonObject t = totals(report.toJson());
        // 54 would give the 4 away (54 − 30 − 20).
        QCOMPARE(t.value(QStringLiteral("visits")).toString(), QStringLiteral("suppressed"));
        QCOMPARE(t[QStringLiteral("languages")][QStringLiteral("en")].toInt(), 25);
        QCOMPARE(t[QStringLiteral("languages")][QStringLiteral("ar")].toString(), fewer);
        QCOMPARE(t[QStringLiteral("takeAways")][QStringLiteral("call")].toString(), fewer);
        QCOMPARE(t[QStringLiteral("takeAways")][QStringLiteral("link")].toInt(), 11);
        QCOMPARE(
            t[QStringLiteral("features")][QStringLiteral("listen")].toInt(), 0); // none is not few
        QVERIFY(report.toJson().value(QStringLiteral("suppression")).toString().contains(fewer));

        // --threshold 0: every count, and the total.
        ReachReport all(query(QStringLiteral("2026-11-01"), QStringLiteral("2026-11-03"), 0));
        for (const ReachDay &d :
            { first, day(QStringLiteral("2026-11-02"), 4), day(QStringLiteral("2026-11-03"), 20) })
            all.add(QStringLiteral("a"), d);
        QCOMPARE(totals(all.toJson()).value(QStringLiteral("visits")).toInt(), 54);
        QCOMPARE(periods(all).at(1)[QStringLiteral("visits")].toInt(), 4);
        QVERIFY(all.toJson()
                    .value(QStringLiteral("suppression"))
                    .toString()
                    .contains(QStringLiteral("internal use")));

        // No hidden cell: the total stands; --threshold 5 hides only 1 to 4.
        ReachReport five(query(QStringLiteral("2026-11-01"), QStringLiteral("2026-11-02"), 5));
        five.add(QStringLiteral("a"), day(QStringLiteral("2026-11-01"), 5));
        five.add(QStringLiteral("a"), day(QStringLiteral("2026-11-02"), 0));
        QCOMPARE(totals(five.toJson()).value(QStringLiteral("visits")).toInt(), 5);
        five.add(QStringLiteral("b"), day(QStringLiteral("2026-11-02"), 4));
        QCOMPARE(periods(five).at(1)[QStringLiteral("visits")].toString(),
            QStringLiteral("fewer than 5"));
        QCOMPARE(totals(five.toJson()).value(QStringLiteral("visits")).toString(),
            QStringLiteral("suppressed"));
    }

    void daysWeeksAndMonths()
    {
        ReachQuery q = query(QStringLiteral("2026-11-28"), QStringLiteral("2026-12-08"));
        QCOMPARE(q.periods().size(), 11);
        q.by = ReachQuery::By::Week;
        QStringList labels;
        for (const auto &p : q.periods())
            labels.append(
                QStringLiteral("%1 %2..%3")
                    .arg(p.label, p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)));
        QCOMPARE(labels,
            QStringList({ QStringLiteral("2026-W48 2026-11-28..2026-11-29"),
                QStringLiteral("2026-W49 2026-11-30..2026-12-06"),
                QStringLiteral("2026-W50 2026-12-07..2026-12-08") }));
        q.by = ReachQuery::By::Month;
        ReachReport report(q);
        report.add(QStringLiteral("a"), day(QStringLiteral("2026-11-30"), 12));
        report.add(QStringLiteral("a"), day(QStringLiteral("2026-12-01"), 13));
        report.add(QStringLiteral("a"), day(QStringLiteral("2026-12-08"), 14));
        const QJsonArray p = periods(report);
        QCOMPARE(p.size(), 2);
        QCOMPARE(p.at(0)[QStringLiteral("period")].toString(), QStringLiteral("2026-11"));
        QCOMPARE(p.at(0)[QStringLiteral("visits")].toInt(), 12);
        QCOMPARE(p.at(1)[QStringLiteral("visits")].toInt(), 27);
    }

    void aKioskThatSentNothingIsMissingNeverZero()
    {
        ReachReport report(query(QStringLiteral("2026-11-01"), QStringLiteral("2026-11-03"), 0));
        report.noteKiosk(QStringLiteral("b"), QStringLiteral("Riverside"));
        QVERIFY(report.add(QStringLiteral("a"), day(QStringLiteral("2026-11-01"), 3)));
        QVERIFY(report.add(QStringLiteral("b"), day(QStringLiteral("2026-11-01"), 0)));
        QVERIFY(report.add(QStringLiteral("a"), day(QStringLiteral("2026-11-02"), 2)));
        // The same day again (a second read of the broker, or the archive): counted once.
        QVERIFY(!report.add(QStringLiteral("a"), day(QStringLiteral("2026-11-02"), 2)));
        QVERIFY(!report.add(QStringLiteral("a"), day(QStringLiteral("2026-10-31"), 2)));
        const QJsonArray p = periods(report);
        QCOMPARE(p.at(0)[QStringLiteral("visits")].toInt(), 3);
        QCOMPARE(p.at(0)[QStringLiteral("missing")].toObject(), QJsonObject());
        QCOMPARE(p.at(1)[QStringLiteral("visits")].toInt(), 2);
        QCOMPARE(p.at(1)[QStringLiteral("missing")].toObject(),
            QJsonObject({ { QStringLiteral("b"), QJsonArray { QStringLiteral("2026-11-02") } } }));
        QVERIFY(p.at(2)[QStringLiteral("visits")].isNull()); // nobody sent: missing, not 0
        QCOMPARE(p.at(2)[QStringLiteral("kioskDaysReported")].toInt(), 0);
        QCOMPARE(totals(report.toJson())[QStringLiteral("kioskDaysMissing")].toInt(), 3);

        // Only the kiosks asked for.
        ReachQuery onlyB = query(QStringLiteral("2026-11-01"), QStringLiteral("2026-11-01"), 0);
        onlyB.kiosks = { QStringLiteral("b") };
        ReachReport b(onlyB);
        QVERIFY(!b.add(QStringLiteral("a"), day(QStringLiteral("2026-11-01"), 3)));
        QVERIFY(b.add(QStringLiteral("b"), day(QStringLiteral("2026-11-01"), 7)));
        QCOMPARE(periods(b).at(0)[QStringLiteral("visits")].toInt(), 7);
    }

    void theCommandLinesMistakesAreNamed()
    {
        QString why;
        const QDate today(2026, 12, 8);
        const auto fine = ReachQuery::fromOptions(
            {}, {}, {}, { QStringLiteral("a,b"), QStringLiteral("c") }, {}, today, &why);
        QVERIFY(fine);
        QCOMPARE(fine->to, QDate(2026, 12, 7)); // the last closed day
        QCOMPARE(fine->from, QDate(2026, 11, 3)); // 35 days
        QCOMPARE(fine->kiosks, QString::fromLatin1("a b c").split(u' '));
        QCOMPARE(fine->threshold, 11);
        QVERIFY(
            !ReachQuery::fromOptions(QStringLiteral("2026-13-01"), {}, {}, {}, {}, today, &why));
        QVERIFY(why.contains(QStringLiteral("YYYY-MM-DD")));
        QVERIFY(!ReachQuery::fromOptions(
            QStringLiteral("2026-12-05"), QStringLiteral("2026-12-01"), {}, {}, {}, today, &why));
        QVERIFY(why.contains(QStringLiteral("after")));
        QVERIFY(!ReachQuery::fromOptions({}, {}, QStringLiteral("year"), {}, {}, today, &why));
        QVERIFY(why.contains(QStringLiteral("day, week or month")));
        QVERIFY(!ReachQuery::fromOptions({}, {}, {}, {}, QStringLiteral("-1"), today, &why));
        QVERIFY(why.contains(QStringLiteral("--threshold")));

        // The tool: no source is a usage error, a broker that is not there exit 3.
        QCOMPARE(pack({ QStringLiteral("--json") }).exitCode, 2);
        QCOMPARE(pack({ QStringLiteral("--broker"), brokerUrl(Loopback::freePort()),
                          QStringLiteral("--wait"), QStringLiteral("2") })
                     .exitCode,
            3);
        QCOMPARE(
            pack({ QStringLiteral("--archive"), QStringLiteral("/proc/no/such.sqlite") }).exitCode,
            1);
    }

    void twoKiosksOnARealBrokerAndTheArchive()
    {
        Broker broker;
        QTemporaryDir stateA, stateB, work;
        // Days the kiosks closed before: kiosk-b sent nothing on 12-06.
        QString why;
        for (const ReachDay &d : { closedDay(QStringLiteral("2026-12-05"), 40, 6, 300),
                 closedDay(QStringLiteral("2026-12-06"), 25, 12, 280),
                 closedDay(QStringLiteral("2026-12-07"), 3, 1, 310) })
            QVERIFY2(ReachLedger(stateA.path()).merge(d, &why), qPrintable(why));
        for (const ReachDay &d : { closedDay(QStringLiteral("2026-12-05"), 22, 2, 290),
                 closedDay(QStringLiteral("2026-12-07"), 14, 9, 305) })
            QVERIFY2(ReachLedger(stateB.path()).merge(d, &why), qPrintable(why));
        // kiosk-a stopped cleanly earlier today: today's counts so far are not a closed day.
        QVERIFY(ReachLedger(stateA.path())
                    .merge(closedDay(QStringLiteral("2026-12-08"), 9, 0, 50), &why));

        KioskProcess a(QStringLiteral("kiosk-a"), broker.port, {},
            { QStringLiteral("--state"), stateA.path(), QStringLiteral("--now"), Today });
        KioskProcess b(QStringLiteral("kiosk-b"), broker.port, {},
            { QStringLiteral("--state"), stateB.path(), QStringLiteral("--now"), Today });
        a.start();
        b.start();
        const QStringList range { QStringLiteral("--from"), QStringLiteral("2026-12-05"),
            QStringLiteral("--to"), QStringLiteral("2026-12-08") };
        const QStringList source { QStringLiteral("--broker"), brokerUrl(broker.port),
            QStringLiteral("--wait"), QStringLiteral("5") };
        Run all;
        QTRY_VERIFY_WITH_TIMEOUT((all = pack(source + range
                                      + QStringList { QStringLiteral("--json"),
                                          QStringLiteral("--threshold"), QStringLiteral("0") }))
                                     .json()
                                     .value(QStringLiteral("kiosks"))
                                     .toArray()
                                     .size()
                == 2,
            60000);
        QCOMPARE(all.exitCode, 0);
        QJsonObject json = all.json();
        QJsonArray p = json.value(QStringLiteral("periods")).toArray();
        QCOMPARE(p.size(), 4);
        QCOMPARE(p.at(0)[QStringLiteral("visits")].toInt(), 62); // 40 + 22
        QCOMPARE(p.at(1)[QStringLiteral("visits")].toInt(), 25); // kiosk-b missing
        QCOMPARE(p.at(1)[QStringLiteral("missing")].toObject().keys(),
            QStringList { QStringLiteral("kiosk-b") });
        QCOMPARE(p.at(2)[QStringLiteral("visits")].toInt(), 17);
        QVERIFY(p.at(3)[QStringLiteral("visits")].isNull()); // today: no closed day yet
        QJsonObject t = totals(json);
        QCOMPARE(t.value(QStringLiteral("visits")).toInt(), 104);
        QCOMPARE(t[QStringLiteral("languages")][QStringLiteral("ar")].toInt(), 30);
        QCOMPARE(t[QStringLiteral("languages")][QStringLiteral("en")].toInt(), 74);
        QCOMPARE(t[QStringLiteral("features")][QStringLiteral("listen")].toInt(), 30);
        QCOMPARE(
            t[QStringLiteral("takeAways")][QStringLiteral("call")].toInt(), 13 + 8 + 1 + 7 + 4);
        const QJsonObject slide = json.value(QStringLiteral("slides")).toArray().at(0).toObject();
        QCOMPARE(slide.value(QStringLiteral("plays")).toInt(), 300 + 280 + 310 + 290 + 305);
        QCOMPARE(slide.value(QStringLiteral("daysPlayed")).toInt(), 3);
        QCOMPARE(slide.value(QStringLiteral("daysInWindow")).toInt(), 4);
        QCOMPARE(slide.value(QStringLiteral("start")).toString(), QStringLiteral("2026-12-01"));

        // The cell-size rule by default: 3 + 14 = 17 is shown; kiosk-a's 1 Arabic visit on 12-07
        // is inside the sums, and the sums are what is shown.
        Run hidden = pack(source + range
            + QStringList { QStringLiteral("--json"), QStringLiteral("--to"),
                QStringLiteral("2026-12-07"), QStringLiteral("--kiosk"),
                QStringLiteral("kiosk-a") });
        QCOMPARE(hidden.exitCode, 0);
        const QJsonArray onlyA = hidden.json().value(QStringLiteral("periods")).toArray();
        QCOMPARE(onlyA.at(2)[QStringLiteral("visits")].toString(), QStringLiteral("fewer than 11"));
        QCOMPARE(totals(hidden.json()).value(QStringLiteral("visits")).toString(),
            QStringLiteral("suppressed"));

        // --archive twice: the same database, row for row (read by sqlite3 itself).
        const QString archive = work.filePath(QStringLiteral("reach.sqlite"));
        const QStringList archiving = source + range
            + QStringList { QStringLiteral("--archive"), archive, QStringLiteral("--json"),
                  QStringLiteral("--threshold"), QStringLiteral("0") };
        const Run first = pack(archiving);
        QCOMPARE(first.exitCode, 0);
        const Run dump1 = run(QStringLiteral("sqlite3"), { archive, QStringLiteral(".dump") });
        QCOMPARE(dump1.exitCode, 0);
        QVERIFY(dump1.out.contains("kiosk-b"));
        QCOMPARE(pack(archiving).exitCode, 0);
        const Run dump2 = run(QStringLiteral("sqlite3"), { archive, QStringLiteral(".dump") });
        QCOMPARE(dump2.out, dump1.out);
        const Run rows = run(
            QStringLiteral("sqlite3"), { archive, QStringLiteral("SELECT count(*) FROM days") });
        QCOMPARE(rows.out.trimmed(), QByteArray("5"));
        QCOMPARE(first.json(), json);
        // The archive alone gives the same report: the history outlives the broker.
        const Run alone = pack(range
            + QStringList { QStringLiteral("--archive"), archive, QStringLiteral("--json"),
                QStringLiteral("--threshold"), QStringLiteral("0") });
        QCOMPARE(alone.exitCode, 0);
        QCOMPARE(alone.json(), json);

        // A restarted kiosk: kiosk-a stops cleanly (its day merged, not overwritten), starts the
        // next day and sends 12-08 as closed.
        a.signal(SIGTERM);
        QVERIFY(a.waitForFinished());
        QCOMPARE(ReachLedger(stateA.path()).read(QDate(2026, 12, 8))->visits, 9);
        KioskProcess again(QStringLiteral("kiosk-a"), broker.port, {},
            { QStringLiteral("--state"), stateA.path(), QStringLiteral("--now"),
                QStringLiteral("2026-12-09T08:00:00-06:00") });
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(pack(source + range
                                      + QStringList { QStringLiteral("--json"),
                                          QStringLiteral("--threshold"), QStringLiteral("0") })
                                      .json()
                                      .value(QStringLiteral("periods"))
                                      .toArray()
                                      .at(3)[QStringLiteral("visits")]
                                      .toInt(),
            9, 60000);

        // CSV for spreadsheets, and the HTML page in a real browser.
        const QString csv = work.filePath(QStringLiteral("reach.csv"));
        QCOMPARE(pack(source + range
                     + QStringList { QStringLiteral("--csv"), csv, QStringLiteral("--threshold"),
                         QStringLiteral("0") })
                     .exitCode,
            0);
        const QString csvText = QString::fromUtf8(readFile(csv));
        QVERIFY(csvText.startsWith(QStringLiteral("table,key,period,value\n")));
        QVERIFY(csvText.contains(QStringLiteral("visits,,2026-12-05,62\n")));
        QVERIFY(csvText.contains(QStringLiteral("languages,ar,2026-12-05..2026-12-08,30\n")));

        const QString html = work.filePath(QStringLiteral("reach.html"));
        const Run report = pack(source + range + QStringList { QStringLiteral("--html"), html });
        QCOMPARE(report.exitCode, 0);
        const Run page = pack(source + range + QStringList { QStringLiteral("--json") });
        checkInChromium(html, page.json());
    }

private:
    /** Opens @p html in headless Chromium: the page renders, and each figure of @p json is in the
     * cell the page names for it. A screenshot goes to $KIOSK_REACH_SHOTS when set. */
    void checkInChromium(const QString &html, const QJsonObject &json)
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        QVERIFY2(!chromium.isEmpty(), "chromium is not installed (packaging/dev.sh installs it)");
        QTemporaryDir profile;
        const QStringList common { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--user-data-dir=") + profile.path() };
        const Run dom = run(chromium,
            common
                + QStringList { QStringLiteral("--dump-dom"),
                    QUrl::fromLocalFile(html).toString() },
            120000);
        QCOMPARE(dom.exitCode, 0);
        const QString rendered = QString::fromUtf8(dom.out);
        QVERIFY2(rendered.contains(QStringLiteral("What the lactation kiosks reached")),
            qPrintable(dom.err.left(2000)));
        const QMap<QString, QString> expected = figures(json);
        QVERIFY(expected.size() >= 25); // 4 periods, 4 totals, 6 table cells, a slide, 2 kiosks
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            const QRegularExpression cell(QStringLiteral("data-key=\"%1\">([^<]*)<")
                                              .arg(QRegularExpression::escape(it.key())));
            const auto match = cell.match(rendered);
            QVERIFY2(match.hasMatch(), qPrintable(QStringLiteral("no cell for ") + it.key()));
            QCOMPARE(match.captured(1), it.value());
        }
        QVERIFY(rendered.contains(QStringLiteral("fewer than 11")));
        const QString shots = qEnvironmentVariable("KIOSK_REACH_SHOTS");
        QTemporaryDir here;
        const QString png
            = (shots.isEmpty() ? here.path() : shots) + QStringLiteral("/reach-report.png");
        const Run shot = run(chromium,
            common
                + QStringList { QStringLiteral("--window-size=1280,3200"),
                    QStringLiteral("--hide-scrollbars"), QStringLiteral("--screenshot=") + png,
                    QUrl::fromLocalFile(html).toString() },
            120000);
        QCOMPARE(shot.exitCode, 0);
        QVERIFY(QFileInfo(png).size() > 20000);
    }
};

QTEST_MAIN(TestReachReport)
#include "tst_reachreport.moc"
