#include "roomsettings.h"

#include <QSettings>

RoomSettings RoomSettings::fromIni(
    const QString &file, const QString &kioskId, QStringList *problems)
{
    static const QStringList known { QStringLiteral("staff"), QStringLiteral("http"),
        QStringLiteral("mqtt") };
    QSettings ini(file, QSettings::IniFormat);
    RoomSettings s;
    // An unknown source is kept as written (its rooms read "unknown") and named.
    const auto checkedSource = [&](const QString &key, const QString &value) {
        if (!known.contains(value))
            problems->append(QStringLiteral("%1: [rooms] %2 = %3: the source must be staff, "
                                            "http or mqtt; the room reads \"unknown\"")
                                 .arg(file, key, value));
        return value;
    };
    ini.beginGroup(QStringLiteral("rooms"));
    s.defaultSource = checkedSource(
        QStringLiteral("source"), ini.value(QStringLiteral("source"), s.defaultSource).toString());
    for (const QString &key : ini.childKeys()) {
        if (key.startsWith(QStringLiteral("source.")))
            s.sources.insert(key.mid(7), checkedSource(key, ini.value(key).toString()));
    }
    s.ticketMinutes = std::clamp(ini.value(QStringLiteral("ticket_minutes"), 15).toInt(), 1, 240);
    s.callSeconds = std::clamp(ini.value(QStringLiteral("call_seconds"), 120).toInt(), 10, 1800);
    ini.endGroup();

    ini.beginGroup(QStringLiteral("rooms.http"));
    s.http.url = QUrl(ini.value(QStringLiteral("url")).toString());
    s.httpEnabled = !s.http.url.isEmpty();
    if (s.httpEnabled && (!s.http.url.isValid() || !s.http.url.scheme().startsWith(u"http"))) {
        problems->append(QStringLiteral("%1: [rooms.http] url = %2 is not an http(s) address")
                             .arg(file, s.http.url.toString()));
        s.httpEnabled = false;
    }
    s.http.intervalSeconds
        = std::clamp(ini.value(QStringLiteral("interval_seconds"), 30).toInt(), 2, 3600);
    s.http.maxBackoffSeconds = std::max(
        s.http.intervalSeconds, ini.value(QStringLiteral("max_backoff_seconds"), 300).toInt());
    s.http.caFile = ini.value(QStringLiteral("ca_file")).toString();
    s.httpMaxAgeSeconds = std::max(0, ini.value(QStringLiteral("max_age_seconds"), 0).toInt());
    ini.endGroup();

    // Each kiosk its own client id: a broker cuts off the older of two connections with one.
    s.mqtt.broker = MqttSettings::fromIni(
        ini, QStringLiteral("rooms.mqtt"), QStringLiteral("lactation-%1-rooms").arg(kioskId));
    s.mqttEnabled = s.mqtt.broker.enabled();
    ini.beginGroup(QStringLiteral("rooms.mqtt"));
    s.mqtt.prefix = ini.value(QStringLiteral("prefix"), s.mqtt.prefix).toString();
    s.mqttMaxAgeSeconds = std::max(0, ini.value(QStringLiteral("max_age_seconds"), 60).toInt());
    ini.endGroup();

    QStringList used = s.sources.values();
    used.append(s.defaultSource);
    if (used.contains(u"http") && !s.httpEnabled)
        problems->append(QStringLiteral("%1: a room's source is http but [rooms.http] has no url; "
                                        "it reads \"unknown\"")
                             .arg(file));
    if (used.contains(u"mqtt") && !s.mqttEnabled)
        problems->append(QStringLiteral("%1: a room's source is mqtt but [rooms.mqtt] has no host; "
                                        "it reads \"unknown\"")
                             .arg(file));
    return s;
}
