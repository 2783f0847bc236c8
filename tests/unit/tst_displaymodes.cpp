// What the visitor chooses to see and what the home screen answers without a tap: the text size
// and contrast buttons on the bar change every screen and are forgotten at the idle reset; the
// home screen shows each room's state, the next group and the helpline, and opens their screens;
// the panel's size, height and the visitor's modes come from the INI and the command line.
#include "kioskoptions.h"
#include "kiosksettings.h"
#include "uitest.h"

#include <QFile>
#include <QQuickItem>
#include <QTemporaryDir>

namespace {

/** The pixel size of the text item showing exactly @p text, or 0. */
int fontOf(QQuickWindow *window, const QString &text)
{
    for (QQuickItem *item : UiHarness::items(window->contentItem())) {
        if (item->inherits("QQuickText") && item->isVisible()
            && item->property("text").toString() == text)
            return item->property("font").value<QFont>().pixelSize();
    }
    return 0;
}

QString textsUnder(QQuickItem *item)
{
    QStringList out;
    for (QQuickItem *i : UiHarness::items(item)) {
        if (i->inherits("QQuickText") && i->isVisible())
            out.append(i->property("text").toString());
    }
    return out.join(u'\n');
}

} // namespace

class TestDisplayModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textSizeAndContrastFromTheBarUntilTheVisitEnds()
    {
        UiHarness ui;
        QQuickWindow *window = ui.open(QStringLiteral("groups"), QSize(1080, 1920));
        QVERIFY(window);
        Visit &visit = ui.app->visit();
        const QString title = QStringLiteral("Support groups & classes");
        const int normal = fontOf(window, title);
        QVERIFY(normal > 0);
        const QColor background = window->color();
        QQuickItem *textSize = UiHarness::find(window, QStringLiteral("textSizeButton"));
        QQuickItem *contrast = UiHarness::find(window, QStringLiteral("contrastButton"));
        QVERIFY(textSize && contrast);

        tap(window, textSize);
        UiHarness::settle(window);
        QCOMPARE(visit.textSize(), Visit::Large);
        QVERIFY(fontOf(window, title) > normal);
        tap(window, textSize);
        UiHarness::settle(window);
        QCOMPARE(visit.textSize(), Visit::Largest);
        // Largest: at least 1.8 times the normal size.
        QVERIFY2(fontOf(window, title) >= 1.8 * normal - 1,
            qPrintable(QStringLiteral("%1 px against %2").arg(fontOf(window, title)).arg(normal)));
        QVERIFY(textSize->property("checked").toBool());

        tap(window, contrast);
        UiHarness::settle(window);
        QVERIFY(visit.highContrast());
        QCOMPARE(window->color(), QColor(QStringLiteral("#FFFFFF")));
        QVERIFY(window->color() != background);
        // The choice holds on the next screen of the same visit.
        QQuickItem *home = UiHarness::find(window, QStringLiteral("homeButton"));
        tap(window, home);
        UiHarness::settle(window);
        QVERIFY(visit.highContrast());
        QCOMPARE(visit.textSize(), Visit::Largest);

        // The next visitor starts with normal text and contrast, as with the language.
        ui.idle(ui.session->idleSeconds());
        ui.idle(ui.session->warningSeconds());
        UiHarness::settle(window);
        QCOMPARE(visit.textSize(), Visit::Normal);
        QVERIFY(!visit.highContrast());
        QCOMPARE(window->color(), background);
        QVERIFY2(ui.warnings.isEmpty(), qPrintable(ui.warnings.join(u'\n')));

        // A third tap on the text size goes back to normal.
        visit.setTextSize(Visit::Largest);
        visit.nextTextSize();
        QCOMPARE(visit.textSize(), Visit::Normal);
    }

    void homeAnswersTheTopThreeQuestions()
    {
        UiHarness ui;
        QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
        QVERIFY(window);
        QQuickItem *rooms = UiHarness::find(window, QStringLiteral("glance-room"));
        QQuickItem *group = UiHarness::find(window, QStringLiteral("glance-group"));
        QQuickItem *helpline = UiHarness::find(window, QStringLiteral("glance-helpline"));
        QVERIFY(rooms && group && helpline);
        QVERIFY(rooms->isVisible() && group->isVisible() && helpline->isVisible());
        // Each room by name with its live state word.
        QString shown = textsUnder(rooms);
        QVERIFY2(shown.contains(QStringLiteral("Lactation room A\nFree")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Lactation room B")), qPrintable(shown));
        ui.rooms->setStaffState(QStringLiteral("room-a"), QStringLiteral("occupied"));
        UiHarness::settle(window);
        shown = textsUnder(rooms);
        QVERIFY2(shown.contains(QStringLiteral("Lactation room A\nIn use")), qPrintable(shown));
        // The next group: at 09:30 on Tuesday the 10:00 group today, with its time in US words.
        shown = textsUnder(group);
        QVERIFY2(
            shown.contains(QStringLiteral("Today · 10:00–11:30\u00a0a.m.")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Breastfeeding support group")), qPrintable(shown));
        // The helpline's number and whether it is open now.
        shown = textsUnder(helpline);
        QVERIFY2(shown.contains(QStringLiteral("1-800-994-9662")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Open now")), qPrintable(shown));
        // In Spanish too.
        ui.visit->setLanguage(QStringLiteral("es"));
        UiHarness::settle(window);
        shown = textsUnder(group);
        QVERIFY2(shown.contains(QStringLiteral("Hoy · ")), qPrintable(shown));
        QVERIFY2(
            textsUnder(rooms).contains(QStringLiteral("Ocupada")), qPrintable(textsUnder(rooms)));
        ui.visit->setLanguage(QStringLiteral("en"));
        UiHarness::settle(window);

        // Tapping an answer opens its screen.
        auto *stack = window->property("stack").value<QQuickItem *>();
        const QList<std::pair<QQuickItem *, QString>> opens { { rooms, QStringLiteral("room") },
            { group, QStringLiteral("groups") }, { helpline, QStringLiteral("help") } };
        for (const auto &[card, screen] : opens) {
            tap(window, UiHarness::find(window, card->objectName()));
            UiHarness::settle(window);
            QCOMPARE(stack->property("depth").toInt(), 2);
            const QString file = QString::fromLatin1(
                stack->property("currentItem").value<QObject *>()->metaObject()->className());
            QVERIFY2(file.contains(screen == u"room" ? QStringLiteral("RoomScreen")
                             : screen == u"groups"   ? QStringLiteral("GroupsScreen")
                                                     : QStringLiteral("HelpScreen")),
                qPrintable(file));
            tap(window, UiHarness::find(window, QStringLiteral("homeButton")));
            UiHarness::settle(window);
            QCOMPARE(stack->property("depth").toInt(), 1);
        }

        // The tiles fill the screen: no empty cell, the last row's tiles wider.
        const auto shownTiles = [window] {
            QList<QQuickItem *> tiles;
            for (QQuickItem *item : UiHarness::items(window->contentItem())) {
                if (item->objectName().startsWith(u"tile-") && item->isVisible())
                    tiles.append(item);
            }
            return tiles;
        };
        QList<QQuickItem *> tiles = shownTiles();
        QCOMPARE(tiles.size(), 6);
        // Two columns at 1080x1920: three full rows, every tile as wide as the first.
        for (const QQuickItem *tile : std::as_const(tiles))
            QCOMPARE(tile->width(), tiles.constFirst()->width());
        // Five (staff hid one): the fifth alone on its row, as wide as two.
        ui.store->setHiddenSections({ QStringLiteral("language-help") });
        UiHarness::settle(window);
        tiles = shownTiles();
        QCOMPARE(tiles.size(), 5);
        const QQuickItem *last = tiles.constLast();
        QVERIFY(last->width() > 1.5 * tiles.constFirst()->width()); // alone on its row
        QVERIFY(last->mapToScene(QPointF(0, last->height())).y() > 0.9 * 1920);
        QVERIFY2(ui.warnings.isEmpty(), qPrintable(ui.warnings.join(u'\n')));
    }

    void panelAndModesFromTheIniAndTheCommandLine()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[display]\ndiagonal_inches = 43\nbottom_edge_mm = 700\n");
        file.close();
        const KioskSettings settings = KioskSettings::fromIni(ini);
        QCOMPARE(settings.diagonalInches, 43.0);
        QCOMPARE(settings.bottomEdgeMm, 700.0);
        const KioskDisplay display(settings.diagonalInches, settings.bottomEdgeMm);
        // 43 inches at 9:16 is 952 mm tall: its top at 1652 mm, 432 mm above the line of reach.
        const QSizeF portrait(1080, 1920);
        QCOMPARE(qRound(display.reachLine(portrait) / display.pixelsPerMm(portrait)), 432);
        QCOMPARE(KioskDisplay(43, 200).reachLine(portrait), 0.0); // hung low: all within reach
        QCOMPARE(KioskDisplay(43, 1300).reachLine(portrait), 1920.0); // all of it too high
        QCOMPARE(KioskDisplay(43).reachLine(portrait), 0.0); // height not known
        QVERIFY(!KioskDisplay::plausibleDiagonal(10.4)); // the offscreen platform's 800x600
        QVERIFY(KioskDisplay::plausibleDiagonal(21.5));

        KioskOptions options;
        QString error;
        bool exitNow = false;
        QVERIFY(options.parse(
            { QStringLiteral("lactation-kiosk"), QStringLiteral("--text-size"),
                QStringLiteral("largest"), QStringLiteral("--contrast"), QStringLiteral("high") },
            &error, &exitNow));
        const KioskSetup setup = KioskSetup::fromOptions(options);
        QCOMPARE(setup.textSize, Visit::Largest);
        QVERIFY(setup.highContrast);
        KioskOptions wrong;
        QVERIFY(!wrong.parse({ QStringLiteral("lactation-kiosk"), QStringLiteral("--text-size"),
                                 QStringLiteral("huge") },
            &error, &exitNow));
        QCOMPARE(error, QStringLiteral("--text-size must be normal, large or largest"));
        QVERIFY(!wrong.parse({ QStringLiteral("lactation-kiosk"), QStringLiteral("--contrast"),
                                 QStringLiteral("dark") },
            &error, &exitNow));
        QCOMPARE(error, QStringLiteral("--contrast must be normal or high"));
    }
};

QTEST_MAIN(TestDisplayModes)
#include "tst_displaymodes.moc"
