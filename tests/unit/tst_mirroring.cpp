// Ready for a right-to-left language: one LayoutMirroring at the root (Main.qml's `mirrored`)
// flips every screen, because positions are anchors and layouts, not a hand-placed x. With it on,
// each control of the navigation bar (and the staff corner) sits where its mirror image was, and
// no two of the bar's buttons overlap, and so does every other control (a card's "Send to my
// phone"); with it off again, everything is back where it was. In Arabic itself the bar's ends and
// every control of the cards sit where English has their mirror image.
// KIOSK_MIRROR_SHOT=FILE.png keeps a picture of the mirrored home screen (1080x1920), to look at
// by eye.
#include "uitest.h"

#include <QHash>
#include <QQuickItem>

namespace {

const QStringList controls { QStringLiteral("backButton"), QStringLiteral("homeButton"),
    QStringLiteral("listenButton"), QStringLiteral("textSizeButton"),
    QStringLiteral("contrastButton"), QStringLiteral("reachButton"),
    QStringLiteral("languageButton"), QStringLiteral("staffCorner") };

const QStringList barButtons = controls.mid(0, controls.size() - 1);

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

/** The scene rectangle of each control found in @p window. */
QHash<QString, QRectF> places(QQuickWindow *window)
{
    QHash<QString, QRectF> out;
    for (const QString &name : controls) {
        if (QQuickItem *item = UiHarness::find(window, name))
            out.insert(name, sceneRect(item));
    }
    return out;
}

/** Every control a visitor sees on the screen (each TouchButton), in the order of the item tree. */
QList<QRectF> everyControl(QQuickWindow *window, bool withBar = true)
{
    QList<QRectF> out;
    for (QQuickItem *item : UiHarness::items(window->contentItem())) {
        if (!withBar && barButtons.contains(item->objectName()))
            continue;
        if (QString::fromLatin1(item->metaObject()->className()).startsWith(u"TouchButton") && seen(item))
            out.append(sceneRect(item));
    }
    return out;
}

} // namespace

class TestMirroring : public QObject
{
    Q_OBJECT

private:
    UiHarness m_ui;

private Q_SLOTS:
    void everyScreen_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QSize>("size");
        for (const QSize &size : { QSize(1080, 1920), QSize(1920, 1080) }) {
            for (const QString &screen :
                { QStringLiteral("home"), QStringLiteral("learn"), QStringLiteral("groups"),
                    QStringLiteral("help"), QStringLiteral("room"), QStringLiteral("visit"),
                    QStringLiteral("takeaway:national-breastfeeding-helpline") }) {
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 %2x%3").arg(screen).arg(size.width()).arg(size.height())))
                    << screen << size;
            }
        }
    }

    void everyScreen()
    {
        QFETCH(QString, screen);
        QFETCH(QSize, size);
        m_ui.visit->setLanguage(QStringLiteral("en"));
        QQuickWindow *window = m_ui.open(screen, size);
        QVERIFY(window);
        QCOMPARE(window->size(), size);
        QCOMPARE(window->property("mirrored").toBool(), false);

        const QHash<QString, QRectF> before = places(window);
        for (const QString &name : barButtons)
            QVERIFY2(before.contains(name), qPrintable(name));
        const QList<QRectF> controlsBefore = everyControl(window);
        QVERIFY(controlsBefore.size() >= 3);

        window->setProperty("mirrored", true);
        UiHarness::settle(window);
        if (screen == u"home" && size == QSize(1080, 1920)) {
            if (const QString shot = qEnvironmentVariable("KIOSK_MIRROR_SHOT"); !shot.isEmpty())
                QVERIFY(window->grabWindow().save(shot));
        }

        const QHash<QString, QRectF> mirrored = places(window);
        QStringList problems;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const double x = it.value().center().x();
            const double expected = size.width() - x;
            const QRectF now = mirrored.value(it.key());
            if (qAbs(now.center().x() - expected) > 3
                || qAbs(now.center().y() - it.value().center().y()) > 0.5)
                problems
                    += QStringLiteral("%1: centre %2,%3 unmirrored, %4,%5 mirrored, expected x %6")
                           .arg(it.key())
                           .arg(x)
                           .arg(it.value().center().y())
                           .arg(now.center().x())
                           .arg(now.center().y())
                           .arg(expected);
        }
        // Every control of the screen too, the cards' and sheets' buttons as well as the bar's.
        const QList<QRectF> controlsMirrored = everyControl(window);
        if (controlsMirrored.size() != controlsBefore.size())
            problems += QStringLiteral("%1 controls unmirrored, %2 mirrored")
                            .arg(controlsBefore.size())
                            .arg(controlsMirrored.size());
        for (qsizetype i = 0; i < qMin(controlsBefore.size(), controlsMirrored.size()); ++i) {
            const QRectF was = controlsBefore.at(i);
            const QRectF now = controlsMirrored.at(i);
            if (qAbs(now.center().x() - (size.width() - was.center().x())) > 3
                || qAbs(now.width() - was.width()) > 0.5)
                problems += QStringLiteral("control %1: x %2..%3 unmirrored, %4..%5 mirrored")
                                .arg(i)
                                .arg(was.left())
                                .arg(was.right())
                                .arg(now.left())
                                .arg(now.right());
        }
        // No two buttons of the bar that a visitor sees on top of each other.
        QList<QQuickItem *> shown;
        for (const QString &name : barButtons) {
            QQuickItem *item = UiHarness::find(window, name);
            if (item && seen(item))
                shown += item;
        }
        for (int i = 0; i < shown.size(); ++i) {
            for (int j = i + 1; j < shown.size(); ++j) {
                const QRectF a = sceneRect(shown[i]).adjusted(0.5, 0.5, -0.5, -0.5);
                const QRectF b = sceneRect(shown[j]).adjusted(0.5, 0.5, -0.5, -0.5);
                if (a.intersects(b))
                    problems += QStringLiteral("%1 overlaps %2 when mirrored")
                                    .arg(shown[i]->objectName(), shown[j]->objectName());
            }
        }

        window->setProperty("mirrored", false);
        UiHarness::settle(window);
        const QHash<QString, QRectF> after = places(window);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QRectF now = after.value(it.key());
            if (qAbs(now.x() - it.value().x()) > 0.01 || qAbs(now.y() - it.value().y()) > 0.01
                || qAbs(now.width() - it.value().width()) > 0.01)
                problems += QStringLiteral("%1: not back where it was after mirroring (%2 then %3)")
                                .arg(it.key())
                                .arg(it.value().x())
                                .arg(now.x());
        }
        problems += m_ui.warnings;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void arabicMirrorsEveryControl()
    {
        // Arabic itself, not the switch: the built-in pack's help screen, whose cards hold buttons.
        m_ui.visit->setLanguage(QStringLiteral("en"));
        QQuickWindow *window = m_ui.open(QStringLiteral("help"), QSize(1080, 1920));
        QVERIFY(window);
        // The bar's buttons flow from its start, each as wide as its Arabic word: its ends mirror.
        const QRectF back = sceneRect(UiHarness::find(window, QStringLiteral("backButton")));
        const QRectF language = sceneRect(UiHarness::find(window, QStringLiteral("languageButton")));
        const QList<QRectF> english = everyControl(window, false);
        QVERIFY(english.size() >= 3);
        m_ui.visit->setLanguage(QStringLiteral("ar"));
        UiHarness::settle(window);
        QVERIFY(window->property("mirrored").toBool());
        const QList<QRectF> arabic = everyControl(window, false);
        QCOMPARE(arabic.size(), english.size());
        QStringList problems;
        const QRectF backAr = sceneRect(UiHarness::find(window, QStringLiteral("backButton")));
        const QRectF languageAr = sceneRect(UiHarness::find(window, QStringLiteral("languageButton")));
        if (qAbs(backAr.right() - (1080 - back.left())) > 1 || qAbs(languageAr.left() - (1080 - language.right())) > 1)
            problems += QStringLiteral("the bar's ends: back %1..%2, language %3..%4 in Arabic")
                            .arg(backAr.left()).arg(backAr.right()).arg(languageAr.left()).arg(languageAr.right());
        for (qsizetype i = 0; i < arabic.size(); ++i) {
            // Arabic words are as wide as they are: the control's start edge is what mirrors.
            const double start = english.at(i).left();
            if (qAbs(arabic.at(i).right() - (1080 - start)) > 3)
                problems += QStringLiteral("control %1: starts at x %2 in English, ends at %3 in Arabic (expected %4)")
                                .arg(i).arg(start).arg(arabic.at(i).right()).arg(1080 - start);
        }
        m_ui.visit->setLanguage(QStringLiteral("en"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestMirroring)
#include "tst_mirroring.moc"
