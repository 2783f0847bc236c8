#include "mqttroomsource.h"

#include "roomboard.h"
#include "roomreports.h"

#include <mosquitto.h>

namespace {

MqttRoomSource *self(void *userdata)
{
    return static_cast<MqttRoomSource *>(userdata);
}

} // namespace

MqttRoomSource::MqttRoomSource(Settings settings, RoomBoard *board, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_board(board)
{
    static const bool initialised = [] {
        mosquitto_lib_init();
        return true;
    }();
    Q_UNUSED(initialised);
}

MqttRoomSource::~MqttRoomSource()
{
    if (m_client) {
        mosquitto_disconnect(m_client);
        mosquitto_loop_stop(m_client, true);
        mosquitto_destroy(m_client);
    }
}

bool MqttRoomSource::start(QString *why)
{
    m_client = mosquitto_new(m_settings.clientId.toUtf8().constData(), true, this);
    if (!m_client) {
        *why = QStringLiteral("libmosquitto cannot create a client");
        return false;
    }
    if (!m_settings.username.isEmpty())
        mosquitto_username_pw_set(m_client, m_settings.username.toUtf8().constData(),
            m_settings.password.toUtf8().constData());
    if (m_settings.tls) {
        const QByteArray caFile = m_settings.caFile.toLocal8Bit();
        const int rc = mosquitto_tls_set(m_client, caFile.isEmpty() ? nullptr : caFile.constData(),
            caFile.isEmpty() ? "/etc/ssl/certs" : nullptr, nullptr, nullptr, nullptr);
        if (rc != MOSQ_ERR_SUCCESS) {
            *why = QStringLiteral("MQTT TLS cannot be set up with CA %1: %2")
                       .arg(m_settings.caFile, QString::fromUtf8(mosquitto_strerror(rc)));
            return false;
        }
    }
    mosquitto_reconnect_delay_set(m_client, 1, 60, true);
    // Callbacks run on libmosquitto's thread; the board is changed on this object's thread.
    mosquitto_connect_callback_set(m_client, [](mosquitto *client, void *userdata, int rc) {
        if (rc != 0)
            return;
        const QByteArray topic = self(userdata)->m_settings.prefix.toUtf8() + "/rooms/+/state";
        mosquitto_subscribe(client, nullptr, topic.constData(), 1);
        QMetaObject::invokeMethod(
            self(userdata),
            [s = self(userdata)] {
                s->setConnected(true);
            },
            Qt::QueuedConnection);
    });
    mosquitto_disconnect_callback_set(m_client, [](mosquitto *, void *userdata, int) {
        QMetaObject::invokeMethod(
            self(userdata),
            [s = self(userdata)] {
                s->setConnected(false);
            },
            Qt::QueuedConnection);
    });
    mosquitto_message_callback_set(
        m_client, [](mosquitto *, void *userdata, const mosquitto_message *message) {
            const QString topic = QString::fromUtf8(message->topic);
            const QByteArray payload(
                static_cast<const char *>(message->payload), std::min(message->payloadlen, 4096));
            QMetaObject::invokeMethod(
                self(userdata),
                [s = self(userdata), topic, payload] {
                    s->handle(topic, payload);
                },
                Qt::QueuedConnection);
        });
    const int rc = mosquitto_connect_async(m_client, m_settings.host.toUtf8().constData(),
        m_settings.port, std::max(5, m_settings.keepAliveSeconds));
    // A broker that is down now is retried by the loop; only bad settings fail here.
    if (rc != MOSQ_ERR_SUCCESS && rc != MOSQ_ERR_ERRNO) {
        *why = QString::fromUtf8(mosquitto_strerror(rc));
        return false;
    }
    if (mosquitto_loop_start(m_client) != MOSQ_ERR_SUCCESS) {
        *why = QStringLiteral("libmosquitto cannot start its network thread");
        return false;
    }
    return true;
}

void MqttRoomSource::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    m_board->setConnected(QStringLiteral("mqtt"), connected);
    Q_EMIT connectedChanged(connected);
}

void MqttRoomSource::handle(const QString &topic, const QByteArray &payload)
{
    const QStringList parts = topic.split(u'/');
    const QStringList prefix = m_settings.prefix.split(u'/');
    if (parts.size() != prefix.size() + 3 || parts.mid(0, prefix.size()) != prefix
        || parts.at(prefix.size()) != u"rooms" || parts.last() != u"state") {
        Q_EMIT rejected(QStringLiteral("topic %1 is not <prefix>/rooms/<room>/state").arg(topic));
        return;
    }
    const QString room = parts.at(prefix.size() + 1);
    QList<Problem> problems;
    ProblemSink sink(&problems, topic);
    const auto report = RoomReports::parsePayload(room, payload, sink);
    if (!report) {
        Q_EMIT rejected(problems.isEmpty() ? topic : problems.constFirst().toString());
        return;
    }
    m_board->report(QStringLiteral("mqtt"), room, report->state, report->since);
}
