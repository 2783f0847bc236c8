// lactation-kiosk: loads the pack, shows the screens. Policy lives in kiosk_core.
#include "contentloader.h"
#include "contentstore.h"
#include "processstats.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Lactation_CorePlugin)
Q_IMPORT_QML_PLUGIN(Lactation_UiPlugin)

static QString builtInPackDir()
{
    const QString installed = QStringLiteral(KIOSK_INSTALLED_PACK_DIR);
    return QFileInfo::exists(installed + QStringLiteral("/pack.json"))
        ? installed
        : QStringLiteral(KIOSK_SOURCE_PACK_DIR);
}

static void report(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

/** The pack asked for, else the built-in one; null when neither loads. */
static std::shared_ptr<const Content> loadContent(const QString &asked)
{
    for (const QString &dir : { asked, builtInPackDir() }) {
        if (dir.isEmpty())
            continue;
        const auto result = ContentLoader::load(dir);
        if (result.ok())
            return result.content;
        report(QStringLiteral("lactation-kiosk: the pack in %1 cannot be used:").arg(dir));
        for (const Problem &p : result.problems)
            report(QStringLiteral("  ") + p.toString());
    }
    return nullptr;
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lactation-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Waiting-room kiosk for lactation support"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption packOption(QStringLiteral("pack"),
        QStringLiteral("Content pack folder (default: built-in)."), QStringLiteral("DIR"));
    const QCommandLineOption windowedOption(
        QStringLiteral("windowed"), QStringLiteral("Run in a window, not fullscreen."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Window size, e.g. 1080x1920."), QStringLiteral("WxH"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("Start in this pack language."), QStringLiteral("xx"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Load pack and UI, wait for the first frame, print figures, exit."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render the first frame at --size, write it as PNG, exit."),
        QStringLiteral("FILE"));
    parser.addOptions({ packOption, windowedOption, sizeOption, languageOption, selfTestOption,
        screenshotOption });
    parser.process(app);
    const bool selfTest = parser.isSet(selfTestOption);

    QSize size(1080, 1920);
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(u'x');
        size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || size.width() < 200 || size.height() < 200) {
            report(QStringLiteral("lactation-kiosk: --size must look like 1080x1920"));
            return 2;
        }
    }

    const auto content = loadContent(parser.value(packOption));
    if (!content) {
        report(
            QStringLiteral("lactation-kiosk: no usable content pack, not even the built-in one"));
        return 1;
    }
    ContentStore store(content);
    ContentStore::setInstance(&store);
    if (parser.isSet(languageOption))
        store.setLanguage(parser.value(languageOption));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QStringList qmlErrors;
    QObject::connect(&engine, &QQmlEngine::warnings, &app, [&](const QList<QQmlError> &errors) {
        for (const QQmlError &e : errors)
            qmlErrors.append(e.toString());
    });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Lactation/Ui/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        report(QStringLiteral("lactation-kiosk: the user interface did not load:"));
        for (const QString &e : std::as_const(qmlErrors))
            report(QStringLiteral("  ") + e);
        return 1;
    }
    // The screens must show this store's pack, not an instance QML made for itself.
    const int storeType = qmlTypeId("Lactation.Core", 1, 0, "ContentStore");
    if (engine.singletonInstance<ContentStore *>(storeType) != &store) {
        report(QStringLiteral("lactation-kiosk: the screens are not bound to the loaded pack"));
        return 1;
    }
    window->resize(size);
    const QString screenshot = parser.value(screenshotOption);
    if (parser.isSet(windowedOption) || selfTest || !screenshot.isEmpty())
        window->show();
    else
        window->showFullScreen();

    if (!screenshot.isEmpty()) {
        // Two frames in: the first can precede images and text layout settling.
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&, frames = 0]() mutable {
            if (++frames < 2) {
                window->requestUpdate();
                return;
            }
            const bool saved = window->grabWindow().save(screenshot);
            if (!saved)
                report(QStringLiteral("lactation-kiosk: cannot write %1").arg(screenshot));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    if (selfTest) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&] {
                const ProcessMemory memory = processMemory();
                std::printf("first-frame-ms=%lld\nrss-kib=%lld\npeak-rss-kib=%lld\n",
                    sinceStart.elapsed(), memory.rssKib, memory.peakRssKib);
                std::fflush(stdout);
                if (!qmlErrors.isEmpty()) {
                    report(QStringLiteral("lactation-kiosk: QML warnings during start:"));
                    for (const QString &e : std::as_const(qmlErrors))
                        report(QStringLiteral("  ") + e);
                    QCoreApplication::exit(1);
                    return;
                }
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
        QTimer::singleShot(30000, &app, [] {
            report(QStringLiteral("lactation-kiosk: no frame was drawn within 30 s"));
            QCoreApplication::exit(1);
        });
    }
    return app.exec();
}
