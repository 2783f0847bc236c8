// Fleet status at scale: 5,000 simulated kiosks' retained statuses and availabilities on a real
// Mosquitto broker on loopback, read by `lactation-pack fleet --json` as IT would run it. Prints
// the wall time and the tool's peak memory (median of 5 runs; target under 3 s and 100 MiB).
//   kiosk_bench_fleet [KIOSKS]
#include "../unit/mqttbroker.h"
#include "benchpublisher.h"
#include "childrun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

namespace {

/** One retained status as a kiosk publishes it (the size of a real one, rooms and all). */
QByteArray status(int i)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QJsonObject doc = QJsonDocument::fromJson(R"({"appVersion": "0.6.0", "feedVersion": 41,
        "lastCheck": "", "lastError": "", "lastResult": "feed version 41 is current",
        "lastSuccess": "", "metadataExpires": "2027-01-01T00:00:00Z", "nextCheck": "",
        "packId": "lab-network", "packTitle": "Lactation support", "packVersion": 17,
        "site": "Lakeside Medical Lab", "intervalSeconds": 300, "uptimeSeconds": 86400,
        "modes": {"textSizes": ["normal"], "contrasts": ["normal"], "speech": "not available"},
        "rooms": [{"id": "room-a", "state": "free", "since": "2026-12-02T08:00:00Z",
                   "source": "mqtt", "stale": false},
                  {"id": "room-b", "state": "occupied", "since": "2026-12-02T08:10:00Z",
                   "source": "mqtt", "stale": false}]})")
                          .object();
    doc.insert(QStringLiteral("id"), QStringLiteral("kiosk-%1").arg(i, 4, 10, QLatin1Char('0')));
    for (const char *key : { "lastCheck", "lastSuccess", "nextCheck", "updated" })
        doc.insert(QLatin1String(key), now);
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int kiosks = argc > 1 ? std::max(1, atoi(argv[1])) : 5000;
    Broker broker;
    BenchPublisher publisher("bench-fleet", broker.port);
    if (!publisher.connected()) {
        std::fprintf(stderr, "bench_fleet: no broker\n");
        return 1;
    }
    qint64 bytes = 0;
    for (int i = 0; i < kiosks; ++i) {
        const QByteArray id = QStringLiteral("kiosk-%1").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
        const QByteArray doc = status(i);
        bytes += doc.size();
        publisher.publish("lactation/kiosks/" + id + "/status", doc);
        publisher.publish("lactation/kiosks/" + id + "/availability", "online");
    }
    // Every retained message is on the broker once a reader sees the last one.
    for (int tries = 0; tries < 100; ++tries) {
        QProcess sub;
        sub.start(QStringLiteral("mosquitto_sub"),
            { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(broker.port), QStringLiteral("-C"), QStringLiteral("1"),
                QStringLiteral("-W"), QStringLiteral("2"), QStringLiteral("-t"),
                QStringLiteral("lactation/kiosks/kiosk-%1/availability")
                    .arg(kiosks - 1, 4, 10, QLatin1Char('0')) });
        sub.waitForFinished(5000);
        if (sub.readAll().trimmed() == "online")
            break;
    }
    std::printf("fleet: %d kiosks' retained statuses on the broker (%.1f MiB of status)\n", kiosks,
        bytes / 1048576.0);
    // One run read back: every kiosk listed.
    QProcess check;
    check.start(QStringLiteral(LACTATION_PACK_BIN),
        { QStringLiteral("fleet"), QStringLiteral("--broker"),
            QStringLiteral("mqtt://127.0.0.1:%1").arg(broker.port), QStringLiteral("--json") });
    check.waitForFinished(60000);
    const QJsonObject listed = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
    std::printf("fleet: the reader listed %d kiosks, %d healthy\n",
        int(listed.value(QStringLiteral("kiosks")).toArray().size()),
        listed.value(QStringLiteral("healthy")).toInt());
    QList<Run> runs;
    for (int i = 0; i < 5; ++i)
        runs.append(run({ QStringLiteral(LACTATION_PACK_BIN), QStringLiteral("fleet"),
            QStringLiteral("--broker"), QStringLiteral("mqtt://127.0.0.1:%1").arg(broker.port),
            QStringLiteral("--json"), QStringLiteral("--wait"), QStringLiteral("30") }));
    const Run median = medianRun(runs);
    std::printf(
        "fleet: lactation-pack fleet --json over %d kiosks: median %.0f ms (of which 500 ms "
        "is the quiet wait that ends the read), peak RSS %.1f MiB, exit %d (targets: "
        "< 3 s, < 100 MiB)\n",
        kiosks, median.ms, median.maxRssKib / 1024.0, median.exitCode);
    return 0;
}
