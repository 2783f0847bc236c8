// Soak: 10,000 simulated visits on the real UI (every screen, a language switch, then the idle
// reset that forgets the visit) and 200 pack switches among them, reporting RSS as it goes.
// Prints; never fails on a figure.   kiosk_bench_soak [VISITS] [SWITCHES]
#include "../unit/uitest.h"
#include "processstats.h"

#include <QElapsedTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int visits = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int switches = argc > 2 ? std::atoi(argv[2]) : 200;
    UiHarness ui;
    QQuickWindow *window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
    if (!window)
        return 1;
    // Two snapshots of the built-in pack, as two feed versions would be.
    const auto packA = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK)).content;
    const auto packB = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK)).content;
    const QStringList screens { QStringLiteral("learn"), QStringLiteral("article"),
        QStringLiteral("groups"), QStringLiteral("help"), QStringLiteral("room"),
        QStringLiteral("visit") };
    const auto visit = [&](int i) {
        for (const QString &screen : screens) {
            QMetaObject::invokeMethod(
                window, "openScreen", Q_ARG(QString, screen), Q_ARG(QVariant, QVariantMap()));
            if (i % 100 == 0)
                UiHarness::settle(window); // now and then, every screen is drawn too
        }
        ui.visit->switchLanguage();
        ui.idle(ui.session->idleSeconds() + ui.session->warningSeconds()); // reset
        ui.session->activity(); // the next visitor touches the attract loop
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };
    for (int i = 0; i < 100; ++i) // warm-up: caches, compiled screens
        visit(i);
    const ProcessMemory start = processMemory();
    std::printf("soak: RSS at start (after 100 warm-up visits): %lld KiB\n", start.rssKib);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    const int switchEvery = switches > 0 ? std::max(1, visits / switches) : visits + 1;
    int switched = 0;
    for (int i = 1; i <= visits; ++i) {
        visit(i);
        if (i % switchEvery == 0 && switched < switches) {
            ui.store->offerContent(switched % 2 ? packA : packB);
            ui.store->applyPendingContent();
            ++switched;
        }
        if (i % 1000 == 0) {
            std::printf("soak: %5d visits, %3d pack switches, %.0f s: RSS %lld KiB\n", i, switched,
                timer.elapsed() / 1000.0, processMemory().rssKib);
            std::fflush(stdout);
        }
    }
    const ProcessMemory end = processMemory();
    std::printf("soak: %d visits and %d pack switches in %.0f s; RSS %lld -> %lld KiB, growth "
                "%+lld KiB (target under 5 MiB)\n",
        visits, switched, timer.elapsed() / 1000.0, start.rssKib, end.rssKib,
        end.rssKib - start.rssKib);
    return 0;
}
