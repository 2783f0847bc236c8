#include "fleetsettings.h"

#include <QSettings>

QString FleetSettings::topic(const QString &prefix, const QString &id, const QString &leaf)
{
    return QStringLiteral("%1/kiosks/%2/%3").arg(prefix, id, leaf);
}

QString FleetSettings::statusTopic() const
{
    return topic(prefix, kioskId, QStringLiteral("status"));
}

QString FleetSettings::availabilityTopic() const
{
    return topic(prefix, kioskId, QStringLiteral("availability"));
}

bool FleetSettings::isTopicLevel(const QString &id)
{
    return !id.isEmpty() && !id.contains(u'/') && !id.contains(u'+') && !id.contains(u'#')
        && id.toUtf8().size() <= 128;
}

FleetSettings FleetSettings::fromIni(
    const QString &file, const QString &kioskId, QStringList *problems)
{
    QSettings ini(file, QSettings::IniFormat);
    FleetSettings s;
    if (!ini.childGroups().contains(QStringLiteral("fleet")))
        return s;
    const QString clientId = QStringLiteral("lactation-%1-fleet").arg(kioskId);
    const QString broker = ini.value(QStringLiteral("fleet/broker")).toString();
    if (broker == u"rooms") {
        s.broker = MqttSettings::fromIni(ini, QStringLiteral("rooms.mqtt"), clientId);
        // The rooms' connection is a second one: it keeps its own client id.
        s.broker.clientId = ini.value(QStringLiteral("fleet/client_id"), clientId).toString();
        if (!s.broker.enabled())
            problems->append(QStringLiteral("%1: [fleet] broker = rooms but [rooms.mqtt] has no "
                                            "host; no fleet status is published")
                                 .arg(file));
    } else if (!broker.isEmpty()) {
        problems->append(QStringLiteral("%1: [fleet] broker = %2: the only value is \"rooms\" (or "
                                        "give host, port … in [fleet]); no fleet status is "
                                        "published")
                             .arg(file, broker));
        return s;
    } else {
        s.broker = MqttSettings::fromIni(ini, QStringLiteral("fleet"), clientId);
    }
    ini.beginGroup(QStringLiteral("fleet"));
    s.prefix = ini.value(QStringLiteral("prefix"), s.prefix).toString();
    s.intervalSeconds
        = std::clamp(ini.value(QStringLiteral("interval_seconds"), 300).toInt(), 2, 24 * 3600);
    ini.endGroup();
    // A kiosk that stops answering is cut off by the broker after 1.5 keepalives, and its will
    // says so: within about 1.5 intervals, sooner for long ones (libmosquitto's floor is 5 s).
    s.broker.keepAliveSeconds = std::clamp(s.intervalSeconds, 5, 60);
    if (s.broker.enabled() && !isTopicLevel(kioskId)) {
        problems->append(QStringLiteral("%1: [kiosk] id = \"%2\" cannot be an MQTT topic level "
                                        "(no '/', '+' or '#'); no fleet status is published")
                             .arg(file, kioskId));
        return s;
    }
    s.kioskId = kioskId;
    return s;
}
