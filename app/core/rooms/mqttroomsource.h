#pragma once

#include <QObject>
#include <QString>

class RoomBoard;
struct mosquitto;

/**
 * Door sensors and building automation over MQTT (libmosquitto): subscribes to
 * `<prefix>/rooms/<room-id>/state`, whose payload is a state word ("free") or a small JSON object
 * ({"state": "occupied", "since": "2026-12-01T10:00:00Z"}); retained messages give the state on
 * connect. Reconnects with back-off (1 s doubling to 60 s); the board turns its rooms "unknown"
 * once it has been cut off for longer than its freshness limit. Payloads: see RoomReports.
 */
class MqttRoomSource : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 1883;
        QString prefix = QStringLiteral("lactation");
        QString username;
        QString password;
        QString clientId = QStringLiteral("lactation-kiosk");
        bool tls = false;
        QString caFile; ///< PEM CA for the broker's certificate; empty: the system's CAs
        int keepAliveSeconds = 30;
    };

    MqttRoomSource(Settings settings, RoomBoard *board, QObject *parent = nullptr);
    ~MqttRoomSource() override;

    /** Starts connecting in the background; false with @p why when libmosquitto refuses. */
    bool start(QString *why);
    bool isConnected() const { return m_connected; }

    /** Applies one message: public so tests can feed payloads without a broker too. */
    void handle(const QString &topic, const QByteArray &payload);

Q_SIGNALS:
    void connectedChanged(bool connected);
    void rejected(const QString &why); ///< a payload or topic that was not understood

private:
    void setConnected(bool connected);

    Settings m_settings;
    RoomBoard *m_board;
    mosquitto *m_client = nullptr;
    bool m_connected = false;
};
