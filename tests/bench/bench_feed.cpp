// Feed figures: bytes per idle check, bytes for a one-file change in a 50 MiB pack, hashing speed
// against sha256sum, and the time of the switch. Prints; never fails on a figure.
#include "../unit/nginxserver.h"
#include "../unit/testpack.h"
#include "feedpublisher.h"
#include "feedsync.h"
#include "httpsource.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <cstdio>

static QByteArray fakePng(qsizetype size, quint32 seed)
{
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    data.resize(size);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(data.data() + 8), (size - 8) / 4);
    return data;
}

static FeedSync::Result sync(const QString &url, const QString &state, const QByteArray &root)
{
    HttpSource source { QUrl(url) };
    PackStore store(state);
    return FeedSync::syncOnce(source, store, root);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initCrypto();
    TestPack pack;
    const int files = 10;
    const qsizetype each = 5 * 1024 * 1024;
    for (int i = 0; i < files; ++i)
        pack.write(QStringLiteral("media/m%1.png").arg(i), fakePng(each, quint32(i)));
    pack.write(
        QStringLiteral("rooms.json"), R"({ "rooms": [ { "id": "a", "name": { "en": "A", "es": "A" },
        "location": { "en": "x", "es": "x" }, "image": "media/m0.png" } ] })");
    QTemporaryDir dir;
    const QString keys = dir.filePath(QStringLiteral("keys")),
                  feed = dir.filePath(QStringLiteral("feed")),
                  state = dir.filePath(QStringLiteral("state"));
    QString why;
    QStringList problems;
    FeedPublisher::initKeys(keys, &why);
    FeedPublisher::publish(
        { pack.path(), feed, keys, 30, QDateTime::currentDateTimeUtc() }, &problems);
    QFile rootFile(feed + QStringLiteral("/1.root.json"));
    rootFile.open(QIODevice::ReadOnly);
    const QByteArray root = rootFile.readAll();
    NginxServer nginx(feed);

    QElapsedTimer t;
    t.start();
    sync(nginx.url(), state, root);
    const QStringList first = nginx.takeLog();
    std::printf("first install of a %d MiB pack: %lld requests, %lld bytes, %lld ms\n",
        int(files * each / (1024 * 1024)), qint64(first.size()), NginxServer::bytes(first),
        t.elapsed());

    sync(nginx.url(), state, root);
    const QStringList idle = nginx.takeLog();
    std::printf("idle check (nothing changed): %lld requests, %lld bytes (target: under 2048)\n",
        qint64(idle.size()), NginxServer::bytes(idle));

    const QByteArray changed = fakePng(each, 1234);
    pack.write(QStringLiteral("media/m3.png"), changed);
    FeedPublisher::publish(
        { pack.path(), feed, keys, 30, QDateTime::currentDateTimeUtc() }, &problems);
    sync(nginx.url(), state, root);
    const QStringList update = nginx.takeLog();
    const qint64 bytes = NginxServer::bytes(update);
    std::printf("one-file change (%lld bytes file): %lld requests, %lld bytes, overhead %.2f%% "
                "(target: within 5%%)\n",
        qint64(changed.size()), qint64(update.size()), bytes,
        100.0 * double(bytes - changed.size()) / double(changed.size()));

    // Hashing: libsodium's SHA-256 here against coreutils' sha256sum on the same 50 MiB.
    QByteArray all;
    for (int i = 0; i < files; ++i)
        all += fakePng(each, quint32(i));
    const QString blob = dir.filePath(QStringLiteral("blob"));
    QFile out(blob);
    out.open(QIODevice::WriteOnly);
    out.write(all);
    out.close();
    t.restart();
    for (int i = 0; i < 3; ++i)
        (void)sha256Hex(all);
    const double ours = double(t.nsecsElapsed()) / 3e6;
    QProcess shasum;
    t.restart();
    for (int i = 0; i < 3; ++i) {
        shasum.start(QStringLiteral("sha256sum"), { blob });
        shasum.waitForFinished(60000);
    }
    const double theirs = double(t.nsecsElapsed()) / 3e6;
    std::printf("SHA-256 of 50 MiB: kiosk %.1f ms, sha256sum %.1f ms, speed %.0f%% of sha256sum "
                "(target: at least 80%%)\n",
        ours, theirs, 100.0 * theirs / ours);

    // The switch is one rename, whatever the pack's size.
    PackStore store(state);
    const int current = store.currentVersion(), previous = store.previousVersion();
    QList<double> times;
    for (int i = 0; i < 20; ++i) {
        t.restart();
        store.switchTo(i % 2 ? current : previous, &why);
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("switch of a %d MiB pack: median %.2f ms (target: under 50, independent of size)\n",
        int(files * each / (1024 * 1024)), times.at(times.size() / 2));
    return 0;
}
