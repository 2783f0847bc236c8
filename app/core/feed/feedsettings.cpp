#include "feedsettings.h"

#include <QSettings>

FeedSettings FeedSettings::fromIni(const QString &file)
{
    QSettings ini(file, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("feed"));
    FeedSettings s;
    s.url = QUrl(ini.value(QStringLiteral("url")).toString());
    s.stateDir
        = ini.value(QStringLiteral("state"), QStringLiteral("/var/lib/lactation-kiosk")).toString();
    s.trustedRoot = ini.value(QStringLiteral("trusted_root")).toString();
    s.caFile = ini.value(QStringLiteral("ca_file")).toString();
    s.intervalSeconds = std::max(30, ini.value(QStringLiteral("interval_seconds"), 300).toInt());
    s.maxBackoffSeconds = std::max(
        s.intervalSeconds, ini.value(QStringLiteral("max_backoff_seconds"), 3600).toInt());
    return s;
}
