// What a hostile or broken server can do to the kiosk's update check, and what stays on screen.
#include "feedpublisher.h"
#include "feedsite.h"
#include "feedsync.h"
#include "httpsource.h"
#include "nginxserver.h"
#include "skippable.h"
#include "statusfile.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

namespace {

/** A server of the test's own that misbehaves on purpose, on its own thread. */
class BadServer : public QObject
{
public:
    enum Mode
    {
        Trickle,
        Truncate
    };

    /** With @p folder, serves its files (the real feed); Truncate then cuts only the pack's files,
     * so the metadata are whole and only the truncation can stop the update. */
    explicit BadServer(Mode mode, const QString &folder = {})
        : m_mode(mode)
        , m_folder(folder)
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_server = new QTcpServer(this);
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
                connect(m_server, &QTcpServer::newConnection, this, [this] {
                    serve(m_server->nextPendingConnection());
                });
            },
            Qt::BlockingQueuedConnection);
    }

    ~BadServer() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                delete m_server;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_port); }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray request = socket->readAll();
            QByteArray body(100000, 'x');
            bool cut = m_mode == Truncate;
            if (!m_folder.isEmpty()) {
                const QString path = QString::fromUtf8(request.split(' ').value(1)).mid(1);
                QFile file(m_folder + u'/' + path);
                if (path.contains(u"..") || !file.open(QIODevice::ReadOnly)) {
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                    return;
                }
                body = file.readAll();
                // TUF's metadata whole: 1.root.json, timestamp.json, 2.snapshot.json, …
                static const QRegularExpression metadata(
                    QStringLiteral("^([0-9]+\\.)?(root|timestamp|snapshot|targets)\\.json$"));
                cut = cut && !metadata.match(path).hasMatch();
                if (cut)
                    m_cut.append(path);
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n");
            if (cut) {
                socket->write(body.left(body.size() / 2));
                socket->flush();
                socket->disconnectFromHost();
                return;
            }
            if (m_mode == Truncate) {
                socket->write(body);
                return;
            }
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] {
                socket->write("x", 1);
            });
            timer->start(200); // five bytes a second, for ever
        });
    }

public:
    /** The files it cut short (with a folder). */
    QStringList cut() const
    {
        QStringList out;
        QMetaObject::invokeMethod(
            const_cast<BadServer *>(this),
            [&] {
                out = m_cut;
            },
            Qt::BlockingQueuedConnection);
        return out;
    }

private:
    Mode m_mode;
    QString m_folder;
    QStringList m_cut;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
};

/** The feed site, synced in this process (so limits and sources can be set). */
struct Site : FeedSite
{
    FeedSync::Result sync(const QString &url, HttpSource::Limits limits = {}) const
    {
        HttpSource source(QUrl(url), limits);
        PackStore store(state);
        return FeedSync::syncOnce(source, store, root());
    }
};

} // namespace

class TestFeedFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(initCrypto()); }

    void tricklingServerIsAbandoned()
    {
        Site site;
        BadServer server(BadServer::Trickle);
        HttpSource::Limits limits;
        limits.inactivityMs = 2000;
        limits.baseDeadlineMs = 1500;
        QElapsedTimer timer;
        timer.start();
        const auto result = site.sync(server.url(), limits);
        QCOMPARE(result.outcome, FeedSync::Outcome::Unreachable); // like an outage: try later
        QVERIFY2(result.message.contains(QStringLiteral("too slowly")), qPrintable(result.message));
        QVERIFY2(timer.elapsed() < 10000, "the deadline, not the trickle, decides");
    }

    void truncatedDownloadIsRefused()
    {
        // The real feed, whole metadata; every file of the pack is cut off halfway (the header
        // promised all of it), so only noticing the truncation can stop the update.
        Site site;
        BadServer server(BadServer::Truncate, site.feed);
        const auto result = site.sync(server.url());
        QVERIFY(!server.cut().isEmpty());
        // A download cut short is a failed fetch (tried again at the next check), named.
        QVERIFY2(result.outcome == FeedSync::Outcome::Unreachable, qPrintable(result.message));
        QVERIFY2(result.message.contains(server.cut().constFirst())
                && result.message.contains(QStringLiteral("could not be fetched")),
            qPrintable(result.message));
        qInfo("%s", qPrintable(result.message));
        QCOMPARE(PackStore(site.state).currentVersion(), 0);
    }

    void httpsWithTheSitesOwnCa()
    {
        Site site;
        NginxServer nginx(site.feed, {}, true);
        QVERIFY(nginx.url().startsWith(QStringLiteral("https://")));
        const auto untrusted = site.sync(nginx.url());
        QVERIFY2(untrusted.outcome != FeedSync::Outcome::Updated, qPrintable(untrusted.message));
        HttpSource source { QUrl(nginx.url()) };
        QString why;
        QVERIFY2(source.trustCertificates(nginx.certificate(), &why), qPrintable(why));
        PackStore store(site.state);
        const auto trusted = FeedSync::syncOnce(
            source, store, readFile(site.feed + QStringLiteral("/1.root.json")));
        QVERIFY2(trusted.outcome == FeedSync::Outcome::Updated, qPrintable(trusted.message));
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
    }

    void oversizedMetadataIsCut()
    {
        Site site;
        QFile ts(site.feed + QStringLiteral("/timestamp.json"));
        QVERIFY(ts.open(QIODevice::Append));
        ts.write(QByteArray(50 * 1024 * 1024, ' ')); // endless data
        ts.close();
        NginxServer nginx(site.feed);
        const auto result = site.sync(nginx.url());
        QCOMPARE(result.outcome, FeedSync::Outcome::Rejected);
        QVERIFY2(
            result.message.contains(QStringLiteral("over its limit")), qPrintable(result.message));
        // The kiosk stops reading at the cap (what the kernel already buffered is not read).
        HttpSource source { QUrl(nginx.url()) };
        QString why;
        FetchFailure failure = FetchFailure::None;
        QVERIFY(!source.fetch(
            QStringLiteral("timestamp.json"), TufClient::TimestampCap, &why, &failure));
        QVERIFY2(source.bytesReceived() < 2 * 1024 * 1024,
            qPrintable(QString::number(source.bytesReceived())));
    }

    void fullDiskKeepsThePack()
    {
        Site site;
        // The state folder on a 1 MiB file system of its own.
        QDir().mkpath(site.state);
        QProcess mount;
        mount.start(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=1m"), QStringLiteral("tmpfs"), site.state });
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            KIOSK_SKIP("needs root to mount a small tmpfs");
        const auto unmount = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("umount"), { site.state });
        });
        NginxServer nginx(site.feed);
        QCOMPARE(site.sync(nginx.url()).outcome, FeedSync::Outcome::Updated);
        site.pack.write(
            QStringLiteral("pages/en/a.md"), "---\ntitle: A\nsection: basics\n---\nText two\n");
        site.pack.write(QStringLiteral("media/big.png"),
            QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3 * 1024 * 1024, 'p'));
        site.publish();
        const auto result = site.sync(nginx.url());
        QVERIFY2(result.outcome == FeedSync::Outcome::Rejected, qPrintable(result.message));
        QVERIFY2(
            result.message.contains(QStringLiteral("No space left")), qPrintable(result.message));
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
        // Space again: the next check completes.
        site.pack.write(QStringLiteral("media/big.png"),
            QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1000, 'p'));
        site.publish();
        const auto after = site.sync(nginx.url());
        QVERIFY2(after.outcome == FeedSync::Outcome::Updated, qPrintable(after.message));
        QCOMPARE(site.currentText(), QStringLiteral("Text two"));
    }

    void expiredMetadataStopsUpdatesButKeepsThePack()
    {
        Site site;
        NginxServer nginx(site.feed);
        QCOMPARE(site.sync(nginx.url()).outcome, FeedSync::Outcome::Updated);
        // IT publishes v2 but its clock is wrong: everything expired long ago.
        site.pack.write(
            QStringLiteral("pages/en/a.md"), "---\ntitle: A\nsection: basics\n---\nText two\n");
        site.publish(QDateTime::currentDateTimeUtc().addDays(-60), 30);
        const auto result = site.sync(nginx.url());
        QCOMPARE(result.outcome, FeedSync::Outcome::Rejected);
        QVERIFY2(result.message.contains(QStringLiteral("expired")), qPrintable(result.message));
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
        const QJsonObject status = StatusFile(site.state).read();
        QVERIFY(status.value(QStringLiteral("lastError"))
                    .toString()
                    .contains(QStringLiteral("expired")));
        QVERIFY(!status.value(QStringLiteral("lastSuccess")).toString().isEmpty());
    }

    void packThatDoesNotLoadIsRememberedAsBad()
    {
        Site site;
        NginxServer nginx(site.feed);
        QCOMPARE(site.sync(nginx.url()).outcome, FeedSync::Outcome::Updated);
        // A correctly signed version whose pack does not load (published around the validator).
        QString why;
        const TufKey targetsKey
            = *TufKey::fromSecretHex(readFile(site.keys + QStringLiteral("/targets.key")), &why);
        const TufKey snapshotKey
            = *TufKey::fromSecretHex(readFile(site.keys + QStringLiteral("/snapshot.key")), &why);
        const TufKey timestampKey
            = *TufKey::fromSecretHex(readFile(site.keys + QStringLiteral("/timestamp.key")), &why);
        Tuf::Targets targets = *Tuf::parseTargets(
            QJsonDocument::fromJson(readFile(site.feed + QStringLiteral("/1.targets.json")))
                .object()
                .value(QStringLiteral("signed"))
                .toObject(),
            &why);
        const QByteArray broken = "{ not json";
        const QString sha = sha256Hex(broken);
        targets.files.insert(QStringLiteral("rooms.json"), { 0, broken.size(), sha });
        const QString stored
            = site.feed + u'/' + Tuf::consistentTargetPath(QStringLiteral("rooms.json"), sha);
        QFile f(stored);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(broken);
        f.close();
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(30);
        targets.version = 2;
        targets.expires = expires;
        const QByteArray t
            = QJsonDocument(Tuf::sign(Tuf::targetsJson(targets), { targetsKey })).toJson();
        {
            QFile out(site.feed + QStringLiteral("/2.targets.json"));
            out.open(QIODevice::WriteOnly);
            out.write(t);
        }
        Tuf::Snapshot s { 2, expires, { 2, t.size(), sha256Hex(t) } };
        const QByteArray sn
            = QJsonDocument(Tuf::sign(Tuf::snapshotJson(s), { snapshotKey })).toJson();
        {
            QFile out(site.feed + QStringLiteral("/2.snapshot.json"));
            out.open(QIODevice::WriteOnly);
            out.write(sn);
        }
        Tuf::Timestamp ts { 2, expires, { 2, sn.size(), sha256Hex(sn) } };
        {
            QFile out(site.feed + QStringLiteral("/timestamp.json"));
            out.open(QIODevice::ReadWrite);
            out.write(QJsonDocument(Tuf::sign(Tuf::timestampJson(ts), { timestampKey })).toJson());
            // A new ETag for the server, as lactation-pack makes sure of.
            out.flush();
            out.setFileTime(
                QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
        }

        const auto result = site.sync(nginx.url());
        QVERIFY2(result.outcome == FeedSync::Outcome::Rejected, qPrintable(result.message));
        QVERIFY2(
            result.message.contains(QStringLiteral("does not load")), qPrintable(result.message));
        QCOMPARE(site.currentText(), QStringLiteral("Text one"));
        QVERIFY(PackStore(site.state).isBad(2));
        // It is not tried again until the feed moves on.
        nginx.takeLog();
        QVERIFY(site.sync(nginx.url()).message.contains(QStringLiteral("did not load before")));
        QVERIFY(nginx.takeLog().filter(QStringLiteral("/targets/")).isEmpty());
    }
};

KIOSK_TEST_MAIN(QCoreApplication, TestFeedFaults)
#include "tst_feedfaults.moc"
