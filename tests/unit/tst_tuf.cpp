// The signed feed: canonical JSON, keys, publishing, and the TUF client refusing each attack
// while the good feed passes. (Over a feed folder; the HTTP transport comes with the kiosk's sync.)
#include "canonicaljson.h"
#include "feedpublisher.h"
#include "testpack.h"
#include "tufclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

TufKey keyOf(const QString &keyDir, const QString &role)
{
    QString why;
    return *TufKey::fromSecretHex(readFile(keyDir + u'/' + role + QStringLiteral(".key")), &why);
}

QByteArray envelope(const QJsonObject &signedPart, const QList<TufKey> &keys)
{
    return QJsonDocument(Tuf::sign(signedPart, keys)).toJson();
}

/** A feed published from a small pack, its keys, and its trusted root. */
struct Feed
{
    TestPack pack;
    QTemporaryDir dir;
    QString keys = dir.filePath(QStringLiteral("keys"));
    QString feed = dir.filePath(QStringLiteral("feed"));
    QDateTime now = QDateTime::currentDateTimeUtc();

    Feed()
    {
        pack.write(QStringLiteral("rooms.json"), R"({ "rooms": [ { "id": "a",
            "name": { "en": "Room A", "es": "Sala A" }, "location": { "en": "Here", "es": "Aquí" } } ] })");
        pack.write(QStringLiteral("pages/en/a.md"), "---\ntitle: A\nsection: basics\n---\nText\n");
        pack.write(QStringLiteral("pages/es/a.md"), "---\ntitle: A\nsection: basics\n---\nTexto\n");
        QString why;
        QVERIFY2(FeedPublisher::initKeys(keys, &why), qPrintable(why));
        publish();
    }

    std::optional<FeedPublisher::Result> publish()
    {
        QStringList problems;
        return FeedPublisher::publish({ pack.path(), feed, keys, 30, now }, &problems);
    }

    Tuf::Root root() const
    {
        QString why;
        return *TufClient::loadTrustedRoot(readFile(feed + QStringLiteral("/1.root.json")), &why);
    }

    TufClient::Check refresh(const TrustedVersions &previous = {}, const QDateTime &at = {})
    {
        FolderSource source(feed);
        return TufClient::refresh(source, root(), previous, at.isValid() ? at : now);
    }

    QJsonObject signedOf(const QString &file) const
    {
        return QJsonDocument::fromJson(readFile(feed + u'/' + file))
            .object()
            .value(QStringLiteral("signed"))
            .toObject();
    }

    /** Re-signs targets as given, then a snapshot and timestamp naming it, as a publisher would. */
    void republish(Tuf::Targets targets, const TufKey &targetsKey)
    {
        const int next
            = signedOf(QStringLiteral("timestamp.json")).value(QStringLiteral("version")).toInt()
            + 1;
        targets.version = next;
        targets.expires = now.addDays(30);
        const QByteArray t = envelope(Tuf::targetsJson(targets), { targetsKey });
        writeFile(feed + QStringLiteral("/%1.targets.json").arg(next), t);
        Tuf::Snapshot s;
        s.version = next;
        s.expires = now.addDays(30);
        s.targets = { next, t.size(), sha256Hex(t) };
        const QByteArray sn
            = envelope(Tuf::snapshotJson(s), { keyOf(keys, QStringLiteral("snapshot")) });
        writeFile(feed + QStringLiteral("/%1.snapshot.json").arg(next), sn);
        Tuf::Timestamp ts;
        ts.version = next;
        ts.expires = now.addDays(30);
        ts.snapshot = { next, sn.size(), sha256Hex(sn) };
        writeFile(feed + QStringLiteral("/timestamp.json"),
            envelope(Tuf::timestampJson(ts), { keyOf(keys, QStringLiteral("timestamp")) }));
    }
};

TrustedVersions versions(int timestamp, int snapshot, int targets)
{
    TrustedVersions v;
    v.timestamp = timestamp;
    v.snapshot = snapshot;
    v.targets = targets;
    return v;
}

#define EXPECT_REFUSED(check, words)                                                               \
    do {                                                                                           \
        const auto c = (check);                                                                    \
        QVERIFY2(!c.ok(), "the feed must be refused");                                             \
        QVERIFY2(c.error.contains(QStringLiteral(words)), qPrintable(c.error));                    \
    } while (false)

} // namespace

class TestTuf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(initCrypto()); }

    void canonicalJsonAsTufSignsIt()
    {
        const QJsonObject o { { QStringLiteral("b"), 1 },
            { QStringLiteral("a"),
                QJsonArray { true, QJsonValue(), QStringLiteral("x\"y\\z é") } } };
        QCOMPARE(
            *canonicalJson(o), QByteArray("{\"a\":[true,null,\"x\\\"y\\\\z \xc3\xa9\"],\"b\":1}"));
        QVERIFY(!canonicalJson(QJsonObject { { QStringLiteral("x"), 1.5 } }));
        QCOMPARE(*canonicalJson(QJsonValue(-42)), QByteArray("-42"));
        QVERIFY(!canonicalJson(QJsonValue(QString(QChar(0xD800))))); // lone surrogate
        QVERIFY(!canonicalJson(QJsonValue(1e17))); // beyond exact integers
    }

    void keysSignAndVerify()
    {
        const TufKey key = TufKey::generate();
        QString why;
        const auto again = TufKey::fromSecretHex(key.secretHex(), &why);
        QVERIFY(again);
        QCOMPARE(again->keyId(), key.keyId());
        QCOMPARE(key.keyId().size(), 64);
        const QByteArray sig = key.sign("message");
        QVERIFY(key.verify("message", sig));
        QVERIFY(!key.verify("messagE", sig));
        const auto pub = TufKey::fromJson(key.toJson(), &why);
        QVERIFY(pub && !pub->canSign() && pub->verify("message", sig));
    }

    void keysAreNeverOverwritten()
    {
        QTemporaryDir dir;
        QString why;
        QVERIFY(FeedPublisher::initKeys(dir.path(), &why));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("root.key"))).permissions()
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser));
        const QByteArray before = readFile(dir.filePath(QStringLiteral("root.key")));
        QVERIFY(!FeedPublisher::initKeys(dir.path(), &why));
        QVERIFY(why.contains(QStringLiteral("never overwritten")));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("root.key"))), before);
    }

    void publishAndVerify()
    {
        Feed f;
        const auto check = f.refresh();
        QVERIFY2(check.ok(), qPrintable(check.error));
        QCOMPARE(check.root.version, 1);
        QCOMPARE(check.timestamp.version, 1);
        QCOMPARE(check.targets.files.size(), 4);
        FolderSource source(f.feed);
        QString why;
        for (auto it = check.targets.files.constBegin(); it != check.targets.files.constEnd(); ++it)
            QVERIFY2(TufClient::fetchTarget(source, it.key(), it.value(), &why), qPrintable(why));
        QCOMPARE(*TufClient::fetchTarget(source, QStringLiteral("pack.json"),
                     check.targets.files.value(QStringLiteral("pack.json")), &why),
            readFile(f.pack.file(QStringLiteral("pack.json"))));

        // A second version with one file changed adds exactly that file to the feed.
        f.pack.write(
            QStringLiteral("pages/en/a.md"), "---\ntitle: A\nsection: basics\n---\nNew text\n");
        const auto second = f.publish();
        QVERIFY(second);
        QCOMPARE(second->filesAdded, 1);
        QCOMPARE(second->targetsVersion, 2);
        const auto next = f.refresh(versions(1, 1, 1));
        QVERIFY2(next.ok(), qPrintable(next.error));
        QCOMPARE(next.targets.version, 2);
    }

    void brokenPackIsNeverPublished()
    {
        Feed f;
        const QByteArray timestamp = readFile(f.feed + QStringLiteral("/timestamp.json"));
        f.pack.write(QStringLiteral("rooms.json"), "{ broken");
        QStringList problems;
        QVERIFY(!FeedPublisher::publish({ f.pack.path(), f.feed, f.keys, 30, f.now }, &problems));
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("rooms.json:1: invalid JSON")));
        QCOMPARE(readFile(f.feed + QStringLiteral("/timestamp.json")), timestamp);
        QVERIFY(!QFile::exists(f.feed + QStringLiteral("/2.targets.json")));
    }

    void tamperedMetadataFailsItsSignature()
    {
        Feed f;
        QByteArray ts = readFile(f.feed + QStringLiteral("/timestamp.json"));
        ts.replace("\"version\": 1\n", "\"version\": 7\n");
        writeFile(f.feed + QStringLiteral("/timestamp.json"), ts);
        EXPECT_REFUSED(f.refresh(), "timestamp metadata has 0 valid signature(s), 1 needed");
    }

    void wrongKeyIsRefused()
    {
        Feed f;
        const QJsonObject ts = f.signedOf(QStringLiteral("timestamp.json"));
        writeFile(f.feed + QStringLiteral("/timestamp.json"), envelope(ts, { TufKey::generate() }));
        EXPECT_REFUSED(f.refresh(), "timestamp metadata has 0 valid signature(s)");
        // The root key is not the timestamp key either.
        writeFile(f.feed + QStringLiteral("/timestamp.json"),
            envelope(ts, { keyOf(f.keys, QStringLiteral("root")) }));
        EXPECT_REFUSED(f.refresh(), "timestamp metadata has 0 valid signature(s)");
    }

    void belowThresholdIsRefused()
    {
        Feed f;
        // Root 2 asks for two timestamp signatures; the feed's timestamp carries one.
        Tuf::Root root = f.root();
        const TufKey second = TufKey::generate();
        root.version = 2;
        root.keys.insert(second.keyId(), second);
        root.roles[QStringLiteral("timestamp")].keyIds.append(second.keyId());
        root.roles[QStringLiteral("timestamp")].threshold = 2;
        writeFile(f.feed + QStringLiteral("/2.root.json"),
            envelope(Tuf::rootJson(root), { keyOf(f.keys, QStringLiteral("root")) }));
        EXPECT_REFUSED(f.refresh(), "timestamp metadata has 1 valid signature(s), 2 needed");
        // The same signature twice does not count twice.
        const QJsonObject ts = f.signedOf(QStringLiteral("timestamp.json"));
        const TufKey key = keyOf(f.keys, QStringLiteral("timestamp"));
        writeFile(f.feed + QStringLiteral("/timestamp.json"), envelope(ts, { key, key }));
        EXPECT_REFUSED(f.refresh(), "1 valid signature(s), 2 needed");
        writeFile(f.feed + QStringLiteral("/timestamp.json"), envelope(ts, { key, second }));
        const auto ok = f.refresh();
        QVERIFY2(ok.ok(), qPrintable(ok.error));
    }

    void rollbackOfEachRoleIsRefused()
    {
        Feed f;
        QVERIFY(f.publish());
        QVERIFY(f.refresh(versions(2, 2, 2)).ok());
        EXPECT_REFUSED(f.refresh(versions(3, 2, 2)), "rollback refused");
        EXPECT_REFUSED(f.refresh(versions(2, 3, 2)), "rollback refused");
        EXPECT_REFUSED(f.refresh(versions(2, 2, 3)), "rollback refused");
    }

    void expiredMetadataFreezesNothing()
    {
        Feed f;
        EXPECT_REFUSED(f.refresh({}, f.now.addDays(31)), "timestamp metadata expired at");
        EXPECT_REFUSED(f.refresh({}, f.now.addDays(400)), "root metadata expired at");
    }

    void mixAndMatchIsRefused()
    {
        Feed f;
        QVERIFY(f.publish());
        // Serve the old snapshot under the new name: the timestamp's length and hash catch it.
        writeFile(f.feed + QStringLiteral("/2.snapshot.json"),
            readFile(f.feed + QStringLiteral("/1.snapshot.json")));
        const auto c = f.refresh();
        QVERIFY(!c.ok());
        QVERIFY2(c.error.contains(QStringLiteral("2.snapshot.json")), qPrintable(c.error));
    }

    void substitutedTargetOfTheSameLengthIsRefused()
    {
        Feed f;
        const auto check = f.refresh();
        const Tuf::FileInfo info = check.targets.files.value(QStringLiteral("rooms.json"));
        const QString stored
            = f.feed + u'/' + Tuf::consistentTargetPath(QStringLiteral("rooms.json"), info.sha256);
        QByteArray data = readFile(stored);
        data[data.indexOf("Room A") + 5] = 'B';
        writeFile(stored, data);
        FolderSource source(f.feed);
        QString why;
        QVERIFY(!TufClient::fetchTarget(source, QStringLiteral("rooms.json"), info, &why));
        QVERIFY2(why.contains(QStringLiteral("does not match its SHA-256")), qPrintable(why));
    }

    void endlessDataIsCut()
    {
        Feed f;
        QByteArray ts = readFile(f.feed + QStringLiteral("/timestamp.json"));
        ts.append(QByteArray(20 * 1024, ' '));
        writeFile(f.feed + QStringLiteral("/timestamp.json"), ts);
        EXPECT_REFUSED(f.refresh(), "timestamp.json is over its limit of 16384 bytes");
        // A target longer than its metadata says is cut at the promised length.
        Feed g;
        const auto check = g.refresh();
        const Tuf::FileInfo info = check.targets.files.value(QStringLiteral("pack.json"));
        const QString stored
            = g.feed + u'/' + Tuf::consistentTargetPath(QStringLiteral("pack.json"), info.sha256);
        writeFile(stored, readFile(stored) + QByteArray(1 << 20, 'x'));
        FolderSource source(g.feed);
        QString why;
        QVERIFY(!TufClient::fetchTarget(source, QStringLiteral("pack.json"), info, &why));
        QVERIFY2(why.contains(QStringLiteral("over its limit")), qPrintable(why));
    }

    void hostileTargetPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dot-dot") << QStringLiteral("../../etc/cron.d/evil");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("question mark") << QStringLiteral("pages/en/a.md?x=1");
        QTest::newRow("hash") << QStringLiteral("pages/en/a.md#x");
        QTest::newRow("empty part") << QStringLiteral("pages//a.md");
    }

    void hostileTargetPaths()
    {
        QFETCH(QString, path);
        Feed f;
        Tuf::Targets targets
            = *Tuf::parseTargets(f.signedOf(QStringLiteral("1.targets.json")), nullptr);
        targets.files.insert(path, targets.files.value(QStringLiteral("pack.json")));
        f.republish(targets, keyOf(f.keys, QStringLiteral("targets")));
        EXPECT_REFUSED(f.refresh(), "target path");
    }

    void recoveryFromFastForward()
    {
        Feed f;
        // A stolen timestamp key pushed the kiosks' trusted timestamp to version 1000.
        const TrustedVersions forwarded = versions(1000, 1, 1);
        EXPECT_REFUSED(f.refresh(forwarded), "rollback refused");
        // IT rotates the timestamp key in root 2; the honest timestamp is accepted again.
        const TufKey oldRoot = keyOf(f.keys, QStringLiteral("root"));
        const TufKey newTimestamp = TufKey::generate();
        Tuf::Root two = f.root();
        two.version = 2;
        two.keys.insert(newTimestamp.keyId(), newTimestamp);
        two.roles[QStringLiteral("timestamp")] = { { newTimestamp.keyId() }, 1 };
        writeFile(
            f.feed + QStringLiteral("/2.root.json"), envelope(Tuf::rootJson(two), { oldRoot }));
        QJsonObject ts = f.signedOf(QStringLiteral("timestamp.json"));
        ts.insert(QStringLiteral("version"), 2);
        writeFile(f.feed + QStringLiteral("/timestamp.json"), envelope(ts, { newTimestamp }));
        const auto check = f.refresh(forwarded);
        QVERIFY2(check.ok(), qPrintable(check.error));
        QVERIFY(check.versionsReset);
        QCOMPARE(check.timestamp.version, 2);
    }

    void hashThatIsNotHexIsRefused()
    {
        // A hash is used as a file name on the kiosk: "../" in it would leave the state folder.
        Feed f;
        Tuf::Targets targets
            = *Tuf::parseTargets(f.signedOf(QStringLiteral("1.targets.json")), nullptr);
        QJsonObject signedTargets = Tuf::targetsJson(targets);
        QJsonObject files = signedTargets.value(QStringLiteral("targets")).toObject();
        QString evil = QStringLiteral("../../../../pwned");
        evil.prepend(QString(64 - evil.size(), u'.'));
        QCOMPARE(evil.size(), 64);
        files.insert(QStringLiteral("evil.txt"),
            QJsonObject { { QStringLiteral("length"), 4 },
                { QStringLiteral("hashes"), QJsonObject { { QStringLiteral("sha256"), evil } } } });
        signedTargets.insert(QStringLiteral("targets"), files);
        QString why;
        QVERIFY(!Tuf::parseTargets(signedTargets, &why));
        QVERIFY2(why.contains(QStringLiteral("sha256")), qPrintable(why));
    }

    void rootRotation()
    {
        Feed f;
        const TufKey oldRoot = keyOf(f.keys, QStringLiteral("root"));
        const TufKey newRoot = TufKey::generate();
        const TufKey newTimestamp = TufKey::generate();
        Tuf::Root two = f.root();
        two.version = 2;
        two.keys.remove(oldRoot.keyId());
        two.keys.insert(newRoot.keyId(), newRoot);
        two.keys.insert(newTimestamp.keyId(), newTimestamp);
        two.roles[QStringLiteral("root")] = { { newRoot.keyId() }, 1 };
        two.roles[QStringLiteral("timestamp")] = { { newTimestamp.keyId() }, 1 };

        // Signed by the new key only: the old root never vouched for it.
        writeFile(
            f.feed + QStringLiteral("/2.root.json"), envelope(Tuf::rootJson(two), { newRoot }));
        EXPECT_REFUSED(f.refresh(), "root 2 is not signed by root 1");
        // Signed by the old key only: not by its own keys.
        writeFile(
            f.feed + QStringLiteral("/2.root.json"), envelope(Tuf::rootJson(two), { oldRoot }));
        EXPECT_REFUSED(f.refresh(), "root 2 is not signed by its own keys");
        // Both: accepted, and from then on the old timestamp key is worthless.
        writeFile(f.feed + QStringLiteral("/2.root.json"),
            envelope(Tuf::rootJson(two), { oldRoot, newRoot }));
        EXPECT_REFUSED(f.refresh(), "timestamp metadata has 0 valid signature(s)");
        writeFile(f.feed + QStringLiteral("/timestamp.json"),
            envelope(f.signedOf(QStringLiteral("timestamp.json")), { newTimestamp }));
        auto check = f.refresh();
        QVERIFY2(check.ok(), qPrintable(check.error));
        QCOMPARE(check.root.version, 2);

        // A third root, signed by root 2's key and its own, is reached across both steps.
        Tuf::Root three = two;
        three.version = 3;
        writeFile(
            f.feed + QStringLiteral("/3.root.json"), envelope(Tuf::rootJson(three), { newRoot }));
        check = f.refresh();
        QVERIFY2(check.ok(), qPrintable(check.error));
        QCOMPARE(check.root.version, 3);
        // A root file that lies about its version is refused.
        three.version = 5;
        writeFile(
            f.feed + QStringLiteral("/4.root.json"), envelope(Tuf::rootJson(three), { newRoot }));
        EXPECT_REFUSED(f.refresh(), "4.root.json says it is version 5");
    }
};

QTEST_GUILESS_MAIN(TestTuf)
#include "tst_tuf.moc"
