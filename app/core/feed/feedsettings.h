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
    /**
     * At least this often timestamp.json is fetched without If-None-Match: a web server can serve
     * a new file under an ETag the kiosk already holds (same modification time and size).
     */
    int revalidateMinutes = DefaultRevalidateMinutes;
    static constexpr int DefaultRevalidateMinutes = 60;

    bool enabled() const { return url.isValid() && !url.isEmpty() && !stateDir.isEmpty(); }
    /**
     * Reads [feed] url, state, trusted_root, ca_file, interval_seconds, max_backoff_seconds and
     * revalidate_minutes from an INI file.
     */
    static FeedSettings fromIni(const QString &file);
};
