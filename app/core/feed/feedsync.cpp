#include "feedsync.h"

#include "contentloader.h"
#include "httpsource.h"
#include "statusfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

void (*FeedSync::stepReached)(const char *step) = nullptr;

namespace {

/** Each step of an update, for a test's own program to stop at (FeedSync::stepReached). */
void crashPoint(const char *step)
{
    if (FeedSync::stepReached)
        FeedSync::stepReached(step);
}

std::optional<QByteArray> download(FeedSource &source, PackStore &store, const QString &path,
    const Tuf::FileInfo &info, QString *why, FetchFailure *failure)
{
    *failure = FetchFailure::Refused;
    if (!source.capabilities().resume)
        return TufClient::fetchTarget(source, path, info, why);
    // Resume what an earlier, interrupted run already has – never more than the file's length.
    const QString partialPath = store.partialPath(info.sha256);
    QFile partial(partialPath);
    QByteArray have;
    if (partial.open(QIODevice::ReadOnly)) {
        have = partial.read(std::min(partial.size(), info.length - 1));
        partial.close();
    }
    bool restarted = false;
    QByteArray received;
    auto more = source.fetchFrom(Tuf::consistentTargetPath(path, info.sha256), have.size(),
        info.length - have.size(), why, failure, &restarted, &received);
    if (!more && !have.isEmpty() && *failure == FetchFailure::Refused) {
        // The server would not continue (416, a wrong range): start over once, from the top.
        QFile::remove(partialPath);
        have.clear();
        received.clear();
        more = source.fetchFrom(Tuf::consistentTargetPath(path, info.sha256), 0, info.length, why,
            failure, &restarted, &received);
    }
    if (!more) {
        // Keep what arrived before the cut, so the next check asks only for the rest; a reply
        // that ran over the length is not kept.
        const QByteArray kept = restarted ? received : have + received;
        if (!kept.isEmpty() && kept.size() < info.length
            && partial.open(QIODevice::WriteOnly | QIODevice::Truncate))
            partial.write(kept);
        else
            QFile::remove(partialPath);
        return std::nullopt;
    }
    QByteArray data = restarted ? *more : have + *more;
    if (!restarted && (data.size() != info.length || sha256Hex(data) != info.sha256)) {
        // What was kept from before was bad: fetch the whole file once more.
        QFile::remove(partialPath);
        const auto whole = source.fetchFrom(Tuf::consistentTargetPath(path, info.sha256), 0,
            info.length, why, failure, &restarted, &received);
        if (!whole)
            return std::nullopt;
        data = *whole;
    }
    if (data.size() != info.length || sha256Hex(data) != info.sha256) {
        QFile::remove(partialPath);
        *failure = FetchFailure::Refused;
        *why = QStringLiteral("%1 does not match its length and SHA-256").arg(path);
        return std::nullopt;
    }
    return data;
}

/**
 * The feed's own keys of status.json for this check. Only these are written back: the room board
 * writes `rooms` while a check runs, and a copy read at the start would overwrite it.
 */
QJsonObject statusBase(const QDateTime &now)
{
    return { { QStringLiteral("appVersion"), QCoreApplication::applicationVersion() },
        { QStringLiteral("lastCheck"), Tuf::isoUtc(now) } };
}

/** Ends a check: its result in status.json, with what the store now shows. */
FeedSync::Result conclude(PackStore &store, QJsonObject status, const QDateTime &now,
    FeedSync::Outcome outcome, const QString &message)
{
    using Outcome = FeedSync::Outcome;
    status.insert(QStringLiteral("lastResult"), message);
    if (outcome == Outcome::Updated || outcome == Outcome::Current) {
        status.insert(QStringLiteral("lastSuccess"), Tuf::isoUtc(now));
        status.insert(QStringLiteral("lastError"), QString());
    } else {
        status.insert(QStringLiteral("lastError"), message);
    }
    // Only a new pack is loaded whole (the screen takes it); otherwise pack.json says which pack
    // is current, for status.json: a check that finds nothing new parses no pack.
    FeedSync::Result result { outcome, message, {}, {}, {} };
    std::optional<PackInfo> current;
    if (outcome == Outcome::Updated && store.currentVersion() > 0) {
        const auto loaded = ContentLoader::load(store.currentPath());
        if (loaded.content)
            current = loaded.content->pack;
        if (loaded.ok())
            result.content = loaded.content;
    } else if (store.currentVersion() > 0) {
        current = ContentLoader::readInfo(store.currentPath());
    }
    if (current) {
        status.insert(QStringLiteral("packId"), current->id);
        status.insert(QStringLiteral("packVersion"), current->version);
    }
    status.insert(QStringLiteral("feedVersion"), store.currentVersion());
    StatusFile(store.stateDir()).update(status);
    return result;
}

template<typename Finish>
FeedSync::Result install(
    FeedSource &source, PackStore &store, const TufClient::Check &check, Finish &finish)
{
    using Outcome = FeedSync::Outcome;
    QString why;
    const int version = check.targets.version;
    if (store.isBad(version))
        return finish(Outcome::Rejected,
            QStringLiteral("feed version %1 did not load before; waiting for a newer one")
                .arg(version));
    for (auto it = check.targets.files.constBegin(); it != check.targets.files.constEnd(); ++it) {
        if (store.hasObject(it.value().sha256))
            continue;
        FetchFailure failure = FetchFailure::None;
        const auto data = download(source, store, it.key(), it.value(), &why, &failure);
        if (!data)
            return finish(
                failure == FetchFailure::Unreachable ? Outcome::Unreachable : Outcome::Rejected,
                why);
        if (!store.storeObject(it.value().sha256, *data, &why))
            return finish(Outcome::Rejected, why);
        crashPoint("object");
    }
    const auto staged = store.stage(version, check.targets, &why);
    if (!staged)
        return finish(Outcome::Rejected, why);
    crashPoint("staged");
    const auto loaded = ContentLoader::load(*staged);
    if (!loaded.ok()) {
        const QString reason = loaded.firstError();
        store.markBad(version, reason);
        auto result = finish(Outcome::Rejected,
            QStringLiteral("feed version %1 does not load (%2); staying on the current pack")
                .arg(version)
                .arg(reason));
        for (const Problem &p : loaded.problems)
            result.problems.append(p.toString());
        return result;
    }
    if (!store.switchTo(version, &why))
        return finish(Outcome::Rejected, why);
    crashPoint("switched");
    store.collectGarbage();
    crashPoint("collected");
    return finish(Outcome::Updated,
        QStringLiteral("now on feed version %1 (pack %2, pack version %3)")
            .arg(version)
            .arg(loaded.content->pack.id)
            .arg(loaded.content->pack.version));
}

} // namespace

int FeedSync::exitCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Updated:
    case Outcome::Current:
        return 0;
    case Outcome::Rejected:
        return 2;
    case Outcome::Unreachable:
        return 3;
    }
    return 2;
}

FeedSync::Result FeedSync::syncOnce(FeedSource &source, PackStore &store,
    const QByteArray &initialRoot, const QDateTime &now, const QString &initialRootName)
{
    QJsonObject status = statusBase(now);
    TufClient::Check verifiedMetadata;
    const auto finish = [&](Outcome outcome, const QString &message) {
        Result result = conclude(store, status, now, outcome, message);
        result.metadata = verifiedMetadata;
        return result;
    };

    QString why;
    if (!store.prepare(&why))
        return finish(Outcome::Rejected, why);
    if (!store.lock(&why))
        return Result { Outcome::Unreachable, why, {}, {}, {} }; // the other check writes it
    const bool ownRoot = !store.trustedRoot().isEmpty();
    const auto root = TufClient::loadTrustedRoot(ownRoot ? store.trustedRoot() : initialRoot, &why,
        ownRoot ? store.stateDir() + QStringLiteral("/trusted/root.json") : initialRootName);
    if (!root)
        return finish(Outcome::Rejected, why);

    const TrustedVersions previous = store.trustedVersions();
    const auto check = TufClient::refresh(source, *root, previous, now);
    if (!check.ok())
        return finish(check.unreachable ? Outcome::Unreachable : Outcome::Rejected, check.error);
    verifiedMetadata = check;
    status.insert(QStringLiteral("metadataExpires"),
        Tuf::isoUtc(std::min({ check.root.expires, check.timestamp.expires, check.snapshot.expires,
            check.targets.expires })));
    // What was verified is remembered at once: nothing older is accepted again.
    TrustedVersions verified;
    verified.timestamp = check.timestamp.version;
    verified.snapshot = check.snapshot.version;
    verified.targets = check.targets.version;
    verified.snapshotExpires = check.snapshot.expires;
    verified.targetsExpires = check.targets.expires;
    // Versions first: if the root is then not saved, the next check walks the chain again and
    // recomputes any reset; the other way round a reset could be lost.
    if (!store.saveTrustedVersions(verified, &why)
        || (!check.rootEnvelope.isEmpty() && !store.saveTrustedRoot(check.rootEnvelope, &why)))
        return finish(Outcome::Rejected, why);
    crashPoint("metadata");

    if (check.targets.version == store.currentVersion())
        return finish(Outcome::Current,
            QStringLiteral("feed version %1 is current").arg(check.targets.version));
    if (!check.unchanged)
        return install(source, store, check, finish);
    // The feed did not change, but the pack it names is not installed (an earlier check was cut
    // short): fetch its snapshot and targets again, with every rollback check still in force.
    const auto full = TufClient::refresh(source, *root, previous, now, false);
    if (!full.ok())
        return finish(full.unreachable ? Outcome::Unreachable : Outcome::Rejected, full.error);
    verifiedMetadata = full;
    return install(source, store, full, finish);
}

FeedSync::Result FeedSync::check(const FeedSettings &settings, const QDateTime &now)
{
    PackStore store(settings.stateDir);
    const auto refuse = [&](const QString &why) {
        QString ignored;
        store.prepare(&ignored);
        return conclude(store, statusBase(now), now, Outcome::Rejected, why);
    };
    QFile root(settings.trustedRoot);
    const QByteArray rootBytes = root.open(QIODevice::ReadOnly) ? root.readAll() : QByteArray();
    if (rootBytes.isEmpty() && store.trustedRoot().isEmpty())
        return refuse(QStringLiteral("cannot read the trusted root ") + settings.trustedRoot);
    HttpSource source { settings.url };
    QString why;
    if (!settings.caFile.isEmpty() && !source.trustCertificates(settings.caFile, &why))
        return refuse(why);
    return syncOnce(source, store, rootBytes, now, settings.trustedRoot);
}

FeedSync::Result FeedSync::verifyFeed(
    const QString &feed, const QString &rootFile, const QString &caFile, const QDateTime &now)
{
    const auto refused = [](const QString &why) {
        return Result { Outcome::Rejected, why, {}, {}, {} };
    };
    QFile file(rootFile);
    if (!file.open(QIODevice::ReadOnly))
        return refused(QStringLiteral("cannot read the trusted root %1: %2")
                           .arg(rootFile, file.errorString()));
    const QByteArray root = file.readAll();
    QString why;
    if (!TufClient::loadTrustedRoot(root, &why, rootFile))
        return refused(why);
    QTemporaryDir state;
    if (!state.isValid())
        return refused(QStringLiteral("cannot make a state folder: ") + state.errorString());
    // Over HTTP exactly as a kiosk: the same source, caps, deadlines and conditional requests.
    const QUrl url(feed);
    const bool http = url.scheme() == u"http" || url.scheme() == u"https";
    std::unique_ptr<FeedSource> source;
    if (http) {
        auto web = std::make_unique<HttpSource>(url);
        if (!caFile.isEmpty() && !web->trustCertificates(caFile, &why))
            return refused(why);
        source = std::move(web);
    } else {
        source = std::make_unique<FolderSource>(feed);
    }
    PackStore store(state.path());
    Result result = syncOnce(*source, store, root, now, rootFile);
    if (result.outcome != Outcome::Updated)
        return result;
    const TufClient::Check &m = result.metadata;
    result.message = QStringLiteral("feed verified: root %1, timestamp %2, snapshot %3, targets %4 "
                                    "(%5 files); first expiry %6; feed version %4 carries pack %7, "
                                    "pack version %8")
                         .arg(m.root.version)
                         .arg(m.timestamp.version)
                         .arg(m.snapshot.version)
                         .arg(m.targets.version)
                         .arg(m.targets.files.size())
                         .arg(Tuf::isoUtc(std::min({ m.root.expires, m.timestamp.expires,
                             m.snapshot.expires, m.targets.expires })))
                         .arg(result.content ? result.content->pack.id : QString())
                         .arg(result.content ? result.content->pack.version : 0);
    return result;
}
