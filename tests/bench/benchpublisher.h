#pragma once
// One MQTT connection that publishes a benchmark's simulated kiosks' retained messages (libmosquitto,
// its own network thread), and counts the broker's acknowledgements.

#include <QByteArray>
#include <atomic>
#include <mosquitto.h>

class BenchPublisher
{
public:
    BenchPublisher(const char *clientId, int port)
    {
        mosquitto_lib_init();
        m_client = mosquitto_new(clientId, true, this);
        mosquitto_publish_callback_set(m_client, [](mosquitto *, void *self, int) {
            ++static_cast<BenchPublisher *>(self)->m_acknowledged;
        });
        m_connected = mosquitto_connect(m_client, "127.0.0.1", port, 30) == MOSQ_ERR_SUCCESS
            && mosquitto_loop_start(m_client) == MOSQ_ERR_SUCCESS;
    }
    ~BenchPublisher()
    {
        mosquitto_disconnect(m_client);
        mosquitto_loop_stop(m_client, true);
        mosquitto_destroy(m_client);
    }
    BenchPublisher(const BenchPublisher &) = delete;
    BenchPublisher &operator=(const BenchPublisher &) = delete;

    bool connected() const { return m_connected; }
    /** Publishes @p payload retained at @p topic, QoS 1. */
    void publish(const QByteArray &topic, const QByteArray &payload)
    {
        mosquitto_publish(m_client, nullptr, topic.constData(), int(payload.size()),
            payload.constData(), 1, true);
    }
    /** How many publishes the broker has acknowledged (it holds them). */
    int acknowledged() const { return m_acknowledged; }

private:
    mosquitto *m_client = nullptr;
    bool m_connected = false;
    std::atomic<int> m_acknowledged { 0 };
};
