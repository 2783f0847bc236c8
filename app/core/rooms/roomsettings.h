#pragma once

#include "httproomsource.h"
#include "mqttroomsource.h"

#include <QHash>
#include <QString>
#include <QStringList>

/** Where each room's state comes from and how long it counts (the [rooms…] groups of the INI). */
struct RoomSettings
{
    QString defaultSource = QStringLiteral("staff"); ///< staff, http or mqtt
    QHash<QString, QString> sources; ///< room id -> its own source
    int ticketMinutes = 15;
    int callSeconds = 120;
    bool httpEnabled = false;
    HttpRoomSource::Settings http;
    int httpMaxAgeSeconds = 0; ///< 0: three intervals
    bool mqttEnabled = false;
    MqttRoomSource::Settings mqtt;
    int mqttMaxAgeSeconds = 60; ///< how long a cut-off broker's states still count

    QString sourceFor(const QString &room) const { return sources.value(room, defaultSource); }
    /**
     * Reads [rooms], [rooms.http] and [rooms.mqtt] (whose client id defaults to one with
     * @p kioskId); @p problems names what was refused.
     */
    static RoomSettings fromIni(const QString &file, const QString &kioskId, QStringList *problems);
};
