// lactation-pack as IT runs it: exit codes, problem lines, and the inspect JSON.
#include "testpack.h"
#include "toolrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Run = ToolRun;

Run run(const QStringList &args)
{
    return runTool(QStringLiteral(LACTATION_PACK_BIN), args);
}

const char *Events
    = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\n"
      "BEGIN:VEVENT\nUID:group\nSUMMARY:Support group\nLOCATION:Room 1\n"
      "DTSTART;TZID=America/Chicago:20261027T100000\n"
      "DTEND;TZID=America/Chicago:20261027T113000\n"
      "RRULE:FREQ=WEEKLY;BYDAY=TU\nEND:VEVENT\n"
      "BEGIN:VEVENT\nUID:group\nSUMMARY:Support group\nSTATUS:CANCELLED\n"
      "RECURRENCE-ID;TZID=America/Chicago:20261110T100000\n"
      "DTSTART;TZID=America/Chicago:20261110T100000\nEND:VEVENT\n"
      "BEGIN:VEVENT\nUID:es\nSUMMARY:Spanish-speaking group\nX-LACTATION-LANGUAGE:es\n"
      "CONFERENCE;VALUE=URI:https://meet.example.org/es\n"
      "DTSTART;TZID=America/Chicago:20261105T180000\nDURATION:PT1H\nEND:VEVENT\n"
      "BEGIN:VEVENT\nUID:day\nSUMMARY:Open day\nDTSTART;VALUE=DATE:20261104\nEND:VEVENT\n"
      "END:VCALENDAR\n";

} // namespace

class TestPackTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateCleanPack()
    {
        const Run r = run({ QStringLiteral("validate"), QStringLiteral(KIOSK_DEFAULT_PACK) });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QCOMPARE(run({ QStringLiteral("validate"), QStringLiteral("--strict"),
                         QStringLiteral(KIOSK_DEFAULT_PACK) })
                     .exitCode,
            0);
    }

    void validateFiveLanguagesNamesWhatOneLacks()
    {
        // The page only English has shows in English elsewhere: a warning per language, not a
        // refusal; the pack's own Vietnamese catalogue and the notices in six scripts pass.
        const Run r = run({ QStringLiteral("validate"), QStringLiteral(KIOSK_TEST_DATA "/five-language-pack") });
        QCOMPARE(r.exitCode, 0);
        QStringList expected;
        for (const QString &tag : { QStringLiteral("es"), QStringLiteral("vi"), QStringLiteral("zh-Hans"), QStringLiteral("ar") })
            expected.append(QStringLiteral("pages/%1/parking.md: warning: is missing: a visitor reading '%1' sees page 'parking' in 'en'").arg(tag));
        QCOMPARE(r.out, expected.join(u'\n') + u'\n');
    }

    void validateWarnsAndStrictFails()
    {
        // The second site's pack has no helpline: it validates, with one warning on the line
        // that lists the sections; --strict makes the warning an error.
        const QString site = QStringLiteral(KIOSK_TEST_DATA "/riverside-pack");
        const QString warning = QStringLiteral(
            "pack.json:11: warning: section 'help': no service has kind 'helpline', so the heading "
            "\"Call for help\" would have nothing under it; the kiosk leaves the heading out\n");
        const Run r = run({ QStringLiteral("validate"), site });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, warning);
        const Run strict = run({ QStringLiteral("validate"), site, QStringLiteral("--strict") });
        QCOMPARE(strict.exitCode, 1);
        QCOMPARE(strict.out, warning);
        // inspect keeps stdout for JSON; the warning goes to stderr.
        const Run inspect = run({ QStringLiteral("inspect"), site, QStringLiteral("--json") });
        QCOMPARE(inspect.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(inspect.out.toUtf8()).isObject());
        QVERIFY2(inspect.err.contains(warning), qPrintable(inspect.err));
    }

    /** Captions that would show badly: the video still plays, so the pack validates. */
    void validatePrintsCaptionProblems()
    {
        TestPack pack;
        pack.write(QStringLiteral("media/v.webm"), QByteArray("\x1a\x45\xdf\xa3", 4));
        pack.write(QStringLiteral("media/v.en.vtt"),
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nFeeding cues\n\n"
            "00:00:04.000 -> 00:00:05.000\nOne dash short\n");
        pack.write(QStringLiteral("slides.json"), R"({ "slides": [ { "id": "v",
            "video": "media/v.webm", "caption": { "en": "a", "es": "b" },
            "subtitles": { "en": "media/v.en.vtt" } } ] })");
        const Run r = run({ QStringLiteral("validate"), pack.path() });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QVERIFY2(
            lines.contains(QStringLiteral(
                "media/v.en.vtt:6: warning: expected a cue's timing line, like 00:00:01.000 "
                "--> 00:00:04.000, not '00:00:04.000 -> 00:00:05.000'; the block is left out")),
            qPrintable(r.out));
        QVERIFY2(lines.contains(QStringLiteral(
                     "slides.json: slides[0] (id 'v').subtitles.es: warning: is missing: a visitor "
                     "reading 'es' sees the captions in 'en'")),
            qPrintable(r.out));
        QCOMPARE(
            run({ QStringLiteral("validate"), QStringLiteral("--strict"), pack.path() }).exitCode,
            1);
    }

    void validateBrokenPackPrintsOneLinePerProblem()
    {
        TestPack pack;
        pack.write(QStringLiteral("rooms.json"), "{\n  \"rooms\": [\n    { \"id\": 1 ]\n}\n");
        pack.write(QStringLiteral("events.en.ics"),
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\n"
            "DTSTART:20261201T100000\nEND:VEVENT\nEND:VCALENDAR\n");
        pack.write(QStringLiteral("slides.json"), R"({ "slides": [ { "id": "s", "image": "../x.png",
            "caption": { "en": "a", "es": "b" } } ] })");
        const Run r = run({ QStringLiteral("validate"), pack.path() });
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(
            lines.contains(QStringLiteral("events.en.ics:2: event has no UID")), qPrintable(r.out));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                     [](const QString &l) {
                         return l.startsWith(QStringLiteral("rooms.json:3: invalid JSON: "));
                     }),
            qPrintable(r.out));
        QVERIFY2(lines.contains(
                     QStringLiteral("slides.json: slides[0] (id 's').image: '../x.png' leaves the "
                                    "pack folder (..)")),
            qPrintable(r.out));
    }

    void usageErrors()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("validate") }).exitCode, 2);
        TestPack pack;
        const Run noJson = run({ QStringLiteral("inspect"), pack.path() });
        QCOMPARE(noJson.exitCode, 2);
        const Run badLanguage = run({ QStringLiteral("inspect"), pack.path(),
            QStringLiteral("--json"), QStringLiteral("--language"), QStringLiteral("fr") });
        QCOMPARE(badLanguage.exitCode, 2);
        QVERIFY(badLanguage.err.contains(
            QStringLiteral("--language fr is not one of the pack's languages")));
        const Run badDate = run({ QStringLiteral("inspect"), pack.path(), QStringLiteral("--json"),
            QStringLiteral("--from"), QStringLiteral("tomorrow") });
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.err.contains(QStringLiteral("--from 'tomorrow' is not a date")));
    }

    void inspectBrokenPackFails()
    {
        TestPack pack;
        pack.write(QStringLiteral("rooms.json"), "nope");
        const Run r = run({ QStringLiteral("inspect"), pack.path(), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith(QStringLiteral("rooms.json:1: invalid JSON")));
    }

    void inspectJson()
    {
        TestPack pack;
        pack.write(QStringLiteral("events.en.ics"), Events);
        pack.write(QStringLiteral("rooms.json"), R"({ "rooms": [ { "id": "a",
            "name": { "en": "Room A", "es": "Sala A" }, "location": { "en": "Here", "es": "Aquí" },
            "amenities": ["seat", "sink"] } ] })");
        pack.write(QStringLiteral("services.en.json"), R"([ { "id": "h", "name": "Helpline",
            "phones": [ { "number": "1-800-994-9662" } ], "languages": [ { "code": "en" }, { "code": "es" } ],
            "attributes": [ { "taxonomy_term": { "code": "helpline", "taxonomy": "lactation-kiosk" } } ] } ])");
        const Run r = run({ QStringLiteral("inspect"), pack.path(), QStringLiteral("--json"),
            QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
            QStringLiteral("2026-11-17") });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        const QJsonObject packInfo = o.value(QStringLiteral("pack")).toObject();
        QCOMPARE(packInfo.value(QStringLiteral("id")).toString(), QStringLiteral("test-pack"));
        QCOMPARE(packInfo.value(QStringLiteral("title")).toString(), QStringLiteral("Test"));
        QCOMPARE(packInfo.value(QStringLiteral("timezone")).toString(),
            QStringLiteral("America/Chicago"));
        QCOMPARE(packInfo.value(QStringLiteral("languages")).toArray().size(), 2);

        const QJsonObject service
            = o.value(QStringLiteral("services")).toArray().first().toObject();
        QCOMPARE(service.value(QStringLiteral("id")).toString(), QStringLiteral("h"));
        QCOMPARE(service.value(QStringLiteral("name")).toString(), QStringLiteral("Helpline"));
        QCOMPARE(service.value(QStringLiteral("kind")).toString(), QStringLiteral("helpline"));
        QCOMPARE(service.value(QStringLiteral("phones"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("number"))
                     .toString(),
            QStringLiteral("1-800-994-9662"));
        QCOMPARE(service.value(QStringLiteral("languages")).toArray(),
            QJsonArray({ QStringLiteral("en"), QStringLiteral("es") }));

        const QJsonObject room = o.value(QStringLiteral("rooms")).toArray().first().toObject();
        QCOMPARE(room.value(QStringLiteral("name")).toString(), QStringLiteral("Room A"));
        QCOMPARE(room.value(QStringLiteral("amenities")).toArray(),
            QJsonArray({ QStringLiteral("seat"), QStringLiteral("sink") }));

        // Sorted by start; DST ends on 1 Nov; the cancelled week is listed, not hidden.
        const QJsonArray occ = o.value(QStringLiteral("occurrences")).toArray();
        QStringList seen;
        for (const auto &v : occ) {
            const QJsonObject x = v.toObject();
            seen.append(x.value(QStringLiteral("uid")).toString() + u' '
                + x.value(QStringLiteral("start")).toString() + u' '
                + x.value(QStringLiteral("end")).toString()
                + (x.value(QStringLiteral("cancelled")).toBool() ? QStringLiteral(" cancelled")
                                                                 : QString()));
        }
        QCOMPARE(seen,
            QStringList({
                QStringLiteral("group 2026-11-03T10:00:00-06:00 2026-11-03T11:30:00-06:00"),
                QStringLiteral("day 2026-11-04 2026-11-05"),
                QStringLiteral("es 2026-11-05T18:00:00-06:00 2026-11-05T19:00:00-06:00"),
                QStringLiteral(
                    "group 2026-11-10T10:00:00-06:00 2026-11-10T11:30:00-06:00 cancelled"),
                QStringLiteral("group 2026-11-17T10:00:00-06:00 2026-11-17T11:30:00-06:00"),
            }));
        const QJsonObject es = occ.at(2).toObject();
        QCOMPARE(es.value(QStringLiteral("language")).toString(), QStringLiteral("es"));
        QCOMPARE(es.value(QStringLiteral("joinUrl")).toString(),
            QStringLiteral("https://meet.example.org/es"));
        QCOMPARE(es.value(QStringLiteral("summary")).toString(),
            QStringLiteral("Spanish-speaking group"));
        QCOMPARE(occ.at(0).toObject().value(QStringLiteral("location")).toString(),
            QStringLiteral("Room 1"));
        QCOMPARE(occ.at(0).toObject().value(QStringLiteral("language")).toString(),
            QStringLiteral("en"));
        QVERIFY(occ.at(1).toObject().value(QStringLiteral("allDay")).toBool());
        QVERIFY(!occ.at(0).toObject().value(QStringLiteral("allDay")).toBool());
        for (const char *key : { "uid", "summary", "start", "end", "allDay", "cancelled",
                 "location", "url", "language" })
            QVERIFY2(es.contains(QLatin1String(key)), key);
    }

    void inspectLanguageAndDefaultWindow()
    {
        TestPack pack;
        pack.write(
            QStringLiteral("services.es.json"), R"([ { "id": "h", "name": "Línea de ayuda" } ])");
        const Run r = run({ QStringLiteral("inspect"), pack.path(), QStringLiteral("--json"),
            QStringLiteral("--language"), QStringLiteral("es") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(
            o.value(QStringLiteral("pack")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("Prueba"));
        QCOMPARE(o.value(QStringLiteral("services"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Línea de ayuda"));
        const QJsonObject window = o.value(QStringLiteral("window")).toObject();
        const QDate from
            = QDate::fromString(window.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDate to
            = QDate::fromString(window.value(QStringLiteral("to")).toString(), Qt::ISODate);
        QCOMPARE(from.daysTo(to), 60);
        QVERIFY(qAbs(from.daysTo(QDate::currentDate())) <= 1);
    }

    void keysPublishVerify()
    {
        QTemporaryDir dir;
        const QString keys = dir.filePath(QStringLiteral("keys"));
        const QString feed = dir.filePath(QStringLiteral("feed"));
        QCOMPARE(run({ QStringLiteral("keys"), QStringLiteral("init"), keys }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("keys"), QStringLiteral("init"), keys }).exitCode,
            1); // never overwritten
        const Run published = run({ QStringLiteral("publish"), QStringLiteral(KIOSK_DEFAULT_PACK),
            QStringLiteral("--feed"), feed, QStringLiteral("--keys"), keys });
        QVERIFY2(published.exitCode == 0, qPrintable(published.out + published.err));
        QVERIFY(published.out.contains(
            QStringLiteral("published targets 1, snapshot 1, timestamp 1 (root 1)")));
        const Run verified = run({ QStringLiteral("verify"), feed, QStringLiteral("--root"),
            feed + QStringLiteral("/1.root.json") });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QVERIFY(verified.out.startsWith(QStringLiteral("feed verified: root 1, timestamp 1")));

        // A broken pack is not published; a tampered feed does not verify.
        TestPack broken;
        broken.write(QStringLiteral("rooms.json"), "nope");
        const Run refused = run({ QStringLiteral("publish"), broken.path(),
            QStringLiteral("--feed"), feed, QStringLiteral("--keys"), keys });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.contains(QStringLiteral("rooms.json:1: invalid JSON")));
        QFile ts(feed + QStringLiteral("/timestamp.json"));
        QVERIFY(ts.open(QIODevice::ReadWrite));
        QByteArray data = ts.readAll();
        data.replace("\"version\": 1", "\"version\": 9");
        ts.seek(0);
        ts.write(data);
        ts.close();
        const Run tampered = run({ QStringLiteral("verify"), feed, QStringLiteral("--root"),
            feed + QStringLiteral("/1.root.json") });
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY2(
            tampered.out.contains(QStringLiteral("valid signature")), qPrintable(tampered.out));
        QCOMPARE(run({ QStringLiteral("publish"), broken.path() }).exitCode, 2);
    }

    void builtInPackValidates()
    {
        const Run r = run({ QStringLiteral("validate"), QStringLiteral(KIOSK_DEFAULT_PACK) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestPackTool)
#include "tst_packtool.moc"
