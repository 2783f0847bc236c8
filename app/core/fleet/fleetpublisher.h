#pragma once

#include "fleetsettings.h"
#include "mqttclient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <functional>

/**
 * The kiosk's side of fleet status: a retained `<prefix>/kiosks/<id>/status` (the document
 * @p status gives, with the kiosk's id, interval, uptime and when it was `updated`) and a retained
 * `availability`: `online` on connect, `offline` by the MQTT last will or on a clean stop.
 *
 * It publishes on every change (changed(), debounced) and every interval as a heartbeat. The
 * heartbeat is a timer of this object's thread, the UI thread: a hung screen stops the heartbeat
 * even while libmosquitto's network thread still answers the broker, and the fleet reader lists
 * the kiosk as silent. A broker that is away delays nothing; the status goes out once it answers.
 */
class FleetPublisher : public QObject
{
    Q_OBJECT

public:
    using Status = std::function<QJsonObject()>;

    FleetPublisher(FleetSettings settings, Status status, QObject *parent = nullptr);
    /** A clean stop: `offline`, then disconnects (so no will is sent). */
    ~FleetPublisher() override;

    /** Starts connecting in the background; false with @p why when libmosquitto refuses. */
    bool start(QString *why);
    bool isConnected() const { return m_client.isConnected(); }
    /** Something in the status changed: published within a second, once for a burst. */
    void changed();
    /** The status document as it would be published now. */
    QJsonObject document() const;
    /**
     * Keeps @p payload retained at `<prefix>/kiosks/<id>/<leaf>`: sent now, and again on every
     * connect (a broker that lost it gets it back); replaced by the next call for that leaf.
     */
    void setRetained(const QString &leaf, const QByteArray &payload);

Q_SIGNALS:
    void published();

private:
    void publishStatus();

    FleetSettings m_settings;
    Status m_status;
    MqttClient m_client;
    QTimer m_heartbeat;
    QTimer m_debounce;
    QElapsedTimer m_uptime;
    QMap<QString, QByteArray> m_retained; ///< leaf -> payload (setRetained)
};
