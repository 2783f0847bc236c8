// The kiosk's update check against a real nginx on loopback: only what changed is fetched, a bad
// feed or a bad pack never replaces the good one, and a kill at any step leaves a whole pack.
#include "contentloader.h"
#include "feedpoller.h"
#include "feedpublisher.h"
#include "feedsite.h"
#include "feedsync.h"
#include "nginxserver.h"
#include "packstore.h"
#include "tufmetadata.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

Q_DECLARE_METATYPE(std::shared_ptr<const Content>)

namespace {

struct Sync
{
    int exitCode = -1;
    bool crashed = false;
    QString err;
};

/** The feed site, synced by the real kiosk binary. */
struct Site : FeedSite
{
    Site()
        : FeedSite(true)
    {
    }

    Sync sync(const QString &url, const QByteArray &crashAt = {}, QString root = {}) const
    {
        if (root.isEmpty())
            root = feed + QStringLiteral("/1.root.json");
        QProcess p;
        if (crashAt.isEmpty())
            p.start(QStringLiteral(LACTATION_KIOSK_BIN),
                { QStringLiteral("--sync-once"), QStringLiteral("--feed"), url,
                    QStringLiteral("--state"), state, QStringLiteral("--trusted-root"), root });
        else // the same check in the tests' own program, killed at that step
            p.start(QStringLiteral(SYNC_CRASHER_BIN),
                { QString::fromLatin1(crashAt), url, state, root });
        if (!p.waitForFinished(60000))
            qFatal("the sync did not finish");
        return { p.exitCode(), p.exitStatus() == QProcess::CrashExit,
            QString::fromUtf8(p.readAllStandardError()) };
    }
};

} // namespace

class TestFeedSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesOnlyWhatChanged()
    {
        Site site;
        NginxServer nginx(site.feed);
        const Sync first = site.sync(nginx.url());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(site.current(), 1);
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
        QVERIFY(nginx.bytes(nginx.takeLog()) > 200000);

        site.pack.write(
            QStringLiteral("pages/en/a.md"), "---\ntitle: A\nsection: basics\n---\nText two\n");
        site.publish();
        const Sync second = site.sync(nginx.url());
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(site.current(), 2);
        QCOMPARE(site.currentText(), QStringLiteral("Text two"));
        const QStringList log = nginx.takeLog();
        const QStringList targets = log.filter(QStringLiteral("/targets/"));
        QCOMPARE(targets.size(), 1);
        QVERIFY2(
            targets.first().contains(QStringLiteral(".a.md 200")), qPrintable(targets.first()));
        QVERIFY2(nginx.bytes(log) < 10000, qPrintable(log.join(u'\n')));

        // Nothing new: timestamp.json whole and the next-root probe, under 2 KiB.
        const Sync third = site.sync(nginx.url());
        QCOMPARE(third.exitCode, 0);
        const QStringList idle = nginx.takeLog();
        QCOMPARE(idle.size(), 2);
        QVERIFY2(idle.filter(QStringLiteral("/timestamp.json 200")).size() == 1,
            qPrintable(idle.join(u'\n')));
        QVERIFY2(idle.filter(QStringLiteral("/2.root.json 404")).size() == 1,
            qPrintable(idle.join(u'\n')));
        QVERIFY(nginx.bytes(idle) < 2048);
        // The previous generation is kept for roll-back, older ones are gone.
        QCOMPARE(PackStore(site.state).previousVersion(), 1);
        QString why;
        PackStore store(site.state);
        QVERIFY2(store.rollBack(&why), qPrintable(why));
        QCOMPARE(site.current(), 1);
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
        QVERIFY(store.rollBack(&why)); // and forward again
        QCOMPARE(site.currentText(), QStringLiteral("Text two"));
        QCOMPARE(
            site.status().value(QStringLiteral("packId")).toString(), QStringLiteral("test-pack"));
        QCOMPARE(site.status().value(QStringLiteral("lastError")).toString(), QString());
    }

    void unreachableAndMissingFeeds()
    {
        Site site;
        auto nginx = std::make_unique<NginxServer>(site.feed);
        QCOMPARE(site.sync(nginx->url()).exitCode, 0);
        const QString url = nginx->url();
        nginx.reset(); // the server is gone
        const Sync down = site.sync(url);
        QCOMPARE(down.exitCode, 3);
        QCOMPARE(site.current(), 1);
        QVERIFY(!site.status().value(QStringLiteral("lastError")).toString().isEmpty());
        NginxServer again(site.feed);
        const Sync missing = site.sync(again.url(QStringLiteral("no-such-feed/")));
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(site.status()
                     .value(QStringLiteral("lastError"))
                     .toString()
                     .contains(QStringLiteral("404")),
            qPrintable(site.status().value(QStringLiteral("lastError")).toString()));
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
    }

    /** FeedSync::check, the one entry point of the poller and --sync-once, from its settings. */
    void checkFromSettings()
    {
        Site site;
        NginxServer nginx(site.feed);
        FeedSettings settings;
        settings.url = QUrl(nginx.url());
        settings.stateDir = site.state;
        settings.trustedRoot = site.dir.filePath(QStringLiteral("no-such-root.json"));
        // The first check needs the root IT handed out: refused, said in status.json, nothing kept.
        const auto noRoot = FeedSync::check(settings);
        QCOMPARE(noRoot.outcome, FeedSync::Outcome::Rejected);
        QVERIFY2(noRoot.message.contains(QStringLiteral("cannot read the trusted root")),
            qPrintable(noRoot.message));
        QCOMPARE(site.status().value(QStringLiteral("lastError")).toString(), noRoot.message);
        QCOMPARE(site.current(), 0);
        // A CA file that holds no certificate is named, not silently ignored.
        settings.trustedRoot = site.feed + QStringLiteral("/1.root.json");
        settings.caFile = site.dir.filePath(QStringLiteral("keys/root.key"));
        const auto badCa = FeedSync::check(settings);
        QCOMPARE(badCa.outcome, FeedSync::Outcome::Rejected);
        QVERIFY2(badCa.message.contains(QStringLiteral("root.key")), qPrintable(badCa.message));
        // With the root: updated, and the new pack comes back loaded for the screen.
        settings.caFile.clear();
        const auto updated = FeedSync::check(settings);
        QCOMPARE(updated.outcome, FeedSync::Outcome::Updated);
        QVERIFY(updated.content);
        QCOMPARE(updated.content->pagesIn(QStringLiteral("en")).value(0).markdown,
            QStringLiteral("Text one"));
        // Nothing new: current, nothing to hand over, and no pack parsed (every kiosk runs this
        // every few minutes); status.json still names the pack on screen.
        const int loadsBefore = ContentLoader::loadCount();
        const auto current = FeedSync::check(settings);
        QCOMPARE(current.outcome, FeedSync::Outcome::Current);
        QVERIFY(!current.content);
        QCOMPARE(ContentLoader::loadCount(), loadsBefore);
        QCOMPARE(site.status().value(QStringLiteral("packVersion")).toInt(),
            updated.content->pack.version);
        QVERIFY(!site.status().value(QStringLiteral("packId")).toString().isEmpty());
    }

    void substitutedFileOnTheServerIsRefused()
    {
        Site site;
        NginxServer nginx(site.feed);
        QCOMPARE(site.sync(nginx.url()).exitCode, 0);
        site.pack.write(
            QStringLiteral("pages/en/a.md"), "---\ntitle: A\nsection: basics\n---\nText six\n");
        site.publish();
        // Someone swaps the new page on the server for one of the same length.
        const QString sha = sha256Hex(readFile(site.pack.file(QStringLiteral("pages/en/a.md"))));
        const QString stored
            = site.feed + u'/' + Tuf::consistentTargetPath(QStringLiteral("pages/en/a.md"), sha);
        writeFile(stored, readFile(stored).replace("Text six", "Text SIX"));
        const Sync sync = site.sync(nginx.url());
        QCOMPARE(sync.exitCode, 2);
        QCOMPARE(site.current(), 1);
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
        QVERIFY(site.status()
                    .value(QStringLiteral("lastError"))
                    .toString()
                    .contains(QStringLiteral("SHA-256")));
    }

    void resumesPartialDownloads()
    {
        Site site;
        NginxServer nginx(site.feed);
        const QByteArray big = readFile(site.pack.file(QStringLiteral("media/big.png")));
        // An earlier check was cut off half way through the big file.
        QVERIFY(PackStore(site.state).prepare(nullptr) || true);
        QDir().mkpath(site.state + QStringLiteral("/objects/partial"));
        writeFile(PackStore(site.state).partialPath(sha256Hex(big)), big.left(100000));
        QCOMPARE(site.sync(nginx.url()).exitCode, 0);
        const QStringList ranged = nginx.takeLog().filter(QStringLiteral(".big.png"));
        QCOMPARE(ranged.size(), 1);
        QVERIFY2(ranged.first().contains(QStringLiteral(" 206 ")), qPrintable(ranged.first()));
        QVERIFY(nginx.bytes(ranged) < 101000);
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
    }

    void badPartialDownloadIsStartedOver()
    {
        // A man in the middle left a full-length, wrong partial file: the kiosk must not get
        // stuck asking for bytes past the end.
        Site site;
        NginxServer nginx(site.feed);
        const QByteArray big = readFile(site.pack.file(QStringLiteral("media/big.png")));
        QDir().mkpath(site.state + QStringLiteral("/objects/partial"));
        writeFile(
            PackStore(site.state).partialPath(sha256Hex(big)), QByteArray(big.size() + 10, 'z'));
        const Sync sync = site.sync(nginx.url());
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
    }

    /** The room board writes status.json while a check runs: the check keeps the board's key. */
    void othersStatusKeysSurviveACheck()
    {
        FeedSite site;
        QVERIFY(QDir().mkpath(site.state));
        StatusFile(site.state).update({ { QStringLiteral("rooms"), QStringLiteral("before") } });
        struct BoardWritesMeanwhile : FolderSource
        {
            QString state;
            BoardWritesMeanwhile(const QString &feed, QString stateDir)
                : FolderSource(feed)
                , state(std::move(stateDir))
            {
            }
            std::optional<QByteArray> fetch(
                const QString &path, qint64 maxBytes, QString *why, FetchFailure *failure) override
            {
                StatusFile(state).update(
                    { { QStringLiteral("rooms"), QStringLiteral("meanwhile") } });
                return FolderSource::fetch(path, maxBytes, why, failure);
            }
        } source(site.feed, site.state);
        PackStore store(site.state);
        const auto result = FeedSync::syncOnce(source, store, site.root());
        QCOMPARE(result.outcome, FeedSync::Outcome::Updated);
        QCOMPARE(
            site.status().value(QStringLiteral("rooms")).toString(), QStringLiteral("meanwhile"));
        QCOMPARE(site.status().value(QStringLiteral("feedVersion")).toInt(), 1);
    }

    void oneCheckAtATime()
    {
        Site site;
        NginxServer nginx(site.feed);
        PackStore holder(site.state);
        QString why;
        QVERIFY(holder.prepare(&why));
        QVERIFY(holder.lock(&why)); // the poller is in the middle of a check
        const Sync sync = site.sync(nginx.url());
        QCOMPARE(sync.exitCode, 3);
        QVERIFY2(sync.err.contains(QStringLiteral("another update check")), qPrintable(sync.err));
    }

    void rangeAnsweredWithWholeFile()
    {
        Site site;
        NginxServer nginx(site.feed, QStringLiteral("max_ranges 0;"));
        const QByteArray big = readFile(site.pack.file(QStringLiteral("media/big.png")));
        QDir().mkpath(site.state + QStringLiteral("/objects/partial"));
        writeFile(PackStore(site.state).partialPath(sha256Hex(big)), big.left(100000));
        const Sync sync = site.sync(nginx.url());
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY(nginx.takeLog().filter(QStringLiteral(".big.png 200")).size() == 1);
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
    }

    void serverErrorIsAnOutage()
    {
        Site site;
        NginxServer nginx(site.feed, QStringLiteral("location = /timestamp.json { return 500; }"));
        const Sync sync = site.sync(nginx.url());
        QCOMPARE(sync.exitCode, 3);
        QVERIFY(sync.err.contains(QStringLiteral("HTTP 500")));
        QCOMPARE(
            site.current(), 0); // nothing was ever installed: the kiosk shows its built-in pack
    }

    void keyRotationAndTimestampRefreshAreFollowed()
    {
        Site site;
        NginxServer nginx(site.feed);
        QCOMPARE(site.sync(nginx.url()).exitCode, 0);
        QStringList problems;
        QVERIFY(FeedPublisher::refreshTimestamp(site.feed, site.keys, 7, &problems));
        QCOMPARE(site.sync(nginx.url()).exitCode, 0);
        QCOMPARE(site.current(), 1);

        const QString newKeys = site.dir.filePath(QStringLiteral("new-keys"));
        QString why;
        QVERIFY(FeedPublisher::initKeys(newKeys, &why));
        const auto rotated
            = FeedPublisher::rotateRoot(site.feed, site.keys, newKeys, 30, &problems);
        QVERIFY2(rotated, qPrintable(problems.join(u'\n')));
        QCOMPARE(rotated->rootVersion, 2);
        const Sync followed = site.sync(nginx.url());
        QVERIFY2(followed.exitCode == 0, qPrintable(followed.err));
        QVERIFY(PackStore(site.state).trustedRoot().contains("\"version\": 2"));
        // Publishing with the old keys now fails on every kiosk; with the new ones it lands.
        site.pack.write(
            QStringLiteral("pages/en/a.md"), "---\ntitle: A\nsection: basics\n---\nText two\n");
        QVERIFY(!FeedPublisher::publish(
            { site.pack.path(), site.feed, site.keys, 30, QDateTime::currentDateTimeUtc() },
            &problems));
        QVERIFY(FeedPublisher::publish(
            { site.pack.path(), site.feed, newKeys, 30, QDateTime::currentDateTimeUtc() },
            &problems));
        QCOMPARE(site.sync(nginx.url()).exitCode, 0);
        QCOMPARE(site.currentText(), QStringLiteral("Text two"));
    }

    /**
     * nginx's ETag is the modification time and size: a new timestamp.json with both of the old
     * one's (a restored backup, rsync --times) has the old ETag. The kiosk fetches timestamp.json
     * whole every check (never If-None-Match), so the update is taken at the very next check; an
     * old INI's revalidate_minutes is read without error; files an older kiosk kept go.
     */
    void reusedEtagDoesNotHoldAnUpdateOff()
    {
        Site site;
        NginxServer nginx(site.feed);
        const QString ini = site.dir.filePath(QStringLiteral("kiosk.ini"));
        writeFile(ini,
            QStringLiteral("[feed]\nurl = %1\nstate = %2\ntrusted_root = %3\n"
                           "revalidate_minutes = 5\n")
                .arg(nginx.url(), site.state, site.feed + QStringLiteral("/1.root.json"))
                .toUtf8());
        const FeedSettings settings = FeedSettings::fromIni(ini);
        QVERIFY(settings.enabled());
        // What a kiosk of the conditional days left in its state folder.
        QDir().mkpath(site.state + QStringLiteral("/trusted"));
        writeFile(site.state + QStringLiteral("/trusted/timestamp.etag"), "\"old\"");
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QCOMPARE(FeedSync::check(settings, start).outcome, FeedSync::Outcome::Updated);
        QVERIFY(!QFile::exists(site.state + QStringLiteral("/trusted/timestamp.etag")));

        const QString timestamp = site.feed + QStringLiteral("/timestamp.json");
        const QFileInfo old(timestamp);
        const QDateTime oldTime = old.lastModified();
        const qint64 oldSize = old.size();
        site.setText(QStringLiteral("Text two"));
        site.publish();
        QByteArray fresh = readFile(timestamp);
        QVERIFY(fresh.size() <= oldSize);
        fresh.append(QByteArray(oldSize - fresh.size(), ' ')); // outside the signed part
        writeFile(timestamp, fresh);
        QFile file(timestamp);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(oldTime, QFileDevice::FileModificationTime));
        file.close();
        QCOMPARE(QFileInfo(timestamp).size(), oldSize);
        // Same modification time and size: nginx's ETag for it is the old one.
        QCOMPARE(QFileInfo(timestamp).lastModified(), oldTime);
        nginx.takeLog();

        // The very next check, a minute on, fetches it whole and takes the update.
        const auto next = FeedSync::check(settings, start.addSecs(60));
        QCOMPARE(
            next.message, QStringLiteral("now on feed version 2 (pack test-pack, pack version 1)"));
        QCOMPARE(site.currentText(), QStringLiteral("Text two"));
        const QStringList log = nginx.takeLog();
        QVERIFY2(log.filter(QStringLiteral("/timestamp.json 200")).size() == 1
                && log.filter(QStringLiteral(" 304")).isEmpty(),
            qPrintable(log.join(u'\n')));
    }

    /** A trusted root of another feed, or a file that is no root, in words IT can act on. */
    void wrongTrustedRootIsNamed()
    {
        Site site;
        FeedSite other;
        NginxServer nginx(site.feed);
        const Sync foreign
            = site.sync(nginx.url(), {}, other.feed + QStringLiteral("/1.root.json"));
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY2(foreign.err.contains(QStringLiteral(
                     "the trusted root does not belong to this feed (no signature by its keys on "
                     "timestamp.json)")),
            qPrintable(foreign.err));
        const QString notRoot = site.feed + QStringLiteral("/1.snapshot.json");
        const Sync wrongFile = site.sync(nginx.url(), {}, notRoot);
        QCOMPARE(wrongFile.exitCode, 2);
        QVERIFY2(
            wrongFile.err.contains(notRoot + QStringLiteral(" is not a TUF root metadata file")),
            qPrintable(wrongFile.err));
        QCOMPARE(site.current(), 0);
    }

    /** What the README tells IT is in the state folder and status.json is what --sync-once wrote.
     */
    void stateFolderIsAsTheReadmeSays()
    {
        Site site;
        NginxServer nginx(site.feed);
        QCOMPARE(site.sync(nginx.url()).exitCode, 0);
        site.setText(QStringLiteral("Text two"));
        site.publish();
        QCOMPARE(site.sync(nginx.url()).exitCode, 0);

        const QString readme
            = QString::fromUtf8(readFile(QStringLiteral(KIOSK_TEST_DATA "/../../README.md")));
        const qsizetype at = readme.indexOf(QStringLiteral("The state folder"));
        QVERIFY(at > 0);
        const qsizetype open = readme.indexOf(QStringLiteral("```\n"), at) + 4;
        const QString block = readme.mid(open, readme.indexOf(QStringLiteral("```"), open) - open);
        QStringList names;
        static const QRegularExpression space(QStringLiteral("\\s+"));
        static const QRegularExpression any(QStringLiteral("<[^>]+>|\\bN\\b"));
        for (QString word : block.split(space, Qt::SkipEmptyParts)) {
            if (word != u"->" && word != u"…")
                names.append(word.replace(any, QStringLiteral("*")));
        }
        QVERIFY2(names.size() >= 8, qPrintable(block));
        for (const QString &name : names) {
            const QFileInfo pattern(QDir::cleanPath(site.state + u'/' + name));
            const QStringList found
                = QDir(pattern.path())
                      .entryList({ pattern.fileName() },
                          QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
            QVERIFY2(
                !found.isEmpty(), qPrintable(name + QStringLiteral(" is not in the state folder")));
        }

        // status.json: the keys the README lists for every check.
        const qsizetype from
            = readme.indexOf(QStringLiteral("`status.json` (for a fleet monitor)"));
        QVERIFY(from > 0);
        const qsizetype colon = readme.indexOf(u':', from);
        const QString sentence
            = readme.mid(colon, readme.indexOf(QStringLiteral(". "), colon) - colon);
        static const QRegularExpression quoted(QStringLiteral("`(\\w+)`"));
        QStringList keys;
        for (const auto &m : quoted.globalMatch(sentence))
            keys.append(m.captured(1));
        QVERIFY2(keys.size() >= 8, qPrintable(sentence));
        const QJsonObject status = site.status();
        for (const QString &key : keys)
            QVERIFY2(
                status.contains(key), qPrintable(key + QStringLiteral(" is not in status.json")));

        // trusted/root.json once the kiosk has followed a key rotation.
        const QString root = site.state + QStringLiteral("/trusted/root.json");
        QVERIFY(!QFile::exists(root));
        QVERIFY(readme.contains(QStringLiteral("`trusted/root.json`")));
        QString why;
        QStringList problems;
        const QString newKeys = site.dir.filePath(QStringLiteral("new-keys"));
        QVERIFY(FeedPublisher::initKeys(newKeys, &why));
        QVERIFY(FeedPublisher::rotateRoot(site.feed, site.keys, newKeys, 30, &problems));
        QCOMPARE(site.sync(nginx.url()).exitCode, 0);
        QVERIFY(QFile::exists(root));
    }

    void pollerHandsOverNewPacksOffTheUiThread()
    {
        Site site;
        NginxServer nginx(site.feed);
        FeedSettings settings;
        settings.url = QUrl(nginx.url());
        settings.stateDir = site.state;
        settings.trustedRoot = site.feed + QStringLiteral("/1.root.json");
        FeedPoller poller(settings);
        QSignalSpy ready(&poller, &FeedPoller::contentReady);
        QSignalSpy checked(&poller, &FeedPoller::checked);
        poller.checkNow();
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().at(0).toBool(), true);
        QCOMPARE(ready.size(), 1);
        const auto content = ready.first().at(0).value<std::shared_ptr<const Content>>();
        QVERIFY(content);
        QCOMPARE(
            content->pagesIn(QStringLiteral("en")).value(0).markdown, QStringLiteral("Text one"));
        QVERIFY(!site.status().value(QStringLiteral("nextCheck")).toString().isEmpty());
        poller.checkNow(); // nothing new: checked, nothing handed over
        QVERIFY(checked.wait(30000));
        QCOMPARE(ready.size(), 1);
    }

    void killedAtEveryStep_data()
    {
        QTest::addColumn<QByteArray>("step");
        for (const char *step : { "metadata", "object", "staged", "switched", "collected" })
            QTest::newRow(step) << QByteArray(step);
    }

    void killedAtEveryStep()
    {
        QFETCH(QByteArray, step);
        Site site;
        NginxServer nginx(site.feed);
        QCOMPARE(site.sync(nginx.url()).exitCode, 0);
        site.pack.write(
            QStringLiteral("pages/en/a.md"), "---\ntitle: A\nsection: basics\n---\nText two\n");
        site.publish();
        const Sync killed = site.sync(nginx.url(), step);
        QVERIFY2(killed.crashed, "the update was killed at this step");
        // The next start sees the old pack or the new one, whole.
        const QString text = site.currentText();
        QVERIFY2(text == u"Text one" || text == u"Text two", qPrintable(text));
        // And the next check finishes the job.
        const Sync after = site.sync(nginx.url());
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        QCOMPARE(site.current(), 2);
        QCOMPARE(site.currentText(), QStringLiteral("Text two"));
    }

    void theShippedKioskCarriesNoFaultInjection()
    {
        // What once killed the kiosk at a step of the update (an environment variable) is now
        // the tests' own program: the kiosk updates whole with it set.
        Site site;
        NginxServer nginx(site.feed);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KIOSK_SYNC_CRASH_AT"), QStringLiteral("metadata"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LACTATION_KIOSK_BIN),
            { QStringLiteral("--sync-once"), QStringLiteral("--feed"), nginx.url(),
                QStringLiteral("--state"), site.state, QStringLiteral("--trusted-root"),
                site.feed + QStringLiteral("/1.root.json") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(site.current(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFeedSync)
#include "tst_feedsync.moc"
