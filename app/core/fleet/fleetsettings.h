#pragma once

#include "mqttclient.h"

#include <QString>
#include <QStringList>

/**
 * Where this kiosk reports its status for IT (the [fleet] group of the INI): its own broker
 * settings with the keys of [rooms.mqtt], or `broker = rooms` to use those. Nothing configured:
 * nothing published.
 */
struct FleetSettings
{
    QString kioskId; ///< [kiosk] id: one topic level (no '/', '+' or '#')
    MqttSettings broker;
    QString prefix = QStringLiteral("lactation");
    int intervalSeconds = 300; ///< the heartbeat; the MQTT keepalive is at most this

    bool enabled() const { return broker.enabled() && !kioskId.isEmpty(); }
    /** `<prefix>/kiosks/<id>/status` (retained: the kiosk's status document). */
    QString statusTopic() const;
    /** `<prefix>/kiosks/<id>/availability` (retained: online, or offline by will or on a stop). */
    QString availabilityTopic() const;

    /** `<prefix>/kiosks/<id>/<leaf>`: the one place the topic layout is written. */
    static QString topic(const QString &prefix, const QString &id, const QString &leaf);
    /** True when @p id can stand as one MQTT topic level. */
    static bool isTopicLevel(const QString &id);
    /** Reads [fleet] of @p file for the kiosk @p kioskId; @p problems names what was refused. */
    static FleetSettings fromIni(
        const QString &file, const QString &kioskId, QStringList *problems);
};
