#include "tufclient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace {

/** Length and hash the referring role promised, where it promised them. */
bool matches(const QByteArray &data, const Tuf::FileInfo &info, const QString &name, QString *why)
{
    if (info.length >= 0 && data.size() != info.length) {
        *why = QStringLiteral("%1 is %2 bytes, %3 expected")
                   .arg(name)
                   .arg(data.size())
                   .arg(info.length);
        return false;
    }
    if (!info.sha256.isEmpty() && sha256Hex(data) != info.sha256) {
        *why = name + QStringLiteral(" does not match its SHA-256");
        return false;
    }
    return true;
}

bool expired(const QDateTime &expires, const QDateTime &now, const QString &role, QString *why)
{
    if (expires > now)
        return false;
    *why = QStringLiteral("%1 metadata expired at %2").arg(role, Tuf::isoUtc(expires));
    return true;
}

} // namespace

std::optional<Tuf::Root> TufClient::loadTrustedRoot(
    const QByteArray &envelope, QString *why, const QString &name)
{
    const QJsonObject signedPart
        = QJsonDocument::fromJson(envelope).object().value(QStringLiteral("signed")).toObject();
    if (signedPart.value(QStringLiteral("_type")).toString() != u"root") {
        *why = name + QStringLiteral(" is not a TUF root metadata file");
        return std::nullopt;
    }
    QString reason;
    auto root = Tuf::parseRoot(signedPart, &reason);
    // Trusted out of band, yet it must still be signed by its own root keys.
    if (!root || !Tuf::verify(envelope, *root, QStringLiteral("root"), &reason)) {
        *why = QStringLiteral("%1 cannot be used: %2").arg(name, reason);
        return std::nullopt;
    }
    return root;
}

TufClient::Check TufClient::refresh(FeedSource &source, const Tuf::Root &trustedRoot,
    const TrustedVersions &trusted, const QDateTime &now, bool reuseTrusted)
{
    TrustedVersions previous = trusted;
    Check c;
    c.root = trustedRoot;
    QString why;
    FetchFailure failure = FetchFailure::None;
    // Signed by none of the trusted root's keys before the chain moved on, and the feed's own
    // root of that version (if it has one) names other keys: the root is another feed's.
    const auto foreign = [&](const QByteArray &envelope, const QString &file) {
        if (c.root.version != trustedRoot.version || !Tuf::signedOnlyByOthers(envelope, c.root))
            return false;
        QString ignored;
        FetchFailure fetchFailure = FetchFailure::None;
        const auto own = source.fetch(QStringLiteral("%1.root.json").arg(trustedRoot.version),
            RootCap, &ignored, &fetchFailure);
        const auto ownRoot = own
            ? Tuf::parseRoot(
                QJsonDocument::fromJson(*own).object().value(QStringLiteral("signed")).toObject(),
                &ignored)
            : std::nullopt;
        if (ownRoot
            && QSet(ownRoot->keys.keyBegin(), ownRoot->keys.keyEnd())
                == QSet(trustedRoot.keys.keyBegin(), trustedRoot.keys.keyEnd()))
            return false;
        if (!own && fetchFailure != FetchFailure::Missing)
            return false;
        c.error = QStringLiteral("the trusted root does not belong to this feed (no signature by "
                                 "its keys on %1)")
                      .arg(file);
        return true;
    };

    // 1. The root chain: each next root signed by the old root's keys and by its own.
    for (int step = 0; step < MaxRootSteps; ++step) {
        const int next = c.root.version + 1;
        const auto data
            = source.fetch(QStringLiteral("%1.root.json").arg(next), RootCap, &why, &failure);
        if (!data) {
            if (failure == FetchFailure::Missing)
                break;
            c.error = why;
            c.unreachable = failure == FetchFailure::Unreachable;
            return c;
        }
        const auto byOld = Tuf::verify(*data, c.root, QStringLiteral("root"), &why);
        if (!byOld && foreign(*data, QStringLiteral("%1.root.json").arg(next)))
            return c;
        if (!byOld) {
            c.error
                = QStringLiteral("root %1 is not signed by root %2: ").arg(next).arg(c.root.version)
                + why;
            return c;
        }
        const auto newRoot = Tuf::parseRoot(*byOld, &why);
        if (!newRoot || !Tuf::verify(*data, *newRoot, QStringLiteral("root"), &why)) {
            c.error = QStringLiteral("root %1 is not signed by its own keys: ").arg(next) + why;
            return c;
        }
        if (newRoot->version != next) {
            c.error = QStringLiteral("%1.root.json says it is version %2")
                          .arg(next)
                          .arg(newRoot->version);
            return c;
        }
        // Recovery from a fast-forward attack (TUF 5.3.11): new timestamp or snapshot keys
        // mean the versions signed with the old ones no longer bind.
        const auto keysOf = [](const Tuf::Root &r, const char *role) {
            QStringList ids = r.roles.value(QLatin1String(role)).keyIds;
            ids.sort();
            return ids;
        };
        if (keysOf(*newRoot, "timestamp") != keysOf(c.root, "timestamp")) {
            previous.timestamp = 0;
            previous.snapshot = 0;
            c.versionsReset = true;
        }
        if (keysOf(*newRoot, "snapshot") != keysOf(c.root, "snapshot")) {
            previous.snapshot = 0;
            previous.targets = 0;
            previous.snapshotExpires = previous.targetsExpires = {};
            c.versionsReset = true;
        }
        c.root = *newRoot;
        c.rootEnvelope = *data;
    }
    if (expired(c.root.expires, now, QStringLiteral("root"), &c.error))
        return c;

    // 2. Timestamp: never older than what was accepted before.
    const auto ts = source.fetch(QStringLiteral("timestamp.json"), TimestampCap, &why, &failure);
    if (!ts) {
        c.error = why;
        c.unreachable = failure == FetchFailure::Unreachable;
        return c;
    }
    auto signedTs = Tuf::verify(*ts, c.root, QStringLiteral("timestamp"), &why);
    if (!signedTs && foreign(*ts, QStringLiteral("timestamp.json")))
        return c;
    const auto timestamp = signedTs ? Tuf::parseTimestamp(*signedTs, &why) : std::nullopt;
    if (!timestamp) {
        c.error = why;
        return c;
    }
    if (timestamp->version < previous.timestamp
        || timestamp->snapshot.version < previous.snapshot) {
        c.error = QStringLiteral("timestamp version %1 (snapshot %2) is older than the trusted %3 "
                                 "(%4): rollback refused")
                      .arg(timestamp->version)
                      .arg(timestamp->snapshot.version)
                      .arg(previous.timestamp)
                      .arg(previous.snapshot);
        return c;
    }
    if (expired(timestamp->expires, now, QStringLiteral("timestamp"), &c.error))
        return c;
    c.timestamp = *timestamp;

    // Nothing new: the trusted snapshot and targets stand, unless they have expired meanwhile.
    if (reuseTrusted && timestamp->snapshot.version == previous.snapshot && previous.targets > 0
        && previous.snapshotExpires.isValid() && previous.targetsExpires.isValid()) {
        if (expired(previous.snapshotExpires, now, QStringLiteral("snapshot"), &c.error)
            || expired(previous.targetsExpires, now, QStringLiteral("targets"), &c.error))
            return c;
        c.unchanged = true;
        c.snapshot.version = previous.snapshot;
        c.snapshot.expires = previous.snapshotExpires;
        c.targets.version = previous.targets;
        c.targets.expires = previous.targetsExpires;
        return c;
    }

    // 3. Snapshot: exactly the one the timestamp names, with its length and hash.
    const QString snapshotName
        = QStringLiteral("%1.snapshot.json").arg(timestamp->snapshot.version);
    const qint64 snapshotCap
        = timestamp->snapshot.length >= 0 ? timestamp->snapshot.length : SnapshotCap;
    const auto sn = source.fetch(snapshotName, std::min(snapshotCap, SnapshotCap), &why, &failure);
    if (!sn || !matches(*sn, timestamp->snapshot, snapshotName, &why)) {
        c.error = why;
        c.unreachable = !sn && failure == FetchFailure::Unreachable;
        return c;
    }
    auto signedSn = Tuf::verify(*sn, c.root, QStringLiteral("snapshot"), &why);
    const auto snapshot = signedSn ? Tuf::parseSnapshot(*signedSn, &why) : std::nullopt;
    if (!snapshot) {
        c.error = why;
        return c;
    }
    if (snapshot->version != timestamp->snapshot.version) {
        c.error
            = QStringLiteral("%1 says it is version %2").arg(snapshotName).arg(snapshot->version);
        return c;
    }
    if (snapshot->targets.version < previous.targets) {
        c.error
            = QStringLiteral("targets version %1 (the feed version) is older than the trusted %2: "
                             "rollback refused")
                  .arg(snapshot->targets.version)
                  .arg(previous.targets);
        return c;
    }
    if (expired(snapshot->expires, now, QStringLiteral("snapshot"), &c.error))
        return c;
    c.snapshot = *snapshot;

    // 4. Targets: exactly the version the snapshot names.
    const QString targetsName = QStringLiteral("%1.targets.json").arg(snapshot->targets.version);
    const qint64 targetsCap = snapshot->targets.length >= 0 ? snapshot->targets.length : TargetsCap;
    const auto tg = source.fetch(targetsName, std::min(targetsCap, TargetsCap), &why, &failure);
    if (!tg || !matches(*tg, snapshot->targets, targetsName, &why)) {
        c.error = why;
        c.unreachable = !tg && failure == FetchFailure::Unreachable;
        return c;
    }
    auto signedTg = Tuf::verify(*tg, c.root, QStringLiteral("targets"), &why);
    const auto targets = signedTg ? Tuf::parseTargets(*signedTg, &why) : std::nullopt;
    if (!targets) {
        c.error = why;
        return c;
    }
    if (targets->version != snapshot->targets.version) {
        c.error = QStringLiteral("%1 says it is version %2").arg(targetsName).arg(targets->version);
        return c;
    }
    if (expired(targets->expires, now, QStringLiteral("targets"), &c.error))
        return c;
    for (auto it = targets->files.constBegin(); it != targets->files.constEnd(); ++it) {
        if (const QString problem = Tuf::targetPathProblem(it.key()); !problem.isEmpty()) {
            c.error = problem;
            return c;
        }
    }
    c.targets = *targets;
    return c;
}

std::optional<QByteArray> TufClient::fetchTarget(
    FeedSource &source, const QString &path, const Tuf::FileInfo &info, QString *why)
{
    if (const QString problem = Tuf::targetPathProblem(path); !problem.isEmpty()) {
        *why = problem;
        return std::nullopt;
    }
    FetchFailure failure = FetchFailure::None;
    const auto data
        = source.fetch(Tuf::consistentTargetPath(path, info.sha256), info.length, why, &failure);
    if (!data || !matches(*data, info, path, why))
        return std::nullopt;
    return data;
}
