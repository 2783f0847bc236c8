// The baseline for the startup benchmark: the smallest Qt Quick window, one Text, measured the
// same way as lactation-kiosk --self-test.
#include "processstats.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    StartupTrace::mark("main");
    QGuiApplication app(argc, argv);
    StartupTrace::mark("application");
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nWindow { width: 1080; height: 1920; visible: true\n"
                    "Text { anchors.centerIn: parent; text: \"Hello\"; font.pixelSize: 40 } }");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    StartupTrace::mark("main-qml");
    QObject::connect(
        window, &QQuickWindow::afterRendering, window,
        [] {
            StartupTrace::mark("rendered");
        },
        Qt::SingleShotConnection);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&] {
            StartupTrace::mark("first-frame");
            const ProcessMemory memory = processMemory();
            std::printf("first-frame-ms=%lld\nrss-kib=%lld\npeak-rss-kib=%lld\n%s",
                sinceStart.elapsed(), memory.rssKib, memory.peakRssKib,
                StartupTrace::lines().constData());
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
    return app.exec();
}
