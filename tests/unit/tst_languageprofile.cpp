// A language is data: the built-in profiles keep English and Spanish as they were, and a third
// language works from its profile alone (Qt's locale data, then pack.json's languageProfiles).
#include "contentloader.h"
#include "contentstore.h"
#include "displaytext.h"
#include "languageprofile.h"
#include "speechtext.h"
#include "testpack.h"
#include "visit.h"

#include <QSignalSpy>
#include <QTest>

class TestLanguageProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishAndSpanishAsBefore()
    {
        const LanguageProfile en = LanguageProfile::of(QStringLiteral("en"));
        QCOMPARE(en.nativeName, QStringLiteral("English"));
        QCOMPARE(en.voice.name, QStringLiteral("English (America)"));
        QCOMPARE(en.voice.locale, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(DisplayText::date(QDate(2026, 12, 1), en), QStringLiteral("Tuesday, December 1"));
        QCOMPARE(en.direction, Qt::LeftToRight);
        const LanguageProfile es = LanguageProfile::of(QStringLiteral("es"));
        QCOMPARE(es.nativeName, QStringLiteral("Español"));
        QCOMPARE(es.voice.name, QStringLiteral("Spanish (Latin America)"));
        QCOMPARE(es.voice.locale, QLocale(QLocale::Spanish, QLocale::LatinAmerica));
        QCOMPARE(
            DisplayText::date(QDate(2026, 12, 1), es), QStringLiteral("Martes 1 de diciembre"));
        QCOMPARE(SpeechText::spoken(QStringLiteral("Lunes 6:00–7:30 p.m. & más"), es.speech),
            QStringLiteral("Lunes 6 a 7 30 de la tarde y más"));
        QCOMPARE(SpeechText::spoken(QStringLiteral("9:00 p.m."), es.speech),
            QStringLiteral("9 de la noche."));
    }

    void aLanguageWithoutAProfileTakesQtsData()
    {
        const LanguageProfile he = LanguageProfile::of(QStringLiteral("he"));
        QVERIFY(!LanguageProfile::isBuiltIn(QStringLiteral("he")));
        QCOMPARE(he.direction, Qt::RightToLeft);
        QCOMPARE(he.script, QStringLiteral("Hebr"));
        QCOMPARE(he.nativeName, QStringLiteral("עברית"));
        QCOMPARE(he.fonts, QStringList({ QStringLiteral("Noto Sans Hebrew"), QStringLiteral("Noto Sans") }));
        QVERIFY(he.voice.isNull()); // never read with another language's voice
        const LanguageProfile hant = LanguageProfile::of(QStringLiteral("zh-Hant"));
        QCOMPARE(hant.script, QStringLiteral("Hant"));
        QVERIFY(!hant.dateFormat.contains(u'y')); // a weekday and a date, no year
    }

    void aThirdLanguageFromThePackAlone()
    {
        TestPack pack;
        pack.write(QStringLiteral("pack.json"), R"({
  "format": 1, "id": "test-pack", "version": 1,
  "title": { "en": "Test", "es": "Prueba", "vi": "Thử" },
  "languages": ["en", "es", "vi"],
  "site": { "name": { "en": "Test lab", "es": "Laboratorio", "vi": "Phòng xét nghiệm" },
            "timezone": "America/Chicago" },
  "languageProfiles": {
    "vi": { "clock": "24h", "voice": { "name": "Vietnamese", "locale": "vi_VN" },
            "speech": { "and": "và", "rangeTo": "đến" } }
  },
  "topics": [ { "id": "basics", "title": { "en": "Basics", "es": "Lo básico", "vi": "Cơ bản" } } ]
})");
        const auto loaded = ContentLoader::load(pack.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
        ContentStore store(loaded.content);
        Visit visit(&store);
        QCOMPARE(visit.nextLanguageName(), QStringLiteral("Español"));
        QSignalSpy changed(&visit, &Visit::languageChanged);
        visit.setLanguage(QStringLiteral("vi"));
        QCOMPARE(changed.count(), 1);
        const LanguageProfile &vi = visit.profile();
        QCOMPARE(vi.nativeName, QStringLiteral("Tiếng Việt"));
        QVERIFY(!visit.rightToLeft());
        QCOMPARE(visit.siteName(), QStringLiteral("Phòng xét nghiệm"));
        QCOMPARE(vi.voice.name, QStringLiteral("Vietnamese")); // the pack's profile
        const auto clock = DisplayText::Clock::of(loaded.content->pack, vi);
        QVERIFY(!clock.twelveHour);
        QCOMPARE(DisplayText::time(QTime(18, 30), clock), QStringLiteral("18:30"));
        QCOMPARE(
            SpeechText::spoken(QStringLiteral("Sữa & bú"), vi.speech), QStringLiteral("Sữa và bú"));
        QCOMPARE(visit.nextLanguageName(), QStringLiteral("English"));
        // The visit ends: the pack's first language again.
        visit.end();
        QCOMPARE(visit.language(), QStringLiteral("en"));
    }

    void eachScriptItsFonts()
    {
        const auto first = [](const char *tag) {
            return LanguageProfile::of(QString::fromLatin1(tag)).fonts.value(0);
        };
        // Han characters take each language's own forms; Latin, Cyrillic and Vietnamese Noto Sans.
        QCOMPARE(first("zh-Hans"), QStringLiteral("Noto Sans CJK SC"));
        QCOMPARE(first("zh-Hant"), QStringLiteral("Noto Sans CJK TC"));
        QCOMPARE(first("ko"), QStringLiteral("Noto Sans CJK KR"));
        QCOMPARE(first("ja"), QStringLiteral("Noto Sans CJK JP"));
        QCOMPARE(first("ar"), QStringLiteral("Noto Sans Arabic"));
        QCOMPARE(first("ur"), QStringLiteral("Noto Nastaliq Urdu"));
        for (const char *latin : { "en", "es", "vi", "ru", "tl", "fr", "pt-BR", "ht" })
            QCOMPARE(first(latin), QStringLiteral("Noto Sans"));
        // Every profile ends with Noto Sans, for the Latin names and numbers inside any text.
        QCOMPARE(LanguageProfile::of(QStringLiteral("ar")).fonts.last(), QStringLiteral("Noto Sans"));
    }

    void theTopUsLanguagesByTheirOwnNames()
    {
        const QList<std::pair<const char *, QString>> names { { "zh-Hans", QStringLiteral("中文（简体）") },
            { "zh-Hant", QStringLiteral("中文（繁體）") }, { "vi", QStringLiteral("Tiếng Việt") },
            { "ko", QStringLiteral("한국어") }, { "tl", QStringLiteral("Tagalog") },
            { "ar", QStringLiteral("العربية") }, { "ru", QStringLiteral("Русский") },
            { "ht", QStringLiteral("Kreyòl ayisyen") }, { "pt-BR", QStringLiteral("Português (Brasil)") },
            { "fr", QStringLiteral("Français") } };
        for (const auto &[tag, name] : names) {
            const LanguageProfile p = LanguageProfile::of(QString::fromLatin1(tag));
            QCOMPARE(p.nativeName, name);
            QVERIFY2(p.locale.language() != QLocale::C, tag); // Haitian: French of Haiti's dates
        }
        QCOMPARE(LanguageProfile::of(QStringLiteral("ar")).direction, Qt::RightToLeft);
    }

    void chineseAndKoreanPutTheDayPeriodFirst()
    {
        PackInfo site; // a US site: the clock of the language's own 12-hour writing
        site.timeZone = QTimeZone("America/Chicago");
        const QDateTime ten(QDate(2026, 12, 1), QTime(10, 0), site.timeZone);
        const QDateTime half(QDate(2026, 12, 1), QTime(11, 30), site.timeZone);
        const QDateTime six(QDate(2026, 12, 1), QTime(18, 0), site.timeZone);
        const auto zh = DisplayText::Clock::of(site, LanguageProfile::of(QStringLiteral("zh-Hans")));
        QCOMPARE(DisplayText::time(QTime(18, 0), zh), QStringLiteral("下午6:00"));
        QCOMPARE(DisplayText::timeRange(ten, half, zh), QStringLiteral("上午10:00–11:30"));
        const QDateTime evening(QDate(2026, 12, 3), QTime(18, 0), site.timeZone);
        QCOMPARE(DisplayText::timeRange(evening, evening.addSecs(90 * 60), zh),
            QStringLiteral("下午6:00–7:30")); // never 19:30
        QCOMPARE(DisplayText::timeRange(ten, six, zh), QStringLiteral("上午10:00–下午6:00"));
        const auto hant = DisplayText::Clock::of(site, LanguageProfile::of(QStringLiteral("zh-Hant")));
        QCOMPARE(DisplayText::time(QTime(9, 5), hant), QStringLiteral("上午9:05"));
        const auto ko = DisplayText::Clock::of(site, LanguageProfile::of(QStringLiteral("ko")));
        QCOMPARE(DisplayText::time(QTime(18, 0), ko), QStringLiteral("오후 6:00"));
        QCOMPARE(DisplayText::timeRange(ten, half, ko), QStringLiteral("오전 10:00–11:30"));
        // A site that writes 24 hours keeps them, in any language.
        site.clock = QStringLiteral("24h");
        QCOMPARE(DisplayText::time(QTime(18, 0),
                     DisplayText::Clock::of(site, LanguageProfile::of(QStringLiteral("zh-Hans")))),
            QStringLiteral("18:00"));
        // English as before.
        site.clock.clear();
        QCOMPARE(DisplayText::timeRange(ten, half,
                     DisplayText::Clock::of(site, LanguageProfile::of(QStringLiteral("en")))),
            QStringLiteral("10:00–11:30\u00a0a.m."));
    }

    void rightToLeftTextKeepsNumbersInOrder()
    {
        // Each Latin or digit run in its own left-to-right isolate; the Arabic around it, list
        // punctuation and the sentence's full stop stay outside.
        const LanguageProfile ar = LanguageProfile::of(QStringLiteral("ar"));
        const QString lri(QChar(0x2066));
        const QString pdi(QChar(0x2069));
        QCOMPARE(ar.isolated(QStringLiteral("اتصلي على 312 555 0142 من 10:00–11:30.")),
            QStringLiteral("اتصلي على ") + lri + QStringLiteral("312 555 0142") + pdi + QStringLiteral(" من ")
                + lri + QStringLiteral("10:00–11:30") + pdi + QStringLiteral("."));
        QCOMPARE(ar.isolated(QStringLiteral("أو (312) 555-0199 أو harbor.example.org (بيانات)")),
            QStringLiteral("أو ") + lri + QStringLiteral("(312) 555-0199") + pdi + QStringLiteral(" أو ") + lri
                + QStringLiteral("harbor.example.org") + pdi + QStringLiteral(" (بيانات)"));
        QCOMPARE(ar.isolated(QStringLiteral("برنامج WIC أو La Leche League.")),
            QStringLiteral("برنامج ") + lri + QStringLiteral("WIC") + pdi + QStringLiteral(" أو ") + lri
                + QStringLiteral("La Leche League") + pdi + QStringLiteral("."));
        QCOMPARE(ar.isolated(QStringLiteral("مرحبا")), QStringLiteral("مرحبا"));
        // A left-to-right language is left as it is.
        const QString english = QStringLiteral("Call 312 555 0142, 10:00–11:30.");
        QCOMPARE(LanguageProfile::of(QStringLiteral("en")).isolated(english), english);
        QCOMPARE(LanguageProfile::of(QStringLiteral("fa")).isolated(QStringLiteral("با 312-555-0100 تماس")),
            QStringLiteral("با ") + lri + QStringLiteral("312-555-0100") + pdi + QStringLiteral(" تماس"));
    }

    void aWrongProfileIsNamed()
    {
        TestPack pack;
        pack.write(QStringLiteral("pack.json"), R"({
  "format": 1, "id": "test-pack", "version": 1,
  "title": { "en": "Test" }, "languages": ["en"],
  "site": { "name": { "en": "Test lab" }, "timezone": "America/Chicago" },
  "languageProfiles": { "en": { "clock": "13h", "colour": "red" }, "fr": { } }
})");
        const auto loaded = ContentLoader::load(pack.path());
        QStringList said;
        for (const Problem &p : loaded.problems)
            said.append(p.toString());
        const QString all = said.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("pack.json")) && all.contains(QStringLiteral("clock"))
                && all.contains(QStringLiteral("colour: not a field of a language profile"))
                && all.contains(QStringLiteral("'fr' is not one of the pack's languages")),
            qPrintable(all));
    }
};

QTEST_MAIN(TestLanguageProfile)
#include "tst_languageprofile.moc"
