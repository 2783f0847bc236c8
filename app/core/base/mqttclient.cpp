#include "mqttclient.h"

#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <condition_variable>
#include <mosquitto.h>
#include <mutex>
#include <set>

/** What the network thread acknowledges, for stop() and subscribed(). */
struct MqttClient::Pending
{
    std::mutex mutex;
    std::condition_variable acknowledged;
    std::set<int> published; ///< message ids the broker has
    std::set<int> subscriptions; ///< subscribe ids not yet acknowledged
};

namespace {

MqttClient *self(void *userdata)
{
    return static_cast<MqttClient *>(userdata);
}

} // namespace

QString MqttSettings::address() const
{
    return QStringLiteral("%1://%2:%3").arg(tls ? u"mqtts" : u"mqtt", host).arg(port);
}

MqttSettings MqttSettings::fromIni(QSettings &ini, const QString &group, const QString &clientId)
{
    MqttSettings s;
    ini.beginGroup(group);
    s.host = ini.value(QStringLiteral("host")).toString();
    s.tls = ini.value(QStringLiteral("tls"), false).toBool();
    s.port = ini.value(QStringLiteral("port"), 0).toInt();
    if (s.port <= 0 || s.port > 65535)
        s.port = s.tls ? 8883 : 1883;
    s.caFile = ini.value(QStringLiteral("ca_file")).toString();
    s.username = ini.value(QStringLiteral("username")).toString();
    s.password = ini.value(QStringLiteral("password")).toString();
    s.clientId = ini.value(QStringLiteral("client_id"), clientId).toString();
    ini.endGroup();
    return s;
}

std::optional<MqttSettings> MqttSettings::fromUrl(const QString &url, const QString &caFile,
    const QString &username, const QString &passwordFile, QString *why)
{
    const QUrl parsed(url, QUrl::StrictMode);
    MqttSettings s;
    s.tls = parsed.scheme() == u"mqtts";
    s.host = parsed.host();
    s.port = parsed.port(s.tls ? 8883 : 1883);
    if (!parsed.isValid() || (parsed.scheme() != u"mqtt" && !s.tls) || s.host.isEmpty()
        || (!parsed.path().isEmpty() && parsed.path() != u"/")) {
        *why = QStringLiteral("--broker %1 is not mqtt://HOST[:PORT] or mqtts://HOST[:PORT]")
                   .arg(url);
        return std::nullopt;
    }
    s.caFile = caFile;
    s.username = username;
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("the password file %1 cannot be read: %2")
                       .arg(passwordFile, file.errorString());
            return std::nullopt;
        }
        s.password = QString::fromUtf8(file.readLine()).trimmed();
    }
    if (s.username.isEmpty() != passwordFile.isEmpty()) {
        *why = QStringLiteral("--username and --password-file go together");
        return std::nullopt;
    }
    return s;
}

MqttClient::MqttClient(MqttSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_pending(new Pending)
{
    static const bool initialised = [] {
        mosquitto_lib_init();
        return true;
    }();
    Q_UNUSED(initialised);
}

MqttClient::~MqttClient()
{
    if (m_client) {
        mosquitto_disconnect(m_client);
        mosquitto_loop_stop(m_client, true);
        mosquitto_destroy(m_client);
    }
    delete m_pending;
}

void MqttClient::setWill(const QString &topic, const QByteArray &payload, bool retained)
{
    m_willTopic = topic;
    m_willPayload = payload;
    m_willRetained = retained;
}

void MqttClient::subscribe(const QString &filter, int qos)
{
    subscribe(QStringList { filter }, qos);
}

void MqttClient::subscribe(const QStringList &filters, int qos)
{
    // One lock for them all: subscribed() waits for the last of them, not the first.
    std::lock_guard lock(m_pending->mutex);
    for (const QString &filter : filters) {
        m_filters.append({ filter, qos });
        int id = 0;
        if (m_client && m_connected
            && mosquitto_subscribe(m_client, &id, filter.toUtf8().constData(), qos)
                == MOSQ_ERR_SUCCESS)
            m_pending->subscriptions.insert(id);
    }
}

bool MqttClient::start(QString *why)
{
    const QByteArray id = m_settings.clientId.toUtf8();
    m_client = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), true, this);
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
    if (!m_willTopic.isEmpty()) {
        const int rc = mosquitto_will_set(m_client, m_willTopic.toUtf8().constData(),
            int(m_willPayload.size()), m_willPayload.constData(), 1, m_willRetained);
        if (rc != MOSQ_ERR_SUCCESS) {
            *why = QStringLiteral("the last will on %1 is refused: %2")
                       .arg(m_willTopic, QString::fromUtf8(mosquitto_strerror(rc)));
            return false;
        }
    }
    mosquitto_reconnect_delay_set(m_client, 1, 60, true);
    // Callbacks run on libmosquitto's thread; signals are sent from this object's thread.
    mosquitto_connect_callback_set(m_client, [](mosquitto *client, void *userdata, int rc) {
        MqttClient *s = self(userdata);
        if (rc != 0) {
            const QString why = QString::fromUtf8(mosquitto_connack_string(rc));
            QMetaObject::invokeMethod(
                s,
                [s, why] {
                    Q_EMIT s->refused(why);
                },
                Qt::QueuedConnection);
            return;
        }
        std::lock_guard lock(s->m_pending->mutex);
        s->m_pending->subscriptions.clear();
        for (const auto &[filter, qos] : std::as_const(s->m_filters)) {
            int id = 0;
            if (mosquitto_subscribe(client, &id, filter.toUtf8().constData(), qos)
                == MOSQ_ERR_SUCCESS)
                s->m_pending->subscriptions.insert(id);
        }
        QMetaObject::invokeMethod(
            s,
            [s] {
                s->setConnected(true);
            },
            Qt::QueuedConnection);
    });
    mosquitto_subscribe_callback_set(
        m_client, [](mosquitto *, void *userdata, int id, int, const int *) {
            MqttClient *s = self(userdata);
            std::lock_guard lock(s->m_pending->mutex);
            if (s->m_pending->subscriptions.erase(id) && s->m_pending->subscriptions.empty())
                QMetaObject::invokeMethod(
                    s,
                    [s] {
                        Q_EMIT s->subscribed();
                    },
                    Qt::QueuedConnection);
        });
    mosquitto_publish_callback_set(m_client, [](mosquitto *, void *userdata, int id) {
        MqttClient *s = self(userdata);
        std::lock_guard lock(s->m_pending->mutex);
        s->m_pending->published.insert(id);
        s->m_pending->acknowledged.notify_all();
    });
    mosquitto_disconnect_callback_set(m_client, [](mosquitto *, void *userdata, int) {
        MqttClient *s = self(userdata);
        QMetaObject::invokeMethod(
            s,
            [s] {
                s->setConnected(false);
            },
            Qt::QueuedConnection);
    });
    mosquitto_message_callback_set(
        m_client, [](mosquitto *, void *userdata, const mosquitto_message *message) {
            MqttClient *s = self(userdata);
            const QString topic = QString::fromUtf8(message->topic);
            const QByteArray payload(
                static_cast<const char *>(message->payload), message->payloadlen);
            QMetaObject::invokeMethod(
                s,
                [s, topic, payload] {
                    Q_EMIT s->message(topic, payload);
                },
                Qt::QueuedConnection);
        });
    // The network thread first: libmosquitto 2.0 never retries a connect_async that failed
    // before its loop ran (eclipse-mosquitto/mosquitto#1903), and a kiosk may boot before the
    // broker does.
    if (mosquitto_loop_start(m_client) != MOSQ_ERR_SUCCESS) {
        *why = QStringLiteral("libmosquitto cannot start its network thread");
        return false;
    }
    const int rc = mosquitto_connect_async(m_client, m_settings.host.toUtf8().constData(),
        m_settings.port, std::max(5, m_settings.keepAliveSeconds));
    // A broker that is down now is retried by the loop; only bad settings fail here.
    if (rc != MOSQ_ERR_SUCCESS && rc != MOSQ_ERR_ERRNO) {
        *why = QString::fromUtf8(mosquitto_strerror(rc));
        return false;
    }
    return true;
}

bool MqttClient::publish(const QString &topic, const QByteArray &payload, bool retained)
{
    if (!m_client || !m_connected)
        return false;
    return mosquitto_publish(m_client, nullptr, topic.toUtf8().constData(), int(payload.size()),
               payload.constData(), 1, retained)
        == MOSQ_ERR_SUCCESS;
}

void MqttClient::stop(const QString &topic, const QByteArray &payload, int timeoutMs)
{
    if (!m_client)
        return;
    if (!topic.isEmpty() && m_connected) {
        int id = 0;
        if (mosquitto_publish(m_client, &id, topic.toUtf8().constData(), int(payload.size()),
                payload.constData(), 1, true)
            == MOSQ_ERR_SUCCESS) {
            std::unique_lock lock(m_pending->mutex);
            m_pending->acknowledged.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
                return m_pending->published.count(id) > 0;
            });
        }
    }
    // Sent after the goodbye, so the broker drops the will; a broker that is away gets neither.
    const bool wasConnected = m_connected;
    mosquitto_disconnect(m_client);
    mosquitto_loop_stop(m_client, !wasConnected);
    mosquitto_destroy(m_client);
    m_client = nullptr;
    setConnected(false);
}

void MqttClient::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

bool MqttClient::readRetained(const MqttSettings &broker, const QStringList &filters,
    int waitSeconds, const std::function<void(const QString &, const QByteArray &)> &each,
    QString *why, const std::function<QStringList()> &next)
{
    MqttClient client(broker);
    // A round ends when each topic it named (a filter without wildcards) has brought its message,
    // or else when a filter no message is retained under has been acknowledged after the round's
    // (a broker handles one connection's packets in order; Mosquitto may still hold back messages
    // of a busy connection, so the quiet after it is long enough for those).
    const QString barrier = QStringLiteral("lactation-reader/barrier/")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSet<QString> waiting; // the round's topics that have not brought their message yet
    bool wildcards = false; // the round has a filter whose messages cannot be counted
    const auto ask = [&](const QStringList &round) {
        waiting.clear();
        wildcards = false;
        for (const QString &filter : round) {
            if (filter.contains(u'+') || filter.contains(u'#'))
                wildcards = true;
            else
                waiting.insert(filter);
        }
        // Named topics at QoS 1: a broker queues those for a busy reader (up to its
        // max_queued_messages) where it may drop QoS 0 ones; a wildcard's many at QoS 0.
        client.subscribe(QStringList(round) << barrier, waiting.size() == round.size() ? 1 : 0);
    };
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setInterval(500);
    QString refused;
    bool answered = false;
    bool acknowledged = false;
    const auto endRound = [&] {
        quiet.stop();
        const QStringList more = next ? next() : QStringList();
        acknowledged = false;
        if (more.isEmpty())
            loop.quit();
        else
            ask(more);
    };
    QObject::connect(&quiet, &QTimer::timeout, &loop, endRound);
    QObject::connect(&client, &MqttClient::subscribed, &loop, [&] {
        answered = acknowledged = true;
        if (waiting.isEmpty() && !wildcards)
            endRound();
        else
            quiet.start();
    });
    QObject::connect(
        &client, &MqttClient::message, &loop, [&](const QString &topic, const QByteArray &payload) {
            each(topic, payload);
            if (waiting.remove(topic) && waiting.isEmpty() && !wildcards && acknowledged)
                endRound();
            else if (acknowledged)
                quiet.start();
        });
    QObject::connect(&client, &MqttClient::refused, &loop, [&](const QString &reason) {
        refused = reason;
        loop.quit();
    });
    ask(filters);
    if (!client.start(why))
        return false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(std::max(1, waitSeconds) * 1000);
    loop.exec();
    if (!refused.isEmpty()) {
        *why = QStringLiteral("the broker at %1 refused the reader: %2")
                   .arg(broker.address(), refused);
        return false;
    }
    if (!answered) {
        *why = QStringLiteral("the broker at %1 did not answer within %2 s")
                   .arg(broker.address())
                   .arg(waitSeconds);
        return false;
    }
    if (!deadline.isActive())
        qWarning("mqtt: the read of %s stopped after %d s; what came until then is used",
            qPrintable(broker.address()), waitSeconds);
    client.stop();
    return true;
}
