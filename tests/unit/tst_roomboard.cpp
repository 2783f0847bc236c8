// The room board's policy with an injected clock: authority, freshness, disconnection, and the
// estimated wait – no sleeps.
#include "roomboard.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

class TestRoomBoard : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
    using State = RoomBoard::State;

    std::unique_ptr<RoomBoard> board()
    {
        auto b = std::make_unique<RoomBoard>([this] {
            return m_now;
        });
        b->setAuthority(QStringLiteral("room-a"), QStringLiteral("staff"));
        b->setAuthority(QStringLiteral("room-b"), QStringLiteral("mqtt"));
        b->setMaxAge(QStringLiteral("mqtt"), 120);
        return b;
    }

private Q_SLOTS:
    void unknownUntilSomeoneSays()
    {
        auto b = board();
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, State::Unknown);
        QVERIFY(b->shown(QStringLiteral("room-a")).stale);
        QSignalSpy changed(b.get(), &RoomBoard::roomChanged);
        b->report(QStringLiteral("staff"), QStringLiteral("room-a"), State::Free);
        QCOMPARE(changed.count(), 1);
        const auto s = b->shown(QStringLiteral("room-a"));
        QCOMPARE(s.state, State::Free);
        QCOMPARE(s.since, m_now);
        QCOMPARE(s.source, QStringLiteral("staff"));
        QVERIFY(!s.stale);
    }

    void onlyTheAuthorityDecides()
    {
        auto b = board();
        b->report(QStringLiteral("http"), QStringLiteral("room-a"), State::Occupied);
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, State::Unknown);
        b->report(QStringLiteral("staff"), QStringLiteral("no-such-room"), State::Free);
        QVERIFY(!b->rooms().contains(QStringLiteral("no-such-room")));
    }

    void staleAndDisconnectedSourcesSayUnknown()
    {
        auto b = board();
        b->report(QStringLiteral("mqtt"), QStringLiteral("room-b"), State::Free);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, State::Free);
        m_now = m_now.addSecs(121);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, State::Unknown);
        QVERIFY(b->shown(QStringLiteral("room-b")).stale);
        b->report(QStringLiteral("mqtt"), QStringLiteral("room-b"), State::Free);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, State::Free);
        QSignalSpy changed(b.get(), &RoomBoard::roomChanged);
        b->setConnected(QStringLiteral("mqtt"), false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, State::Unknown);
        b->setConnected(QStringLiteral("mqtt"), true);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, State::Free);
        // Staff reports never go stale (no maximum age set).
        b->report(QStringLiteral("staff"), QStringLiteral("room-a"), State::Cleaning);
        m_now = m_now.addDays(3);
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, State::Cleaning);
    }

    void sameStateKeepsItsSince()
    {
        auto b = board();
        b->report(QStringLiteral("staff"), QStringLiteral("room-a"), State::Occupied);
        const QDateTime began = m_now;
        m_now = m_now.addSecs(60);
        b->report(QStringLiteral("staff"), QStringLiteral("room-a"), State::Occupied);
        QCOMPARE(b->shown(QStringLiteral("room-a")).since, began);
    }

    void estimatedWaitNeedsHistory()
    {
        auto b = board();
        const QString a = QStringLiteral("room-a"), staff = QStringLiteral("staff");
        for (const int minutes : { 10, 20 }) {
            b->report(staff, a, State::Occupied);
            m_now = m_now.addSecs(minutes * 60);
            b->report(staff, a, State::Free);
        }
        b->report(staff, a, State::Occupied);
        QVERIFY2(!b->estimatedWaitMinutes(a), "two spells are too few to say");
        m_now = m_now.addSecs(12 * 60);
        b->report(staff, a, State::Free); // third spell: 10, 12, 20 → median 12
        QVERIFY(!b->estimatedWaitMinutes(a)); // free: nothing to wait for
        b->report(staff, a, State::Occupied);
        m_now = m_now.addSecs(4 * 60);
        QCOMPARE(b->estimatedWaitMinutes(a), 10); // 8 minutes left, rounded up to 5
        m_now = m_now.addSecs(30 * 60);
        QCOMPARE(b->estimatedWaitMinutes(a), 5); // overdue: never below 5
    }

    void stateWords()
    {
        bool ok = false;
        QCOMPARE(RoomBoard::parseState(QStringLiteral(" Occupied "), &ok), State::Occupied);
        QVERIFY(ok);
        QCOMPARE(RoomBoard::parseState(QStringLiteral("busy"), &ok), State::Unknown);
        QVERIFY(!ok);
    }

    void pushedSourcesHaveAGraceTimeWhenCutOff()
    {
        auto b = board();
        // MQTT pushes changes: a state counts however old while connected, and for 60 s after
        // the broker is lost (a reconnect blip does not blank the room).
        b->setMaxAge(QStringLiteral("mqtt"), 60, RoomBoard::Ages::WhileDisconnected);
        b->report(QStringLiteral("mqtt"), QStringLiteral("room-b"), State::Occupied);
        m_now = m_now.addSecs(3 * 3600);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, State::Occupied);
        b->setConnected(QStringLiteral("mqtt"), false);
        m_now = m_now.addSecs(59);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, State::Occupied);
        QSignalSpy changed(b.get(), &RoomBoard::roomChanged);
        b->refresh();
        QCOMPARE(changed.count(), 0); // nothing changed yet: nothing announced
        m_now = m_now.addSecs(2);
        b->refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("room-b"));
        QVERIFY(b->shown(QStringLiteral("room-b")).stale);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, State::Unknown);
        b->refresh();
        QCOMPARE(changed.count(), 1); // said once
        b->setConnected(QStringLiteral("mqtt"), true);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, State::Occupied);
    }

    void refreshAnnouncesReportsThatGrowOld()
    {
        auto b = board(); // room-b: mqtt reports count for 120 s after they arrive
        b->report(QStringLiteral("mqtt"), QStringLiteral("room-b"), State::Free);
        QSignalSpy changed(b.get(), &RoomBoard::roomChanged);
        m_now = m_now.addSecs(120);
        b->refresh();
        QCOMPARE(changed.count(), 0);
        m_now = m_now.addSecs(1);
        b->refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(b->shown(QStringLiteral("room-b")).state, State::Unknown);
    }

    void removedRoomsAreForgotten()
    {
        auto b = board();
        b->report(QStringLiteral("staff"), QStringLiteral("room-a"), State::Free);
        b->removeRoom(QStringLiteral("room-a"));
        QVERIFY(!b->rooms().contains(QStringLiteral("room-a")));
        b->report(QStringLiteral("staff"), QStringLiteral("room-a"), State::Occupied);
        b->setAuthority(QStringLiteral("room-a"), QStringLiteral("staff"));
        QCOMPARE(b->shown(QStringLiteral("room-a")).state, State::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestRoomBoard)
#include "tst_roomboard.moc"
