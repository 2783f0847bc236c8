// Room states over MQTT from a real Mosquitto broker on loopback, started and stopped here:
// retained and live states, a broker that dies and comes back, malformed payloads, unknown rooms.
#include "mqttroomsource.h"
#include "roomboard.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

class Broker
{
public:
    Broker()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
        probe.close();
        start();
    }
    ~Broker() { stop(); }

    void start()
    {
        m_process.start(
            QStringLiteral("mosquitto"), { QStringLiteral("-p"), QString::number(port) });
        m_process.waitForStarted();
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (socket.waitForConnected(100))
                return;
            QTest::qWait(50);
        }
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    void publish(const QString &topic, const QByteArray &payload, bool retained = false)
    {
        QStringList args { QStringLiteral("-p"), QString::number(port), QStringLiteral("-t"), topic,
            QStringLiteral("-m"), QString::fromUtf8(payload) };
        if (retained)
            args << QStringLiteral("-r");
        QProcess::execute(QStringLiteral("mosquitto_pub"), args);
    }

    quint16 port = 0;

private:
    QProcess m_process;
};

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
        MqttRoomSource::Settings settings;
        settings.port = broker.port;
        MqttRoomSource source(settings, &board);
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
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(board.shown(QStringLiteral("room-a")).state, RoomBoard::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestMqttSource)
#include "tst_mqttsource.moc"
