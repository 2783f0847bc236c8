// The models the screens bind to, on the built-in pack at a fixed time, each under
// QAbstractItemModelTester.
#include "articleview.h"
#include "contentstore.h"
#include "displaytext.h"
#include "homecards.h"
#include "occurrencemodel.h"
#include "pagemodel.h"
#include "roommodel.h"
#include "servicemodel.h"
#include "testpack.h"
#include "visit.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>

namespace {

const QTimeZone Chicago("America/Chicago");

QDateTime chicago(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Chicago);
}

std::shared_ptr<const Content> builtIn()
{
    static const auto result = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK));
    if (!result.ok())
        qFatal("the built-in pack does not load");
    return result.content;
}

template<typename Model> QStringList column(const Model &model, int role)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.data(model.index(row), role).toString());
    return out;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesAsTheSiteWritesThem_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("clock");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("evening");
        QTest::addColumn<QString>("acrossNoon");
        QTest::newRow("en, United States") << "America/Chicago"
                                           << ""
                                           << "en"
                                           << "6:00–7:30\u00a0p.m."
                                           << "11:00\u00a0a.m.–1:00\u00a0p.m.";
        QTest::newRow("es, United States") << "America/Chicago"
                                           << ""
                                           << "es"
                                           << "6:00–7:30\u00a0p.\u00a0m."
                                           << "11:00\u00a0a.\u00a0m.–1:00\u00a0p.\u00a0m.";
        QTest::newRow("zone named by a tzdata link") << "US/Central"
                                                     << ""
                                                     << "en"
                                                     << "6:00–7:30\u00a0p.m."
                                                     << "11:00\u00a0a.m.–1:00\u00a0p.m.";
        QTest::newRow("es, Mexico") << "America/Mexico_City"
                                    << ""
                                    << "es"
                                    << "18:00–19:30"
                                    << "11:00–13:00";
        QTest::newRow("site.clock 24h") << "America/Chicago"
                                        << "24h"
                                        << "en"
                                        << "18:00–19:30"
                                        << "11:00–13:00";
        QTest::newRow("site.clock 12h in Mexico") << "America/Mexico_City"
                                                  << "12h"
                                                  << "es"
                                                  << "6:00–7:30\u00a0p.\u00a0m."
                                                  << "11:00\u00a0a.\u00a0m.–1:00\u00a0p.\u00a0m.";
    }

    void timesAsTheSiteWritesThem()
    {
        QFETCH(QString, zone);
        QFETCH(QString, clock);
        QFETCH(QString, language);
        QFETCH(QString, evening);
        QFETCH(QString, acrossNoon);
        PackInfo pack;
        pack.timeZone = QTimeZone(zone.toUtf8());
        pack.clock = clock;
        const auto style = DisplayText::Clock::of(pack, LanguageProfile::of(language));
        const auto at = [&](int h, int m) {
            return QDateTime(QDate(2026, 12, 3), QTime(h, m), pack.timeZone);
        };
        QCOMPARE(DisplayText::timeRange(at(18, 0), at(19, 30), style), evening);
        QCOMPARE(DisplayText::timeRange(at(11, 0), at(13, 0), style), acrossNoon);
        QCOMPARE(DisplayText::time(QTime(0, 5), style),
            style.twelveHour ? QStringLiteral("12:05\u00a0") + style.am : QStringLiteral("00:05"));
        QCOMPARE(DisplayText::time(QTime(12, 0), style),
            style.twelveHour ? QStringLiteral("12:00\u00a0") + style.pm : QStringLiteral("12:00"));
    }

    void storeLanguage()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        QCOMPARE(visit.language(), QStringLiteral("en"));
        QCOMPARE(visit.nextLanguageName(), QStringLiteral("Español"));
        QSignalSpy changed(&visit, &Visit::languageChanged);
        QSignalSpy texts(&visit, &Visit::textsChanged);
        visit.setLanguage(QStringLiteral("fr")); // not in the pack: ignored
        QCOMPARE(changed.count(), 0);
        visit.switchLanguage();
        QCOMPARE(visit.language(), QStringLiteral("es"));
        QCOMPARE(visit.nextLanguageName(), QStringLiteral("Tiếng Việt")); // in the pack's order
        QVERIFY(visit.siteName().contains(QStringLiteral("Laboratorio")));
        QCOMPARE(texts.count(), 1); // the site's name on screen follows the language
        visit.setLanguage(QStringLiteral("en"));
        QCOMPARE(visit.language(), QStringLiteral("en"));
        QCOMPARE(changed.count(), 2);
    }

    void occurrencesGroupedAndWorded()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        OccurrenceModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVisit(&visit);
        model.setNow(chicago(2026, 12, 1, 9, 30)); // a Tuesday
        QVERIFY(model.rowCount() > 5);
        using R = OccurrenceModel;
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(R::DayGroupRole).toString(), QStringLiteral("today"));
        QCOMPARE(first.data(R::WhenRole).toString(), QStringLiteral("10:00–11:30\u00a0a.m."));
        QVERIFY(first.data(R::FirstInGroupRole).toBool());
        QVERIFY(!model.index(1).data(R::FirstInGroupRole).toBool()
            || model.index(1).data(R::DayGroupRole) != first.data(R::DayGroupRole));
        const QStringList when = column(model, R::WhenRole);
        QVERIFY2(when.contains(QStringLiteral("Thursday 6:00–7:30\u00a0p.m.")),
            qPrintable(when.join(u'|')));
        QVERIFY2(when.contains(QStringLiteral("Tuesday, December 8 · 10:00–11:30\u00a0a.m.")),
            qPrintable(when.join(u'|')));
        const QStringList groups = column(model, R::DayGroupRole);
        QCOMPARE(groups.first(), QStringLiteral("today"));
        QCOMPARE(groups.last(), QStringLiteral("later"));
        QVERIFY(
            std::is_sorted(groups.cbegin(), groups.cend(), [](const QString &a, const QString &b) {
                const QStringList order { QStringLiteral("today"), QStringLiteral("week"),
                    QStringLiteral("later") };
                return order.indexOf(a) < order.indexOf(b);
            }));
        // The cancelled week (22 December) is listed, marked cancelled.
        bool cancelledSeen = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            if (i.data(R::CancelledRole).toBool()) {
                cancelledSeen = true;
                QCOMPARE(i.data(R::StartRole).toDateTime(), chicago(2026, 12, 22, 10));
            }
        }
        QVERIFY(cancelledSeen);
        QCOMPARE(
            model.meetingLanguages(), QStringList({ QStringLiteral("en"), QStringLiteral("es") }));
    }

    void occurrenceFilters()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        OccurrenceModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVisit(&visit);
        model.setNow(chicago(2026, 12, 1, 9, 30));
        const int all = model.rowCount();
        QSignalSpy count(&model, &OccurrenceModel::countChanged);
        model.setMeetingLanguage(QStringLiteral("es"));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row)
                        .data(OccurrenceModel::MeetingLanguagesRole)
                        .toStringList()
                        .contains(QStringLiteral("es")));
        model.setMeetingLanguage({});
        model.setAttendance(OccurrenceModel::Online);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row).data(OccurrenceModel::OnlineRole).toBool());
            QVERIFY(!model.index(row).data(OccurrenceModel::JoinUrlRole).toString().isEmpty());
        }
        model.setAttendance(OccurrenceModel::InPerson);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row).data(OccurrenceModel::OnlineRole).toBool());
        // Both filters at once can leave nothing; the model says so with a count of 0.
        model.setMeetingLanguage(QStringLiteral("es"));
        model.setAttendance(OccurrenceModel::Online);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(count.count() >= 3);
    }

    void occurrencesFollowLanguage()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        OccurrenceModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVisit(&visit);
        model.setNow(chicago(2026, 12, 1, 9, 30));
        const QString english = model.index(0).data(OccurrenceModel::SummaryRole).toString();
        visit.setLanguage(QStringLiteral("es"));
        const QString spanish = model.index(0).data(OccurrenceModel::SummaryRole).toString();
        QVERIFY(english != spanish);
        QVERIFY2(column(model, OccurrenceModel::WhenRole)
                     .contains(QStringLiteral("Jueves 6:00–7:30\u00a0p.\u00a0m.")),
            qPrintable(column(model, OccurrenceModel::WhenRole).join(u'|')));
    }

    void servicesAndOpenNow()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        ServiceModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVisit(&visit);
        model.setKinds({ QStringLiteral("helpline") });
        model.setNow(chicago(2026, 12, 1, 9, 30));
        const QStringList names = column(model, ServiceModel::NameRole);
        const auto row = names.indexOf(QStringLiteral("National Breastfeeding Helpline"));
        QVERIFY2(row >= 0, qPrintable(names.join(u'|')));
        const QModelIndex nbh = model.index(int(row));
        QCOMPARE(nbh.data(ServiceModel::OpenStateRole).toString(), QStringLiteral("open"));
        QCOMPARE(nbh.data(ServiceModel::OpenTextRole).toString(),
            QStringLiteral("Open now, until 5:00\u00a0p.m."));
        QVERIFY(nbh.data(ServiceModel::PhonesRole)
                    .toStringList()
                    .first()
                    .startsWith(QStringLiteral("1-800-994-9662")));
        QCOMPARE(nbh.data(ServiceModel::LanguagesRole).toStringList(),
            QStringList({ QStringLiteral("en"), QStringLiteral("es") }));
        model.setNow(chicago(2026, 12, 5, 12)); // Saturday
        QCOMPARE(model.index(int(row)).data(ServiceModel::OpenTextRole).toString(),
            QStringLiteral("Closed now, opens Monday 8:00\u00a0a.m."));
        model.setNow(chicago(2026, 12, 3, 19)); // Thursday evening
        QCOMPARE(model.index(int(row)).data(ServiceModel::OpenTextRole).toString(),
            QStringLiteral("Closed now, opens tomorrow 8:00\u00a0a.m."));
        const QStringList open = column(model, ServiceModel::OpenTextRole);
        QVERIFY(open.contains(QStringLiteral("Open 24 hours")));
        for (const QString &kind : column(model, ServiceModel::KindRole))
            QCOMPARE(kind, QStringLiteral("helpline"));
        model.setKinds({});
        QVERIFY(model.rowCount() > int(names.size()));
    }

    void rooms()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        RoomModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVisit(&visit);
        QCOMPARE(model.rowCount(), 2);
        // With no live status the model knows nothing and never says free.
        QCOMPARE(model.freeCount(), 0);
        QCOMPARE(model.index(0).data(RoomModel::StateRole).toString(), QStringLiteral("unknown"));
        RoomStatus status { RoomSettings(), QString() };
        status.follow(&store);
        model.setStatus(&status);
        QCOMPARE(model.freeCount(), 1);
        const QModelIndex a = model.index(0);
        QCOMPARE(a.data(RoomModel::StateRole).toString(), QStringLiteral("free"));
        QVERIFY(a.data(RoomModel::AmenitiesRole).toStringList().contains(QStringLiteral("seat")));
        QVERIFY(QFileInfo::exists(a.data(RoomModel::ImageRole).toUrl().toLocalFile()));
        const QString english = a.data(RoomModel::LocationRole).toString();
        visit.setLanguage(QStringLiteral("es"));
        QVERIFY(model.index(0).data(RoomModel::LocationRole).toString() != english);
    }

    void roomStateChangesUpdateTheRowInPlace()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        RoomStatus status { RoomSettings(), QString() };
        status.follow(&store);
        RoomModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVisit(&visit);
        model.setStatus(&status);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy free(&model, &RoomModel::freeCountChanged);
        QVERIFY(status.setStaffState(QStringLiteral("room-b"), QStringLiteral("free")));
        QCOMPARE(reset.count(), 0); // nothing on screen is rebuilt: no flicker
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(free.count(), 1);
        QCOMPARE(model.freeCount(), 2);
        QVERIFY(status.setStaffState(QStringLiteral("room-a"), QStringLiteral("occupied")));
        QCOMPARE(model.index(0).data(RoomModel::StateRole).toString(), QStringLiteral("occupied"));
        QCOMPARE(model.index(0).data(RoomModel::MinutesInStateRole).toInt(), 0);
        QCOMPARE(model.index(0).data(RoomModel::WaitMinutesRole).toInt(), -1); // no history
        const QString code = status.joinWaitlist(QStringLiteral("room-a"));
        QCOMPARE(code.size(), 2);
        QCOMPARE(model.index(0).data(RoomModel::WaitingRole).toInt(), 1);
        QVERIFY(status.setStaffState(QStringLiteral("room-a"), QStringLiteral("free")));
        QCOMPARE(model.index(0).data(RoomModel::CallingRole).toString(), code);
        QCOMPARE(model.index(0).data(RoomModel::WaitingRole).toInt(), 0);
        // Bad words and unknown rooms are refused, and change nothing.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a room state")));
        QVERIFY(!status.setStaffState(QStringLiteral("room-a"), QStringLiteral("vacant")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no room 'room-z'")));
        QVERIFY(!status.setStaffState(QStringLiteral("room-z"), QStringLiteral("free")));
        QCOMPARE(model.index(0).data(RoomModel::StateRole).toString(), QStringLiteral("free"));
        QCOMPARE(reset.count(), 0);
    }

    void homeCardsShowWhatHasAnAnswer()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        RoomStatus status { RoomSettings(), QString() };
        status.follow(&store);
        HomeCards cards;
        QSignalSpy shown(&cards, &HomeCards::shownChanged);
        cards.setVisit(&visit);
        cards.setStatus(&status);
        // Tuesday 09:30: the 10:00 group is next, the helpline open.
        cards.setNow(chicago(2026, 12, 1, 9, 30));
        QCOMPARE(cards.shown(),
            QStringList({ QStringLiteral("room"), QStringLiteral("groups"), QStringLiteral("help") }));
        QVERIFY(cards.showsRooms() && cards.showsGroup() && cards.showsHelpline());
        QCOMPARE(cards.rooms()->rowCount(), 2);
        QVERIFY2(cards.nextGroup().value(QStringLiteral("when")).toString().startsWith(
                     QStringLiteral("10:00")),
            qPrintable(cards.nextGroup().value(QStringLiteral("when")).toString()));
        QCOMPARE(cards.helpline().value(QStringLiteral("openState")).toString(),
            QStringLiteral("open"));
        // A section staff hide takes its card with it, and brings it back.
        shown.clear();
        store.setHiddenSections({ QStringLiteral("help") });
        QCOMPARE(shown.count(), 1);
        QVERIFY(!cards.showsHelpline());
        QVERIFY(cards.helpline().contains(QStringLiteral("name"))); // still known, not shown
        store.setHiddenSections({ QStringLiteral("room"), QStringLiteral("groups") });
        QCOMPARE(cards.shown(), QStringList({ QStringLiteral("help") }));
        store.setHiddenSections({});
        QCOMPARE(cards.shown().size(), 3);
        // Their words follow the visit's language.
        const QString english = cards.nextGroup().value(QStringLiteral("summary")).toString();
        visit.setLanguage(QStringLiteral("es"));
        QVERIFY(cards.nextGroup().value(QStringLiteral("summary")).toString() != english);
        // A pack with no rooms, groups or helplines: no card rather than an empty one.
        TestPack bare;
        const auto loaded = bare.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        store.setContent(loaded.content);
        QVERIFY(cards.shown().isEmpty());
        QVERIFY(cards.nextGroup().isEmpty() && cards.helpline().isEmpty());
    }

    void whatHerLanguageLacksShowsInAnother()
    {
        // Spanish lacks a page and a service: a visitor reading Spanish sees both in English,
        // marked so, instead of not at all.
        TestPack pack;
        pack.write(QStringLiteral("pages/en/storing.md"),
            "---\ntitle: Storing milk\nsection: basics\n---\nUp to 4 days.\n");
        pack.write(QStringLiteral("pages/en/pumping.md"),
            "---\ntitle: Pumping\nsection: basics\n---\nAt work.\n");
        pack.write(QStringLiteral("pages/es/pumping.md"),
            "---\ntitle: Sacarse la leche\nsection: basics\n---\nEn el trabajo.\n");
        pack.write(QStringLiteral("services.en.json"),
            R"([ { "id": "helpline", "name": "Helpline" }, { "id": "wic", "name": "WIC" } ])");
        pack.write(QStringLiteral("services.es.json"),
            R"([ { "id": "helpline", "name": "Línea de ayuda" } ])");
        const auto loaded = pack.load();
        QVERIFY2(loaded.ok(), qPrintable(TestPack::describe(loaded)));
        ContentStore store(loaded.content);
        Visit visit(&store);
        visit.setLanguage(QStringLiteral("es"));

        PageModel pages;
        pages.setVisit(&visit);
        QCOMPARE(pages.rowCount(), 2);
        QMap<QString, QString> pageLanguage;
        for (int row = 0; row < pages.rowCount(); ++row)
            pageLanguage.insert(pages.get(row).value(QStringLiteral("title")).toString(),
                pages.get(row).value(QStringLiteral("contentLanguage")).toString());
        QCOMPARE(pageLanguage.value(QStringLiteral("Sacarse la leche")), QStringLiteral("es"));
        QCOMPARE(pageLanguage.value(QStringLiteral("Storing milk")), QStringLiteral("en"));

        ServiceModel services;
        services.setVisit(&visit);
        QCOMPARE(column(services, ServiceModel::NameRole),
            QStringList({ QStringLiteral("Línea de ayuda"), QStringLiteral("WIC") }));
        QCOMPARE(column(services, ServiceModel::ContentLanguageRole),
            QStringList({ QStringLiteral("es"), QStringLiteral("en") }));

        // The article opens too, in English.
        ArticleView article;
        article.setVisit(&visit);
        article.setPageId(QStringLiteral("storing"));
        QVERIFY(article.found());
        QCOMPARE(article.title(), QStringLiteral("Storing milk"));
        QCOMPARE(article.contentLanguage(), QStringLiteral("en"));

        // In English nothing is borrowed.
        visit.setLanguage(QStringLiteral("en"));
        QCOMPARE(column(services, ServiceModel::ContentLanguageRole),
            QStringList({ QStringLiteral("en"), QStringLiteral("en") }));
    }

    void pagesByTopic()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        PageModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVisit(&visit);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.pageIdAt(0), QStringLiteral("benefits")); // first topic in pack.json
        QCOMPARE(model.pageIdAt(99), QString());
        int headings = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            headings += model.index(row).data(PageModel::FirstInTopicRole).toBool() ? 1 : 0;
        QCOMPARE(headings, 6);
        model.setTopic(QStringLiteral("your-visit"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.pageIdAt(0), QStringLiteral("your-visit"));
    }

    void article()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        ArticleView view;
        view.setVisit(&visit);
        view.setPageId(QStringLiteral("pumping-storing"));
        QVERIFY(view.found());
        QCOMPARE(view.title(), QStringLiteral("Storing pumped milk safely"));
        QVERIFY(view.medical());
        QVERIFY(!view.sources().isEmpty());
        const QVariantList blocks = view.blocks();
        QVERIFY(blocks.size() >= 3);
        const auto image = std::find_if(blocks.cbegin(), blocks.cend(), [](const QVariant &b) {
            return b.toMap().value(QStringLiteral("kind")).toString() == u"image";
        });
        QVERIFY(image != blocks.cend());
        QVERIFY(QFileInfo::exists(
            image->toMap().value(QStringLiteral("source")).toUrl().toLocalFile()));
        visit.setLanguage(QStringLiteral("es"));
        QVERIFY(view.title() != QStringLiteral("Storing pumped milk safely"));
        view.setPageId(QStringLiteral("nope"));
        QVERIFY(!view.found());
    }

    void linksBecomeText()
    {
        QCOMPARE(
            ArticleView::linksAsText(QStringLiteral("See [the CDC](https://www.cdc.gov/x) now.")),
            QStringLiteral("See the CDC (www.cdc.gov/x) now."));
        QCOMPARE(ArticleView::linksAsText(QStringLiteral("[lllusa.org](https://lllusa.org)")),
            QStringLiteral("lllusa.org"));
        QCOMPARE(
            ArticleView::linksAsText(QStringLiteral("![pic](media/a.png) and <https://x.org>")),
            QStringLiteral("![pic](media/a.png) and https://x.org"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
