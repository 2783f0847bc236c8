#pragma once

#include "feedsettings.h"

#include <QDateTime>
#include <QSize>
#include <QStringList>

/** The kiosk's command line, parsed and checked. */
struct KioskOptions
{
    QString pack; ///< empty: the built-in pack
    bool windowed = false;
    QSize size { 1080, 1920 };
    QString language;
    bool selfTest = false;
    QString screenshot;
    QString screen = QStringLiteral("home");
    QDateTime now; ///< invalid: the real time
    QString config; ///< INI file; its [feed] group turns on updates
    QString stateDir; ///< downloaded packs; its `current` is shown when it loads
    bool syncOnce = false;
    bool setPin = false; ///< ask for the staff PIN on the terminal and store its hash
    bool speechScript = false; ///< print what the read-aloud says for --screen, then exit
    bool readAloud = false; ///< read the start screen aloud as soon as the voice is ready
    QString feedUrl;
    QString trustedRoot;
    QString caFile; ///< extra CA certificates for an HTTPS feed
    QString textSize = QStringLiteral("normal"); ///< the first visitor's: normal, large, largest
    bool highContrast = false; ///< the first visitor's contrast (--contrast high)

    /** Whether @p flag (e.g. "--sync-once") is among the arguments, before any parsing. */
    static bool hasFlag(int argc, char **argv, const char *flag);
    /** --sync-once, --set-pin, --speech-script, --help, --version: no window (nor a display). */
    static bool runsWithoutWindow(int argc, char **argv)
    {
        for (const char *flag : { "--sync-once", "--set-pin", "--speech-script", "--help", "-h",
                 "-?", "--help-all", "--version", "-v" }) {
            if (hasFlag(argc, argv, flag))
                return true;
        }
        return false;
    }
    /** A self-test, a screenshot or a speech script: once, then exit. */
    bool oneShot() const { return selfTest || !screenshot.isEmpty() || speechScript; }
    /** The feed check --sync-once asks for. */
    FeedSettings syncFeed() const;
    /** Where the installed kiosk keeps its configuration. */
    static QString defaultConfig() { return QStringLiteral("/etc/lactation-kiosk/kiosk.ini"); }

    /**
     * Parses @p arguments (argv, program name first). Returns false with a message in @p error
     * for a mistake, or with @p exitNow set for --help and --version, whose text is in @p error.
     */
    bool parse(const QStringList &arguments, QString *error, bool *exitNow);
};
