// Kiosk mode policy with injected clocks, no sleeps: the idle warning, reset and attract loop;
// slide date windows and skipping a broken slide; the staff PIN (Argon2id, lockout that survives a
// restart); the key guard; and the staff console's section lock, idle timeout and roll-back.
#include "contentstore.h"
#include "feedsite.h"
#include "feedsync.h"
#include "keyguard.h"
#include "kiosksession.h"
#include "slideplayer.h"
#include "staffconsole.h"
#include "visit.h"

#include <QKeyEvent>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTimeZone>

namespace {

Slide slide(const QString &id, QDate start = {}, QDate end = {})
{
    Slide s;
    s.id = id;
    s.image = QStringLiteral("media/") + id + QStringLiteral(".svg");
    s.start = start;
    s.end = end;
    return s;
}

std::shared_ptr<const Content> builtIn()
{
    static const auto result = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK));
    if (!result.ok())
        qFatal("the built-in pack does not load");
    return result.content;
}

} // namespace

class TestKioskMode : public QObject
{
    Q_OBJECT

private:
    qint64 m_ms = 1000000;
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(15, 0), QTimeZone::utc());

    KioskSession::Clock monotonic()
    {
        return [this] {
            return m_ms;
        };
    }
    StaffAccess::Clock wall()
    {
        return [this] {
            return m_now;
        };
    }

private Q_SLOTS:
    void idleWarningThenResetThenAttract()
    {
        KioskSession session(90, 30, monotonic());
        QSignalSpy reset(&session, &KioskSession::reset);
        QCOMPARE(session.phase(), KioskSession::Phase::Active);
        m_ms += 89000;
        session.poll();
        QCOMPARE(session.phase(), KioskSession::Phase::Active);
        m_ms += 1000;
        session.poll();
        QCOMPARE(session.phase(), KioskSession::Phase::Warning);
        QCOMPARE(session.secondsLeft(), 30);
        m_ms += 12000;
        session.poll();
        QCOMPARE(session.secondsLeft(), 18);
        // "I'm still here" starts the quiet time over.
        session.stillHere();
        QCOMPARE(session.phase(), KioskSession::Phase::Active);
        m_ms += 90000 + 29999;
        session.poll();
        QCOMPARE(session.phase(), KioskSession::Phase::Warning);
        QCOMPARE(reset.count(), 0);
        m_ms += 1;
        session.poll();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(session.phase(), KioskSession::Phase::Attract);
        // The loop runs until a touch; no second reset.
        m_ms += 3600000;
        session.poll();
        QCOMPARE(reset.count(), 1);
        session.activity();
        QCOMPARE(session.phase(), KioskSession::Phase::Active);
    }

    void theWarningIsNeverShorterThan20Seconds()
    {
        KioskSession session(60, 5, monotonic());
        QCOMPARE(session.warningSeconds(), 20);
        session.setIdleSeconds(1);
        QCOMPARE(session.idleSeconds(), 10);
    }

    void theStaffPanelClosesAfter60Seconds()
    {
        KioskSession session(90, 30, monotonic());
        QSignalSpy reset(&session, &KioskSession::reset);
        session.openStaff();
        m_ms += 59000;
        session.poll();
        QVERIFY(session.staffOpen());
        session.activity();
        m_ms += 60000;
        session.poll();
        QVERIFY(!session.staffOpen());
        QCOMPARE(reset.count(), 1);
    }

    void slidesShowOnlyInsideTheirDates()
    {
        const QList<Slide> slides { slide(QStringLiteral("always")),
            slide(QStringLiteral("december"), QDate(2026, 12, 1), QDate(2026, 12, 31)),
            slide(QStringLiteral("past"), {}, QDate(2026, 11, 30)),
            slide(QStringLiteral("future"), QDate(2027, 1, 1)) };
        QCOMPARE(SlidePlayer::playable(slides, QDate(2026, 12, 1), {}), QList<int>({ 0, 1 }));
        QCOMPARE(SlidePlayer::playable(slides, QDate(2026, 12, 31), {}), QList<int>({ 0, 1 }));
        QCOMPARE(SlidePlayer::playable(slides, QDate(2026, 11, 30), {}), QList<int>({ 0, 2 }));
        QCOMPARE(SlidePlayer::playable(slides, QDate(2027, 1, 1), {}), QList<int>({ 0, 3 }));
        QCOMPARE(SlidePlayer::playable(slides, QDate(2026, 12, 5), { QStringLiteral("always") }),
            QList<int>({ 1 }));
    }

    void slidesPlayInOrderAndSkipWhatDoesNotDecode()
    {
        ContentStore store(builtIn());
        Visit visit(&store);
        SlidePlayer player;
        player.setVisit(&visit);
        QVERIFY(player.empty()); // not running yet
        player.setRunning(true);
        // The built-in pack on 1 December 2026: all four slides are in date.
        QCOMPARE(player.slideId(), QStringLiteral("helpline"));
        QVERIFY(player.caption().startsWith(QStringLiteral("Questions about breastfeeding")));
        QVERIFY(QFileInfo::exists(player.image().toLocalFile()));
        player.next();
        QCOMPARE(player.slideId(), QStringLiteral("room"));
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("slide room skipped: the file cannot be decoded")));
        player.failed(QStringLiteral("the file cannot be decoded"));
        QCOMPARE(player.slideId(), QStringLiteral("groups"));
        player.next();
        player.next();
        QCOMPARE(player.slideId(), QStringLiteral("helpline")); // wrapped, "room" left out
        player.next();
        QCOMPARE(player.slideId(), QStringLiteral("groups"));
        visit.setLanguage(QStringLiteral("es"));
        QVERIFY(player.caption().startsWith(QStringLiteral("Cada semana")));
        // Everything broken: empty, so the screen shows its fallback, never black.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipped")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipped")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipped")));
        player.failed(QStringLiteral("x"));
        player.failed(QStringLiteral("x"));
        player.failed(QStringLiteral("x"));
        QVERIFY(player.empty());
        // A new pack may have mended it.
        store.setContent(builtIn());
        QCOMPARE(player.slideId(), QStringLiteral("helpline"));
    }

    void captionsFollowTheVideoAndTheLanguage()
    {
        auto content = std::make_shared<Content>(*builtIn());
        Slide clip = slide(QStringLiteral("clip"));
        clip.image.clear();
        clip.video = QStringLiteral("media/clip.webm");
        clip.captions.insert(QStringLiteral("en"),
            { { 1000, 3000, QStringLiteral("Feeding cues") },
                { 2500, 4000, QStringLiteral("Watch your baby") },
                { 5000, 6000, QStringLiteral("Later") } });
        clip.captions.insert(QStringLiteral("es"), { { 1000, 3000, QStringLiteral("Señales") } });
        Slide english = clip;
        english.id = QStringLiteral("english-only");
        english.captions.remove(QStringLiteral("es"));
        content->slides = { clip, english, slide(QStringLiteral("picture")) };
        ContentStore store(content);
        Visit visit(&store);
        SlidePlayer player;
        player.setVisit(&visit);
        player.setRunning(true);
        QCOMPARE(player.slideId(), QStringLiteral("clip"));
        QVERIFY(player.hasCaptions());
        // From its start (inclusive) to its end (exclusive); overlapping cues one per line.
        QCOMPARE(player.captionAt(0), QString());
        QCOMPARE(player.captionAt(999), QString());
        QCOMPARE(player.captionAt(1000), QStringLiteral("Feeding cues"));
        QCOMPARE(player.captionAt(2499), QStringLiteral("Feeding cues"));
        QCOMPARE(player.captionAt(2500), QStringLiteral("Feeding cues\nWatch your baby"));
        QCOMPARE(player.captionAt(2999), QStringLiteral("Feeding cues\nWatch your baby"));
        QCOMPARE(player.captionAt(3000), QStringLiteral("Watch your baby"));
        QCOMPARE(player.captionAt(4000), QString());
        QCOMPARE(player.captionAt(5999), QStringLiteral("Later"));
        QCOMPARE(player.captionAt(6000), QString());
        // A looping 6 s clip: a position that counts on is taken within the clip.
        QCOMPARE(player.captionAt(6000, 6000), QString());
        QCOMPARE(player.captionAt(7500, 6000), QStringLiteral("Feeding cues"));
        QCOMPARE(player.captionAt(3 * 6000 + 5500, 6000), QStringLiteral("Later"));
        QCOMPARE(player.captionAt(1500, 6000), QStringLiteral("Feeding cues"));
        // The visitor's language, at once: hasCaptions notifies with it.
        QSignalSpy changed(&player, &SlidePlayer::slideChanged);
        visit.setLanguage(QStringLiteral("es"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(player.captionAt(1500), QStringLiteral("Señales"));
        QCOMPARE(player.captionAt(2600), QStringLiteral("Señales"));
        QCOMPARE(player.captionAt(3500), QString());
        QCOMPARE(player.captionAt(5500), QString());
        // No captions in her language: the pack's first language's.
        player.next();
        QCOMPARE(player.slideId(), QStringLiteral("english-only"));
        QVERIFY(player.hasCaptions());
        QCOMPARE(player.captionAt(1500), QStringLiteral("Feeding cues"));
        // A picture has none.
        player.next();
        QCOMPARE(player.slideId(), QStringLiteral("picture"));
        QVERIFY(!player.hasCaptions());
        QCOMPARE(player.captionAt(1500), QString());
        // Nothing to show, nothing to caption.
        SlidePlayer stopped;
        QCOMPARE(stopped.captionAt(1500), QString());
    }

    void pinIsArgon2idAndLocksOut()
    {
        QString why;
        const QString hash = StaffAccess::hashPin(QStringLiteral("2468"), &why);
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("2468")));
        QVERIFY(StaffAccess::hashPin(QStringLiteral("12a4"), &why).isEmpty());
        QVERIFY(StaffAccess::hashPin(QStringLiteral("123"), &why).isEmpty());

        QTemporaryDir state;
        const QString lockout = state.filePath(QStringLiteral("staff-lockout.json"));
        {
            StaffAccess access(hash, lockout, wall());
            QCOMPARE(access.check(QStringLiteral("2468")), StaffAccess::Result::Granted);
            for (int i = 0; i < 4; ++i)
                QCOMPARE(access.check(QStringLiteral("0000")), StaffAccess::Result::Wrong);
            QCOMPARE(access.check(QStringLiteral("0000")), StaffAccess::Result::LockedOut);
            QCOMPARE(access.lockedUntil(), m_now.addSecs(5 * 60));
            // Locked: even the right PIN is not checked.
            QCOMPARE(access.check(QStringLiteral("2468")), StaffAccess::Result::LockedOut);
        }
        // A restart does not lift it.
        StaffAccess again(hash, lockout, wall());
        QCOMPARE(again.check(QStringLiteral("2468")), StaffAccess::Result::LockedOut);
        m_now = m_now.addSecs(5 * 60 + 1);
        // The next lockout is twice as long.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(again.check(QStringLiteral("1111")), StaffAccess::Result::Wrong);
        QCOMPARE(again.check(QStringLiteral("1111")), StaffAccess::Result::LockedOut);
        QCOMPARE(again.lockedUntil(), m_now.addSecs(10 * 60));
        m_now = m_now.addSecs(10 * 60 + 1);
        QCOMPARE(again.check(QStringLiteral("2468")), StaffAccess::Result::Granted);
        QCOMPARE(again.failures(), 0);
        // No PIN set: the panel cannot be opened at all.
        StaffAccess none({}, {}, wall());
        QCOMPARE(none.check(QStringLiteral("2468")), StaffAccess::Result::NoPin);
    }

    void setPinKeepsTheRestOfTheConfiguration()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
        writeFile(ini,
            "; the kiosk\n[feed]\nurl = https://feed.example.org/\n\n[staff]\n"
            "; who may open the panel\nallow_exit = true\n\n[rooms]\nsource = staff\n");
        QString why;
        const QString hash = StaffAccess::hashPin(QStringLiteral("975312"), &why);
        QVERIFY2(StaffAccess::writePinHash(ini, hash, &why), qPrintable(why));
        const QString text = QString::fromUtf8(readFile(ini));
        QVERIFY(text.contains(QStringLiteral("; the kiosk\n")));
        QVERIFY(text.contains(
            QStringLiteral("; who may open the panel\nallow_exit = true\npin_hash = ")));
        QVERIFY(text.contains(QStringLiteral("[rooms]\nsource = staff\n")));
        const KioskSettings settings = KioskSettings::fromIni(ini);
        QCOMPARE(settings.pinHash, hash); // the commas in it survive QSettings
        QVERIFY(settings.allowExit);
        // A second time replaces it, and a file without [staff] gains the group.
        const QString other = StaffAccess::hashPin(QStringLiteral("1357"), &why);
        QVERIFY(StaffAccess::writePinHash(ini, other, &why));
        QCOMPARE(KioskSettings::fromIni(ini).pinHash, other);
        QCOMPARE(QString::fromUtf8(readFile(ini)).count(QStringLiteral("pin_hash")), 1);
        const QString bare = dir.filePath(QStringLiteral("bare.ini"));
        QVERIFY(StaffAccess::writePinHash(bare, other, &why));
        QCOMPARE(KioskSettings::fromIni(bare).pinHash, other);
    }

    void quitKeysAreSwallowedInKioskModeOnly()
    {
        QObject window;
        KeyGuard kiosk(true, nullptr);
        KeyGuard windowed(false, nullptr);
        QSignalSpy kioskQuit(&kiosk, &KeyGuard::quitRequested);
        QSignalSpy windowedQuit(&windowed, &KeyGuard::quitRequested);
        const QList<QKeyCombination> quitting { QKeyCombination(Qt::AltModifier, Qt::Key_F4),
            QKeyCombination(Qt::ControlModifier, Qt::Key_Q),
            QKeyCombination(Qt::ControlModifier, Qt::Key_W) };
        for (const QKeyCombination &k : quitting) {
            QKeyEvent press(QEvent::KeyPress, k.key(), k.keyboardModifiers());
            QVERIFY(kiosk.eventFilter(&window, &press)); // swallowed
            QVERIFY(windowed.eventFilter(&window, &press)); // handled: quits
        }
        QCOMPARE(kioskQuit.count(), 0);
        QCOMPARE(windowedQuit.count(), 3);
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QVERIFY(kiosk.eventFilter(&window, &escape));
        QVERIFY(!windowed.eventFilter(&window, &escape));
        QKeyEvent letter(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
        QVERIFY(!kiosk.eventFilter(&window, &letter));
        QCloseEvent close;
        QVERIFY(kiosk.eventFilter(&window, &close));
        QVERIFY(!windowed.eventFilter(&window, &close));
        kiosk.allowClose(); // the staff panel's exit
        QCloseEvent allowed;
        QVERIFY(!kiosk.eventFilter(&window, &allowed));
    }

    void keysAndTouchesAreActivity()
    {
        KioskSession session(90, 30, monotonic());
        KeyGuard guard(true, &session);
        QObject window;
        m_ms += 95000;
        session.poll();
        QCOMPARE(session.phase(), KioskSession::Phase::Warning);
        QKeyEvent letter(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
        guard.eventFilter(&window, &letter);
        QCOMPARE(session.phase(), KioskSession::Phase::Active);
    }

    void sectionLockAndIdleTimeoutSurviveARestart()
    {
        QTemporaryDir state;
        KioskSettings settings;
        QString why;
        settings.pinHash = StaffAccess::hashPin(QStringLiteral("2468"), &why);
        {
            ContentStore store(builtIn());
            Visit visit(&store);
            KioskSession session(90, 30, monotonic());
            StaffConsole console(settings, state.path(), &store, &session, wall());
            console.setSectionHidden(QStringLiteral("groups"), true); // not open: refused
            QCOMPARE(store.sections().size(), 6);
            QCOMPARE(console.enterPin(QStringLiteral("2468")), QStringLiteral("granted"));
            QVERIFY(session.staffOpen());
            console.setSectionHidden(QStringLiteral("groups"), true);
            console.setSectionHidden(QStringLiteral("visit"), true);
            console.setIdleSeconds(120);
            QVERIFY(!store.sections().contains(QStringLiteral("groups")));
            // The home screen keeps at least one way in.
            for (const QString &s : { QStringLiteral("language-help"), QStringLiteral("learn"),
                     QStringLiteral("help"), QStringLiteral("room") })
                console.setSectionHidden(s, true);
            QCOMPARE(store.sections(), QStringList({ QStringLiteral("room") }));
            QVERIFY(!console.message().isEmpty());
            console.setSectionHidden(QStringLiteral("learn"), false);
            console.setSectionHidden(QStringLiteral("help"), false);
            console.close();
            QVERIFY(!session.staffOpen());
        }
        ContentStore store(builtIn());
        Visit visit(&store);
        KioskSession session(90, 30, monotonic());
        StaffConsole console(settings, state.path(), &store, &session, wall());
        QCOMPARE(store.sections(),
            QStringList(
                { QStringLiteral("learn"), QStringLiteral("help"), QStringLiteral("room") }));
        QCOMPARE(session.idleSeconds(), 120);
        QTest::ignoreMessage(QtWarningMsg, "staff: a wrong PIN was entered (1 in a row)");
        QCOMPARE(console.enterPin(QStringLiteral("1111")), QStringLiteral("wrong"));
    }

    void rollBackFromThePanelShowsThePreviousPack()
    {
        FeedSite site;
        FolderSource folder(site.feed);
        QCOMPARE(FeedSync::syncOnce(folder, *std::make_unique<PackStore>(site.state), site.root())
                     .outcome,
            FeedSync::Outcome::Updated);
        site.setText(QStringLiteral("Text two"));
        site.publish();
        {
            PackStore packs(site.state);
            QCOMPARE(
                FeedSync::syncOnce(folder, packs, site.root()).outcome, FeedSync::Outcome::Updated);
        }
        const int newer = site.current();
        QVERIFY(site.currentText().contains(QStringLiteral("Text two")));

        ContentStore store(ContentLoader::load(PackStore(site.state).currentPath()).content);

        Visit visit(&store);
        KioskSession session(90, 30, monotonic());
        KioskSettings settings;
        QString why;
        settings.pinHash = StaffAccess::hashPin(QStringLiteral("2468"), &why);
        StaffConsole console(settings, site.state, &store, &session, wall());
        QVERIFY(!console.rollBack()); // closed: refused
        QCOMPARE(console.enterPin(QStringLiteral("2468")), QStringLiteral("granted"));
        QCOMPARE(console.feed().value(QStringLiteral("previousVersion")).toInt(), newer - 1);
        QSignalSpy contentChanged(&store, &ContentStore::contentChanged);
        QVERIFY2(console.rollBack(), qPrintable(console.message()));
        QCOMPARE(contentChanged.count(), 1);
        QCOMPARE(site.current(), newer - 1);
        QVERIFY(site.currentText().contains(QStringLiteral("Text one")));
        QVERIFY(store.content()
                    ->pagesIn(QStringLiteral("en"))
                    .value(0)
                    .markdown.contains(QStringLiteral("Text one")));
        // The feed still offers the newer version: it is not installed again.
        PackStore packs(site.state);
        QCOMPARE(
            FeedSync::syncOnce(folder, packs, site.root()).outcome, FeedSync::Outcome::Rejected);
        QCOMPARE(site.current(), newer - 1);
        // A version published after it is.
        site.setText(QStringLiteral("Text three"));
        site.publish();
        QCOMPARE(
            FeedSync::syncOnce(folder, packs, site.root()).outcome, FeedSync::Outcome::Updated);
        QVERIFY(site.currentText().contains(QStringLiteral("Text three")));
    }
};

QTEST_MAIN(TestKioskMode)
#include "tst_kioskmode.moc"
