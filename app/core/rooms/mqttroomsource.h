#pragma once

#include "mqttclient.h"

#include <QObject>
#include <QString>

class RoomBoard;

/**
 * Door sensors and building automation over MQTT: subscribes to `<prefix>/rooms/<room-id>/state`,
 * whose payload is a state word ("free") or a small JSON object
 * ({"state": "occupied", "since": "2026-12-01T10:00:00Z"}); retained messages give the state on
 * connect. The connection (TLS, credentials, reconnecting with back-off) is an MqttClient; the
 * board turns its rooms "unknown" once it has been cut off for longer than its freshness limit.
 * Payloads: see RoomReports.
 */
class MqttRoomSource : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        MqttSettings broker;
        QString prefix = QStringLiteral("lactation");
    };

    MqttRoomSource(Settings settings, RoomBoard *board, QObject *parent = nullptr);

    /** Starts connecting in the background; false with @p why when libmosquitto refuses. */
    bool start(QString *why);
    bool isConnected() const { return m_client.isConnected(); }

    /** Applies one message: public so tests can feed payloads without a broker too. */
    void handle(const QString &topic, const QByteArray &payload);

Q_SIGNALS:
    void connectedChanged(bool connected);
    void rejected(const QString &why); ///< a payload or topic that was not understood

private:
    QString m_prefix;
    RoomBoard *m_board;
    MqttClient m_client;
};
