// WCAG 2.2 AA: every text/background pair of the theme has a contrast of at least 4.5:1.
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

    void themePairs()
    {
        UiHarness ui;
        QVERIFY(ui.open(QStringLiteral("home"), QSize(1080, 1920)));
        QQmlComponent reader(ui.engine.get());
        reader.setData("import QtQml\nimport Lactation.Ui\nQtObject { property var pairs: "
                       "Theme.contrastPairs }",
            QUrl());
        std::unique_ptr<QObject> theme(reader.create());
        QVERIFY2(theme, qPrintable(reader.errorString()));
        const QVariantList pairs = theme->property("pairs").toList();
        QVERIFY2(pairs.size() >= 10, "the theme lists its text/background pairs");
        for (const QVariant &pair : pairs) {
            const QVariantList p = pair.toList();
            QCOMPARE(p.size(), 2);
            const QColor fg = p.at(0).value<QColor>();
            const QColor bg = p.at(1).value<QColor>();
            QVERIFY(fg.isValid() && bg.isValid());
            const double ratio = contrast(fg, bg);
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("%1 on %2: %3:1")
                               .arg(fg.name(), bg.name())
                               .arg(ratio, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
