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

std::optional<QHash<QString, TufKey>> readKeys(const QString &keyDir, QStringList *problems)
{
    QHash<QString, TufKey> keys;
    for (const QString &role : Tuf::Roles) {
        QFile file(keyFile(keyDir, role));
        QString why;
        const auto key = file.open(QIODevice::ReadOnly)
            ? TufKey::fromSecretHex(file.readAll(), &why)
            : std::nullopt;
        if (!key) {
            problems->append(
                QStringLiteral("%1: cannot read the %2 key %3").arg(file.fileName(), role, why));
            return std::nullopt;
        }
        keys.insert(role, *key);
    }
    return keys;
}

QJsonObject signedPartOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("signed")).toObject()
        : QJsonObject();
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
    const auto keys = readKeys(request.keyDir, problems);
    if (!keys)
        return std::nullopt;
    const QString feed = request.feedDir;
    QDir().mkpath(feed + QStringLiteral("/targets"));
    QString why;
    Result result;

    // The root: made on first publish; later ones must be signed by the same keys.
    result.rootVersion = latestVersion(feed, QStringLiteral("root"));
    if (result.rootVersion == 0) {
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
        QFile file(feed + QStringLiteral("/%1.root.json").arg(result.rootVersion));
        file.open(QIODevice::ReadOnly);
        const auto root = Tuf::parseRoot(QJsonDocument::fromJson(file.readAll())
                                             .object()
                                             .value(QStringLiteral("signed"))
                                             .toObject(),
            &why);
        if (!root) {
            problems->append(file.fileName() + QStringLiteral(": ") + why);
            return std::nullopt;
        }
        for (const QString &role : { QStringLiteral("targets"), QStringLiteral("snapshot"),
                 QStringLiteral("timestamp") }) {
            if (!root->roles.value(role).keyIds.contains(keys->value(role).keyId())) {
                problems->append(
                    QStringLiteral("the %1 key in %2 is not one the feed's root trusts")
                        .arg(role, request.keyDir));
                return std::nullopt;
            }
        }
    }

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

    if (!writeMetadata(
            feed, *keys, targets, request.now.addDays(request.expiresDays), &result, &why)) {
        problems->append(why);
        return std::nullopt;
    }
    result.message = QStringLiteral(
        "published targets %1, snapshot %2, timestamp %3 (root %4): %5 of %6 files new")
                         .arg(result.targetsVersion)
                         .arg(result.snapshotVersion)
                         .arg(result.timestampVersion)
                         .arg(result.rootVersion)
                         .arg(result.filesAdded)
                         .arg(result.filesTotal);
    return result;
}

std::optional<Result> refreshTimestamp(const QString &feedDir, const QString &keyDir,
    int expiresDays, QStringList *problems, const QDateTime &now)
{
    const auto keys = readKeys(keyDir, problems);
    if (!keys)
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
    result.message = QStringLiteral("timestamp %1 signed for snapshot %2")
                         .arg(result.timestampVersion)
                         .arg(result.snapshotVersion);
    return result;
}

std::optional<Result> rotateRoot(const QString &feedDir, const QString &keyDir,
    const QString &newKeyDir, int expiresDays, QStringList *problems, const QDateTime &now)
{
    const auto oldKeys = readKeys(keyDir, problems);
    const auto newKeys = oldKeys ? readKeys(newKeyDir, problems) : std::nullopt;
    if (!newKeys)
        return std::nullopt;
    QString why;
    Result result;
    const int current = latestVersion(feedDir, QStringLiteral("root"));
    const auto root = Tuf::parseRoot(
        signedPartOf(feedDir + QStringLiteral("/%1.root.json").arg(current)), &why);
    if (!root
        || !root->roles.value(QStringLiteral("root"))
                .keyIds.contains(oldKeys->value(QStringLiteral("root")).keyId())) {
        problems->append(
            QStringLiteral("the root key in %1 is not the feed's root key %2").arg(keyDir, why));
        return std::nullopt;
    }
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
