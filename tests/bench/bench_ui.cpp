// How long the visitor waits for the most common actions: switching language, opening the groups
// screen and opening a take-away sheet, each until the next frame is on screen. Prints medians of
// 20 runs; and the first switch to Chinese and to Arabic in the process, once each: the one that
// loads their fonts (Noto Sans CJK, Noto Sans Arabic) and catalogue.
#include "../unit/uitest.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

static double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/** Milliseconds from @p action until the window has drawn the result. */
template<typename Action> static double untilFrame(QQuickWindow *window, Action action)
{
    bool drawn = false;
    const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        drawn = true;
    });
    QElapsedTimer timer;
    timer.start();
    action();
    window->requestUpdate();
    while (!drawn && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    return ms;
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    UiHarness ui;
    QQuickWindow *window = ui.open(QStringLiteral("groups"), QSize(1080, 1920));
    if (!window)
        return 1;
    // The groups screen, the busiest: the first time each script is drawn.
    for (const QString &tag : { QStringLiteral("zh-Hans"), QStringLiteral("ar") }) {
        const double ms = untilFrame(window, [&] {
            ui.visit->setLanguage(tag);
        });
        UiHarness::settle(window);
        std::printf("first-switch-to-%s-ms=%.1f (target: under 150)\n", qPrintable(tag), ms);
    }
    ui.visit->setLanguage(QStringLiteral("en"));
    UiHarness::settle(window);

    QList<double> language;
    for (int i = 0; i < 20; ++i) {
        language.append(untilFrame(window, [&] {
            ui.visit->switchLanguage();
        }));
        UiHarness::settle(window);
    }
    std::printf("switch-language-ms=%.1f (through the pack's languages in turn)\n", median(language));

    QList<double> groups;
    for (int i = 0; i < 20; ++i) {
        window = ui.open(QStringLiteral("home"), QSize(1080, 1920));
        QObject *root = window;
        groups.append(untilFrame(window, [&] {
            QMetaObject::invokeMethod(root, "openScreen", Q_ARG(QString, QStringLiteral("groups")),
                Q_ARG(QVariant, QVariantMap()));
        }));
    }
    std::printf("open-groups-ms=%.1f\n", median(groups));

    // A take-away sheet: the codes encoded (a tel:, a vCard, a link) and drawn, on 1080x1920.
    QList<double> sheet;
    const QVariant helpline = QVariantMap { { QStringLiteral("itemId"),
        QStringLiteral("national-breastfeeding-helpline") } };
    for (int i = 0; i < 20; ++i) {
        window = ui.open(QStringLiteral("help"), QSize(1080, 1920));
        QObject *root = window;
        sheet.append(untilFrame(window, [&] {
            QMetaObject::invokeMethod(root, "openScreen",
                Q_ARG(QString, QStringLiteral("takeaway")), Q_ARG(QVariant, helpline));
        }));
    }
    std::printf("open-takeaway-ms=%.1f (target: under 50)\n", median(sheet));
    return 0;
}
