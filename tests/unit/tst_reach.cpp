// What the campaign reached, counted on the real kiosk: visits driven through the real UI with
// touches (a tile, the language chooser, Listen, a take-away sheet, text size, contrast, reach,
// an article, the idle reset) give exactly the day's totals; the state folder is byte-identical
// until the site's midnight, then holds one day file; a clean stop merges into the day, a restart
// adds to it; [reach] enabled = false counts nothing, keep_days deletes old days, and a day file
// that cannot be read is kept aside, never overwritten.
#include "kioskclock.h"
#include "reachledger.h"
#include "takeawaysheet.h"
#include "testpack.h"
#include "uitest.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

const QDate Day(2026, 12, 1); // testKioskSetup's day, in the pack's zone (America/Chicago)

/** Half a minute past the site's midnight after @p day. */
QDateTime midnightAfter(QDate day)
{
    return QDateTime(day.addDays(1), QTime(0, 0, 30), QTimeZone("America/Chicago"));
}

/** The real UI with its key guard, so every touch is the session's activity as on a kiosk. */
struct Kiosk
{
    explicit Kiosk(const QString &state, const ReachSettings &reach = {})
        : ui(setup(state, reach))
    {
        window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
        if (window)
            ui.app->guard(window, false);
    }
    static KioskSetup setup(const QString &state, const ReachSettings &reach)
    {
        KioskSetup s = testKioskSetup(state);
        s.reach = reach;
        s.kiosk.bottomEdgeMm = 1000; // a panel whose top is above a seated visitor's reach
        return s;
    }
    /** A finger on the first item named @p name on screen; false when there is none. */
    bool touch(const QString &name)
    {
        const QRectF screen(QPointF(0, 0), window->size());
        for (QQuickItem *item : UiHarness::items(window->contentItem())) {
            const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
            if (item->objectName() != name || !seen(item) || !screen.contains(centre))
                continue;
            tap(window, item);
            UiHarness::settle(window);
            return true;
        }
        return false;
    }
    /** Scrolls the page until the first item named @p name is in the middle of the screen, as a
     * finger's drag would. */
    void scrollTo(const QString &name)
    {
        for (QQuickItem *item : UiHarness::items(window->contentItem())) {
            if (item->objectName() != name || !seen(item))
                continue;
            for (QQuickItem *page = item->parentItem(); page; page = page->parentItem()) {
                if (page->property("contentY").isValid()) {
                    const qreal y
                        = item->mapToItem(page->property("contentItem").value<QQuickItem *>(),
                                  QPointF(0, 0))
                              .y();
                    page->setProperty("contentY", std::max<qreal>(0, y - page->height() / 2));
                    UiHarness::settle(window);
                    return;
                }
            }
        }
    }
    /** A finger on an empty part of the screen (the home screen's heading). */
    void touchAnywhere()
    {
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, QPoint(540, 1500));
        UiHarness::settle(window);
    }
    /** Nobody touches it until the idle reset. */
    void walkAway()
    {
        ui.idle(600);
        UiHarness::settle(window);
    }

    UiHarness ui;
    QQuickWindow *window = nullptr;
};

QJsonObject dayFile(const QString &state, QDate day)
{
    return QJsonDocument::fromJson(readFile(ReachLedger(state).fileOf(day))).object();
}

QJsonObject table(const QJsonObject &day, const char *name)
{
    return day.value(QLatin1String(name)).toObject();
}

QJsonObject counts(std::initializer_list<std::pair<const char *, int>> pairs)
{
    QJsonObject out;
    for (const auto &[key, value] : pairs)
        out.insert(QLatin1String(key), value);
    return out;
}

} // namespace

class TestReach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { KioskClock::fix({}); }

    void visitsThroughTheRealUiGiveTheDaysTotals()
    {
        QTemporaryDir state;
        Kiosk kiosk(state.path());
        QVERIFY(kiosk.window);
        QTest::qWait(2500); // the room board's status.json is written once, after start-up
        const auto before = snapshot(state.path());

        // Visit 1: help, the chooser to Arabic, Listen, a service's take-away sheet.
        QVERIFY(kiosk.touch(QStringLiteral("tile-help")));
        QCOMPARE(kiosk.ui.visit->screen(), QStringLiteral("help"));
        QVERIFY(kiosk.touch(QStringLiteral("languageButton")));
        QCOMPARE(kiosk.ui.visit->screen(), QStringLiteral("languages"));
        QVERIFY(kiosk.touch(QStringLiteral("language-ar")));
        QCOMPARE(kiosk.ui.visit->language(), QStringLiteral("ar"));
        QVERIFY(kiosk.touch(QStringLiteral("listenButton")));
        QVERIFY(kiosk.touch(QStringLiteral("listenButton"))); // stops it: the same visit's Listen
        kiosk.scrollTo(QStringLiteral("sendToPhone"));
        QVERIFY(kiosk.touch(QStringLiteral("sendToPhone")));
        QCOMPARE(kiosk.ui.visit->screen(), QStringLiteral("takeaway"));
        auto *sheet = kiosk.window->findChild<TakeAwaySheet *>(QStringLiteral("takeAwaySheet"));
        QVERIFY(sheet);
        QMap<QString, int> kinds;
        for (int row = 0; row < sheet->rowCount(); ++row)
            ++kinds[sheet->index(row).data(TakeAwaySheet::KindRole).toString()];
        QVERIFY(kinds.size() >= 2);
        // The sheet redrawn in Spanish: the same codes, not shown again.
        kiosk.ui.visit->setLanguage(QStringLiteral("es"));
        UiHarness::settle(kiosk.window);
        kiosk.walkAway();

        // Visit 2: text size twice, contrast, reach, learn, an article; the room's waitlist.
        kiosk.touchAnywhere();
        QVERIFY(kiosk.touch(QStringLiteral("tile-learn")));
        const QString page = QStringLiteral("page-pumping-storing");
        kiosk.scrollTo(page);
        QVERIFY2(kiosk.touch(page), "the learn screen lists pumping and storing");
        QCOMPARE(kiosk.ui.visit->screen(), QStringLiteral("article"));
        QVERIFY(kiosk.touch(QStringLiteral("textSizeButton")));
        QVERIFY(kiosk.touch(QStringLiteral("textSizeButton")));
        QCOMPARE(kiosk.ui.visit->textSize(), Visit::Largest);
        QVERIFY(kiosk.touch(QStringLiteral("contrastButton")));
        QVERIFY(kiosk.touch(QStringLiteral("contrastButton")));
        QVERIFY(kiosk.touch(QStringLiteral("reachButton")));
        QVERIFY(kiosk.ui.visit->reachDown());
        kiosk.walkAway();

        // Visit 3: one touch, then she walks away.
        kiosk.touchAnywhere();
        kiosk.walkAway();

        // Within the day, the state folder is as it was: nothing of a visit is on disk.
        QTest::qWait(2500);
        QCOMPARE(snapshot(state.path()), before);

        // Visit 4 joins the room's waitlist (whose anonymous ticket is the waitlist's own file).
        QVERIFY(
            kiosk.ui.rooms->setStaffState(QStringLiteral("room-a"), QStringLiteral("occupied")));
        kiosk.touchAnywhere();
        QVERIFY(kiosk.touch(QStringLiteral("tile-room")));
        QVERIFY(kiosk.touch(QStringLiteral("join-room-a")));
        kiosk.walkAway();
        const auto beforeMidnight = snapshot(state.path());

        // The site's midnight: one day file, with exactly the day's totals.
        KioskClock::fix(midnightAfter(Day));
        kiosk.ui.app->reach().checkDay();
        auto after = snapshot(state.path());
        QCOMPARE(after.size(), beforeMidnight.size() + 1);
        QVERIFY(after.remove(ReachLedger(state.path()).fileOf(Day)));
        QCOMPARE(after, beforeMidnight);
        const QJsonObject day = dayFile(state.path(), Day);
        QCOMPARE(day.value(QStringLiteral("day")).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(day.value(QStringLiteral("visits")).toInt(), 4);
        QCOMPARE(day.value(QStringLiteral("waitlistJoins")).toInt(), 1);
        QCOMPARE(table(day, "screens"),
            counts({ { "help", 1 }, { "languages", 1 }, { "takeaway", 1 }, { "learn", 1 },
                { "article", 1 }, { "room", 1 } }));
        QCOMPARE(table(day, "pages"), counts({ { "pumping-storing", 1 } }));
        // Visit 1 used English (help), Arabic (chose it) and Spanish (ended in it); visits 2, 3
        // and 4 were in English.
        QCOMPARE(table(day, "languages"), counts({ { "en", 4 }, { "ar", 1 }, { "es", 1 } }));
        QCOMPARE(table(day, "features"),
            counts({ { "listen", 1 }, { "largeText", 1 }, { "largestText", 1 },
                { "highContrast", 1 }, { "reach", 1 } }));
        QJsonObject takeAways;
        for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
            takeAways.insert(it.key(), it.value());
        // (The article only offers its sheet: no code of it was shown.)
        QCOMPARE(table(day, "takeAways"), takeAways);
        // Proof of play: the attract loop ran after each of the four resets.
        const QJsonObject slides = table(day, "slides");
        QVERIFY2(!slides.isEmpty(), "the attract loop's slides are counted");
        qint64 plays = 0;
        for (const QJsonValue &slide : slides)
            plays += slide.toObject().value(QStringLiteral("plays")).toInteger();
        QCOMPARE(plays, 4);
        // Nothing else: no time of day, no visit, no order.
        QCOMPARE(day.keys(),
            QString::fromLatin1("day features languages pages screens slides takeAways visits "
                                "waitlistJoins")
                .split(u' '));
        // The closed day is what the fleet publishes; today is not in it.
        const ReachDocument published
            = kiosk.ui.app->reach().document(QStringLiteral("kiosk-1"), QStringLiteral("site"));
        QCOMPARE(published.days.size(), 1);
        QCOMPARE(published.days.constFirst().toJson(), day);
    }

    void aCleanStopMergesIntoTheDayAndARestartAddsToIt()
    {
        QTemporaryDir state;
        {
            Kiosk kiosk(state.path());
            QVERIFY(kiosk.window);
            kiosk.touchAnywhere();
            QVERIFY(kiosk.touch(QStringLiteral("tile-help")));
            kiosk.walkAway();
        } // a clean stop
        QCOMPARE(dayFile(state.path(), Day).value(QStringLiteral("visits")).toInt(), 1);
        {
            Kiosk kiosk(state.path());
            QVERIFY(kiosk.window);
            // Today's file is not a closed day: the broker gets nothing of it yet.
            QVERIFY(kiosk.ui.app->reach().document(QStringLiteral("k"), {}).days.isEmpty());
            kiosk.touchAnywhere();
            QVERIFY(kiosk.touch(QStringLiteral("tile-help")));
            QVERIFY(kiosk.touch(QStringLiteral("homeButton")));
            kiosk.walkAway();
        }
        const QJsonObject day = dayFile(state.path(), Day);
        QCOMPARE(day.value(QStringLiteral("visits")).toInt(), 2);
        QCOMPARE(table(day, "screens"), counts({ { "help", 2 }, { "home", 1 } }));
        QCOMPARE(table(day, "languages"), counts({ { "en", 2 } }));

        // Started the next day, the kiosk publishes that day as closed.
        KioskSetup next = Kiosk::setup(state.path(), {});
        next.now = midnightAfter(Day);
        UiHarness later(next);
        const ReachDocument published = later.app->reach().document(QStringLiteral("k"), {});
        QCOMPARE(published.days.size(), 1);
        QCOMPARE(published.days.constFirst().visits, 2);
    }

    void turnedOffItCountsAndWritesNothing()
    {
        QTemporaryDir state;
        ReachSettings off;
        off.enabled = false;
        {
            Kiosk kiosk(state.path(), off);
            QVERIFY(kiosk.window);
            kiosk.touchAnywhere();
            QVERIFY(kiosk.touch(QStringLiteral("tile-help")));
            kiosk.walkAway();
            KioskClock::fix(midnightAfter(Day));
            kiosk.ui.app->reach().checkDay();
        }
        QVERIFY(!QFileInfo::exists(ReachLedger(state.path()).folder()));
    }

    void oldDaysAreDeletedAndAnUnreadableDayIsKeptAside()
    {
        QTemporaryDir state;
        const ReachLedger ledger(state.path());
        QString why;
        ReachDay old;
        old.day = Day.addDays(-31);
        old.visits = 4;
        QVERIFY2(ledger.merge(old, &why), qPrintable(why));
        ReachDay recent = old;
        recent.day = Day.addDays(-30);
        QVERIFY2(ledger.merge(recent, &why), qPrintable(why));
        writeFile(ledger.fileOf(Day), "{ not json");
        ReachSettings keep;
        keep.keepDays = 30;
        {
            Kiosk kiosk(state.path(), keep);
            QVERIFY(kiosk.window);
            QVERIFY(!QFileInfo::exists(ledger.fileOf(old.day)));
            QVERIFY(QFileInfo::exists(ledger.fileOf(recent.day)));
            kiosk.touchAnywhere();
            QTest::ignoreMessage(QtWarningMsg,
                QRegularExpression(QStringLiteral("2026-12-01.json: .*kept as .*unreadable")));
        }
        QCOMPARE(
            readFile(ledger.fileOf(Day) + QStringLiteral(".unreadable")), QByteArray("{ not json"));
        QCOMPARE(dayFile(state.path(), Day).value(QStringLiteral("visits")).toInt(), 1);
    }
};

QTEST_MAIN(TestReach)
#include "tst_reach.moc"
