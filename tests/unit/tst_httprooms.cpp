// The HTTP room source against a real nginx on loopback: ETag and 304, a changed document,
// malformed JSON, a room the kiosk cannot read, HTTP 500, a trickling server, and HTTPS.
#include "httproomsource.h"
#include "nginxserver.h"
#include "roomboard.h"
#include "testpack.h"

#include <QSignalSpy>
#include <QTimeZone>

namespace {

QByteArray document(const QString &aState, const QString &extra = {})
{
    return QStringLiteral(R"({ "rooms": [
  { "id": "room-a", "state": "%1", "since": "2026-12-01T14:50:00Z", "sensor": "door-3" }%2
] })")
        .arg(aState, extra)
        .toUtf8();
}

} // namespace

class TestHttpRooms : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(15, 0), QTimeZone::utc());
    QTemporaryDir m_site;

    std::unique_ptr<RoomBoard> board()
    {
        auto b = std::make_unique<RoomBoard>([this] {
            return m_now;
        });
        b->setAuthority(QStringLiteral("room-a"), QStringLiteral("http"));
        b->setAuthority(QStringLiteral("room-b"), QStringLiteral("http"));
        b->setMaxAge(QStringLiteral("http"), 90);
        return b;
    }

    static HttpRoomSource::Settings settings(const QString &url)
    {
        HttpRoomSource::Settings s;
        s.url = QUrl(url);
        s.intervalSeconds = 30;
        s.maxBackoffSeconds = 300;
        // Short limits so that the trickling server is given up on quickly.
        s.limits = { 1500, 1500, 1024 };
        return s;
    }

    /** One poll; what polled() said. */
    static std::pair<bool, QString> poll(HttpRoomSource &source)
    {
        QSignalSpy polled(&source, &HttpRoomSource::polled);
        source.pollNow();
        if (!polled.wait(10000))
            return { false, QStringLiteral("no answer") };
        return { polled.at(0).at(0).toBool(), polled.at(0).at(1).toString() };
    }

    /** The next access-log line: nginx writes it just after the answer, so wait for it. */
    static QString nextLogLine(NginxServer &nginx)
    {
        QStringList lines;
        for (int i = 0; i < 100 && lines.isEmpty(); ++i) {
            lines = nginx.takeLog();
            if (lines.isEmpty())
                QTest::qWait(20);
        }
        return lines.value(0);
    }

    /** Touches the file a second later, as an edit would: nginx then sends a new ETag. */
    void rewrite(const QString &name, const QByteArray &data)
    {
        const QString path = m_site.filePath(name);
        writeFile(path, data);
        QFile f(path);
        f.open(QIODevice::ReadWrite);
        f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
    }

private Q_SLOTS:
    void followsTheDocumentWithConditionalRequests()
    {
        rewrite(QStringLiteral("rooms.json"), document(QStringLiteral("occupied")));
        NginxServer nginx(m_site.path());
        auto b = board();
        HttpRoomSource source(settings(nginx.url(QStringLiteral("rooms.json"))), b.get());

        auto [ok, message] = poll(source);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, RoomBoard::State::Occupied);
        QCOMPARE(b->shown(QStringLiteral("room-a")).since,
            QDateTime(QDate(2026, 12, 1), QTime(14, 50), QTimeZone::utc()));
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, RoomBoard::State::Unknown);
        QVERIFY(nextLogLine(nginx).startsWith(QStringLiteral("/rooms.json 200")));

        // Unchanged: a 304, which still confirms the state is current.
        m_now = m_now.addSecs(60);
        std::tie(ok, message) = poll(source);
        QVERIFY(ok);
        QCOMPARE(message, QStringLiteral("not modified"));
        QVERIFY(nextLogLine(nginx).startsWith(QStringLiteral("/rooms.json 304")));
        m_now = m_now.addSecs(60);
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, RoomBoard::State::Occupied);

        // Changed: the new state, with the server's time.
        rewrite(QStringLiteral("rooms.json"), document(QStringLiteral("free")));
        std::tie(ok, message) = poll(source);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, RoomBoard::State::Free);
        QVERIFY(nextLogLine(nginx).startsWith(QStringLiteral("/rooms.json 200")));
        QCOMPARE(source.failures(), 0);
        QVERIFY(source.nextPollSeconds() >= 27 && source.nextPollSeconds() <= 33);
    }

    void badDocumentsChangeNothingAndAreNamed()
    {
        rewrite(QStringLiteral("rooms.json"), document(QStringLiteral("occupied")));
        NginxServer nginx(m_site.path());
        auto b = board();
        HttpRoomSource source(settings(nginx.url(QStringLiteral("rooms.json"))), b.get());
        QVERIFY(poll(source).first);

        // Malformed JSON: refused whole, with the line; the last state stays, then ages out.
        rewrite(QStringLiteral("rooms.json"), "{ \"rooms\": [\n  { \"id\": \"room-a\", oops } ] }");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid JSON")));
        auto [ok, message] = poll(source);
        QVERIFY(!ok);
        QVERIFY2(
            message.contains(QStringLiteral("rooms.json:2: invalid JSON")), qPrintable(message));
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, RoomBoard::State::Occupied);
        QCOMPARE(source.failures(), 1);
        QVERIFY(source.nextPollSeconds() >= 5 && source.nextPollSeconds() <= 60); // backing off
        m_now = m_now.addSecs(91);
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, RoomBoard::State::Unknown);

        // One room it cannot read: that room is named and skipped, the others count.
        rewrite(QStringLiteral("rooms.json"), document(QStringLiteral("free"), QStringLiteral(R"(,
  { "id": "room-b", "state": "open" })")));
        std::tie(ok, message) = poll(source);
        QVERIFY(ok);
        QVERIFY2(message.contains(
                     QStringLiteral("rooms[1] (id 'room-b').state: 'open' is not a room state")),
            qPrintable(message));
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, RoomBoard::State::Free);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, RoomBoard::State::Unknown);
        QCOMPARE(source.failures(), 0);

        // A time without an offset is ambiguous, and refused.
        rewrite(QStringLiteral("rooms.json"),
            R"({ "rooms": [ { "id": "room-a", "state": "closed", "since": "2026-12-01T10:00" } ] })");
        std::tie(ok, message) = poll(source);
        QVERIFY2(message.contains(QStringLiteral("rooms[0] (id 'room-a').since")), qPrintable(message));
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, RoomBoard::State::Free);
    }

    void serverErrorsAndTricklesBackOff()
    {
        rewrite(QStringLiteral("slow.json"), document(QStringLiteral("free")).repeated(40));
        NginxServer nginx(m_site.path(),
            QStringLiteral("location = /broken.json { return 500; }\n"
                           "location = /slow.json { limit_rate 64; }"));
        auto b = board();
        HttpRoomSource broken(settings(nginx.url(QStringLiteral("broken.json"))), b.get());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("HTTP 500")));
        auto [ok, message] = poll(broken);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("answered HTTP 500")), qPrintable(message));
        QCOMPARE(broken.failures(), 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("HTTP 500")));
        poll(broken);
        QCOMPARE(broken.failures(), 2);

        HttpRoomSource slow(settings(nginx.url(QStringLiteral("slow.json"))), b.get());
        // Abandoning the transfer must be quiet (it once read from the aborted reply).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
        QElapsedTimer timer;
        timer.start();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("slow.json")));
        std::tie(ok, message) = poll(slow);
        QVERIFY(!ok);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, RoomBoard::State::Unknown);
    }

    void overHttpsWithTheSitesCa()
    {
        rewrite(QStringLiteral("rooms.json"), document(QStringLiteral("cleaning")));
        NginxServer nginx(m_site.path(), {}, true);
        auto b = board();
        HttpRoomSource::Settings s = settings(nginx.url(QStringLiteral("rooms.json")));
        {
            HttpRoomSource untrusted(s, b.get());
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rooms.json")));
            QVERIFY(!poll(untrusted).first);
        }
        s.caFile = nginx.certificate();
        HttpRoomSource trusted(s, b.get());
        const auto [ok, message] = poll(trusted);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, RoomBoard::State::Cleaning);
    }
};

QTEST_GUILESS_MAIN(TestHttpRooms)
#include "tst_httprooms.moc"
