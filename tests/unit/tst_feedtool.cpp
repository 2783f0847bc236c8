// lactation-pack's feed commands as IT runs them: which key each needs (root.key offline), a key
// the feed's root does not name refused before anything is written, verify over HTTP, and the
// messages for a wrong trusted root and a reused pack version.
#include "feedsite.h"
#include "nginxserver.h"
#include "toolrun.h"

#include <QDirIterator>

namespace {

using Run = ToolRun;

Run run(const QStringList &args)
{
    return runTool(QStringLiteral(LACTATION_PACK_BIN), args);
}

/** Every file under @p dir with its size and modification time: what "nothing written" means. */
QStringList listing(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        files.append(QStringLiteral("%1 %2 %3")
                         .arg(info.filePath())
                         .arg(info.size())
                         .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    files.sort();
    return files;
}

/** Moves KEYDIR/<role>.key into @p offline (IT's safe), so the command cannot use it. */
void takeOffline(const QString &keyDir, const QString &role, const QString &offline)
{
    QDir().mkpath(offline);
    const QString name = role + QStringLiteral(".key");
    QVERIFY(QFile::rename(keyDir + u'/' + name, offline + u'/' + name));
}

#define EXPECT_RUN(r, code, words)                                                                 \
    do {                                                                                           \
        const Run run_ = (r);                                                                      \
        QVERIFY2(run_.exitCode == (code) && QString(run_.out + run_.err).contains(words),          \
            qPrintable(QStringLiteral("exit %1:\n").arg(run_.exitCode) + run_.out + run_.err));    \
    } while (false)

} // namespace

class TestFeedTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(initCrypto()); }

    /** TUF's advice: root.key stays offline; the online keys publish and refresh. */
    void rootKeyStaysOffline()
    {
        TestPack pack;
        QTemporaryDir dir;
        const QString keys = dir.filePath(QStringLiteral("keys"));
        const QString safe = dir.filePath(QStringLiteral("safe"));
        const QString feed = dir.filePath(QStringLiteral("feed"));
        EXPECT_RUN(run({ QStringLiteral("keys"), QStringLiteral("init"), keys }), 0,
            QStringLiteral("keep root.key offline"));
        const QStringList publish { QStringLiteral("publish"), pack.path(),
            QStringLiteral("--feed"), feed, QStringLiteral("--keys"), keys };

        // The first publish writes 1.root.json: without the root key it says so, writes nothing.
        takeOffline(keys, QStringLiteral("root"), safe);
        EXPECT_RUN(run(publish), 1,
            QStringLiteral("the first publish writes 1.root.json and needs the root key, but "
                           "there is no root key in ")
                + keys);
        QCOMPARE(listing(feed), QStringList());
        QVERIFY(
            QFile::rename(safe + QStringLiteral("/root.key"), keys + QStringLiteral("/root.key")));
        EXPECT_RUN(run(publish), 0, QStringLiteral("published targets 1"));

        // From then on: publish with targets, snapshot and timestamp keys only.
        takeOffline(keys, QStringLiteral("root"), safe);
        pack.write(QStringLiteral("pack.json"),
            readFile(pack.file(QStringLiteral("pack.json")))
                .replace("\"version\": 1", "\"version\": 2"));
        EXPECT_RUN(run(publish), 0, QStringLiteral("published targets 2"));
        // refresh-timestamp with the timestamp key alone.
        const QString timestampOnly = dir.filePath(QStringLiteral("timestamp-only"));
        QDir().mkpath(timestampOnly);
        QVERIFY(QFile::copy(keys + QStringLiteral("/timestamp.key"),
            timestampOnly + QStringLiteral("/timestamp.key")));
        EXPECT_RUN(run({ QStringLiteral("refresh-timestamp"), feed, QStringLiteral("--keys"),
                       timestampOnly }),
            0, QStringLiteral("timestamp 3 signed for snapshot 2"));
        // rotate-root needs the old root key (from the safe) and the new keys, nothing else.
        const QString fresh = dir.filePath(QStringLiteral("fresh"));
        QCOMPARE(run({ QStringLiteral("keys"), QStringLiteral("init"), fresh }).exitCode, 0);
        EXPECT_RUN(run({ QStringLiteral("rotate-root"), feed, QStringLiteral("--keys"), safe,
                       QStringLiteral("--new-keys"), fresh }),
            0, QStringLiteral("root 2 written"));
        EXPECT_RUN(run({ QStringLiteral("verify"), feed, QStringLiteral("--root"),
                       feed + QStringLiteral("/1.root.json") }),
            0, QStringLiteral("feed verified: root 2"));
    }

    /** A wrong keys folder would sign what no kiosk accepts: refused, named, nothing written. */
    void keysTheRootDoesNotNameAreRefused()
    {
        FeedSite site;
        QTemporaryDir other;
        const QString wrong = other.filePath(QStringLiteral("keys"));
        QCOMPARE(run({ QStringLiteral("keys"), QStringLiteral("init"), wrong }).exitCode, 0);
        const QStringList before = listing(site.feed);

        EXPECT_RUN(run({ QStringLiteral("refresh-timestamp"), site.feed, QStringLiteral("--keys"),
                       wrong }),
            1, QStringLiteral("the timestamp key in %1/timestamp.key (key id ").arg(wrong));
        EXPECT_RUN(run({ QStringLiteral("refresh-timestamp"), site.feed, QStringLiteral("--keys"),
                       wrong }),
            1, QStringLiteral("is not a timestamp key of the feed's root 1: nothing was written"));
        QCOMPARE(listing(site.feed), before);

        site.setText(QStringLiteral("Text two"));
        EXPECT_RUN(run({ QStringLiteral("publish"), site.pack.path(), QStringLiteral("--feed"),
                       site.feed, QStringLiteral("--keys"), wrong }),
            1, QStringLiteral("is not a targets key of the feed's root 1: nothing was written"));
        QCOMPARE(listing(site.feed), before);

        EXPECT_RUN(run({ QStringLiteral("rotate-root"), site.feed, QStringLiteral("--keys"), wrong,
                       QStringLiteral("--new-keys"), wrong }),
            1, QStringLiteral("the root key in %1/root.key (key id ").arg(wrong));
        QCOMPARE(listing(site.feed), before);
    }

    /** A missing or empty keys folder is said as such, not as an unreadable root key. */
    void missingKeysAreNamed()
    {
        FeedSite site;
        QTemporaryDir other;
        const QString none = other.filePath(QStringLiteral("no-such-keys"));
        EXPECT_RUN(
            run({ QStringLiteral("refresh-timestamp"), site.feed, QStringLiteral("--keys"), none }),
            1, none + QStringLiteral(": no such folder"));
        EXPECT_RUN(run({ QStringLiteral("publish"), site.pack.path(), QStringLiteral("--feed"),
                       site.feed, QStringLiteral("--keys"), none }),
            1, none + QStringLiteral(": no such folder"));
        EXPECT_RUN(run({ QStringLiteral("refresh-timestamp"), site.feed, QStringLiteral("--keys"),
                       other.path() }),
            1, QStringLiteral("no timestamp key in ") + other.path());
        EXPECT_RUN(run({ QStringLiteral("publish"), site.pack.path(), QStringLiteral("--feed"),
                       site.feed, QStringLiteral("--keys"), other.path() }),
            1, QStringLiteral("no targets key in ") + other.path());
    }

    void verifyNamesAWrongTrustedRoot()
    {
        FeedSite site;
        FeedSite otherSite;
        EXPECT_RUN(run({ QStringLiteral("verify"), site.feed, QStringLiteral("--root"),
                       otherSite.feed + QStringLiteral("/1.root.json") }),
            1,
            QStringLiteral("the trusted root does not belong to this feed (no signature by its "
                           "keys on timestamp.json)"));
        const QString notRoot = site.feed + QStringLiteral("/timestamp.json");
        EXPECT_RUN(run({ QStringLiteral("verify"), site.feed, QStringLiteral("--root"), notRoot }),
            1, notRoot + QStringLiteral(" is not a TUF root metadata file"));
        const QString packJson = site.pack.file(QStringLiteral("pack.json"));
        EXPECT_RUN(run({ QStringLiteral("verify"), site.feed, QStringLiteral("--root"), packJson }),
            1, packJson + QStringLiteral(" is not a TUF root metadata file"));
    }

    /** verify URL: the kiosk's own HTTP fetching, against a real nginx. */
    void verifyOverHttp()
    {
        FeedSite site;
        NginxServer nginx(site.feed);
        const QString root = site.feed + QStringLiteral("/1.root.json");
        EXPECT_RUN(run({ QStringLiteral("verify"), nginx.url(), QStringLiteral("--root"), root }),
            0, QStringLiteral("feed verified: root 1, timestamp 1, snapshot 1, targets 1"));
        EXPECT_RUN(run({ QStringLiteral("verify"), nginx.url(), QStringLiteral("--root"), root }),
            0, QStringLiteral("feed version 1 carries pack test-pack, pack version 1"));
        const QStringList log = nginx.takeLog();
        QVERIFY2(log.filter(QStringLiteral("/timestamp.json 200")).size() == 2,
            qPrintable(log.join(u'\n')));
        QVERIFY2(log.filter(QStringLiteral("/targets/")).size() >= 8, qPrintable(log.join(u'\n')));

        // A target swapped on the server is caught, as a kiosk would catch it.
        QDirIterator it(site.feed + QStringLiteral("/targets"), { QStringLiteral("*.a.md") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            writeFile(file, QByteArray(readFile(file).size(), 'x'));
        }
        EXPECT_RUN(run({ QStringLiteral("verify"), nginx.url(), QStringLiteral("--root"), root }),
            1, QStringLiteral("does not match its length and SHA-256"));
        EXPECT_RUN(run({ QStringLiteral("verify"), nginx.url(QStringLiteral("elsewhere/")),
                       QStringLiteral("--root"), root }),
            1, QStringLiteral("HTTP 404"));
    }

    /** verify https://…: the site's own CA with --ca-file, as a kiosk's ca_file. */
    void verifyOverHttpsWithTheSitesCa()
    {
        FeedSite site;
        NginxServer nginx(site.feed, {}, true);
        const QString root = site.feed + QStringLiteral("/1.root.json");
        EXPECT_RUN(run({ QStringLiteral("verify"), nginx.url(), QStringLiteral("--root"), root,
                       QStringLiteral("--ca-file"), nginx.certificate() }),
            0, QStringLiteral("feed verified: root 1"));
        const Run untrusted
            = run({ QStringLiteral("verify"), nginx.url(), QStringLiteral("--root"), root });
        QCOMPARE(untrusted.exitCode, 1);
    }

    /** New content under an old pack version is published, with a warning naming both versions. */
    void samePackVersionIsWarned()
    {
        FeedSite site;
        const QStringList publish { QStringLiteral("publish"), site.pack.path(),
            QStringLiteral("--feed"), site.feed, QStringLiteral("--keys"), site.keys };
        site.setText(QStringLiteral("Text two"));
        const Run same = run(publish);
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.out.contains(QStringLiteral(
                     "pack.json: version: warning: the pack's files changed, but its pack version "
                     "is still 1, as in feed version 1")),
            qPrintable(same.out));
        QVERIFY2(same.out.contains(
                     QStringLiteral("feed version 2 carries pack test-pack, pack version 1")),
            qPrintable(same.out));
        // Unchanged files, or a raised version: no such warning (the small test pack has others:
        // its home sections are empty).
        const QString versionWarning = QStringLiteral("version: warning:");
        QVERIFY(!run(publish).out.contains(versionWarning));
        site.pack.write(QStringLiteral("pack.json"),
            readFile(site.pack.file(QStringLiteral("pack.json")))
                .replace("\"version\": 1", "\"version\": 2"));
        site.setText(QStringLiteral("Text three"));
        const Run raised = run(publish);
        QVERIFY2(
            raised.exitCode == 0 && !raised.out.contains(versionWarning), qPrintable(raised.out));
    }
};

QTEST_GUILESS_MAIN(TestFeedTool)
#include "tst_feedtool.moc"
