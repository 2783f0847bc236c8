// Any number of languages from the pack: with three or more the language button opens the chooser,
// which names every language in itself, drawn by a font that has each of its characters; choosing
// Arabic mirrors the screen and speaks the UI's Arabic words; the idle reset brings back the
// pack's first language. KIOSK_LANGUAGE_SHOTS=DIR keeps pictures of the chooser and of the home
// screen in each language (1080x1920), to look at by eye.
#include "catalogues.h"
#include "languageprofile.h"
#include "readingscript.h"
#include "speechtext.h"
#include "testpack.h"
#include "uitest.h"
#include "words.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QQuickItem>

namespace {

const QStringList tags { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("vi"),
    QStringLiteral("zh-Hans"), QStringLiteral("ar") };

/** A pack in five languages: its texts in each (the UI's words come from the catalogues). */
void writeFiveLanguages(TestPack &pack)
{
    pack.write(QStringLiteral("pack.json"), R"({
  "format": 1, "id": "five-languages", "version": 1,
  "title": { "en": "Lactation support", "es": "Apoyo para la lactancia", "vi": "Hỗ trợ nuôi con bằng sữa mẹ",
             "zh-Hans": "哺乳支持", "ar": "دعم الرضاعة" },
  "languages": ["en", "es", "vi", "zh-Hans", "ar"],
  "site": { "name": { "en": "Test lab", "es": "Laboratorio", "vi": "Phòng xét nghiệm",
                      "zh-Hans": "化验室", "ar": "المختبر" },
            "timezone": "America/Chicago" },
  "topics": [ { "id": "basics", "title": { "en": "Basics", "es": "Lo básico", "vi": "Cơ bản",
                                           "zh-Hans": "基础知识", "ar": "الأساسيات" } } ]
})");
}

QString textOf(QQuickItem *item)
{
    return item ? item->property("text").toString() : QString();
}

/** The characters of @p text no family of @p families draws (each shows as an empty box). */
QString undrawn(const QString &text, const QStringList &families)
{
    QString missing;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format)
            continue; // spaces and direction marks draw nothing on purpose
        const bool drawn = std::any_of(families.cbegin(), families.cend(), [c](const QString &f) {
            return QFontMetricsF(QFont(f)).inFontUcs4(c);
        });
        if (!drawn)
            missing += QStringLiteral("U+%1 ").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return missing;
}

void shoot(QQuickWindow *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("KIOSK_LANGUAGE_SHOTS");
    if (!dir.isEmpty())
        window->grabWindow().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theChooserNamesEveryLanguageInItself()
    {
        TestPack pack;
        writeFiveLanguages(pack);
        const auto loaded = pack.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        UiHarness ui;
        ui.store->setContent(loaded.content);
        QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
        QVERIFY(window);
        QVERIFY(ui.visit->choosesLanguage());
        QQuickItem *button = UiHarness::find(window, QStringLiteral("languageButton"));
        QVERIFY(button && seen(button));
        // Three languages or more: the button names the visitor's language and opens the chooser.
        QCOMPARE(textOf(button), QStringLiteral("English"));
        tap(window, button);
        UiHarness::settle(window);
        QCOMPARE(ui.visit->screen(), QStringLiteral("languages"));
        shoot(window, QStringLiteral("chooser"));

        const QStringList names { QStringLiteral("English"), QStringLiteral("Español"),
            QStringLiteral("Tiếng Việt"), QStringLiteral("中文（简体）"), QStringLiteral("العربية") };
        QRectF previous;
        for (int i = 0; i < tags.size(); ++i) {
            QQuickItem *choice = UiHarness::find(window, QStringLiteral("language-") + tags.at(i));
            QVERIFY2(choice && seen(choice), qPrintable(tags.at(i)));
            QCOMPARE(textOf(choice), names.at(i));
            // In the pack's order: each after the one before, by row, then by column.
            const QRectF place = choice->mapRectToScene(QRectF(0, 0, choice->width(), choice->height()));
            if (i > 0)
                QVERIFY2(place.top() > previous.top() + 1
                        || (qAbs(place.top() - previous.top()) < 1 && place.left() > previous.left()),
                    qPrintable(tags.at(i)));
            previous = place;
            // A large target, and a font that draws every character of the name (no empty box).
            QVERIFY(choice->height() >= UiHarness::find(window, QStringLiteral("homeButton"))->height());
            const QString family = ui.visit->profileOf(tags.at(i)).fonts.value(0);
            QCOMPARE(choice->property("fontFamily").toString(), family);
            const QFontMetricsF metrics { QFont(family) };
            for (const char32_t c : names.at(i).toUcs4())
                QVERIFY2(metrics.inFontUcs4(c),
                    qPrintable(QStringLiteral("%1 has no U+%2 for %3")
                                   .arg(family)
                                   .arg(uint(c), 4, 16, QLatin1Char('0'))
                                   .arg(names.at(i))));
        }
        // The visitor's language is marked.
        QVERIFY(UiHarness::find(window, QStringLiteral("language-en"))->property("checked").toBool());

        // Arabic: the chooser closes, the screen she came from is mirrored and in Arabic words.
        const QRectF before = button->mapRectToScene(QRectF(0, 0, button->width(), button->height()));
        tap(window, UiHarness::find(window, QStringLiteral("language-ar")));
        UiHarness::settle(window);
        QCOMPARE(ui.visit->language(), QStringLiteral("ar"));
        QCOMPARE(ui.visit->screen(), QStringLiteral("home"));
        QVERIFY(ui.visit->rightToLeft());
        QCOMPARE(textOf(button), QStringLiteral("العربية"));
        // The language button moves to the other edge (its label is Arabic now, so its width
        // differs: its outer edge keeps the margin).
        const QRectF after = button->mapRectToScene(QRectF(0, 0, button->width(), button->height()));
        QVERIFY2(qAbs(after.left() - (window->width() - before.right())) < 2,
            qPrintable(QStringLiteral("%1 -> %2").arg(before.right()).arg(after.left())));
        QCOMPARE(window->property("title").toString(), QStringLiteral("دعم الرضاعة"));
        shoot(window, QStringLiteral("home-ar"));

        // Each language on the home screen, for the eye.
        for (const QString &tag : tags) {
            ui.visit->setLanguage(tag);
            UiHarness::settle(window);
            shoot(window, QStringLiteral("home-") + tag);
        }
        // The visit ends: the pack's first language, left to right again.
        ui.visit->setLanguage(QStringLiteral("zh-Hans"));
        ui.visit->end();
        UiHarness::settle(window);
        QCOMPARE(ui.visit->language(), QStringLiteral("en"));
        QVERIFY(!ui.visit->rightToLeft());
    }

    void theLanguageHelpNoticeInEveryScript()
    {
        TestPack pack;
        writeFiveLanguages(pack);
        pack.write(QStringLiteral("language-help.json"), R"({ "notices": [
          { "language": "en", "text": "Free language help is available to you. Ask at the front desk." },
          { "language": "ar", "text": "تتوفر لكِ مساعدة لغوية مجانية. اسألي في مكتب الاستقبال." },
          { "language": "zh-Hant", "text": "您可以獲得免費的語言協助。請詢問前台。" },
          { "language": "ur", "text": "آپ کے لیے زبان کی مفت مدد دستیاب ہے۔ استقبالیہ پر پوچھیں۔" } ] })");
        const auto loaded = pack.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        UiHarness ui;
        ui.store->setContent(loaded.content);
        QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
        QVERIFY(window);
        // A home tile, and an entry on the chooser.
        QVERIFY(seen(UiHarness::find(window, QStringLiteral("tile-language-help"))));
        tap(window, UiHarness::find(window, QStringLiteral("languageButton")));
        UiHarness::settle(window);
        QQuickItem *entry = UiHarness::find(window, QStringLiteral("languageHelpButton"));
        QVERIFY(entry && seen(entry));
        tap(window, entry);
        UiHarness::settle(window);
        QCOMPARE(ui.visit->screen(), QStringLiteral("language-help"));
        shoot(window, QStringLiteral("language-help"));

        for (const auto &notice : loaded.content->languageHelp) {
            QQuickItem *card = UiHarness::find(window, QStringLiteral("notice-") + notice.language);
            QVERIFY2(card && seen(card), qPrintable(notice.language));
            QQuickItem *text = nullptr;
            for (QQuickItem *item : UiHarness::items(card)) {
                if (item->objectName() == u"noticeText")
                    text = item;
            }
            QVERIFY(text);
            QCOMPARE(text->property("text").toString(), notice.text);
            const LanguageProfile profile = ui.visit->profileOf(notice.language);
            QCOMPARE(text->property("font").value<QFont>().family(), profile.fonts.value(0));
            // Each reads from its own side: Arabic and Urdu from the right on an English screen.
            const int aligned = text->property("effectiveHorizontalAlignment").toInt();
            QCOMPARE(aligned, int(profile.rightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
            const QString missing = undrawn(notice.text, profile.fonts);
            QVERIFY2(missing.isEmpty(), qPrintable(notice.language + u": " + missing));
        }
        // The read-aloud reads her own language's notice first, in her voice; then every other
        // notice, each marked for its own language's voice.
        const QStringList said = ReadingScript::of(
            QStringLiteral("language-help"), ui.visit, ui.rooms, QDateTime::currentDateTime());
        QString line;
        QCOMPARE(SpeechText::languageOf(said.value(1), &line), QString());
        QVERIFY2(line.contains(QStringLiteral("Free language help")), qPrintable(line));
        const auto chinese = std::find_if(said.cbegin(), said.cend(),
            [](const QString &l) { return l.contains(QStringLiteral("免費")); });
        QVERIFY(chinese != said.cend());
        QCOMPARE(SpeechText::languageOf(*chinese, &line), QStringLiteral("zh-Hant"));
    }

    void theAttractLoopInvitesInEveryLanguage()
    {
        TestPack pack;
        writeFiveLanguages(pack);
        const auto loaded = pack.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        UiHarness ui;
        ui.store->setContent(loaded.content);
        QQuickWindow *window = ui.open(QStringLiteral("attract"), QSize(1080, 1920));
        QVERIFY(window);
        QQuickItem *hint = nullptr;
        QTRY_VERIFY((hint = UiHarness::find(window, QStringLiteral("touchToStart"))));
        // Each language's own words in its own font, one after another (every 3 s), from hers.
        QStringList seenTexts { textOf(hint) };
        QCOMPARE(seenTexts.first(), QStringLiteral("Touch the screen to start"));
        for (int i = 1; i < tags.size(); ++i) {
            const QString before = textOf(hint);
            QTRY_VERIFY_WITH_TIMEOUT(textOf(hint) != before, 10000);
            seenTexts.append(textOf(hint));
            QCOMPARE(hint->property("font").value<QFont>().family(),
                ui.visit->profileOf(tags.at(i)).fonts.value(0));
        }
        QCOMPARE(seenTexts.at(1), QStringLiteral("Toque la pantalla para empezar"));
        QCOMPARE(seenTexts.size(), 5);
        seenTexts.removeDuplicates();
        QCOMPARE(seenTexts.size(), 5); // five languages, five different invitations
        QCOMPARE(ui.visit->language(), QStringLiteral("en")); // only the invitation changes
    }

    void whatHerLanguageLacksIsShownAndNamed()
    {
        TestPack pack;
        writeFiveLanguages(pack);
        pack.write(QStringLiteral("services.en.json"), R"([ { "id": "helpline",
            "name": "National Breastfeeding Helpline", "kind": "helpline",
            "phones": [ { "number": "1-800-994-9662" } ] } ])");
        const auto loaded = pack.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        UiHarness ui;
        ui.store->setContent(loaded.content);
        QQuickWindow *window = ui.open(QStringLiteral("help"), QSize(1080, 1920));
        QVERIFY(window);
        ui.visit->setLanguage(QStringLiteral("vi"));
        UiHarness::settle(window);
        // The English service on the Vietnamese screen, with "English" in Vietnamese on it.
        QQuickItem *name = nullptr;
        QQuickItem *note = nullptr;
        for (QQuickItem *item : UiHarness::items(window->contentItem())) {
            const QString text = item->property("text").toString();
            if (text == u"National Breastfeeding Helpline" && seen(item))
                name = item;
            if (text == u"Tiếng Anh" && seen(item))
                note = item;
        }
        QVERIFY(name);
        QVERIFY(note);
        shoot(window, QStringLiteral("help-vi-fallback"));
    }

    void staffAndItSeeWhichWordsNoPersonReviewed()
    {
        // The built-in catalogues are all unreviewed (README's table); English is the source; a
        // language without a catalogue has no words of its own.
        QCOMPARE(UiCatalogues::state(QStringLiteral("en"), {}), QStringLiteral("source"));
        QCOMPARE(UiCatalogues::state(QStringLiteral("vi"), {}), QStringLiteral("unreviewed"));
        QCOMPARE(UiCatalogues::state(QStringLiteral("he"), {}), QStringLiteral("none"));
        TestPack pack;
        writeFiveLanguages(pack);
        const auto loaded = pack.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        UiHarness ui;
        ui.store->setContent(loaded.content);
        QCOMPARE(ui.visit->unreviewedLanguages(),
            QStringLiteral("Español, Tiếng Việt, 中文（简体）, العربية"));
        QVERIFY(ui.visit->languagesWithoutWords().isEmpty());
        // On the staff panel.
        QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
        QVERIFY(window);
        QCOMPARE(ui.staff->enterPin(QStringLiteral("2468")), QStringLiteral("granted"));
        UiHarness::settle(window);
        QQuickItem *line = UiHarness::find(window, QStringLiteral("unreviewedLanguages"));
        QVERIFY(line && seen(line));
        QCOMPARE(line->property("value").toString(), ui.visit->unreviewedLanguages());
        // In the fleet status, language by language.
        const QJsonArray languages = ui.app->fleetStatus().value(QStringLiteral("languages")).toArray();
        QCOMPARE(languages.size(), 5);
        QCOMPARE(languages.at(0).toObject().value(QStringLiteral("uiWords")).toString(),
            QStringLiteral("source"));
        QCOMPARE(languages.at(4).toObject().value(QStringLiteral("tag")).toString(),
            QStringLiteral("ar"));
        QCOMPARE(languages.at(4).toObject().value(QStringLiteral("uiWords")).toString(),
            QStringLiteral("unreviewed"));
    }

    void aPacksOwnWordsWinOverTheKiosks()
    {
        // The test pack's reviewed Vietnamese words for Back and Listen; every other word is the
        // kiosk's own, and so is the attract loop's invitation, which the pack's catalogue lacks.
        const auto loaded = ContentLoader::load(QStringLiteral(KIOSK_TEST_DATA "/five-language-pack"));
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        UiHarness ui;
        ui.store->setContent(loaded.content);
        QQuickWindow *window = ui.open(QStringLiteral("learn"), QSize(1080, 1920));
        QVERIFY(window);
        ui.visit->setLanguage(QStringLiteral("vi"));
        UiHarness::settle(window);
        QCOMPARE(textOf(UiHarness::find(window, QStringLiteral("backButton"))), QStringLiteral("Trở về"));
        QCOMPARE(Words().control(QStringLiteral("listen")), QStringLiteral("Nghe đọc")); // said too
        QCOMPARE(textOf(UiHarness::find(window, QStringLiteral("homeButton"))), QStringLiteral("Trang chủ"));
        QCOMPARE(ui.visit->touchToStartIn(QStringLiteral("vi")), QStringLiteral("Chạm vào màn hình để bắt đầu"));
        QCOMPARE(ui.visit->wordsState(QStringLiteral("vi")), QStringLiteral("unreviewed"));
        shoot(window, QStringLiteral("learn-vi-pack-words"));

        // A site whose interpreter reviewed every Vietnamese word: the staff panel and the fleet
        // stop calling Vietnamese unreviewed. (The kiosk's catalogue, every mark made finished.)
        TestPack reviewed;
        writeFiveLanguages(reviewed);
        QByteArray ts = readFile(QStringLiteral(":/catalogues/vi.ts"));
        QVERIFY(!ts.isEmpty());
        ts.replace(" type=\"unfinished\"", "");
        reviewed.write(QStringLiteral("i18n/vi.ts"), ts);
        const auto second = reviewed.load();
        QVERIFY2(second.ok(), qPrintable(TestPack::describe(second)));
        ui.store->setContent(second.content);
        QCOMPARE(ui.visit->wordsState(QStringLiteral("vi")), QStringLiteral("reviewed"));
        QVERIFY(!ui.visit->unreviewedLanguages().contains(QStringLiteral("Tiếng Việt")));
        QCOMPARE(ui.app->fleetStatus().value(QStringLiteral("languages")).toArray().at(2).toObject()
                     .value(QStringLiteral("uiWords")).toString(),
            QStringLiteral("reviewed"));
        UiHarness::settle(window);
        QCOMPARE(textOf(UiHarness::find(window, QStringLiteral("backButton"))), QStringLiteral("Quay lại"));
    }

    void aPhoneNumberKeepsItsOrderInArabic()
    {
        // As Qt lays the line out right to left: without the isolate the groups of a phone
        // number and the two ends of a range of times change places.
        const LanguageProfile ar = LanguageProfile::of(QStringLiteral("ar"));
        const QString line = QStringLiteral("اتصلي على 312 555 0142 من 10:00–11:30");
        const auto xOf = [](const QString &text, const QString &part) {
            QTextLayout layout(text, QFont(QStringLiteral("Noto Sans Arabic")));
            QTextOption option;
            option.setTextDirection(Qt::RightToLeft);
            layout.setTextOption(option);
            layout.beginLayout();
            QTextLine row = layout.createLine();
            row.setLineWidth(4000);
            layout.endLayout();
            return row.cursorToX(int(text.indexOf(part)) + 1); // inside the run, not at its edge
        };
        const QString shown = ar.isolated(line);
        QVERIFY2(xOf(shown, QStringLiteral("312")) < xOf(shown, QStringLiteral("0142")), "312 left of 0142");
        QVERIFY2(xOf(shown, QStringLiteral("10:00")) < xOf(shown, QStringLiteral("11:30")), "10:00 left of 11:30");
        // What the isolate is for: the bare line reverses them.
        QVERIFY(xOf(line, QStringLiteral("312")) > xOf(line, QStringLiteral("0142")));
    }

    void twoLanguagesStillSwitchInOneTap()
    {
        TestPack pack; // English and Spanish
        const auto loaded = pack.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        UiHarness ui;
        ui.store->setContent(loaded.content);
        QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
        QVERIFY(window);
        QVERIFY(!ui.visit->choosesLanguage());
        QQuickItem *button = UiHarness::find(window, QStringLiteral("languageButton"));
        QCOMPARE(textOf(button), QStringLiteral("Español"));
        tap(window, button);
        UiHarness::settle(window);
        QCOMPARE(ui.visit->language(), QStringLiteral("es"));
        QCOMPARE(ui.visit->screen(), QStringLiteral("home"));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
