// Every text/background pair of the theme has a contrast of at least 4.5:1 (WCAG 2.2 AA) and
// every icon or border at least 3:1 (1.4.11); in the high-contrast palette text is at least 7:1
// (1.4.6, AAA) and icons and borders at least 4.5:1.
#include "uitest.h"

#include <QColor>
#include <QQmlComponent>
#include <cmath>

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formula()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5); // a known failing grey
    }

    void themePairs_data()
    {
        QTest::addColumn<bool>("high");
        QTest::addColumn<QString>("list");
        QTest::addColumn<double>("least");
        QTest::newRow("text") << false << QStringLiteral("contrastPairs") << 4.5;
        QTest::newRow("icons and borders") << false << QStringLiteral("graphicPairs") << 3.0;
        QTest::newRow("high contrast: text") << true << QStringLiteral("contrastPairs") << 7.0;
        QTest::newRow("high contrast: icons and borders")
            << true << QStringLiteral("graphicPairs") << 4.5;
    }

    void themePairs()
    {
        QFETCH(bool, high);
        QFETCH(QString, list);
        QFETCH(double, least);
        UiHarness ui;
        ui.app->visit().setHighContrast(high);
        QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
        QVERIFY(window);
        QQmlComponent reader(ui.engine.get());
        reader.setData("import QtQml\nimport Lactation.Ui\nQtObject { property var pairs: Theme."
                + list.toLatin1() + "; property bool high: Theme.highContrast }",
            QUrl());
        std::unique_ptr<QObject> theme(reader.create());
        QVERIFY2(theme, qPrintable(reader.errorString()));
        QCOMPARE(theme->property("high").toBool(), high);
        // What is drawn follows: the window's background is the palette's.
        QCOMPARE(window->color() == QColor(QStringLiteral("#FFFFFF")), high);
        const QVariantList pairs = theme->property("pairs").toList();
        QVERIFY2(pairs.size() >= 10, "the theme lists its pairs");
        for (const QVariant &pair : pairs) {
            const QVariantList p = pair.toList();
            QCOMPARE(p.size(), 2);
            const QColor fg = p.at(0).value<QColor>();
            const QColor bg = p.at(1).value<QColor>();
            QVERIFY(fg.isValid() && bg.isValid());
            const double ratio = contrast(fg, bg);
            QVERIFY2(ratio >= least,
                qPrintable(QStringLiteral("%1 on %2: %3:1")
                               .arg(fg.name(), bg.name())
                               .arg(ratio, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
