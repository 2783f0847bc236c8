#include "kioskoptions.h"

#include "screenlist.h"
#include "visit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

bool KioskOptions::hasFlag(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

bool KioskOptions::parse(const QStringList &arguments, QString *error, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Waiting-room kiosk for lactation support"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption packOption(QStringLiteral("pack"),
        QStringLiteral("Content pack folder (default: the built-in pack)."), QStringLiteral("DIR"));
    const QCommandLineOption windowedOption(
        QStringLiteral("windowed"), QStringLiteral("Run in a window, not fullscreen."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Window size, e.g. 1080x1920."), QStringLiteral("WxH"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("Start in this pack language."), QStringLiteral("xx"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Load the pack and the UI, wait for the first frame, print figures, exit."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render --screen at --size, write it as PNG, exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenOption(QStringLiteral("screen"),
        QStringLiteral("Start on this screen: ")
            + ScreenList::startable().join(QStringLiteral(", "))
            + QStringLiteral(", or takeaway:ID (the take-away sheet of a service, event or page)."),
        QStringLiteral("NAME"), QStringLiteral("home"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
        QStringLiteral("Pretend it is this time (ISO 8601), for screenshots and demos."),
        QStringLiteral("TIME"));
    const QCommandLineOption configOption(QStringLiteral("config"),
        QStringLiteral("INI configuration (default /etc/lactation-kiosk/kiosk.ini when present)."),
        QStringLiteral("FILE"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
        QStringLiteral("State folder of downloaded packs (its current pack is shown)."),
        QStringLiteral("DIR"));
    const QCommandLineOption syncOption(QStringLiteral("sync-once"),
        QStringLiteral("Check the feed once, without a window: exit 0 current/updated, 2 rejected, "
                       "3 unreachable."));
    const QCommandLineOption feedOption(
        QStringLiteral("feed"), QStringLiteral("Feed URL."), QStringLiteral("URL"));
    const QCommandLineOption rootOption(QStringLiteral("trusted-root"),
        QStringLiteral("The feed's root metadata this kiosk trusts first."),
        QStringLiteral("FILE"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
        QStringLiteral("Also trust these CA certificates (PEM) for an HTTPS feed."),
        QStringLiteral("FILE"));
    parser.addOption(caOption);
    const QCommandLineOption textSizeOption(QStringLiteral("text-size"),
        QStringLiteral("Start with this text size: normal, large or largest (the idle reset "
                       "returns to normal)."),
        QStringLiteral("SIZE"), QStringLiteral("normal"));
    const QCommandLineOption contrastOption(QStringLiteral("contrast"),
        QStringLiteral("Start with this contrast: normal or high (the idle reset returns to "
                       "normal)."),
        QStringLiteral("MODE"), QStringLiteral("normal"));
    const QCommandLineOption speechOption(QStringLiteral("speech-script"),
        QStringLiteral("Print what the read-aloud says for --screen in --language, a line per "
                       "item, and exit (no window)."));
    const QCommandLineOption readAloudOption(QStringLiteral("read-aloud"),
        QStringLiteral("Read the start screen aloud as soon as the voice is ready."));
    parser.addOptions({ textSizeOption, contrastOption, speechOption, readAloudOption });
    const QCommandLineOption setPinOption(QStringLiteral("set-pin"),
        QStringLiteral("Ask for a new staff PIN on the terminal and store its Argon2id hash in the "
                       "configuration (--config)."));
    parser.addOption(setPinOption);
    parser.addOptions({ packOption, windowedOption, sizeOption, languageOption, selfTestOption,
        screenshotOption, screenOption, nowOption, configOption, stateOption, syncOption,
        feedOption, rootOption });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *exitNow = true;
        *error = parser.isSet(help) ? parser.helpText()
                                    : QCoreApplication::applicationName() + u' '
                + QCoreApplication::applicationVersion() + u'\n';
        return false;
    }
    pack = parser.value(packOption);
    windowed = parser.isSet(windowedOption);
    language = parser.value(languageOption);
    selfTest = parser.isSet(selfTestOption);
    screenshot = parser.value(screenshotOption);
    screen = parser.value(screenOption);
    config = parser.value(configOption);
    if (config.isEmpty() && QFile::exists(defaultConfig()))
        config = defaultConfig();
    stateDir = parser.value(stateOption);
    syncOnce = parser.isSet(syncOption);
    setPin = parser.isSet(setPinOption);
    speechScript = parser.isSet(speechOption);
    readAloud = parser.isSet(readAloudOption);
    feedUrl = parser.value(feedOption);
    trustedRoot = parser.value(rootOption);
    caFile = parser.value(caOption);
    if (syncOnce && (feedUrl.isEmpty() || stateDir.isEmpty() || trustedRoot.isEmpty())) {
        *error
            = QStringLiteral("--sync-once needs --feed URL, --state DIR and --trusted-root FILE");
        return false;
    }
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(u'x');
        size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || size.width() < 200 || size.height() < 200) {
            *error = QStringLiteral("--size must look like 1080x1920");
            return false;
        }
    }
    // takeaway:<id> opens the take-away sheet of a service, an event (by UID) or a page.
    const bool takeAway = screen.startsWith(u"takeaway:") && screen.size() > 9;
    if (!ScreenList::startable().contains(screen) && !takeAway) {
        *error = QStringLiteral("--screen must be one of ")
            + ScreenList::startable().join(QStringLiteral(", "))
            + QStringLiteral(" or takeaway:ID");
        return false;
    }
    textSize = parser.value(textSizeOption);
    if (Visit::TextSize parsed; !Visit::parseTextSize(textSize, &parsed)) {
        *error = QStringLiteral("--text-size must be normal, large or largest");
        return false;
    }
    const QString contrast = parser.value(contrastOption);
    if (contrast != u"normal" && contrast != u"high") {
        *error = QStringLiteral("--contrast must be normal or high");
        return false;
    }
    highContrast = contrast == u"high";
    if (parser.isSet(nowOption)) {
        now = QDateTime::fromString(parser.value(nowOption), Qt::ISODate);
        if (!now.isValid()) {
            *error = QStringLiteral("--now must look like 2026-12-01T10:00:00-06:00");
            return false;
        }
    }
    return true;
}

FeedSettings KioskOptions::syncFeed() const
{
    FeedSettings feed;
    feed.url = QUrl(feedUrl);
    feed.stateDir = stateDir;
    feed.trustedRoot = trustedRoot;
    feed.caFile = caFile;
    return feed;
}
