#pragma once

#include <QString>
#include <QUrl>

/** Where and how often the kiosk checks its feed (the [feed] group of the INI file). */
struct FeedSettings
{
    QUrl url;
    QString stateDir;
    QString trustedRoot;
    QString caFile; ///< extra CA certificates (PEM) for the feed's HTTPS server
    int intervalSeconds = 300;
    int maxBackoffSeconds = 3600;

    bool enabled() const { return url.isValid() && !url.isEmpty() && !stateDir.isEmpty(); }
    /**
     * Reads [feed] url, state, trusted_root, ca_file, interval_seconds and max_backoff_seconds
     * from an INI file (an old revalidate_minutes is no longer used, and no error).
     */
    static FeedSettings fromIni(const QString &file);
};
