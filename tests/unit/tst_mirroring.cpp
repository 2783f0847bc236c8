// Ready for a right-to-left language: one LayoutMirroring at the root (Main.qml's `mirrored`)
// flips every screen, because positions are anchors and layouts, not a hand-placed x. With it on,
// each control of the navigation bar (and the staff corner) sits where its mirror image was, and
// no two of the bar's buttons overlap; with it off again, everything is back where it was.
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
};

QTEST_MAIN(TestMirroring)
#include "tst_mirroring.moc"
