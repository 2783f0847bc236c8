// What the campaign reached, at scale and per touch. Prints, never judges:
//  - the cost the counting adds to a touch: a visitor's screen opened, feature used and
//    take-away shown on the real Visit, with the ReachCounter following it and without (targets
//    under 0.1 ms);
//  - `lactation-pack reach --json` over KIOSKS simulated kiosks × 35 closed days retained on a
//    real Mosquitto broker on loopback, from the broker, merged into an --archive, and from the
//    archive alone (median of 3, the first merge once; targets under 10 s and 200 MiB).
//   kiosk_bench_reach [KIOSKS]
#include "../unit/mqttbroker.h"
#include "benchpublisher.h"
#include "childrun.h"
#include "contentloader.h"
#include "kioskclock.h"
#include "reachcounter.h"
#include "reachday.h"
#include "visit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace {

constexpr int Days = 35;

/** One kiosk's retained reach document: 35 closed days of a busy lab's waiting room. */
QByteArray document(int kiosk, QDate last)
{
    ReachDocument doc;
    doc.kiosk = QStringLiteral("kiosk-%1").arg(kiosk, 4, 10, QLatin1Char('0'));
    doc.site = QStringLiteral("Lakeside Medical Lab %1").arg(kiosk / 10);
    for (int i = Days - 1; i >= 0; --i) {
        ReachDay d;
        d.day = last.addDays(-i);
        d.visits = 20 + (kiosk + i) % 40;
        for (const char *tag : { "en", "es", "vi", "zh-Hans", "ar", "ht", "tl", "ko" })
            d.languages.insert(QLatin1String(tag), (kiosk + i + tag[0]) % 15);
        for (const char *screen : { "home", "learn", "article", "groups", "help", "room", "visit",
                 "takeaway", "languages", "language-help" })
            d.screens.insert(QLatin1String(screen), (kiosk * 3 + i + screen[1]) % 30);
        for (const char *page : { "benefits", "getting-help", "pumping-storing", "rights-at-work",
                 "who-is-who", "your-visit" })
            d.pages.insert(QLatin1String(page), (kiosk + i + page[2]) % 9);
        for (const char *feature :
            { "listen", "keypad", "largeText", "largestText", "highContrast", "reach" })
            d.features.insert(QLatin1String(feature), (kiosk + i + feature[0]) % 6);
        for (const char *kind : { "call", "text", "contact", "event", "join", "link" })
            d.takeAways.insert(QLatin1String(kind), (kiosk + i + kind[0]) % 12);
        d.waitlistJoins = (kiosk + i) % 5;
        d.slides.insert(QStringLiteral("wic-campaign"),
            { 280 + i, 2800 + 10 * i, QDate(2026, 11, 1), QDate(2026, 12, 31) });
        d.slides.insert(QStringLiteral("helpline"), { 290 + i, 2900 + 10 * i, {}, {} });
        doc.days.append(d);
    }
    return QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact);
}

/** The counting's cost per touch: the same touches on a visit with a counter and without. */
void touchCost()
{
    const auto loaded = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK));
    if (!loaded.ok())
        return;
    KioskClock::fix(QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone("America/Chicago")));
    QTemporaryDir state;
    const auto perTouch = [&](bool counting) {
        ContentStore store(loaded.content);
        Visit visit(&store);
        ReachSettings settings;
        settings.enabled = counting;
        ReachCounter counter(&visit, settings, state.path());
        visit.begin();
        constexpr int Touches = 200000;
        const QStringList screens { QStringLiteral("help"), QStringLiteral("groups"),
            QStringLiteral("article") };
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Touches; ++i) {
            // A touch that counts: a screen opened (and her language), a feature, a code shown.
            visit.open(screens.at(i % 3), i % 3 == 2 ? QStringLiteral("benefits") : QString());
            visit.markUsed(QStringLiteral("listen"));
            visit.noteTakeAway(QStringLiteral("call"));
        }
        return double(timer.nsecsElapsed()) / Touches / 1e6;
    };
    QList<double> with, without;
    for (int run = 0; run < 5; ++run) {
        without.append(perTouch(false));
        with.append(perTouch(true));
    }
    std::sort(with.begin(), with.end());
    std::sort(without.begin(), without.end());
    std::printf("reach: a touch that opens a screen, uses a feature and shows a code: %.5f ms "
                "counted, %.5f ms not: the count adds %.5f ms (median of 5; target < 0.1 ms)\n",
        with.at(2), without.at(2), with.at(2) - without.at(2));
    KioskClock::fix({});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int kiosks = argc > 1 ? std::max(1, atoi(argv[1])) : 5000;
    touchCost();

    Broker broker;
    BenchPublisher publisher("bench-reach", broker.port);
    if (!publisher.connected()) {
        std::fprintf(stderr, "bench_reach: no broker\n");
        return 1;
    }
    const QDate last(2026, 12, 7);
    qint64 bytes = 0;
    for (int i = 0; i < kiosks; ++i) {
        const QByteArray doc = document(i, last);
        bytes += doc.size();
        const QByteArray kiosk = "lactation/kiosks/"
            + QStringLiteral("kiosk-%1").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
        // As a kiosk does: its availability, and its closed days.
        publisher.publish(kiosk + "/availability", "online");
        publisher.publish(kiosk + "/reach", doc);
    }
    QElapsedTimer waiting;
    waiting.start();
    while (publisher.acknowledged() < 2 * kiosks && waiting.elapsed() < 300000)
        QThread::msleep(20);
    std::printf("reach: %d kiosks × %d closed days retained on the broker (%.1f MiB, %d of %d "
                "publishes acknowledged)\n",
        kiosks, Days, bytes / 1048576.0, publisher.acknowledged(), 2 * kiosks);

    const QString url = QStringLiteral("mqtt://127.0.0.1:%1").arg(broker.port);
    const QStringList range { QStringLiteral("--from"),
        last.addDays(1 - Days).toString(Qt::ISODate), QStringLiteral("--to"),
        last.toString(Qt::ISODate), QStringLiteral("--json") };
    const QString pack = QStringLiteral(LACTATION_PACK_BIN);
    QProcess check;
    check.start(pack,
        QStringList { QStringLiteral("reach"), QStringLiteral("--broker"), url,
            QStringLiteral("--wait"), QStringLiteral("60") }
            + range);
    check.waitForFinished(300000);
    const QJsonObject json = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
    std::printf("reach: the report sums %d kiosks, %lld kiosk days\n",
        int(json.value(QStringLiteral("kiosks")).toArray().size()),
        qint64(json.value(QStringLiteral("totals"))
                   .toObject()
                   .value(QStringLiteral("kioskDaysReported"))
                   .toDouble()));

    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("reach.sqlite"));
    const auto measure = [&](const char *what, const QStringList &source, int times = 3) {
        QList<Run> runs;
        for (int i = 0; i < times; ++i)
            runs.append(run(QStringList { pack, QStringLiteral("reach") } + source + range));
        const Run median = medianRun(runs);
        std::printf("reach: lactation-pack reach --json %s: %s %.0f ms, peak RSS %.1f MiB, "
                    "exit %d (targets: < 10 s, < 200 MiB)\n",
            what, times > 1 ? "median" : "once", median.ms, median.maxRssKib / 1024.0,
            median.exitCode);
    };
    const QStringList fromBroker { QStringLiteral("--broker"), url, QStringLiteral("--wait"),
        QStringLiteral("60") };
    measure("from the broker", fromBroker);
    const QStringList merging = fromBroker + QStringList { QStringLiteral("--archive"), archive };
    measure("from the broker, merged into a new --archive", merging, 1);
    measure("from the broker, merged again (nothing new)", merging);
    measure("from the archive alone", { QStringLiteral("--archive"), archive });
    std::printf("reach: the archive holds %.1f MiB\n", QFileInfo(archive).size() / 1048576.0);
    return 0;
}
