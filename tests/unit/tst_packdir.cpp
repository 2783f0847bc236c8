// What the loader refuses: paths that leave the pack, oversized or special files, bad text.
#include "packdir.h"
#include "testpack.h"

#include <QFile>
#include <sys/stat.h>

class TestPackDir : public QObject
{
    Q_OBJECT

private:
    /** A rooms.json whose only room shows @p image. */
    static QByteArray roomWithImage(const QString &image)
    {
        return QStringLiteral(R"({ "rooms": [ { "id": "a", "name": { "en": "A", "es": "A" },
            "location": { "en": "Here", "es": "Aquí" }, "image": "%1" } ] })")
            .arg(image)
            .toUtf8();
    }

    static QByteArray png() { return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(32, '\0'); }

private Q_SLOTS:
    void minimalPackLoads()
    {
        TestPack pack;
        const auto result = pack.load();
        EXPECT_CLEAN(result);
        QCOMPARE(result.content->pack.id, QStringLiteral("test-pack"));
    }

    void missingFolderAndPackJson()
    {
        const auto none = ContentLoader::load(QStringLiteral("/nonexistent/pack"));
        EXPECT_ONE_PROBLEM(none, "/nonexistent/pack: is not a folder");
        QTemporaryDir empty;
        EXPECT_ONE_PROBLEM(
            ContentLoader::load(empty.path()), "pack.json: 'pack.json' does not exist");
    }

    void referencesMayNotLeaveThePack_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dot-dot")
            << QStringLiteral("media/../../secret.png")
            << QStringLiteral("rooms.json: rooms[0] (id 'a').image: 'media/../../secret.png' "
                              "leaves the pack folder (..)");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd")
                                  << QStringLiteral("'/etc/passwd' is not a path inside the pack");
        QTest::newRow("url") << QStringLiteral("https://example.org/a.png")
                             << QStringLiteral("is not a path inside the pack");
        QTest::newRow("backslash")
            << QStringLiteral("media\\\\a.png") << QStringLiteral("is not a path inside the pack");
        QTest::newRow("missing") << QStringLiteral("media/none.png")
                                 << QStringLiteral("'media/none.png' does not exist");
        QTest::newRow("wrong type") << QStringLiteral("media/room.gif")
                                    << QStringLiteral("is not one of the allowed types");
        QTest::newRow("not really png") << QStringLiteral(
            "media/fake.png") << QStringLiteral("'media/fake.png' is not a valid .png file");
    }

    void referencesMayNotLeaveThePack()
    {
        QFETCH(QString, image);
        QFETCH(QString, expected);
        TestPack pack;
        pack.write(QStringLiteral("media/fake.png"), "not a picture");
        pack.write(QStringLiteral("media/room.gif"), "GIF89a");
        pack.write(QStringLiteral("rooms.json"), roomWithImage(image));
        const auto result = pack.load();
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().toString().contains(expected),
            qPrintable(TestPack::describe(result)));
    }

    void symlinksOutAreRefusedInsideAreFine()
    {
        TestPack pack;
        QTemporaryDir outside;
        QFile secret(outside.filePath(QStringLiteral("secret.png")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(png());
        secret.close();
        pack.write(QStringLiteral("media/real.png"), png());
        QVERIFY(QFile::link(secret.fileName(), pack.file(QStringLiteral("media/out.png"))));
        QVERIFY(QFile::link(pack.file(QStringLiteral("media/real.png")),
            pack.file(QStringLiteral("media/in.png"))));
        pack.write(QStringLiteral("rooms.json"), roomWithImage(QStringLiteral("media/in.png")));
        EXPECT_CLEAN(pack.load());
        pack.write(QStringLiteral("rooms.json"), roomWithImage(QStringLiteral("media/out.png")));
        EXPECT_ONE_PROBLEM(pack.load(),
            "rooms.json: rooms[0] (id 'a').image: 'media/out.png' is a link "
            "that leaves the pack folder");
        // The pack's own files too: a services file linked to one elsewhere.
        QFile::remove(pack.file(QStringLiteral("rooms.json")));
        QVERIFY(QFile::link(secret.fileName(), pack.file(QStringLiteral("services.en.json"))));
        EXPECT_ONE_PROBLEM(pack.load(),
            "services.en.json: 'services.en.json' is a link that "
            "leaves the pack folder");
    }

    void textOverTwoMebibytesIsRefused()
    {
        TestPack pack;
        QByteArray big = "[" + QByteArray(PackDir::TextCap, ' ') + "]";
        pack.write(QStringLiteral("services.en.json"), big);
        EXPECT_ONE_PROBLEM(pack.load(),
            "services.en.json: the file is 2097154 bytes, over the "
            "limit of 2097152 bytes");
    }

    void mediaOverOneHundredMebibytesIsRefused()
    {
        TestPack pack;
        pack.write(QStringLiteral("media/huge.png"), png());
        QFile huge(pack.file(QStringLiteral("media/huge.png")));
        QVERIFY(huge.resize(PackDir::MediaCap + 1)); // sparse: costs no disk
        pack.write(QStringLiteral("rooms.json"), roomWithImage(QStringLiteral("media/huge.png")));
        EXPECT_ONE_PROBLEM(pack.load(),
            "rooms.json: rooms[0] (id 'a').image: 'media/huge.png' is "
            "104857601 bytes, over the limit of 104857600 bytes");
    }

    void invalidUtf8NamesTheLine()
    {
        TestPack pack;
        pack.write(QStringLiteral("rooms.json"), "{\n  \"rooms\": [\n  \"caf\xe9\"\n] }\n");
        EXPECT_ONE_PROBLEM(pack.load(), "rooms.json:3: not valid UTF-8 text");
        // A byte that starts a sequence the line, or the file, ends before finishing.
        pack.write(QStringLiteral("rooms.json"), "{\n  \"rooms\": [] }\xe9\n");
        EXPECT_ONE_PROBLEM(pack.load(), "rooms.json:2: not valid UTF-8 text");
        pack.write(QStringLiteral("rooms.json"), "{\n  \"rooms\": [] }\xe9");
        EXPECT_ONE_PROBLEM(pack.load(), "rooms.json:2: not valid UTF-8 text");
    }

    void nulByteIsRefused()
    {
        TestPack pack;
        pack.write(QStringLiteral("rooms.json"), QByteArray("{\n\"rooms\": []\0}", 16));
        EXPECT_ONE_PROBLEM(pack.load(), "rooms.json:2: contains a NUL byte");
    }

    void absurdlyDeepJsonIsRefusedWithoutCrashing()
    {
        TestPack pack;
        const int depth = 200000;
        pack.write(QStringLiteral("slides.json"), QByteArray(depth, '[') + QByteArray(depth, ']'));
        EXPECT_ONE_PROBLEM(pack.load(), "slides.json:1: JSON nested deeper than 32 levels");
    }

    void invalidJsonNamesTheLine()
    {
        TestPack pack;
        pack.write(
            QStringLiteral("rooms.json"), "{\n  \"rooms\": [\n    { \"id\": \"a\", }\n  ]\n}\n");
        EXPECT_ONE_PROBLEM(pack.load(), "rooms.json:3: invalid JSON: ");
    }

    void fifoDoesNotHang()
    {
        TestPack pack;
        QVERIFY(::mkfifo(
                    QFile::encodeName(pack.file(QStringLiteral("events.en.ics"))).constData(), 0600)
            == 0);
        EXPECT_ONE_PROBLEM(pack.load(), "events.en.ics: the file is not a regular file");
    }

    void folderInPlaceOfFileIsReported()
    {
        TestPack pack;
        QVERIFY(QDir(pack.path()).mkdir(QStringLiteral("rooms.json")));
        EXPECT_ONE_PROBLEM(pack.load(), "rooms.json: the file is not a regular file");
    }
};

QTEST_GUILESS_MAIN(TestPackDir)
#include "tst_packdir.moc"
