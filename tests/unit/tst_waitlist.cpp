// The anonymous waitlist with an injected clock: codes, calling in order, expiry, staff clear,
// and surviving a restart – holding nothing but codes and times.
#include "waitlist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestWaitlist : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
    Waitlist::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }

private Q_SLOTS:
    void callsInOrderWhenTheRoomIsFree()
    {
        Waitlist list({}, clock(), 15, 120);
        const QString room = QStringLiteral("room-a");
        const QString first = list.join(room);
        const QString second = list.join(room);
        QVERIFY(first != second);
        QVERIFY(first.size() == 2 && first.at(0).isLetter() && first.at(1).isDigit());
        QCOMPARE(list.waiting(room), 2);
        list.update(room, false); // occupied: nobody is called
        QVERIFY(!list.calling(room));
        list.update(room, true);
        QCOMPARE(list.calling(room)->code, first);
        QCOMPARE(list.waiting(room), 1);
        m_now = m_now.addSecs(60);
        list.update(room, true); // still calling the first
        QCOMPARE(list.calling(room)->code, first);
        m_now = m_now.addSecs(61);
        list.update(room, true); // the call is over: the next one
        QCOMPARE(list.calling(room)->code, second);
        QCOMPARE(list.waiting(room), 0);
        list.update(room, false); // she went in: the room is not free any more, nor called
        QVERIFY(!list.calling(room));
    }

    void ticketsExpireAndStaffClear()
    {
        Waitlist list({}, clock(), 15, 120);
        const QString room = QStringLiteral("room-a");
        list.join(room);
        m_now = m_now.addSecs(16 * 60);
        list.update(room, true);
        QVERIFY(!list.calling(room));
        QCOMPARE(list.waiting(room), 0);
        list.join(room);
        list.join(room);
        list.clear(room);
        QCOMPARE(list.waiting(room), 0);
    }

    void survivesARestartWithOnlyCodesAndTimes()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("waitlist.json"));
        const QString room = QStringLiteral("room-b");
        QString code;
        {
            Waitlist list(file, clock());
            code = list.join(room);
            list.join(room);
        }
        Waitlist again(file, clock());
        QCOMPARE(again.waiting(room), 2);
        again.update(room, true);
        QCOMPARE(again.calling(room)->code, code);
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        // Nothing but codes, times and a counter: every key in the file is one of these (or a
        // room).
        const QStringList allowed { QStringLiteral("counter"), QStringLiteral("rooms"), room,
            QStringLiteral("waiting"), QStringLiteral("calling"), QStringLiteral("code"),
            QStringLiteral("issued"), QStringLiteral("until") };
        QStringList keys;
        std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &v) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                    keys.append(it.key());
                    collect(it.value());
                }
            } else if (v.isArray()) {
                for (const QJsonValue &e : v.toArray())
                    collect(e);
            }
        };
        collect(QJsonDocument::fromJson(saved.readAll()).object());
        QVERIFY(keys.contains(QStringLiteral("code")));
        for (const QString &key : std::as_const(keys))
            QVERIFY2(allowed.contains(key), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestWaitlist)
#include "tst_waitlist.moc"
