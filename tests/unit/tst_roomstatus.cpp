// RoomStatus: the kiosk's settings for room sources, the staff source and the waitlist kept
// across restarts, and the rooms in status.json – with an injected clock, no sleeps.
#include "roomstatus.h"
#include "testpack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

QList<Room> rooms(const QString &aState = QStringLiteral("free"))
{
    Room a;
    a.id = QStringLiteral("room-a");
    a.state = aState;
    Room b;
    b.id = QStringLiteral("room-b");
    b.state = QStringLiteral("unknown");
    return { a, b };
}

QJsonObject json(const QString &file)
{
    return QJsonDocument::fromJson(readFile(file)).object();
}

} // namespace

class TestRoomStatus : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(15, 0), QTimeZone::utc());
    RoomBoard::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }

private Q_SLOTS:
    void thePackSeedsTheStaffStateUntilStaffSetIt()
    {
        RoomStatus status(RoomSettings(), QString(), clock());
        status.setRooms(rooms());
        QCOMPARE(status.view(QStringLiteral("room-a")).state, QStringLiteral("free"));
        QCOMPARE(status.view(QStringLiteral("room-a")).source, QStringLiteral("staff"));
        QVERIFY(!status.view(QStringLiteral("room-a")).stale);
        QCOMPARE(status.view(QStringLiteral("room-b")).state, QStringLiteral("unknown"));
        QCOMPARE(status.view(QStringLiteral("no-such")).state, QStringLiteral("unknown"));
    }

    void staffStatesSurviveARestart()
    {
        QTemporaryDir state;
        const QDateTime began = m_now;
        {
            RoomStatus status(RoomSettings(), state.path(), clock());
            status.setRooms(rooms());
            QSignalSpy changed(&status, &RoomStatus::roomChanged);
            QVERIFY(status.setStaffState(QStringLiteral("room-a"), QStringLiteral("occupied")));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("room-a"));
            m_now = m_now.addSecs(12 * 60);
            status.tick();
            QCOMPARE(status.view(QStringLiteral("room-a")).minutesInState, 12);
        }
        // A new pack says "free": what staff set wins, with the time they set it.
        RoomStatus again(RoomSettings(), state.path(), clock());
        again.setRooms(rooms(QStringLiteral("free")));
        const auto v = again.view(QStringLiteral("room-a"));
        QCOMPARE(v.state, QStringLiteral("occupied"));
        QCOMPARE(v.since, began);
        QCOMPARE(v.minutesInState, 12);
        // The file holds states and times, nothing else.
        const QJsonObject saved = json(state.filePath(QStringLiteral("rooms-staff.json")));
        QCOMPARE(saved.value(u"rooms").toObject().value(u"room-a").toObject().keys(),
            QStringList({ QStringLiteral("since"), QStringLiteral("state") }));
    }

    void aDamagedStaffFileFallsBackToThePack()
    {
        QTemporaryDir state;
        writeFile(state.filePath(QStringLiteral("rooms-staff.json")), "{ \"rooms\": [ oops");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be read")));
        RoomStatus status(RoomSettings(), state.path(), clock());
        status.setRooms(rooms());
        QCOMPARE(status.view(QStringLiteral("room-a")).state, QStringLiteral("free"));
        QVERIFY(status.setStaffState(QStringLiteral("room-a"), QStringLiteral("closed")));
        QCOMPARE(json(state.filePath(QStringLiteral("rooms-staff.json")))
                     .value(u"rooms")
                     .toObject()
                     .value(u"room-a")
                     .toObject()
                     .value(u"state")
                     .toString(),
            QStringLiteral("closed"));
    }

    void theWaitlistSurvivesARestartAndCallsWhenFree()
    {
        QTemporaryDir state;
        RoomSettings settings;
        settings.callSeconds = 60;
        QString code;
        {
            RoomStatus status(settings, state.path(), clock());
            status.setRooms(rooms(QStringLiteral("occupied")));
            code = status.joinWaitlist(QStringLiteral("room-a"));
            QVERIFY(!code.isEmpty());
            QCOMPARE(status.view(QStringLiteral("room-a")).waiting, 1);
            QCOMPARE(status.joinWaitlist(QStringLiteral("no-such-room")), QString());
        }
        RoomStatus status(settings, state.path(), clock());
        status.setRooms(rooms(QStringLiteral("occupied")));
        QCOMPARE(status.view(QStringLiteral("room-a")).waiting, 1);
        QVERIFY(status.setStaffState(QStringLiteral("room-a"), QStringLiteral("free")));
        QCOMPARE(status.view(QStringLiteral("room-a")).calling, code);
        m_now = m_now.addSecs(61);
        QSignalSpy changed(&status, &RoomStatus::roomChanged);
        status.tick();
        QCOMPARE(status.view(QStringLiteral("room-a")).calling, QString());
        QCOMPARE(changed.count(), 1);
        // Staff clear a list.
        status.setStaffState(QStringLiteral("room-a"), QStringLiteral("occupied"));
        status.joinWaitlist(QStringLiteral("room-a"));
        status.clearWaitlist(QStringLiteral("room-a"));
        QCOMPARE(status.view(QStringLiteral("room-a")).waiting, 0);
    }

    void statusJsonGainsTheRoomsAndKeepsTheFeed()
    {
        QTemporaryDir state;
        writeFile(state.filePath(QStringLiteral("status.json")),
            R"({ "packId": "lakeside", "lastError": "" })");
        {
            RoomStatus status(RoomSettings(), state.path(), clock());
            status.setRooms(rooms());
            status.setStaffState(QStringLiteral("room-a"), QStringLiteral("cleaning"));
        } // written at the latest when the kiosk stops
        const QJsonObject written = json(state.filePath(QStringLiteral("status.json")));
        QCOMPARE(written.value(u"packId").toString(), QStringLiteral("lakeside"));
        const QJsonArray list = written.value(u"rooms").toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject a = list.at(0).toObject();
        QCOMPARE(a.value(u"id").toString(), QStringLiteral("room-a"));
        QCOMPARE(a.value(u"state").toString(), QStringLiteral("cleaning"));
        QCOMPARE(QDateTime::fromString(a.value(u"since").toString(), Qt::ISODate), m_now);
        QVERIFY(a.value(u"since").toString().endsWith(u'Z'));
        QCOMPARE(a.value(u"source").toString(), QStringLiteral("staff"));
        QCOMPARE(a.value(u"stale").toBool(), false);
        const QJsonObject b = list.at(1).toObject();
        QCOMPARE(b.value(u"state").toString(), QStringLiteral("unknown"));
        QVERIFY(b.value(u"since").isNull());
    }

    void settingsFromTheIni()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
        writeFile(ini, R"([rooms]
source = staff
source.room-b = mqtt
source.room-c = carrier-pigeon
ticket_minutes = 20
call_seconds = 90

[rooms.http]
url = ftp://example.org/rooms.json

[rooms.mqtt]
host = broker.lab.example
tls = true
username = kiosk
password = secret
prefix = site/lab1
max_age_seconds = 45
)");
        QStringList problems;
        const RoomSettings s = RoomSettings::fromIni(ini, QStringLiteral("lab1-kiosk2"), &problems);
        QCOMPARE(s.sourceFor(QStringLiteral("room-a")), QStringLiteral("staff"));
        QCOMPARE(s.sourceFor(QStringLiteral("room-b")), QStringLiteral("mqtt"));
        QCOMPARE(s.ticketMinutes, 20);
        QCOMPARE(s.callSeconds, 90);
        QVERIFY(s.mqttEnabled);
        QCOMPARE(s.mqtt.broker.host, QStringLiteral("broker.lab.example"));
        QCOMPARE(s.mqtt.broker.port, 8883); // the TLS port when none is given
        QVERIFY(s.mqtt.broker.tls);
        QCOMPARE(s.mqtt.broker.username, QStringLiteral("kiosk"));
        QCOMPARE(s.mqtt.prefix, QStringLiteral("site/lab1"));
        // Fifty kiosks on one broker: each its own client id, or each cuts off the one before.
        QCOMPARE(s.mqtt.broker.clientId, QStringLiteral("lactation-lab1-kiosk2-rooms"));
        QCOMPARE(s.mqttMaxAgeSeconds, 45);
        QVERIFY(!s.httpEnabled);
        // Each mistake is named with the file and the key.
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(QStringLiteral("source.room-c = carrier-pigeon")),
            qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.at(1).contains(QStringLiteral("[rooms.http] url = ftp://")),
            qPrintable(problems.join(u'\n')));

        // A room whose source does not exist reads "unknown", never the pack's state.
        RoomSettings odd;
        odd.sources.insert(QStringLiteral("room-a"), QStringLiteral("carrier-pigeon"));
        RoomStatus status(odd, QString(), clock());
        status.setRooms(rooms());
        QCOMPARE(status.view(QStringLiteral("room-a")).state, QStringLiteral("unknown"));
        QVERIFY(status.view(QStringLiteral("room-a")).stale);
    }

    void aNewPackDropsRoomsItNoLongerHas()
    {
        RoomStatus status(RoomSettings(), QString(), clock());
        status.setRooms(rooms());
        status.setRooms({ rooms().at(1) });
        QCOMPARE(status.view(QStringLiteral("room-a")).state, QStringLiteral("unknown"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no room 'room-a'")));
        QVERIFY(!status.setStaffState(QStringLiteral("room-a"), QStringLiteral("free")));
    }
};

QTEST_GUILESS_MAIN(TestRoomStatus)
#include "tst_roomstatus.moc"
