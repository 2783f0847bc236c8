// libFuzzer target: what arrives from the network about rooms and kiosks, on arbitrary bytes:
// a building system's HTTP room document, an MQTT room payload, and a retained fleet status as
// `lactation-pack fleet` reads it. The first byte picks the reader.
#include "fleetreport.h"
#include "roomreports.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QList<Problem> problems;
    ProblemSink sink(&problems, QStringLiteral("fuzz"));
    switch (data[0] % 3) {
    case 0:
        (void)RoomReports::parseDocument(bytes, sink);
        break;
    case 1:
        (void)RoomReports::parsePayload(QStringLiteral("room-a"), bytes, sink);
        break;
    default: {
        FleetReport report;
        report.add(QStringLiteral("lactation/kiosks/k/status"), bytes);
        report.add(QStringLiteral("lactation/kiosks/k/availability"), bytes.left(16));
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC);
        const auto kiosks = report.kiosks(now);
        for (const auto &k : kiosks)
            (void)FleetReport::line(k, now);
        (void)FleetReport::toJson(kiosks, now);
        break;
    }
    }
    return 0;
}
