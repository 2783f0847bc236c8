// A pack that arrives from the feed is shown between screens, never under the visitor's finger.
#include "feedpoller.h"
#include "uitest.h"

#include <QRandomGenerator>
#include <QSignalSpy>

class TestContentSwap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newPackWaitsForTheNextScreen()
    {
        UiHarness ui;
        QQuickWindow *window = ui.open(QStringLiteral("groups"), QSize(1080, 1920));
        QVERIFY(window);
        auto next = std::make_shared<Content>(*ui.store->content());
        next->pack.version = 99;
        next->pack.siteName.set(QStringLiteral("en"), QStringLiteral("Renamed lab"));
        QSignalSpy pending(ui.store, &ContentStore::updatePendingChanged);
        ui.store->offerContent(next);
        QVERIFY(ui.store->updatePending());
        UiHarness::settle(window);
        QVERIFY2(ui.store->packVersion() != 99, "not while she is reading the groups");
        // She taps Home: the new pack is there.
        QVERIFY(QMetaObject::invokeMethod(window, "openScreen",
            Q_ARG(QString, QStringLiteral("home")), Q_ARG(QVariant, QVariantMap())));
        QCOMPARE(ui.store->packVersion(), 99);
        QCOMPARE(ui.visit->siteName(), QStringLiteral("Renamed lab"));
        QVERIFY(!ui.store->updatePending());
        // At home a pack comes in at once.
        auto third = std::make_shared<Content>(*next);
        third->pack.version = 100;
        ui.store->offerContent(third);
        QTRY_COMPARE(ui.store->packVersion(), 100);
        QVERIFY(ui.warnings.isEmpty());
    }

    void pollingIntervalJitterAndBackOff()
    {
        FeedSettings s;
        s.intervalSeconds = 300;
        s.maxBackoffSeconds = 3600;
        QRandomGenerator random(42);
        int low = 1000, high = 0;
        for (int i = 0; i < 1000; ++i) {
            const int d = FeedPoller::delaySeconds(s, 0, random);
            low = std::min(low, d);
            high = std::max(high, d);
        }
        QVERIFY(low >= 270 && high <= 330 && high - low > 40); // ±10%, and really spread
        for (int failures = 1; failures < 20; ++failures) {
            const int ceiling = std::min(3600, 300 << std::min(failures, 16));
            for (int i = 0; i < 100; ++i) {
                const int d = FeedPoller::delaySeconds(s, failures, random);
                QVERIFY2(d >= ceiling / 2 - 1 && d <= ceiling, qPrintable(QString::number(d)));
            }
        }
    }
};

QTEST_MAIN(TestContentSwap)
#include "tst_contentswap.moc"
