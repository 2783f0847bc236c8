// Room states over MQTT from a real Mosquitto broker on loopback, started and stopped here:
// retained and live states, a broker that dies and comes back, malformed payloads, unknown rooms.
#include "mqttbroker.h"
#include "mqttroomsource.h"
#include "roomboard.h"
#include "roomstatus.h"
#include "testpack.h"

#include <QSignalSpy>
#include <QTest>

namespace {

/** A room source's settings for @p broker on loopback, with the defaults otherwise. */
MqttRoomSource::Settings on(const Broker &broker)
{
    MqttRoomSource::Settings settings;
    settings.broker.host = QStringLiteral("127.0.0.1");
    settings.broker.port = broker.port;
    return settings;
}

} // namespace

class TestMqttSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheBroker()
    {
        Broker broker;
        broker.publish(QStringLiteral("lactation/rooms/room-b/state"), "occupied", true);
        RoomBoard board;
        board.setAuthority(QStringLiteral("room-b"), QStringLiteral("mqtt"));
        MqttRoomSource source(on(broker), &board);
        QSignalSpy rejected(&source, &MqttRoomSource::rejected);
        QString why;
        QVERIFY2(source.start(&why), qPrintable(why));

        // The retained state arrives on connect.
        QTRY_COMPARE_WITH_TIMEOUT(
            board.shown(QStringLiteral("room-b")).state, RoomBoard::State::Occupied, 10000);
        QVERIFY(source.isConnected());

        // A live change, as JSON with its own time (ten minutes ago; a future time is not
        // believed).
        const QString since = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODate);
        broker.publish(QStringLiteral("lactation/rooms/room-b/state"),
            QStringLiteral(R"({"state": "free", "since": "%1"})").arg(since).toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(
            board.shown(QStringLiteral("room-b")).state, RoomBoard::State::Free, 10000);
        QCOMPARE(
            board.shown(QStringLiteral("room-b")).since, QDateTime::fromString(since, Qt::ISODate));

        // Nonsense and strangers change nothing.
        broker.publish(QStringLiteral("lactation/rooms/room-b/state"), "banana");
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 10000);
        broker.publish(QStringLiteral("lactation/rooms/room-z/state"), "occupied");
        QTest::qWait(300);
        QCOMPARE(board.shown(QStringLiteral("room-b")).state, RoomBoard::State::Free);
        QVERIFY(!board.rooms().contains(QStringLiteral("room-z")));

        // The broker dies: the kiosk no longer vouches for the room.
        broker.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!source.isConnected(), 10000);
        QCOMPARE(board.shown(QStringLiteral("room-b")).state, RoomBoard::State::Unknown);
        QVERIFY(board.shown(QStringLiteral("room-b")).stale);

        // It comes back, and so does the state.
        broker.start();
        broker.publish(QStringLiteral("lactation/rooms/room-b/state"), "cleaning", true);
        QTRY_VERIFY_WITH_TIMEOUT(source.isConnected(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            board.shown(QStringLiteral("room-b")).state, RoomBoard::State::Cleaning, 10000);
    }

    /** A kiosk that boots before its broker: libmosquitto once never retried that first try. */
    void aBrokerThatStartsAfterTheKiosk()
    {
        Broker broker;
        broker.stop();
        RoomBoard board;
        board.setAuthority(QStringLiteral("room-b"), QStringLiteral("mqtt"));
        MqttRoomSource source(on(broker), &board);
        QString why;
        QVERIFY2(source.start(&why), qPrintable(why));
        QTest::qWait(1500);
        QVERIFY(!source.isConnected());
        broker.start();
        broker.publish(QStringLiteral("lactation/rooms/room-b/state"), "occupied", true);
        QTRY_COMPARE_WITH_TIMEOUT(
            board.shown(QStringLiteral("room-b")).state, RoomBoard::State::Occupied, 30000);
    }

    void fromTheKioskSettingsOverTlsWithAPassword()
    {
        Broker broker(true);
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-600);
        broker.publish(QStringLiteral("site/lab1/rooms/room-b/state"),
            QStringLiteral(R"({"state": "occupied", "since": "%1"})")
                .arg(since.toString(Qt::ISODate))
                .toUtf8(),
            true);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
        const auto configure = [&](const QString &password) {
            writeFile(ini,
                QStringLiteral("[rooms]\nsource.room-b = mqtt\n[rooms.mqtt]\nhost = 127.0.0.1\n"
                               "port = %1\ntls = true\nca_file = %2\nusername = kiosk\n"
                               "password = %3\nprefix = site/lab1\nmax_age_seconds = 1\n")
                    .arg(broker.port)
                    .arg(broker.certificate(), password)
                    .toUtf8());
            QStringList problems;
            const RoomSettings settings
                = RoomSettings::fromIni(ini, QStringLiteral("kiosk-a"), &problems);
            if (!problems.isEmpty())
                qWarning("%s", qPrintable(problems.join(u'\n')));
            return settings;
        };
        Room a;
        a.id = QStringLiteral("room-a");
        a.state = QStringLiteral("free");
        Room b;
        b.id = QStringLiteral("room-b");
        b.state = QStringLiteral("free"); // the pack's word does not count for an MQTT room

        // A wrong password: never connected, so never vouched for.
        {
            RoomStatus status(configure(QStringLiteral("wrong")), QString());
            status.setRooms({ a, b });
            status.start();
            QTest::qWait(1500);
            QVERIFY(!status.mqttSource()->isConnected());
            QCOMPARE(status.view(QStringLiteral("room-b")).state, QStringLiteral("unknown"));
            QCOMPARE(status.view(QStringLiteral("room-a")).state, QStringLiteral("free"));
        }

        RoomStatus status(configure(QStringLiteral("door-sensors")), QString());
        status.setRooms({ a, b });
        status.start();
        QTRY_COMPARE_WITH_TIMEOUT(
            status.view(QStringLiteral("room-b")).state, QStringLiteral("occupied"), 10000);
        QCOMPARE(status.view(QStringLiteral("room-b")).since.toSecsSinceEpoch(),
            since.toSecsSinceEpoch());
        QCOMPARE(status.view(QStringLiteral("room-b")).minutesInState, 10);
        QCOMPARE(status.view(QStringLiteral("room-b")).source, QStringLiteral("mqtt"));
        broker.publish(QStringLiteral("site/lab1/rooms/room-b/state"), "free");
        QTRY_COMPARE_WITH_TIMEOUT(
            status.view(QStringLiteral("room-b")).state, QStringLiteral("free"), 10000);

        // The broker dies: past the freshness limit (1 s here) the room reads unknown.
        broker.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!status.mqttSource()->isConnected(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT((status.tick(), status.view(QStringLiteral("room-b")).state),
            QStringLiteral("unknown"), 10000);
        QVERIFY(status.view(QStringLiteral("room-b")).stale);
        QCOMPARE(status.view(QStringLiteral("room-a")).state, QStringLiteral("free"));
    }

    void payloadsWithoutABroker()
    {
        RoomBoard board;
        board.setAuthority(QStringLiteral("room-a"), QStringLiteral("mqtt"));
        MqttRoomSource source({}, &board);
        QSignalSpy rejected(&source, &MqttRoomSource::rejected);
        source.handle(QStringLiteral("lactation/rooms/room-a/state"), " Closed\n");
        QCOMPARE(board.shown(QStringLiteral("room-a")).state, RoomBoard::State::Closed);
        source.handle(QStringLiteral("lactation/rooms/room-a"), "free");
        source.handle(QStringLiteral("other/rooms/room-a/state"), "free");
        source.handle(QStringLiteral("lactation/rooms/room-a/state"), "{ not json");
        source.handle(QStringLiteral("lactation/rooms/room-a/state"), "vacant");
        QCOMPARE(rejected.size(), 4);
        // Each refusal says where and what.
        QVERIFY(rejected.at(0).at(0).toString().contains(QStringLiteral("<prefix>/rooms/<room>")));
        QVERIFY2(rejected.at(2).at(0).toString().startsWith(
                     QStringLiteral("lactation/rooms/room-a/state:1: invalid JSON")),
            qPrintable(rejected.at(2).at(0).toString()));
        QVERIFY2(rejected.at(3).at(0).toString().contains(
                     QStringLiteral("'vacant' is not a room state")),
            qPrintable(rejected.at(3).at(0).toString()));
        QCOMPARE(board.shown(QStringLiteral("room-a")).state, RoomBoard::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestMqttSource)
#include "tst_mqttsource.moc"
