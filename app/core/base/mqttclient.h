#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QSettings;
struct mosquitto;

/** How to reach an MQTT broker: the keys an INI group shares ([rooms.mqtt], [fleet]). */
struct MqttSettings
{
    QString host;
    int port = 1883;
    bool tls = false;
    QString caFile; ///< PEM CA for the broker's certificate; empty: the system's CAs
    QString username;
    QString password;
    QString clientId; ///< unique per connection on a broker: a second one with it is cut off
    int keepAliveSeconds = 30; ///< libmosquitto takes no less than 5

    bool enabled() const { return !host.isEmpty(); }
    /** "mqtts://host:8883", for messages. */
    QString address() const;
    /**
     * Reads host, port (default 1883, or 8883 with tls), tls, ca_file, username, password and
     * client_id (else @p clientId) from @p group of @p ini.
     */
    static MqttSettings fromIni(QSettings &ini, const QString &group, const QString &clientId);
    /**
     * From `mqtt://HOST[:PORT]` or `mqtts://HOST[:PORT]`, a CA file, a user name and a file whose
     * first line is the password (so it is not on the command line). Nullopt with @p why.
     */
    static std::optional<MqttSettings> fromUrl(const QString &url, const QString &caFile,
        const QString &username, const QString &passwordFile, QString *why);
};

/**
 * One connection to an MQTT broker (libmosquitto), for the room source, the fleet status and the
 * fleet reader alike: TLS with a CA file, username and password, a last will, subscriptions made
 * again on every connect, and reconnecting with back-off (1 s doubling to 60 s) while the broker
 * is away. libmosquitto's network thread does the talking; every signal arrives on this object's
 * thread, so a broker that is down or slow never holds up the caller.
 */
class MqttClient : public QObject
{
    Q_OBJECT

public:
    explicit MqttClient(MqttSettings settings, QObject *parent = nullptr);
    /** Ends the connection at once (no goodbye: see stop()). */
    ~MqttClient() override;

    const MqttSettings &settings() const { return m_settings; }

    /** What the broker publishes for this client when it is cut off (set before start()). */
    void setWill(const QString &topic, const QByteArray &payload, bool retained);
    /**
     * Subscribes to @p filter now and after every reconnect. QoS 1 for live states that must
     * arrive; QoS 0 to read many retained messages at once (a broker queues at most about a
     * thousand QoS 1 messages for a client, 1000 in Mosquitto, and drops the rest).
     */
    void subscribe(const QString &filter, int qos = 1);
    /** Subscribes to each of @p filters; subscribed() once the broker acknowledged them all. */
    void subscribe(const QStringList &filters, int qos = 1);
    /** Starts connecting in the background; false with @p why when libmosquitto refuses. */
    bool start(QString *why);
    bool isConnected() const { return m_connected; }
    /** Sends one message (QoS 1); false when not connected (send it again on connected()). */
    bool publish(const QString &topic, const QByteArray &payload, bool retained);
    /**
     * A clean goodbye: publishes @p topic/@p payload (retained) and waits up to @p timeoutMs for
     * the broker to have it, then disconnects, so the last will is not sent.
     */
    void stop(const QString &topic = {}, const QByteArray &payload = {}, int timeoutMs = 2000);

    /**
     * Reads what the broker retains under @p filters, handing each message to @p each as it
     * arrives, at QoS 0 (a broker queues only about a thousand QoS 1 messages for a client).
     * A round ends when every topic it names (a filter without wildcards) has brought its
     * message, else half a second after the broker acknowledged a barrier subscription sent after
     * the round's, without another message; then @p next, if given, names the filters of the
     * next round (empty: done). Named topics are asked for at QoS 1, which a broker queues for a
     * busy reader (up to `max_queued_messages`, 1000 in Mosquitto) where it may drop QoS 0 ones
     * unlogged; rounds of fewer names than that keep every message. Returns after the last round,
     * or after @p waitSeconds with what came until then; false with @p why when the broker cannot
     * be reached or refuses the reader.
     */
    static bool readRetained(const MqttSettings &broker, const QStringList &filters,
        int waitSeconds, const std::function<void(const QString &, const QByteArray &)> &each,
        QString *why, const std::function<QStringList()> &next = {});

Q_SIGNALS:
    void connectedChanged(bool connected);
    /** Every subscription of this connection was acknowledged (retained messages follow). */
    void subscribed();
    /** The broker answered but refused us (bad credentials, not authorised). */
    void refused(const QString &why);
    void message(const QString &topic, const QByteArray &payload);

private:
    void setConnected(bool connected);

    MqttSettings m_settings;
    mosquitto *m_client = nullptr;
    bool m_connected = false;
    QList<QPair<QString, int>> m_filters; ///< filter, QoS; guarded by m_pending's mutex
    QString m_willTopic;
    QByteArray m_willPayload;
    bool m_willRetained = false;
    struct Pending;
    Pending *m_pending; ///< acknowledgements, shared with the network thread
};
