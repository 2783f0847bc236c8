// Fleet status over a real Mosquitto broker on loopback: real kiosk processes publish their
// retained status and availability, `lactation-pack fleet` reads them. A kiosk killed is offline
// by its last will, a stopped one silent, a restarted one online again; under the packaged ACL
// one kiosk cannot overwrite another; a broker that comes up late delays no screen.
#include "feedsite.h"
#include "feedsync.h"
#include "fleetpublisher.h"
#include "fleetreport.h"
#include "fleetsettings.h"
#include "kioskprocess.h"
#include "mqttbroker.h"
#include "nginxserver.h"
#include "notifysocket.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

namespace {

constexpr int Interval = KioskProcess::intervalSeconds; // seconds between heartbeats
using Kiosk = KioskProcess;

/** What `lactation-pack fleet --json` printed, and its exit code. */
struct Fleet
{
    int exitCode = -1;
    QJsonObject json;
    QString err;

    QJsonObject kiosk(const QString &id) const
    {
        for (const QJsonValue &k : json.value(QStringLiteral("kiosks")).toArray()) {
            if (k.toObject().value(QStringLiteral("id")).toString() == id)
                return k.toObject();
        }
        return {};
    }
    QString state(const QString &id) const
    {
        return kiosk(id).value(QStringLiteral("state")).toString();
    }
};

Fleet fleet(quint16 port, const QStringList &extra = {})
{
    QProcess p;
    p.start(QStringLiteral(LACTATION_PACK_BIN),
        QStringList { QStringLiteral("fleet"), QStringLiteral("--broker"),
            QStringLiteral("mqtt://127.0.0.1:%1").arg(port), QStringLiteral("--json"),
            QStringLiteral("--wait"), QStringLiteral("5") }
            + extra);
    if (!p.waitForFinished(30000))
        qFatal("lactation-pack fleet did not finish");
    Fleet f;
    f.exitCode = p.exitCode();
    f.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    f.err = QString::fromUtf8(p.readAllStandardError());
    return f;
}

/** True when @p published has every key of @p file with the same value. */
bool holds(const QJsonObject &published, const QJsonObject &file)
{
    for (auto it = file.begin(); it != file.end(); ++it) {
        if (published.value(it.key()) != it.value())
            return false;
    }
    return !file.isEmpty();
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsFromTheIni()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
        QStringList problems;
        // Nothing configured: nothing published.
        writeFile(ini, "[kiosk]\nid = lab1-kiosk2\n");
        QVERIFY(!FleetSettings::fromIni(ini, QStringLiteral("lab1-kiosk2"), &problems).enabled());
        QVERIFY(problems.isEmpty());

        // The rooms' broker, with a connection (and client id) of its own.
        writeFile(ini,
            "[rooms.mqtt]\nhost = broker.lab.example\ntls = true\nusername = k2\n"
            "password = pw\nclient_id = rooms-2\n[fleet]\nbroker = rooms\nprefix = site/lab1\n");
        FleetSettings s = FleetSettings::fromIni(ini, QStringLiteral("lab1-kiosk2"), &problems);
        QVERIFY(s.enabled());
        QCOMPARE(s.broker.host, QStringLiteral("broker.lab.example"));
        QCOMPARE(s.broker.port, 8883);
        QCOMPARE(s.broker.username, QStringLiteral("k2"));
        QCOMPARE(s.broker.clientId, QStringLiteral("lactation-lab1-kiosk2-fleet"));
        QCOMPARE(s.intervalSeconds, 300);
        QCOMPARE(s.broker.keepAliveSeconds, 60); // at most the interval: the will within 1.5
        QCOMPARE(s.statusTopic(), QStringLiteral("site/lab1/kiosks/lab1-kiosk2/status"));
        QCOMPARE(
            s.availabilityTopic(), QStringLiteral("site/lab1/kiosks/lab1-kiosk2/availability"));
        QVERIFY(problems.isEmpty());

        // Its own broker; a short interval shortens the keepalive (libmosquitto's floor is 5 s).
        writeFile(ini, "[fleet]\nhost = 10.0.0.5\ninterval_seconds = 30\n");
        s = FleetSettings::fromIni(ini, QStringLiteral("k"), &problems);
        QCOMPARE(s.broker.port, 1883);
        QCOMPARE(s.broker.keepAliveSeconds, 30);
        QCOMPARE(s.prefix, QStringLiteral("lactation"));

        // Mistakes are named with the file, and nothing is published.
        writeFile(ini, "[fleet]\nbroker = rooms\n");
        QVERIFY(!FleetSettings::fromIni(ini, QStringLiteral("k"), &problems).enabled());
        writeFile(ini, "[fleet]\nhost = 10.0.0.5\n");
        QVERIFY(!FleetSettings::fromIni(ini, QStringLiteral("lab/1"), &problems).enabled());
        writeFile(ini, "[fleet]\nbroker = the-other-one\n");
        QVERIFY(!FleetSettings::fromIni(ini, QStringLiteral("k"), &problems).enabled());
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).contains(QStringLiteral("[rooms.mqtt] has no host")));
        QVERIFY(problems.at(1).contains(QStringLiteral("id = \"lab/1\" cannot be an MQTT topic")));
        QVERIFY(problems.at(2).contains(QStringLiteral("broker = the-other-one")));
        for (const QString &p : std::as_const(problems))
            QVERIFY2(p.startsWith(ini), qPrintable(p));
    }

    /** The reader's judgement, from retained messages, at a fixed time. */
    void healthFromTheRetainedStatus()
    {
        const QDateTime now
            = QDateTime::fromString(QStringLiteral("2026-12-02T10:00:00Z"), Qt::ISODate);
        const auto status = [&](const char *id, int ageSeconds, const QString &more = {}) {
            return QStringLiteral(R"({"id": "%1", "intervalSeconds": 60, "updated": "%2",
                "site": "Lab 1", "packId": "lab1", "packVersion": 4, "feedVersion": 9,
                "lastSuccess": "2026-12-02T09:56:00Z", "lastError": "",
                "metadataExpires": "2026-12-20T00:00:00Z", "rooms": [] %3})")
                .arg(QLatin1String(id), now.addSecs(-ageSeconds).toString(Qt::ISODate), more)
                .toUtf8();
        };
        FleetReport report;
        QVERIFY(report.add(QStringLiteral("lactation/kiosks/well/status"), status("well", 30)));
        report.add(QStringLiteral("lactation/kiosks/well/availability"), "online");
        report.add(QStringLiteral("lactation/kiosks/hung/status"), status("hung", 121));
        report.add(QStringLiteral("lactation/kiosks/hung/availability"), "online");
        report.add(QStringLiteral("lactation/kiosks/gone/status"), status("gone", 10));
        report.add(QStringLiteral("lactation/kiosks/gone/availability"), "offline");
        report.add(QStringLiteral("lactation/kiosks/failing/status"),
            status("failing", 5,
                QStringLiteral(R"(, "lastError": "timestamp.json: 503 from the server")")));
        report.add(QStringLiteral("lactation/kiosks/expiring/status"),
            status(
                "expiring", 5, QStringLiteral(R"(, "metadataExpires": "2026-12-04T09:00:00Z")")));
        report.add(QStringLiteral("lactation/kiosks/stale/status"),
            status("stale", 5,
                QStringLiteral(
                    R"(, "rooms": [{"id": "room-b", "state": "unknown", "stale": true}])")));
        report.add(QStringLiteral("lactation/kiosks/nameless/availability"), "online");
        QVERIFY(!report.add(QStringLiteral("lactation/rooms/room-b/state"), "free"));
        QVERIFY(!report.add(QStringLiteral("other/kiosks/x/status"), "{}"));

        const auto kiosks = report.kiosks(now);
        QCOMPARE(kiosks.size(), 7);
        QHash<QString, FleetReport::Kiosk> byId;
        for (const auto &k : kiosks)
            byId.insert(k.id, k);
        QCOMPARE(byId[QStringLiteral("well")].state, QStringLiteral("online"));
        QVERIFY(byId[QStringLiteral("well")].healthy());
        QCOMPARE(byId[QStringLiteral("hung")].state, QStringLiteral("silent")); // > 2 intervals
        QCOMPARE(byId[QStringLiteral("gone")].state, QStringLiteral("offline"));
        QCOMPARE(byId[QStringLiteral("failing")].problems,
            QStringList { QStringLiteral("last check failed") });
        QCOMPARE(byId[QStringLiteral("expiring")].problems,
            QStringList { QStringLiteral("metadata expires in 47 h") });
        QCOMPARE(
            byId[QStringLiteral("stale")].problems, QStringList { QStringLiteral("stale rooms") });
        QCOMPARE(byId[QStringLiteral("nameless")].state, QStringLiteral("unknown"));
        QVERIFY(!FleetReport::allHealthy(kiosks));

        // One line each, with what IT needs to act.
        QCOMPARE(FleetReport::line(byId[QStringLiteral("well")], now),
            QStringLiteral("well  online  \"Lab 1\"  pack lab1 v4  feed v9  checked 4 min ago  "
                           "metadata expires 2026-12-20"));
        QVERIFY(FleetReport::line(byId[QStringLiteral("expiring")], now)
                    .contains(QStringLiteral("metadata expires 2026-12-04 (SOON)")));
        QVERIFY(FleetReport::line(byId[QStringLiteral("stale")], now)
                    .contains(QStringLiteral("stale rooms: room-b")));
        QVERIFY(FleetReport::line(byId[QStringLiteral("failing")], now)
                    .endsWith(QStringLiteral("last error: timestamp.json: 503 from the server")));
        const QJsonObject json = FleetReport::toJson(kiosks, now);
        QCOMPARE(json.value(QStringLiteral("healthy")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("unhealthy")).toInt(), 6);
        QVERIFY(FleetReport::summary(
            kiosks, QStringLiteral("lactation"), QStringLiteral("mqtt://b:1883"))
                    .contains(QStringLiteral("1 healthy, 6 not: ")));
    }

    void twoKiosksKilledStoppedAndRestarted()
    {
        Broker broker;
        // kiosk-a follows a real feed (nginx) and has a state folder; kiosk-b shows the built-in
        // pack and keeps nothing.
        FeedSite site;
        NginxServer nginx(site.feed);
        FeedSettings feed;
        feed.url = QUrl(nginx.url());
        feed.stateDir = site.state;
        feed.trustedRoot = site.feed + QStringLiteral("/1.root.json");
        QCOMPARE(FeedSync::check(feed).outcome, FeedSync::Outcome::Updated);
        Kiosk a(QStringLiteral("kiosk-a"), broker.port,
            QStringLiteral("[feed]\nurl = %1\nstate = %2\ntrusted_root = %3\n")
                .arg(nginx.url(), site.state, feed.trustedRoot));
        Kiosk b(QStringLiteral("kiosk-b"), broker.port);
        a.start();
        b.start();

        const auto builtIn = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK)).content;
        Fleet f;
        QTRY_VERIFY2_WITH_TIMEOUT((f = fleet(broker.port),
                                      f.state(QStringLiteral("kiosk-a")) == u"online"
                                          && f.state(QStringLiteral("kiosk-b")) == u"online"),
            qPrintable(f.err), 30000);
        QCOMPARE(f.exitCode, 0);
        const QJsonObject ka = f.kiosk(QStringLiteral("kiosk-a"));
        const QJsonObject kb = f.kiosk(QStringLiteral("kiosk-b"));
        QCOMPARE(ka.value(QStringLiteral("packId")).toString(), QStringLiteral("test-pack"));
        QCOMPARE(ka.value(QStringLiteral("packVersion")).toInt(), 1);
        QCOMPARE(ka.value(QStringLiteral("feedVersion")).toInt(), 1);
        QVERIFY(ka.value(QStringLiteral("lastSuccessAgeSeconds")).toInt() < 120);
        QCOMPARE(kb.value(QStringLiteral("packId")).toString(), builtIn->pack.id);
        QCOMPARE(kb.value(QStringLiteral("packVersion")).toInt(), builtIn->pack.version);
        QCOMPARE(kb.value(QStringLiteral("site")).toString(),
            builtIn->pack.siteName.in(builtIn->pack.defaultLanguage()));
        QVERIFY(kb.value(QStringLiteral("feedVersion")).isNull()); // no feed: null, not absent
        const QJsonObject sb = kb.value(QStringLiteral("status")).toObject();
        QCOMPARE(sb.value(QStringLiteral("intervalSeconds")).toInt(), Interval);
        QVERIFY(sb.value(QStringLiteral("modes")).isObject());
        QVERIFY2(QStringList({ QStringLiteral("off"), QStringLiteral("starting"),
                                 QStringLiteral("available"), QStringLiteral("not available") })
                     .contains(sb.value(QStringLiteral("modes"))
                                   .toObject()
                                   .value(QStringLiteral("speech"))
                                   .toString()),
            "modes.speech is one of off, starting, available, not available");
        QVERIFY(sb.contains(QStringLiteral("uptimeSeconds")));
        QVERIFY(sb.value(QStringLiteral("rooms")).toArray().size() >= 1);

        // status.json and the MQTT status agree: every key of the file, with its value.
        QJsonObject file, published;
        QTRY_VERIFY_WITH_TIMEOUT(
            (file = site.status(),
                published = fleet(broker.port)
                                .kiosk(QStringLiteral("kiosk-a"))
                                .value(QStringLiteral("status"))
                                .toObject(),
                // The room board writes its rooms once, after start-up.
                file.contains(QStringLiteral("rooms")) && holds(published, file)),
            10000);
        QVERIFY(file.contains(QStringLiteral("lastSuccess")));

        // SIGKILL: no goodbye; the broker sees the socket close and sends the last will.
        b.signal(SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT((f = fleet(broker.port), f.state(QStringLiteral("kiosk-b"))),
            QStringLiteral("offline"), 15000);
        QCOMPARE(f.exitCode, 1);
        QCOMPARE(f.state(QStringLiteral("kiosk-a")), QStringLiteral("online"));

        // Started again: online, and the fleet healthy again.
        b.waitForFinished();
        b.start();
        QTRY_COMPARE_WITH_TIMEOUT((f = fleet(broker.port), f.state(QStringLiteral("kiosk-b"))),
            QStringLiteral("online"), 30000);
        QCOMPARE(f.exitCode, 0);

        // SIGSTOP: no more heartbeats. Silent once two intervals pass, before the broker gives
        // up on the connection (1.5 keepalives of 5 s) and the will makes it offline.
        a.signal(SIGSTOP);
        QElapsedTimer stopped;
        stopped.start();
        QStringList seen;
        while (stopped.elapsed() < 20000 && !seen.contains(QStringLiteral("offline"))) {
            f = fleet(broker.port);
            const QString state = f.state(QStringLiteral("kiosk-a"));
            if (seen.isEmpty() || seen.constLast() != state)
                seen.append(state);
            if (state == u"silent")
                QCOMPARE(f.exitCode, 1);
        }
        const QStringList first = seen.first(std::min<qsizetype>(2, seen.size()));
        QVERIFY2(first == QStringList({ QStringLiteral("online"), QStringLiteral("silent") })
                || first.value(0) == u"silent",
            qPrintable(seen.join(u' ')));
        QCOMPARE(seen.constLast(), QStringLiteral("offline"));
        a.signal(SIGCONT);
        QTRY_COMPARE_WITH_TIMEOUT((f = fleet(broker.port), f.state(QStringLiteral("kiosk-a"))),
            QStringLiteral("online"), 30000);

        // A clean stop says goodbye at once.
        b.signal(SIGTERM);
        QVERIFY(b.waitForFinished());
        QCOMPARE(b.exitCode(), 0);
        QCOMPARE(fleet(broker.port).state(QStringLiteral("kiosk-b")), QStringLiteral("offline"));
    }

    /** More kiosks than a broker queues for one client at QoS 1 (Mosquitto: 1000): all listed. */
    void aFleetLargerThanTheBrokersQueue()
    {
        Broker broker;
        MqttSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = broker.port;
        settings.clientId = QStringLiteral("simulated-fleet");
        MqttClient client(settings);
        QSignalSpy connected(&client, &MqttClient::connectedChanged);
        QString why;
        QVERIFY2(client.start(&why), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 10000);
        const QString updated = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (int i = 0; i < 1500; ++i) {
            const QString topic = QStringLiteral("lactation/kiosks/k%1/").arg(i);
            QVERIFY(client.publish(topic + QStringLiteral("status"),
                QStringLiteral(R"({"intervalSeconds": 300, "updated": "%1"})")
                    .arg(updated)
                    .toUtf8(),
                true));
            QVERIFY(client.publish(topic + QStringLiteral("availability"), "online", true));
        }
        client.stop(QStringLiteral("lactation/done"), "1"); // after all the others, acknowledged
        const Fleet f = fleet(broker.port);
        QCOMPARE(f.json.value(QStringLiteral("kiosks")).toArray().size(), 1500);
        QCOMPARE(f.json.value(QStringLiteral("healthy")).toInt(), 1500);
        QCOMPARE(f.exitCode, 0);
    }

    void underTheAclOneKioskCannotWriteAnothersStatus()
    {
        const QMap<QString, QString> users { { QStringLiteral("kiosk-a"), QStringLiteral("pw-a") },
            { QStringLiteral("kiosk-b"), QStringLiteral("pw-b") },
            { QStringLiteral("fleet"), QStringLiteral("pw-fleet") } };
        Broker broker(QStringLiteral(KIOSK_FLEET_ACL), users);
        const auto publisher = [&](const QString &id) {
            FleetSettings s;
            s.kioskId = id;
            s.broker.host = QStringLiteral("127.0.0.1");
            s.broker.port = broker.port;
            s.broker.username = id;
            s.broker.password = users.value(id);
            s.broker.clientId = QStringLiteral("lactation-%1-fleet").arg(id);
            s.intervalSeconds = Interval;
            return std::make_unique<FleetPublisher>(s, [id]() -> QJsonObject {
                QJsonObject status;
                status.insert(QStringLiteral("packId"), QString(id + QStringLiteral("-pack")));
                return status;
            });
        };
        auto a = publisher(QStringLiteral("kiosk-a"));
        auto b = publisher(QStringLiteral("kiosk-b"));
        QString why;
        QVERIFY2(a->start(&why), qPrintable(why));
        QVERIFY2(b->start(&why), qPrintable(why));
        QSignalSpy publishedA(a.get(), &FleetPublisher::published);
        QSignalSpy publishedB(b.get(), &FleetPublisher::published);
        QTRY_VERIFY_WITH_TIMEOUT(publishedA.size() >= 1 && publishedB.size() >= 1, 15000);

        QTemporaryDir dir;
        const QString password = dir.filePath(QStringLiteral("fleet.password"));
        writeFile(password, "pw-fleet\n");
        const QStringList reader { QStringLiteral("--username"), QStringLiteral("fleet"),
            QStringLiteral("--password-file"), password };
        // kiosk-a forges kiosk-b's status and availability, and the reader tries to add a kiosk:
        // the broker drops all of it.
        broker.publish(QStringLiteral("lactation/kiosks/kiosk-b/status"),
            R"({"packId": "forged", "updated": "2030-01-01T00:00:00Z"})", true,
            { QStringLiteral("kiosk-a"), QStringLiteral("pw-a") });
        broker.publish(QStringLiteral("lactation/kiosks/kiosk-b/availability"), "offline", true,
            { QStringLiteral("kiosk-a"), QStringLiteral("pw-a") });
        broker.publish(QStringLiteral("lactation/kiosks/fleet/status"), R"({"packId": "x"})", true,
            { QStringLiteral("fleet"), QStringLiteral("pw-fleet") });
        // …while a kiosk's own topic is its to write.
        broker.publish(QStringLiteral("lactation/kiosks/kiosk-a/status"),
            R"({"packId": "kiosk-a-by-hand", "intervalSeconds": 60, "updated": "2030-01-01T00:00:00Z"})",
            true, { QStringLiteral("kiosk-a"), QStringLiteral("pw-a") });
        const Fleet f = fleet(broker.port, reader);
        QVERIFY2(f.exitCode == 0 || f.exitCode == 1, qPrintable(f.err));
        QCOMPARE(f.json.value(QStringLiteral("kiosks")).toArray().size(), 2);
        QCOMPARE(f.kiosk(QStringLiteral("kiosk-b")).value(QStringLiteral("packId")).toString(),
            QStringLiteral("kiosk-b-pack"));
        QCOMPARE(f.state(QStringLiteral("kiosk-b")), QStringLiteral("online"));
        QCOMPARE(f.kiosk(QStringLiteral("kiosk-a")).value(QStringLiteral("packId")).toString(),
            QStringLiteral("kiosk-a-by-hand"));

        // Without credentials the reader is refused: exit 3, and it says so.
        const Fleet anonymous = fleet(broker.port);
        QCOMPARE(anonymous.exitCode, 3);
        QVERIFY2(anonymous.err.contains(QStringLiteral("refused the reader")),
            qPrintable(anonymous.err));
    }

    void aBrokerThatComesUpLateDelaysNoScreen()
    {
        Broker broker;
        broker.stop();
        // The systemd notify socket says when the first frame was drawn.
        NotifySocket notify;
        QVERIFY(notify.isValid());
        Kiosk kiosk(QStringLiteral("kiosk-late"), broker.port);
        QProcessEnvironment env;
        env.insert(QStringLiteral("NOTIFY_SOCKET"), notify.path());
        QElapsedTimer started;
        started.start();
        kiosk.start(env);
        QTRY_VERIFY_WITH_TIMEOUT(notify.receive().contains(QStringLiteral("READY=1")), 15000);
        qInfo("first frame with the broker down: %lld ms after start", started.elapsed());

        // Nothing to read while the broker is down: exit 3, said in words.
        const Fleet down = fleet(broker.port, { QStringLiteral("--wait"), QStringLiteral("1") });
        QCOMPARE(down.exitCode, 3);
        QVERIFY2(
            down.err.contains(QStringLiteral("did not answer within 1 s")), qPrintable(down.err));

        broker.start();
        Fleet f;
        QTRY_COMPARE_WITH_TIMEOUT((f = fleet(broker.port), f.state(QStringLiteral("kiosk-late"))),
            QStringLiteral("online"), 90000);
        QCOMPARE(f.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
