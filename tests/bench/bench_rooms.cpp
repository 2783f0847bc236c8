// Room status figures: latency from an MQTT publish to the RoomModel change the screens bind to
// (median and p99 over 1,000 publishes), and memory across 100,000 state changes. A real
// Mosquitto broker on loopback; the publisher is a second MQTT client in this process.
// Prints; never fails on a figure.
#include "../unit/mqttbroker.h"
#include "contentloader.h"
#include "contentstore.h"
#include "processstats.h"
#include "roommodel.h"
#include "roomstatus.h"
#include "visit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <mosquitto.h>

namespace {

/** Publishes "free"/"occupied" alternately to room-a and waits for the model to show each. */
class Run
{
public:
    Run(mosquitto *client, RoomModel *model)
        : m_client(client)
        , m_model(model)
    {
        QObject::connect(
            model, &QAbstractItemModel::dataChanged, model, [this](const QModelIndex &from) {
                if (from.row() == 0)
                    ++m_changes;
            });
    }

    /** @p count changes, @p inFlight publishes at a time; latencies (µs) of each batch's last. */
    QList<qint64> changes(int count, int inFlight)
    {
        QList<qint64> latencies;
        for (int done = 0; done < count; done += inFlight) {
            const int batch = std::min(inFlight, count - done);
            const int target = m_changes + batch;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < batch; ++i) {
                const QByteArray word = (m_sent++ % 2) ? "occupied" : "free";
                mosquitto_publish(m_client, nullptr, "lactation/rooms/room-a/state",
                    int(word.size()), word.constData(), 0, false);
            }
            while (m_changes < target && timer.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            latencies.append(timer.nsecsElapsed() / 1000);
        }
        return latencies;
    }

private:
    mosquitto *m_client;
    RoomModel *m_model;
    int m_changes = 0;
    int m_sent = 0;
};

qint64 percentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * p)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Broker broker;
    const auto loaded = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK));
    ContentStore store(loaded.content);
    Visit visit(&store);
    RoomSettings settings;
    settings.sources.insert(QStringLiteral("room-a"), QStringLiteral("mqtt"));
    settings.mqttEnabled = true;
    settings.mqtt.broker.host = QStringLiteral("127.0.0.1");
    settings.mqtt.broker.port = broker.port;
    RoomStatus status(settings, QString());
    status.follow(&store);
    RoomModel model;
    model.setVisit(&visit);
    model.setStatus(&status);
    status.start();
    while (!status.mqttSource()->isConnected())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    mosquitto_lib_init();
    mosquitto *publisher = mosquitto_new("bench-publisher", true, nullptr);
    mosquitto_connect(publisher, "127.0.0.1", broker.port, 30);
    mosquitto_loop_start(publisher);
    Run run(publisher, &model);
    run.changes(100, 1); // warm up

    const QList<qint64> latencies = run.changes(1000, 1);
    std::printf("rooms: MQTT publish -> RoomModel change over %lld publishes: median %.2f ms, "
                "p99 %.2f ms\n",
        qlonglong(latencies.size()), percentile(latencies, 0.5) / 1000.0,
        percentile(latencies, 0.99) / 1000.0);

    const ProcessMemory before = processMemory();
    std::printf("rooms: RSS before 100,000 state changes: %lld KiB\n", before.rssKib);
    QElapsedTimer total;
    total.start();
    for (int step = 1; step <= 4; ++step) {
        run.changes(25000, 50);
        std::printf(
            "rooms: RSS after %6d changes: %lld KiB\n", step * 25000, processMemory().rssKib);
    }
    const ProcessMemory after = processMemory();
    std::printf("rooms: 100,000 changes in %.1f s; RSS growth %+lld KiB\n",
        total.elapsed() / 1000.0, after.rssKib - before.rssKib);
    mosquitto_disconnect(publisher);
    mosquitto_loop_stop(publisher, true);
    mosquitto_destroy(publisher);
    return 0;
}
