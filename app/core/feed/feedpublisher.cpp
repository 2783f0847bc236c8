#include "feedpublisher.h"

#include "contentloader.h"
#include "tufmetadata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace FeedPublisher {

namespace {

QString keyFile(const QString &keyDir, const QString &role)
{
    return keyDir + u'/' + role + QStringLiteral(".key");
}

/** Writes through a temporary file and a rename, flushed to disk: readers see old or new. */
bool writeAtomically(const QString &path, const QByteArray &data, QString *why)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *why = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

/** The highest N of the feed's N.<role>.json files, 0 when there is none. */
int latestVersion(const QString &feedDir, const QString &role)
{
    int latest = 0;
    static const QRegularExpression name(QStringLiteral("^(\\d+)\\.(\\w+)\\.json$"));
    for (const QString &file : QDir(feedDir).entryList(QDir::Files)) {
        const auto m = name.match(file);
        if (m.hasMatch() && m.captured(2) == role)
            latest = std::max(latest, m.captured(1).toInt());
    }
    return latest;
}

QByteArray envelopeBytes(const QJsonObject &signedPart, const TufKey &key)
{
    return QJsonDocument(Tuf::sign(signedPart, { key })).toJson(QJsonDocument::Indented);
}

/**
 * The keys of @p roles from @p keyDir, and nothing else: the root key can stay offline for every
 * command but the first publish and rotate-root.
 */
std::optional<QHash<QString, TufKey>> readKeys(
    const QString &keyDir, const QStringList &roles, QStringList *problems)
{
    if (!QFileInfo(keyDir).isDir()) {
        problems->append(QStringLiteral("%1: no such folder (the keys folder)").arg(keyDir));
        return std::nullopt;
    }
    QHash<QString, TufKey> keys;
    for (const QString &role : roles) {
        QFile file(keyFile(keyDir, role));
        if (!file.exists()) {
            problems->append(QStringLiteral("no %1 key in %2 (%3 is missing)")
                                 .arg(role, keyDir, file.fileName()));
            return std::nullopt;
        }
        QString why = file.errorString();
        const auto key = file.open(QIODevice::ReadOnly)
            ? TufKey::fromSecretHex(file.readAll(), &why)
            : std::nullopt;
        if (!key) {
            problems->append(
                QStringLiteral("%1: cannot read the %2 key: %3").arg(file.fileName(), role, why));
            return std::nullopt;
        }
        keys.insert(role, *key);
    }
    return keys;
}

const QStringList OnlineRoles { QStringLiteral("targets"), QStringLiteral("snapshot"),
    QStringLiteral("timestamp") };

QJsonObject signedPartOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("signed")).toObject()
        : QJsonObject();
}

/** The feed's newest root (N.root.json), or nullopt with a problem naming the file. */
std::optional<Tuf::Root> currentRoot(const QString &feed, QStringList *problems)
{
    const int version = latestVersion(feed, QStringLiteral("root"));
    if (version == 0) {
        problems->append(QStringLiteral("%1 holds no root metadata (N.root.json): publish a pack "
                                        "into it first")
                             .arg(feed));
        return std::nullopt;
    }
    const QString file = feed + QStringLiteral("/%1.root.json").arg(version);
    QString why;
    const auto root = Tuf::parseRoot(signedPartOf(file), &why);
    if (!root)
        problems->append(file + QStringLiteral(": ") + why);
    return root;
}

/**
 * Whether @p root names each of @p keys for its role. Metadata signed with a key the root does not
 * name is refused by every kiosk, so a signing command checks before it writes anything.
 */
bool rootTrusts(const Tuf::Root &root, const QHash<QString, TufKey> &keys, const QString &keyDir,
    QStringList *problems)
{
    for (const QString &role : Tuf::Roles) { // in a fixed order, so the message is too
        if (!keys.contains(role) || root.roles.value(role).keyIds.contains(keys[role].keyId()))
            continue;
        problems->append(QStringLiteral("the %1 key in %2 (key id %3…) is not a %1 key of the "
                                        "feed's root %4: nothing was written")
                             .arg(role, keyFile(keyDir, role), keys[role].keyId().left(12))
                             .arg(root.version));
        return false;
    }
    return true;
}

/**
 * A warning when @p targets change the pack's files but keep the pack version the feed's newest
 * targets already carry: kiosks would report that one version for two different packs.
 */
std::optional<QString> sameVersionWarning(
    const QString &feed, const Tuf::Targets &targets, int packVersion)
{
    const int feedVersion = latestVersion(feed, QStringLiteral("targets"));
    QString why;
    const auto previous = Tuf::parseTargets(
        signedPartOf(feed + QStringLiteral("/%1.targets.json").arg(feedVersion)), &why);
    const auto hashes = [](const Tuf::Targets &t) {
        QMap<QString, QString> byPath;
        for (auto it = t.files.constBegin(); it != t.files.constEnd(); ++it)
            byPath.insert(it.key(), it.value().sha256);
        return byPath;
    };
    if (!previous || hashes(*previous) == hashes(targets))
        return std::nullopt;
    const QString pack = QStringLiteral("pack.json");
    QFile file(feed + u'/' + Tuf::consistentTargetPath(pack, previous->files.value(pack).sha256));
    const int published = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("version")).toInt()
        : 0;
    if (published != packVersion)
        return std::nullopt;
    return Problem::warning(pack, 0, QStringLiteral("version"),
        QStringLiteral("the pack's files changed, but its pack version is still %1, as in feed "
                       "version %2: kiosks would report pack version %1 for different content "
                       "(raise \"version\")")
            .arg(packVersion)
            .arg(feedVersion))
        .toString();
}

/** Signs and writes timestamp.json (version + 1) for @p snapshot. */
bool writeTimestamp(const QString &feed, const TufKey &key, const Tuf::FileInfo &snapshot,
    const QDateTime &expires, int *version, QString *why)
{
    const QString file = feed + QStringLiteral("/timestamp.json");
    const QDateTime oldModified = QFileInfo(file).lastModified();
    Tuf::Timestamp timestamp;
    timestamp.version = *version = signedPartOf(file).value(QStringLiteral("version")).toInt(0) + 1;
    timestamp.expires = expires;
    timestamp.snapshot = snapshot;
    if (!writeAtomically(file, envelopeBytes(Tuf::timestampJson(timestamp), key), why))
        return false;
    // Web servers derive ETags from the modification time in whole seconds (and the size): two
    // publishes in one second must still give the new timestamp a new ETag.
    if (oldModified.isValid()) {
        QFile fresh(file);
        if (fresh.open(QIODevice::ReadWrite)
            && QFileInfo(fresh).lastModified().toSecsSinceEpoch() <= oldModified.toSecsSinceEpoch())
            fresh.setFileTime(oldModified.addSecs(1), QFileDevice::FileModificationTime);
    }
    return true;
}

/** Writes N.targets.json, N.snapshot.json and timestamp.json, in that order, for @p targets. */
bool writeMetadata(const QString &feed, const QHash<QString, TufKey> &keys, Tuf::Targets targets,
    const QDateTime &expires, Result *result, QString *why)
{
    targets.version = result->targetsVersion = latestVersion(feed, QStringLiteral("targets")) + 1;
    targets.expires = expires;
    const QByteArray targetsBytes
        = envelopeBytes(Tuf::targetsJson(targets), keys.value(QStringLiteral("targets")));
    Tuf::Snapshot snapshot;
    snapshot.version = result->snapshotVersion
        = latestVersion(feed, QStringLiteral("snapshot")) + 1;
    snapshot.expires = expires;
    snapshot.targets = { targets.version, targetsBytes.size(), sha256Hex(targetsBytes) };
    const QByteArray snapshotBytes
        = envelopeBytes(Tuf::snapshotJson(snapshot), keys.value(QStringLiteral("snapshot")));
    return writeAtomically(
               feed + QStringLiteral("/%1.targets.json").arg(targets.version), targetsBytes, why)
        && writeAtomically(
            feed + QStringLiteral("/%1.snapshot.json").arg(snapshot.version), snapshotBytes, why)
        && writeTimestamp(feed, keys.value(QStringLiteral("timestamp")),
            { snapshot.version, snapshotBytes.size(), sha256Hex(snapshotBytes) }, expires,
            &result->timestampVersion, why);
}

} // namespace

bool initKeys(const QString &keyDir, QString *why)
{
    if (!initCrypto()) {
        *why = QStringLiteral("libsodium cannot start");
        return false;
    }
    if (!QDir().mkpath(keyDir)) {
        *why = QStringLiteral("cannot create %1").arg(keyDir);
        return false;
    }
    for (const QString &role : Tuf::Roles) {
        if (QFile::exists(keyFile(keyDir, role))) {
            *why = QStringLiteral("%1 exists already; keys are never overwritten")
                       .arg(keyFile(keyDir, role));
            return false;
        }
    }
    for (const QString &role : Tuf::Roles) {
        QSaveFile file(keyFile(keyDir, role));
        if (!file.open(QIODevice::WriteOnly)) {
            *why = file.errorString();
            return false;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(TufKey::generate().secretHex() + '\n');
        if (!file.commit()) {
            *why = file.errorString();
            return false;
        }
    }
    return true;
}

std::optional<Result> publish(const Request &request, QStringList *problems)
{
    const auto loaded = ContentLoader::load(request.packDir);
    for (const Problem &p : loaded.problems)
        problems->append(p.toString()); // warnings too: they are printed, and do not stop it
    if (!loaded.ok()) {
        problems->append(QStringLiteral("the pack has problems: nothing was published"));
        return std::nullopt;
    }
    const QString feed = request.feedDir;
    QString why;
    Result result;

    // The root: made on the first publish, with the root key; later publishes need only the
    // online keys, and those must be the ones the feed's root names.
    result.rootVersion = latestVersion(feed, QStringLiteral("root"));
    const bool first = result.rootVersion == 0;
    if (first && !QFileInfo::exists(keyFile(request.keyDir, QStringLiteral("root")))
        && QFileInfo(request.keyDir).isDir()) {
        problems->append(QStringLiteral("%1 holds no root metadata yet: the first publish writes "
                                        "1.root.json and needs the root key, but there is no root "
                                        "key in %2 (bring root.key for this once, then keep it "
                                        "offline)")
                             .arg(feed, request.keyDir));
        return std::nullopt;
    }
    const auto keys = readKeys(request.keyDir, first ? Tuf::Roles : OnlineRoles, problems);
    if (!keys)
        return std::nullopt;
    if (first) {
        Tuf::Root root;
        root.version = result.rootVersion = 1;
        root.expires = request.now.addDays(365);
        for (const QString &role : Tuf::Roles) {
            root.keys.insert(keys->value(role).keyId(), keys->value(role));
            root.roles.insert(role, { { keys->value(role).keyId() }, 1 });
        }
        if (!writeAtomically(feed + QStringLiteral("/1.root.json"),
                envelopeBytes(Tuf::rootJson(root), keys->value(QStringLiteral("root"))), &why)) {
            problems->append(why);
            return std::nullopt;
        }
    } else {
        const auto root = currentRoot(feed, problems);
        if (!root || !rootTrusts(*root, *keys, request.keyDir, problems))
            return std::nullopt;
    }
    QDir().mkpath(feed + QStringLiteral("/targets"));

    // Target files first, each named by its hash, so nothing published yet refers to them.
    Tuf::Targets targets;
    const QDir pack(loaded.content->root);
    QDirIterator it(pack.path(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString absolute = it.next();
        const QString path = pack.relativeFilePath(absolute);
        if (const QString problem = Tuf::targetPathProblem(path); !problem.isEmpty()) {
            problems->append(problem);
            return std::nullopt;
        }
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append(QStringLiteral("cannot read ") + absolute);
            return std::nullopt;
        }
        const QByteArray data = file.readAll();
        Tuf::FileInfo info;
        info.length = data.size();
        info.sha256 = sha256Hex(data);
        targets.files.insert(path, info);
        const QString stored = feed + u'/' + Tuf::consistentTargetPath(path, info.sha256);
        ++result.filesTotal;
        if (QFile::exists(stored))
            continue;
        if (!writeAtomically(stored, data, &why)) {
            problems->append(why);
            return std::nullopt;
        }
        ++result.filesAdded;
    }

    const int packVersion = loaded.content->pack.version;
    if (const auto warning = sameVersionWarning(feed, targets, packVersion))
        problems->append(*warning);
    if (!writeMetadata(
            feed, *keys, targets, request.now.addDays(request.expiresDays), &result, &why)) {
        problems->append(why);
        return std::nullopt;
    }
    // The feed version (targets) counts publishes; the pack version is pack.json's own.
    result.message = QStringLiteral("published targets %1, snapshot %2, timestamp %3 (root %4): "
                                    "%5 of %6 files new; feed version %1 carries pack %7, "
                                    "pack version %8")
                         .arg(result.targetsVersion)
                         .arg(result.snapshotVersion)
                         .arg(result.timestampVersion)
                         .arg(result.rootVersion)
                         .arg(result.filesAdded)
                         .arg(result.filesTotal)
                         .arg(loaded.content->pack.id)
                         .arg(packVersion);
    return result;
}

std::optional<Result> refreshTimestamp(const QString &feedDir, const QString &keyDir,
    int expiresDays, QStringList *problems, const QDateTime &now)
{
    const auto keys = readKeys(keyDir, { QStringLiteral("timestamp") }, problems);
    const auto root = keys ? currentRoot(feedDir, problems) : std::nullopt;
    if (!root || !rootTrusts(*root, *keys, keyDir, problems))
        return std::nullopt;
    QString why;
    const auto old
        = Tuf::parseTimestamp(signedPartOf(feedDir + QStringLiteral("/timestamp.json")), &why);
    if (!old) {
        problems->append(feedDir + QStringLiteral("/timestamp.json: ") + why);
        return std::nullopt;
    }
    Result result;
    result.snapshotVersion = old->snapshot.version;
    if (!writeTimestamp(feedDir, keys->value(QStringLiteral("timestamp")), old->snapshot,
            now.addDays(expiresDays), &result.timestampVersion, &why)) {
        problems->append(why);
        return std::nullopt;
    }
    result.message = QStringLiteral("timestamp %1 signed for snapshot %2 (the feed version stays "
                                    "as it was)")
                         .arg(result.timestampVersion)
                         .arg(result.snapshotVersion);
    return result;
}

std::optional<Result> rotateRoot(const QString &feedDir, const QString &keyDir,
    const QString &newKeyDir, int expiresDays, QStringList *problems, const QDateTime &now)
{
    // The old root key vouches for the new root; the new folder holds every role's key.
    const auto oldKeys = readKeys(keyDir, { QStringLiteral("root") }, problems);
    const auto newKeys = oldKeys ? readKeys(newKeyDir, Tuf::Roles, problems) : std::nullopt;
    const auto root = newKeys ? currentRoot(feedDir, problems) : std::nullopt;
    if (!root || !rootTrusts(*root, *oldKeys, keyDir, problems))
        return std::nullopt;
    QString why;
    Result result;
    const int current = latestVersion(feedDir, QStringLiteral("root"));
    Tuf::Root next;
    next.version = result.rootVersion = current + 1;
    next.expires = now.addDays(365);
    for (const QString &role : Tuf::Roles) {
        next.keys.insert(newKeys->value(role).keyId(), newKeys->value(role));
        next.roles.insert(role, { { newKeys->value(role).keyId() }, 1 });
    }
    const QByteArray envelope = QJsonDocument(
        Tuf::sign(Tuf::rootJson(next),
            { oldKeys->value(QStringLiteral("root")), newKeys->value(QStringLiteral("root")) }))
                                    .toJson(QJsonDocument::Indented);
    if (!writeAtomically(
            feedDir + QStringLiteral("/%1.root.json").arg(next.version), envelope, &why)) {
        problems->append(why);
        return std::nullopt;
    }
    // The same files, now vouched for by the new keys.
    const auto targets
        = Tuf::parseTargets(signedPartOf(feedDir
                                + QStringLiteral("/%1.targets.json")
                                      .arg(latestVersion(feedDir, QStringLiteral("targets")))),
            &why);
    if (!targets
        || !writeMetadata(feedDir, *newKeys, *targets, now.addDays(expiresDays), &result, &why)) {
        problems->append(why);
        return std::nullopt;
    }
    result.message = QStringLiteral("root %1 written, signed by the old and the new root key; "
                                    "targets %2, snapshot %3, timestamp %4 re-signed with the "
                                    "new keys")
                         .arg(result.rootVersion)
                         .arg(result.targetsVersion)
                         .arg(result.snapshotVersion)
                         .arg(result.timestampVersion);
    return result;
}

} // namespace FeedPublisher
