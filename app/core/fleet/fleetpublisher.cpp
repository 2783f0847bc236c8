#include "fleetpublisher.h"

#include <QDateTime>
#include <QJsonDocument>

FleetPublisher::FleetPublisher(FleetSettings settings, Status status, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_status(std::move(status))
    , m_client(m_settings.broker)
{
    m_uptime.start();
    m_client.setWill(m_settings.availabilityTopic(), "offline", true);
    connect(&m_client, &MqttClient::connectedChanged, this, [this](bool connected) {
        if (!connected)
            return;
        m_client.publish(m_settings.availabilityTopic(), "online", true);
        publishStatus();
        for (auto it = m_retained.constBegin(); it != m_retained.constEnd(); ++it)
            m_client.publish(
                FleetSettings::topic(m_settings.prefix, m_settings.kioskId, it.key()), *it, true);
    });
    connect(&m_client, &MqttClient::refused, this, [this](const QString &why) {
        qWarning("fleet: the broker at %s refused this kiosk: %s",
            qPrintable(m_settings.broker.address()), qPrintable(why));
    });
    m_heartbeat.setInterval(m_settings.intervalSeconds * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &FleetPublisher::publishStatus);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1000);
    connect(&m_debounce, &QTimer::timeout, this, &FleetPublisher::publishStatus);
}

FleetPublisher::~FleetPublisher()
{
    m_client.stop(m_settings.availabilityTopic(), "offline");
}

bool FleetPublisher::start(QString *why)
{
    if (!m_client.start(why))
        return false;
    m_heartbeat.start();
    return true;
}

void FleetPublisher::changed()
{
    if (!m_debounce.isActive())
        m_debounce.start();
}

QJsonObject FleetPublisher::document() const
{
    QJsonObject doc = m_status ? m_status() : QJsonObject();
    doc.insert(QStringLiteral("id"), m_settings.kioskId);
    doc.insert(QStringLiteral("intervalSeconds"), m_settings.intervalSeconds);
    doc.insert(QStringLiteral("uptimeSeconds"), m_uptime.elapsed() / 1000);
    doc.insert(QStringLiteral("updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return doc;
}

void FleetPublisher::publishStatus()
{
    m_debounce.stop();
    if (m_client.publish(m_settings.statusTopic(),
            QJsonDocument(document()).toJson(QJsonDocument::Compact), true))
        Q_EMIT published();
}

void FleetPublisher::setRetained(const QString &leaf, const QByteArray &payload)
{
    m_retained.insert(leaf, payload);
    m_client.publish(
        FleetSettings::topic(m_settings.prefix, m_settings.kioskId, leaf), payload, true);
}
