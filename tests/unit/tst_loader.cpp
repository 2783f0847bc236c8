// The loader over whole packs: each file type, what it reports, and the built-in pack.
#include "catalogues.h"
#include "occurrences.h"
#include "packchecks.h"
#include "packreaders.h"
#include "testpack.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTranslator>

namespace {

const char *PageEn
    = "---\ntitle: Storing milk\nsection: basics\norder: 2\nsummary: How long it keeps.\n"
      "medical: true\nsources:\n  - CDC\n  - \"AAP, 2022\"\n---\n## Fridge\n\nUp to 4 days.\n";
const char *PageEs = "---\ntitle: Guardar la leche\nsection: basics\n---\nHasta 4 días.\n";

const char *Rooms = R"({ "rooms": [ {
  "id": "room-a", "name": { "en": "Room A", "es": "Sala A" },
  "location": { "en": "2nd floor", "es": "Segundo piso" },
  "access": { "en": "Ask the desk", "es": "Pregunte" },
  "amenities": ["seat", "outlet", "fridge"], "state": "free" } ] })";

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packJson()
    {
        TestPack pack;
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        const PackInfo &info = result.content->pack;
        QCOMPARE(info.format, 1);
        QCOMPARE(info.version, 1);
        QCOMPARE(info.languages, QStringList({ QStringLiteral("en"), QStringLiteral("es") }));
        QCOMPARE(info.defaultLanguage(), QStringLiteral("en"));
        QCOMPARE(info.title.in(QStringLiteral("es")), QStringLiteral("Prueba"));
        QCOMPARE(info.siteName.in(QStringLiteral("en")), QStringLiteral("Test lab"));
        QCOMPARE(info.timeZone.id(), QByteArray("America/Chicago"));
        QVERIFY(!info.demo);
        QCOMPARE(info.sections.size(), 6); // all, by default
        QCOMPARE(info.topics.size(), 1);
    }

    void packJsonProblems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray base = R"("format": 1, "id": "p", "version": 1, "title": { "en": "T" },
            "languages": ["en"], "site": { "name": { "en": "S" }, "timezone": "America/Chicago" })";
        auto with = [&](const char *extra) -> QByteArray {
            return "{" + base + extra + "}";
        };
        QTest::newRow("clock") << QByteArray(R"({ "format": 1, "id": "p", "version": 1,
            "title": { "en": "T", "es": "T" }, "languages": ["en", "es"],
            "site": { "name": { "en": "S", "es": "S" }, "timezone": "America/Chicago",
                      "clock": "am/pm" } })")
                               << QStringLiteral(
                                      "pack.json: site.clock: 'am/pm' is not 12h or 24h");
        QTest::newRow("format 2") << QByteArray(
            R"({ "format": 2, "id": "p", "version": 1, "title": { "en": "T" },
            "languages": ["en"], "site": { "name": { "en": "S" }, "timezone": "America/Chicago" } })")
                                  << QStringLiteral("pack.json: format: format 2 is not supported");
        QTest::newRow("unknown field") << with(R"(, "colour": "red")")
                                       << QStringLiteral("pack.json: colour: is not a known field");
        QTest::newRow("bad section")
            << with(R"(, "sections": ["learn", "games"])")
            << QStringLiteral("pack.json: sections[1]: 'games' is not a section");
        QTest::newRow("demo not bool") << with(R"(, "demo": "yes")")
                                       << QStringLiteral("pack.json: demo: must be true or false");
        QTest::newRow("zone")
            << QByteArray(R"({ "format": 1, "id": "p", "version": 1, "title": { "en": "T" },
            "languages": ["en"], "site": { "name": { "en": "S" }, "timezone": "Central" } })")
            << QStringLiteral("pack.json: site.timezone: 'Central' is not an IANA time zone");
        QTest::newRow("missing translation")
            << QByteArray(R"({ "format": 1, "id": "p", "version": 1,
            "title": { "en": "T" }, "languages": ["en", "es"],
            "site": { "name": { "en": "S", "es": "S" }, "timezone": "America/Chicago" } })")
            << QStringLiteral("pack.json: title.es: is missing");
        QTest::newRow("bad language")
            << QByteArray(R"({ "format": 1, "id": "p", "version": 1,
            "title": { "en": "T" }, "languages": ["English"],
            "site": { "name": { "en": "S" }, "timezone": "America/Chicago" } })")
            << QStringLiteral("pack.json: languages[0]: 'English' is not a language code");
        QTest::newRow("unknown language")
            << QByteArray(R"({ "format": 1, "id": "p", "version": 1,
            "title": { "en": "T", "qq": "T" }, "languages": ["en", "qq"],
            "site": { "name": { "en": "S", "qq": "S" }, "timezone": "America/Chicago" } })")
            << QStringLiteral("pack.json: languages: 'qq' is not a language the kiosk knows: give "
                              "it a profile in languageProfiles");
        QTest::newRow("not an object")
            << QByteArray("[]") << QStringLiteral("pack.json: must hold a JSON object");
        QTest::newRow("bad id") << QByteArray(R"({ "format": 1, "id": "My Pack", "version": 1,
            "title": { "en": "T" }, "languages": ["en"],
            "site": { "name": { "en": "S" }, "timezone": "America/Chicago" } })")
                                << QStringLiteral("pack.json: id: 'My Pack' must be lower-case");
    }

    void packJsonProblems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        TestPack pack;
        pack.write(QStringLiteral("pack.json"), json);
        const auto result = pack.load();
        QVERIFY(!result.ok());
        QVERIFY2(
            result.problems.size() == 1 && result.problems.first().toString().startsWith(expected),
            qPrintable(TestPack::describe(result)));
    }

    void missingOptionalFilesAreFine()
    {
        TestPack pack;
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        QVERIFY(result.content->services.isEmpty());
        QVERIFY(result.content->events.isEmpty());
        QVERIFY(result.content->rooms.isEmpty());
        QVERIFY(result.content->pages.isEmpty());
        QVERIFY(result.content->slides.isEmpty());
    }

    void rooms()
    {
        TestPack pack;
        pack.write(QStringLiteral("rooms.json"), Rooms);
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        QCOMPARE(result.content->rooms.size(), 1);
        const Room &room = result.content->rooms.first();
        QCOMPARE(room.id, QStringLiteral("room-a"));
        QCOMPARE(room.name.in(QStringLiteral("es")), QStringLiteral("Sala A"));
        QCOMPARE(room.location.in(QStringLiteral("en")), QStringLiteral("2nd floor"));
        QCOMPARE(room.amenities,
            QStringList(
                { QStringLiteral("seat"), QStringLiteral("outlet"), QStringLiteral("fridge") }));
        QCOMPARE(room.state, QStringLiteral("free"));
    }

    void languageHelp()
    {
        TestPack pack;
        pack.write(QStringLiteral("language-help.json"), R"({ "notices": [
          { "language": "en", "text": "Free language help. Ask at the front desk." },
          { "language": "ur", "text": "مفت زبان کی مدد" },
          { "language": "zh-Hant", "text": "免費語言協助" } ] })");
        const auto loaded = pack.load();
        QVERIFY2(loaded.ok() && !TestPack::describe(loaded).contains(QStringLiteral("language-help")),
            qPrintable(TestPack::describe(loaded)));
        const auto &notices = loaded.content->languageHelp;
        QCOMPARE(notices.size(), 3); // languages the pack does not otherwise offer too
        QCOMPARE(notices.at(1).language, QStringLiteral("ur"));
        QCOMPARE(notices.at(2).text, QStringLiteral("免費語言協助"));
        QVERIFY(loaded.content->fills(QStringLiteral("language-help")));
        QVERIFY(loaded.content->filledSections().contains(QStringLiteral("language-help")));
    }

    void languageHelpProblems()
    {
        TestPack pack;
        pack.write(QStringLiteral("language-help.json"), R"({ "notices": [
          { "language": "English", "text": "x" },
          { "language": "qq", "text": "x" },
          { "language": "vi", "text": "x" },
          { "language": "vi", "text": "y" },
          { "language": "fr" } ] })");
        const auto loaded = pack.load();
        const QString all = TestPack::describe(loaded);
        QVERIFY(!loaded.ok());
        for (const char *expected :
            { "language-help.json: notices[0].language: 'English' is not a language code like 'vi'",
                "language-help.json: notices[1].language: 'qq' is not a language the kiosk knows",
                "language-help.json: notices[3].language: 'vi' has a notice already",
                "language-help.json: notices[4].text: is required" })
            QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(all));
    }

    void roomProblems()
    {
        TestPack pack;
        pack.write(QStringLiteral("rooms.json"), R"({ "rooms": [
          { "id": "a", "name": { "en": "A", "es": "A" }, "location": { "en": "x", "es": "x" },
            "amenities": ["jacuzzi"], "state": "busy" },
          { "id": "a", "name": { "en": "B" }, "location": { "en": "y", "es": "y" } } ] })");
        const QString all = TestPack::describe(pack.load());
        QVERIFY2(all.contains(QStringLiteral(
                     "rooms.json: rooms[0] (id 'a').amenities[0]: 'jacuzzi' is not an amenity")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(
                     "rooms.json: rooms[0] (id 'a').state: 'busy' is not a room state")),
            qPrintable(all));
        QVERIFY2(
            all.contains(QStringLiteral("rooms.json: rooms[1] (id 'a').id: 'a' is used twice")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("rooms.json: rooms[1] (id 'a').name.es: is missing")),
            qPrintable(all));
    }

    void slides()
    {
        TestPack pack;
        pack.write(QStringLiteral("media/a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        pack.write(QStringLiteral("media/v.mp4"),
            QByteArray("\0\0\0\x18"
                       "ftypmp42",
                12));
        pack.write(QStringLiteral("media/v.en.vtt"), "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n");
        pack.write(QStringLiteral("media/v.es.vtt"), "WEBVTT\n\n00:00.000 --> 00:01.000\nHola\n");
        pack.write(QStringLiteral("slides.json"), R"({ "slides": [
          { "id": "one", "image": "media/a.svg", "caption": { "en": "Hi", "es": "Hola" },
            "start": "2026-11-01", "end": "2026-12-31", "seconds": 8 },
          { "id": "two", "video": "media/v.mp4", "caption": { "en": "Video", "es": "Vídeo" },
            "subtitles": { "en": "media/v.en.vtt", "es": "media/v.es.vtt" } } ] })");
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        const auto &slides = result.content->slides;
        QCOMPARE(slides.size(), 2);
        QCOMPARE(slides.at(0).image, QStringLiteral("media/a.svg"));
        QCOMPARE(slides.at(0).start, QDate(2026, 11, 1));
        QCOMPARE(slides.at(0).end, QDate(2026, 12, 31));
        QCOMPARE(slides.at(0).seconds, 8);
        QCOMPARE(slides.at(1).video, QStringLiteral("media/v.mp4"));
        QCOMPARE(
            slides.at(1).subtitles.value(QStringLiteral("es")), QStringLiteral("media/v.es.vtt"));
        QCOMPARE(slides.at(1).captions.value(QStringLiteral("es")).value(0).text,
            QStringLiteral("Hola"));
        QCOMPARE(slides.at(1).seconds, 10);
    }

    /** What a captioning tool writes: cues as plain text, by start, in milliseconds. */
    void webVttCues()
    {
        QList<Problem> problems;
        ProblemSink sink(&problems, QStringLiteral("media/v.en.vtt"));
        const auto cues = parseWebVtt(QStringLiteral("WEBVTT - made by hand\r\n"
                                                     "Kind: captions\r\n"
                                                     "\r\n"
                                                     "STYLE\r\n"
                                                     "::cue { color: yellow }\r\n"
                                                     "\r\n"
                                                     "REGION\r\n"
                                                     "id:low width:40%\r\n"
                                                     "\r\n"
                                                     "NOTE the nurse speaks first,\r\n"
                                                     "then the mother\r\n"
                                                     "\r\n"
                                                     "intro\r\n"
                                                     "00:00:01.000 --> 00:00:03.500 line:80% "
                                                     "align:center\r\n"
                                                     "<v Nurse>Feeding <b>cues</b>:</v>\r\n"
                                                     "<i>watch</i> your <c.yellow>baby</c>\r\n"
                                                     "\r\n"
                                                     "01:02:03.004 --> 01:02:04.000\r\n"
                                                     "Milk &amp; rest &lt;3&gt;&nbsp;ok &#233; "
                                                     "&bogus; AT&T\r\n"
                                                     "\r\n"
                                                     "00:00.500-->00:02.000\r\n"
                                                     "Early <00:00:01.000>and karaoke\r\n"
                                                     "00:04.000 --> 00:05.000\r\n"
                                                     "No blank line before me\r\n"
                                                     "\r\n"
                                                     "00:06.000 --> 00:07.000\r\n"
                                                     "<b></b>\r\n"),
            sink);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(cues.size(), 4); // the empty cue shows nothing
        QCOMPARE(cues.at(0).startMs, 500);
        QCOMPARE(cues.at(0).endMs, 2000);
        QCOMPARE(cues.at(0).text, QStringLiteral("Early and karaoke"));
        QCOMPARE(cues.at(1).startMs, 1000);
        QCOMPARE(cues.at(1).endMs, 3500);
        QCOMPARE(cues.at(1).text, QStringLiteral("Feeding cues:\nwatch your baby"));
        QCOMPARE(cues.at(2).text, QStringLiteral("No blank line before me"));
        QCOMPARE(cues.at(3).startMs, ((1 * 60 + 2) * 60 + 3) * 1000 + 4);
        QCOMPARE(cues.at(3).text, QStringLiteral("Milk & rest <3>\u00a0ok \u00e9 &bogus; AT&T"));
    }

    /**
     * What is wrong inside a captions file is a warning at its line: the pack still loads and the
     * video plays without that cue. A reference that is no WebVTT file stays an error, as for
     * every media file.
     */
    void captionProblems()
    {
        TestPack pack;
        pack.write(QStringLiteral("media/v.webm"), QByteArray("\x1a\x45\xdf\xa3", 4));
        pack.write(QStringLiteral("media/a.svg"), "<svg/>");
        pack.write(QStringLiteral("media/v.en.vtt"),
            "WEBVTT\n"
            "\n"
            "1\n"
            "00:00:01.000 --> 00:00:03.000\n"
            "Good\n"
            "\n"
            "2\n"
            "00:00:04,000 --> 00:00:05.000\n"
            "A comma, as SubRip writes it\n"
            "\n"
            "00:06.000 --> 00:05.000\n"
            "Backwards\n"
            "\n"
            "00:07.000 -> 00:08.000\n"
            "One dash short\n"
            "\n"
            "00:61.000 --> 00:62.000\n"
            "No such second\n");
        pack.write(QStringLiteral("media/v.es.vtt"), "WEBVTTX\n\n00:01.000 --> 00:02.000\nHola\n");
        pack.write(QStringLiteral("slides.json"), R"({ "slides": [
          { "id": "v", "video": "media/v.webm", "caption": { "en": "V", "es": "V" },
            "subtitles": { "en": "media/v.en.vtt", "es": "media/v.es.vtt" } },
          { "id": "w", "video": "media/v.webm", "caption": { "en": "W", "es": "W" },
            "subtitles": { "es": "media/v.es.vtt" } },
          { "id": "x", "video": "media/v.webm", "caption": { "en": "X", "es": "X" },
            "subtitles": { "en": "media/v.en.vtt" } },
          { "id": "pic", "image": "media/a.svg", "caption": { "en": "P", "es": "P" },
            "subtitles": { "en": "media/v.en.vtt", "es": "media/v.en.vtt" } } ] })");
        const auto result = pack.load();
        QVERIFY2(result.ok(), qPrintable(TestPack::describe(result)));
        const QString all = TestPack::describe(result);
        for (const char *expected :
            { "media/v.en.vtt:8: warning: '00:00:04,000 --> 00:00:05.000' is not a cue timing "
              "like 00:00:01.000 --> 00:00:04.000 (or 00:01.000 --> 00:04.000); the cue is left "
              "out",
                "media/v.en.vtt:11: warning: the cue ends at 00:05.000, not after it starts at "
                "00:06.000; it would never show",
                "media/v.en.vtt:14: warning: expected a cue's timing line, like 00:00:01.000 --> "
                "00:00:04.000, not '00:07.000 -> 00:08.000'; the block is left out",
                "media/v.en.vtt:17: warning: '00:61.000 --> 00:62.000' is not a cue timing",
                "media/v.es.vtt:1: warning: a WebVTT file starts with the line WEBVTT, not "
                "'WEBVTTX'; the video plays without these captions",
                "slides.json: slides[1] (id 'w').subtitles.en: warning: is missing: a visitor "
                "reading 'en' sees the video without captions",
                "slides.json: slides[2] (id 'x').subtitles.es: warning: is missing: a visitor "
                "reading 'es' sees the captions in 'en'",
                "slides.json: slides[3] (id 'pic').subtitles: warning: an image slide shows no "
                "captions (only a video does)" })
            QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(all));
        const Slide &v = result.content->slides.at(0);
        QCOMPARE(v.captions.value(QStringLiteral("en")).size(), 1); // only the good cue
        QCOMPARE(v.captions.value(QStringLiteral("en")).at(0).text, QStringLiteral("Good"));
        QVERIFY(v.captions.value(QStringLiteral("es")).isEmpty());
        // Each file's problems once, though two slides use it.
        QCOMPARE(all.count(QStringLiteral("media/v.en.vtt:8:")), 1);
    }

    void captionFilesThatAreNotThere()
    {
        TestPack pack;
        pack.write(QStringLiteral("media/v.webm"), QByteArray("\x1a\x45\xdf\xa3", 4));
        pack.write(QStringLiteral("media/v.en.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHi\n");
        pack.write(QStringLiteral("media/v.es.vtt"), "1\n00:00:01.000 --> 00:00:02.000\nHola\n");
        pack.write(QStringLiteral("slides.json"), R"({ "slides": [
          { "id": "v", "video": "media/v.webm", "caption": { "en": "V", "es": "V" },
            "subtitles": { "en": "media/v.en.vtt", "es": "media/v.es.vtt" } },
          { "id": "w", "video": "media/v.webm", "caption": { "en": "W", "es": "W" },
            "subtitles": { "en": "media/v.en.srt", "es": "/media/v.es.vtt" } } ] })");
        const QString all = TestPack::describe(pack.load());
        for (const char *expected :
            { "slides.json: slides[0] (id 'v').subtitles.en: 'media/v.en.vtt' does not exist",
                "slides.json: slides[0] (id 'v').subtitles.es: 'media/v.es.vtt' is not a WebVTT "
                "file (its first line must be WEBVTT)",
                "slides.json: slides[1] (id 'w').subtitles.en: 'media/v.en.srt' is not one of the "
                "allowed types (vtt)",
                "slides.json: slides[1] (id 'w').subtitles.es: '/media/v.es.vtt' is not a path "
                "inside the pack" })
            QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("warning")), qPrintable(all));
    }

    /** Text that is not UTF-8 loses the file its captions, not the pack. */
    void captionFileNotUtf8()
    {
        TestPack pack;
        pack.write(QStringLiteral("media/v.webm"), QByteArray("\x1a\x45\xdf\xa3", 4));
        pack.write(
            QStringLiteral("media/v.en.vtt"), "WEBVTT\n\n00:01.000 --> 00:02.000\nCaf\xe9\n");
        pack.write(QStringLiteral("slides.json"), R"({ "slides": [
          { "id": "v", "video": "media/v.webm", "caption": { "en": "V", "es": "V" },
            "subtitles": { "en": "media/v.en.vtt", "es": "media/v.en.vtt" } } ] })");
        const auto result = pack.load();
        QVERIFY2(result.ok(), qPrintable(TestPack::describe(result)));
        const QString all = TestPack::describe(result);
        QVERIFY2(all.contains(QStringLiteral("media/v.en.vtt:4: warning: not valid UTF-8 text; "
                                             "the video plays without these captions")),
            qPrintable(all));
        QCOMPARE(all.count(QStringLiteral("media/v.en.vtt")), 1);
        QVERIFY(result.content->slides.at(0).captions.value(QStringLiteral("en")).isEmpty());
    }

    void slideProblems()
    {
        TestPack pack;
        pack.write(QStringLiteral("media/a.svg"), "<svg/>");
        pack.write(QStringLiteral("slides.json"), R"({ "slides": [
          { "id": "both", "image": "media/a.svg", "video": "media/a.svg",
            "caption": { "en": "x", "es": "x" } },
          { "id": "dates", "image": "media/a.svg", "caption": { "en": "x", "es": "x" },
            "start": "2026-12-31", "end": "2026-01-01", "seconds": 1000 },
          { "id": "date", "image": "media/a.svg", "caption": { "en": "x", "es": "x" },
            "start": "31/12/2026" } ] })");
        const QString all = TestPack::describe(pack.load());
        QVERIFY2(all.contains(QStringLiteral("slides.json: slides[0] (id 'both'): needs exactly "
                                             "one of \"image\" and \"video\"")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("slides.json: slides[0] (id 'both').video: "
                                             "'media/a.svg' is not one of the allowed types")),
            qPrintable(all));
        QVERIFY2(all.contains(
                     QStringLiteral("slides.json: slides[1] (id 'dates').end: is before start")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(
                     "slides.json: slides[1] (id 'dates').seconds: must be between 3 and 120")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("slides.json: slides[2] (id 'date').start: "
                                             "'31/12/2026' is not a date (YYYY-MM-DD)")),
            qPrintable(all));
    }

    void pages()
    {
        TestPack pack;
        pack.write(QStringLiteral("pages/en/storing.md"), PageEn);
        pack.write(QStringLiteral("pages/es/storing.md"), PageEs);
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        const auto en = result.content->pagesIn(QStringLiteral("en"));
        QCOMPARE(en.size(), 1);
        const Page &p = en.first();
        QCOMPARE(p.id, QStringLiteral("storing"));
        QCOMPARE(p.file, QStringLiteral("pages/en/storing.md"));
        QCOMPARE(p.title, QStringLiteral("Storing milk"));
        QCOMPARE(p.section, QStringLiteral("basics"));
        QCOMPARE(p.order, 2);
        QCOMPARE(p.summary, QStringLiteral("How long it keeps."));
        QVERIFY(p.medical);
        QCOMPARE(p.sources, QStringList({ QStringLiteral("CDC"), QStringLiteral("AAP, 2022") }));
        QCOMPARE(p.markdown, QStringLiteral("## Fridge\n\nUp to 4 days."));
        QCOMPARE(result.content->pagesIn(QStringLiteral("es")).first().title,
            QStringLiteral("Guardar la leche"));
    }

    void pageProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no front matter")
            << QByteArray("# Hello\n")
            << QStringLiteral("pages/en/a.md:1: a page must start with a front-matter block");
        QTest::newRow("unclosed") << QByteArray("---\ntitle: x\n")
                                  << QStringLiteral(
                                         "pages/en/a.md:1: the front-matter block is never closed");
        QTest::newRow("unknown key")
            << QByteArray("---\ntitle: x\nsection: basics\nauthor: me\n---\nText\n")
            << QStringLiteral("pages/en/a.md:4: 'author' is not a front-matter key");
        QTest::newRow("unknown topic")
            << QByteArray("---\ntitle: x\nsection: cooking\n---\nText\n")
            << QStringLiteral("pages/en/a.md:3: section 'cooking' is not a topic in pack.json");
        QTest::newRow("bad order")
            << QByteArray("---\ntitle: x\nsection: basics\norder: first\n---\nText\n")
            << QStringLiteral("pages/en/a.md:4: order must be a whole number");
        QTest::newRow("no title") << QByteArray("---\nsection: basics\n---\nText\n")
                                  << QStringLiteral(
                                         "pages/en/a.md:1: the front matter needs a title");
        QTest::newRow("empty body")
            << QByteArray("---\ntitle: x\nsection: basics\n---\n\n")
            << QStringLiteral("pages/en/a.md:4: the page has no text after its front matter");
        QTest::newRow("image outside")
            << QByteArray("---\ntitle: x\nsection: basics\n---\nText\n\n![a](../../etc/x.png)\n")
            << QStringLiteral(
                   "pages/en/a.md:7: image '../../etc/x.png' leaves the pack folder (..)");
        QTest::newRow("image missing")
            << QByteArray("---\ntitle: x\nsection: basics\n---\nText\n![a](media/none.png)\n")
            << QStringLiteral("pages/en/a.md:6: image 'media/none.png' does not exist");
    }

    void pageProblems()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        TestPack pack;
        pack.write(QStringLiteral("pages/en/a.md"), text);
        pack.write(QStringLiteral("pages/es/a.md"), PageEs);
        const auto result = pack.load();
        QVERIFY2(
            result.problems.size() == 1 && result.problems.first().toString().startsWith(expected),
            qPrintable(TestPack::describe(result)));
    }

    void pageMissingInOneLanguage()
    {
        TestPack pack;
        pack.write(QStringLiteral("pages/en/storing.md"), PageEn);
        // A warning: the page shows in English to a visitor reading Spanish, named so.
        const auto result = pack.load();
        QVERIFY(result.ok());
        QVERIFY2(TestPack::describe(result).contains(QLatin1String(
                     "pages/es/storing.md: warning: is missing: a visitor reading 'es' sees page "
                     "'storing' in 'en'")),
            qPrintable(TestPack::describe(result)));
    }

    void packCataloguesWinAndSayWhatTheyLack()
    {
        // The test pack's own Vietnamese words: two of the kiosk's, compiled by lrelease.
        const auto loaded = ContentLoader::load(QStringLiteral(KIOSK_TEST_DATA "/five-language-pack"));
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        QCOMPARE(loaded.content->catalogues.size(), 1);
        const UiCatalogue &vi = loaded.content->catalogues.constFirst();
        QCOMPARE(vi.language, QStringLiteral("vi"));
        QCOMPARE(vi.file, QStringLiteral("i18n/vi.ts"));
        QCOMPARE(vi.messages.size(), 2);
        QCOMPARE(vi.unfinishedCount(), 0);
        QTranslator translator;
        QVERIFY(translator.load(reinterpret_cast<const uchar *>(vi.qm.constData()), int(vi.qm.size())));
        QCOMPARE(translator.translate("Words", "Back"), QStringLiteral("Trở về"));
        // Its two words are reviewed, the built-in rest is not; no word is missing.
        QCOMPARE(UiCatalogues::state(QStringLiteral("vi"), loaded.content->catalogues),
            QStringLiteral("unreviewed"));
        QCOMPARE(UiCatalogues::missingCount(QStringLiteral("vi"), loaded.content->catalogues), 0);
        QVERIFY(UiCatalogues::words().size() > 150);
        QCOMPARE(UiCatalogues::missingCount(QStringLiteral("fa"), {}), UiCatalogues::words().size());
    }

    void aTranslatorsPoFileThroughLconvert()
    {
        // A site's translator works in PO (lconvert exported the words with their contexts); Qt's
        // lconvert makes the catalogue the pack holds.
        const QString lconvert = QFileInfo(UiCatalogues::lrelease()).dir().filePath(QStringLiteral("lconvert"));
        QVERIFY2(QFile::exists(lconvert), qPrintable(lconvert));
        TestPack pack;
        pack.write(QStringLiteral("es.po"), "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n"
                                            "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                                            "\"X-Qt-Contexts: true\\n\"\n\n"
                                            "msgctxt \"Words|\"\nmsgid \"Listen\"\nmsgstr \"Escuchar en voz alta\"\n");
        QVERIFY(QDir(pack.path()).mkpath(QStringLiteral("i18n")));
        QProcess convert;
        convert.start(lconvert, { QStringLiteral("-i"), pack.file(QStringLiteral("es.po")),
                                    QStringLiteral("-o"), pack.file(QStringLiteral("i18n/es.ts")) });
        QVERIFY(convert.waitForFinished(30000));
        QVERIFY2(convert.exitCode() == 0, convert.readAllStandardError().constData());
        QFile::remove(pack.file(QStringLiteral("es.po")));
        const auto loaded = pack.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        QCOMPARE(loaded.content->catalogues.size(), 1);
        const UiCatalogue &es = loaded.content->catalogues.constFirst();
        QTranslator translator;
        QVERIFY(translator.load(reinterpret_cast<const uchar *>(es.qm.constData()), int(es.qm.size())));
        QCOMPARE(translator.translate("Words", "Listen"), QStringLiteral("Escuchar en voz alta"));
    }

    void catalogueProblems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TS version=\"2.1\" language=\"es\">\n";
        QTest::newRow("broken XML") << "i18n/es.ts" << head + "<context><name>Words</name>\n<message><source>Back</source>\n</context></TS>\n"
                                    << "i18n/es.ts:5: Opening and ending tag mismatch";
        QTest::newRow("not a catalogue") << "i18n/es.ts" << QByteArray("<html></html>")
                                         << "i18n/es.ts:1: is not a Qt Linguist catalogue";
        QTest::newRow("another language") << "i18n/es.ts" << QByteArray("<TS version=\"2.1\" language=\"fr_FR\"></TS>")
                                          << "i18n/es.ts: says it is in 'fr-FR', its name says 'es'";
        QTest::newRow("not the pack's") << "i18n/de.ts" << head + "</TS>"
                                        << "i18n/de.ts: 'de' is not one of the pack's languages (en, es)";
        QTest::newRow("not a tag") << "i18n/spanish words.ts" << head + "</TS>"
                                   << "i18n/spanish words.ts: 'spanish words' is not a language code";
        QTest::newRow("empty") << "i18n/es.ts" << head + "</TS>" << "i18n/es.ts: warning: has no words";
        QTest::newRow("PO") << "i18n/es.po" << QByteArray("msgid \"\"\n")
                            << "i18n/es.po: warning: is not used: the kiosk reads Qt Linguist catalogues; "
                               "convert it with Qt's lconvert: lconvert -i es.po -o es.ts";
    }

    void catalogueProblems()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        TestPack pack;
        pack.write(file, text);
        const auto loaded = pack.load();
        const QString all = TestPack::describe(loaded);
        QVERIFY2(all.contains(expected), qPrintable(all));
        QVERIFY(loaded.content ? loaded.content->catalogues.isEmpty() : true);
    }

    void whatALanguageLacksIsAWarning()
    {
        TestPack pack;
        pack.write(QStringLiteral("pack.json"), R"({ "format": 1, "id": "p", "version": 1,
  "title": { "en": "Help", "fa": "کمک" }, "languages": ["en", "fa"],
  "site": { "name": { "en": "Lab", "fa": "آزمایشگاه" }, "timezone": "America/Chicago" },
  "sections": ["language-help"],
  "languageProfiles": { "fa": { "fonts": ["No Such Font Family", "Noto Sans"] } } })");
        pack.write(QStringLiteral("language-help.json"), R"({ "notices": [
  { "language": "en", "text": "Free language help: ask at the desk \uf8ff." } ] })");
        auto loaded = pack.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        PackChecks::languages(*loaded.content, &loaded.problems); // validate's, after the load
        const QString all = TestPack::describe(loaded);
        const QString words = QString::number(UiCatalogues::words().size());
        for (const QString &expected : {
                 QStringLiteral("pack.json: languages: warning: 'fa': %1 of the UI's %1 words have no "
                                "translation and show in 'en'; a Qt Linguist catalogue i18n/fa.ts would bring them")
                     .arg(words),
                 QStringLiteral("pack.json: languages: warning: 'fa': its font 'No Such Font Family' is "
                                "not installed here (Debian package fonts-noto-core)"),
                 QStringLiteral("language-help.json: notices: warning: the 'en' notice has characters no "
                                "installed font of its language (Noto Sans) draws: U+F8FF") })
            QVERIFY2(all.contains(expected), qPrintable(all));
    }

    void aPagesRecording()
    {
        // The five-language pack's Vietnamese page comes with a person reading it.
        const auto loaded = ContentLoader::load(QStringLiteral(KIOSK_TEST_DATA "/five-language-pack"));
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        const auto vi = loaded.content->pagesIn(QStringLiteral("vi"));
        const auto feeding = std::find_if(vi.cbegin(), vi.cend(), [](const Page &p) { return p.id == u"feeding"; });
        QVERIFY(feeding != vi.cend());
        QCOMPARE(feeding->recording, QStringLiteral("media/feeding-vi.ogg"));

        const QByteArray ogg = readFile(QStringLiteral(KIOSK_TEST_DATA "/five-language-pack/media/feeding-vi.ogg"));
        const auto withRecording = [](const char *name, const QByteArray &body) -> QByteArray {
            return QByteArray("---\ntitle: Guardar la leche\nsection: basics\nrecording: media/") + name
                + "\n---\n" + body + "\n";
        };
        struct Case
        {
            const char *name;
            QByteArray file;
            QByteArray body;
            const char *expected;
        };
        const QList<Case> cases {
            { "missing.ogg", {}, "Hasta 4 días.", "pages/es/storing.md:4: recording " },
            { "voice.wav", "RIFF", "Hasta 4 días.", "is not one of the allowed types (ogg, opus, mp3)" },
            { "broken.ogg", QByteArray("OggS") + QByteArray(4000, 'x'), "Hasta 4 días.",
                "pages/es/storing.md:4: recording 'media/broken.ogg' does not play: " },
            // A 12 s recording of a page a person takes minutes to read: likely another page's.
            { "long.ogg", ogg, QByteArray("Hasta 4 días en la nevera. ").repeated(80),
                "pages/es/storing.md:4: warning: recording 'media/long.ogg' lasts 12 s; reading the "
                "page takes about" },
        };
        for (const Case &c : cases) {
            TestPack pack;
            pack.write(QStringLiteral("pages/en/storing.md"), PageEn);
            pack.write(QStringLiteral("pages/es/storing.md"), withRecording(c.name, c.body));
            if (!c.file.isEmpty())
                pack.write(QStringLiteral("media/") + QString::fromLatin1(c.name), c.file);
            const QString all = TestPack::describe(pack.load());
            QVERIFY2(all.contains(QString::fromUtf8(c.expected)), qPrintable(QString::fromLatin1(c.name) + u": " + all));
        }
    }

    void fileForUndeclaredLanguage()
    {
        TestPack pack;
        pack.write(QStringLiteral("services.fr.json"), "[]");
        EXPECT_ONE_PROBLEM(
            pack.load(), "services.fr.json: 'fr' is not one of the pack's languages");
    }

    void eventsFilePerLanguage()
    {
        TestPack pack;
        pack.write(QStringLiteral("events.es.ics"),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//ES\r\nBEGIN:VEVENT\r\n"
            "UID:g\r\nSUMMARY:Grupo\r\nDTSTART:20261201T100000\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n");
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        QCOMPARE(result.content->eventsIn(QStringLiteral("es")).size(), 1);
        QCOMPARE(result.content->eventsIn(QStringLiteral("es")).first().master.summary,
            QStringLiteral("Grupo"));
        // Floating times are the site's wall clock.
        QCOMPARE(result.content->events.first().master.start.toString(Qt::ISODate),
            QStringLiteral("2026-12-01T10:00:00-06:00"));
        pack.write(QStringLiteral("events.en.ics"),
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\n"
            "SUMMARY:No start\nEND:VEVENT\nEND:VCALENDAR\n");
        EXPECT_ONE_PROBLEM(pack.load(), "events.en.ics:2: event 'x' has no DTSTART");
    }

    void emptyScreensAndHeadingsAreNamed()
    {
        // The smallest pack: every section but help would open an empty screen. The pack still
        // loads (warnings), and the kiosk offers only what has something to show.
        TestPack pack;
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        const QString all = TestPack::describe(result);
        for (const char *expected :
            { "pack.json: sections: warning: section 'learn' would open an empty screen (no page "
              "in pages/<lang>/); the kiosk leaves it off the home screen",
                "pack.json: sections: warning: section 'groups' would open an empty screen (no "
                "event in events.<lang>.ics)",
                "pack.json: sections: warning: section 'room' would open an empty screen (no room "
                "in rooms.json)",
                "pack.json: sections: warning: section 'visit' would open an empty screen (no page "
                "has section: your-visit)",
                "pack.json: sections: warning: section 'help': no service has kind 'helpline', so "
                "the heading \"Call for help\" would have nothing under it",
                "pack.json:6: warning: topic 'basics' has no page" })
            QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(all));
        QCOMPARE(result.problems.size(), 6);
        QCOMPARE(result.content->filledSections(), QStringList { QStringLiteral("help") });

        // Pages, but none for "Your visit": only that section stays empty.
        pack.write(QStringLiteral("pages/en/storing.md"), PageEn);
        pack.write(QStringLiteral("pages/es/storing.md"), PageEs);
        const auto withPages = pack.load();
        QVERIFY(TestPack::describe(withPages).contains(QLatin1String("section 'visit'")));
        QVERIFY(!TestPack::describe(withPages).contains(QLatin1String("section 'learn'")));
        QVERIFY(!TestPack::describe(withPages).contains(QLatin1String("topic 'basics'")));
        QCOMPARE(withPages.content->filledSections(),
            QStringList({ QStringLiteral("learn"), QStringLiteral("help") }));
    }

    void everyLanguageHasEveryServiceAndEvent()
    {
        TestPack pack;
        const auto service = [](const char *id, const char *name) {
            return QStringLiteral(R"({ "id": "%1", "name": "%2" })")
                .arg(QLatin1String(id), QLatin1String(name));
        };
        pack.write(QStringLiteral("services.en.json"),
            (u'[' + service("helpline", "Helpline") + u',' + service("wic-westheimer", "WIC")
                + u']')
                .toUtf8());
        pack.write(QStringLiteral("services.es.json"),
            (u'[' + service("helpline", "Línea de ayuda") + u']').toUtf8());
        pack.write(QStringLiteral("events.en.ics"),
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:group\n"
            "SUMMARY:Group\nDTSTART:20261201T100000\nEND:VEVENT\nEND:VCALENDAR\n");
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        const QString all = TestPack::describe(result);
        QVERIFY2(all.contains(QLatin1String("services.es.json: warning: service 'wic-westheimer' "
                                            "is missing (it is in services.en.json)")),
            qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("events.es.ics: warning: there is no such file, but "
                                            "events.en.ics has 1 event that a visitor reading "
                                            "'es' sees only in another language")),
            qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("'helpline' is missing")), qPrintable(all));

        pack.write(QStringLiteral("events.es.ics"),
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//ES\nBEGIN:VEVENT\nUID:otro\n"
            "SUMMARY:Grupo\nDTSTART:20261201T100000\nEND:VEVENT\nEND:VCALENDAR\n");
        const QString both = TestPack::describe(pack.load());
        QVERIFY2(both.contains(QLatin1String(
                     "events.es.ics: warning: event 'group' is missing (it is in events.en.ics)")),
            qPrintable(both));
        QVERIFY2(both.contains(QLatin1String(
                     "events.en.ics: warning: event 'otro' is missing (it is in events.es.ics)")),
            qPrintable(both));
    }

    void secondSitePack()
    {
        // Another site: one room, no helpline, a monthly rule, an override that moves (and
        // leaves out what its series says) and one that cancels, zones named as tzdata links.
        const auto result = ContentLoader::load(QStringLiteral(KIOSK_TEST_DATA "/riverside-pack"));
        EXPECT_CLEAN(result);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().isWarning());
        const Content &c = *result.content;
        QCOMPARE(c.rooms.size(), 1);
        QCOMPARE(c.filledSections(),
            QStringList({ QStringLiteral("groups"), QStringLiteral("room"), QStringLiteral("help"),
                QStringLiteral("visit") }));
        const QTimeZone denver("America/Denver");
        for (const QString &language : c.pack.languages) {
            const auto list = expandOccurrences(c.eventsIn(language),
                QDateTime(QDate(2026, 11, 1), QTime(0, 0), denver),
                QDateTime(QDate(2027, 2, 28), QTime(0, 0), denver), denver);
            QStringList seen;
            for (const Occurrence &o : list) {
                if (o.uid.startsWith(u"first-saturday"))
                    seen.append(o.start.toString(Qt::ISODate) + (o.moved ? u" moved" : u"")
                        + (o.cancelled ? u" cancelled" : u"") + u' ' + o.location);
            }
            const QString room = language == u"en" ? QStringLiteral("Riverside Clinic Lab, Room 2")
                                                   : QStringLiteral("Riverside Clinic Lab, Sala 2");
            QCOMPARE(seen,
                QStringList({ QStringLiteral("2026-11-07T10:00:00-07:00 ") + room,
                    QStringLiteral("2026-12-12T10:00:00-07:00 moved ") + room,
                    QStringLiteral("2027-01-02T10:00:00-07:00 cancelled ") + room,
                    QStringLiteral("2027-02-06T10:00:00-07:00 ") + room }));
        }
    }

    void builtInPack()
    {
        const auto result = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK));
        EXPECT_CLEAN(result);
        const Content &c = *result.content;
        QVERIFY(c.pack.demo);
        QCOMPARE(c.pack.timeZoneId, QStringLiteral("America/Chicago"));
        QCOMPARE(c.pack.languages,
            QStringList({ QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("vi"),
                QStringLiteral("zh-Hans"), QStringLiteral("ar") }));
        for (const QString &lang : c.pack.languages) {
            QVERIFY2(c.pagesIn(lang).size() >= 6, qPrintable(lang));
            QVERIFY2(c.eventsIn(lang).size() >= 4, qPrintable(lang));
            const auto services = c.servicesIn(lang);
            QVERIFY2(std::count_if(services.cbegin(), services.cend(),
                         [](const Service &s) {
                             return s.kind == u"helpline";
                         })
                    >= 2,
                qPrintable(lang));
            QVERIFY2(services.size() >= 6, qPrintable(lang));
            const auto occurrences = expandOccurrences(c.eventsIn(lang),
                QDateTime(QDate(2026, 12, 1), QTime(0, 0), c.pack.timeZone),
                QDateTime(QDate(2027, 1, 31), QTime(0, 0), c.pack.timeZone), c.pack.timeZone);
            const auto has = [&](auto predicate) {
                return std::any_of(occurrences.cbegin(), occurrences.cend(), predicate);
            };
            QVERIFY2(has([](const Occurrence &o) {
                return o.cancelled;
            }),
                "a cancelled week");
            QVERIFY2(has([](const Occurrence &o) {
                return o.isOnline();
            }),
                "an online group");
            QVERIFY2(has([](const Occurrence &o) {
                return o.meetingLanguages.contains(QStringLiteral("es"));
            }),
                "a group that meets in Spanish, in every language's list");
        }
        QCOMPARE(c.rooms.size(), 2);
        QVERIFY(c.slides.size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
