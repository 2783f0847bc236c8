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

/** The ids of the keys @p root names for @p role, sorted, to compare two roots' keys. */
QStringList roleKeys(const Tuf::Root &root, const char *role)
{
    QStringList ids = root.roles.value(QLatin1String(role)).keyIds;
    ids.sort();
    return ids;
}

/** One run of the TUF client workflow; a step that refuses says why in the check, returns false. */
class MetadataUpdate
{
public:
    MetadataUpdate(FeedSource &source, const Tuf::Root &trustedRoot, const TrustedVersions &trusted,
        const QDateTime &now)
        : m_source(source)
        , m_trustedRoot(trustedRoot)
        , m_now(now)
        , m_previous(trusted)
    {
        m_check.root = trustedRoot;
    }

    bool updateRoot();
    bool updateTimestamp();
    bool snapshotUnchanged() const;
    void keepTrustedSnapshot();
    bool updateSnapshot();
    bool updateTargets();
    TufClient::Check takeCheck() { return std::move(m_check); }

private:
    bool acceptNextRoot(int next, const QString &file, const QByteArray &data);
    void forgetVersionsOfOldKeys(const Tuf::Root &newRoot);
    bool trustedRootIsForeign(const QByteArray &envelope, const QString &file);
    std::optional<QByteArray> fetch(const QString &file, qint64 cap);
    std::optional<QByteArray> fetchListed(
        const QString &file, const Tuf::FileInfo &info, qint64 cap);
    bool fail(const QString &error)
    {
        m_check.error = error;
        return false;
    }

    FeedSource &m_source;
    const Tuf::Root &m_trustedRoot;
    const QDateTime &m_now; ///< fixed for the whole run (TUF 5.1)
    TrustedVersions m_previous; ///< what was accepted before, less what a key rotation voids
    TufClient::Check m_check;
    QString m_why; ///< why the last fetch, signature check or parse refused
    FetchFailure m_failure = FetchFailure::None;
};

// TUF 5.3: each root from the trusted one on, so a kiosk that slept through key rotations follows.
bool MetadataUpdate::updateRoot()
{
    for (int step = 0; step < TufClient::MaxRootSteps; ++step) {
        const int next = m_check.root.version + 1;
        const QString file = QStringLiteral("%1.root.json").arg(next);
        const auto data = m_source.fetch(file, TufClient::RootCap, &m_why, &m_failure);
        if (!data && m_failure == FetchFailure::Missing)
            break;
        if (!data) {
            m_check.unreachable = m_failure == FetchFailure::Unreachable;
            return fail(m_why);
        }
        if (!acceptNextRoot(next, file, *data))
            return false;
    }
    return !expired(m_check.root.expires, m_now, QStringLiteral("root"), &m_check.error);
}

// TUF 5.3.4-5: signed by the old root's keys and its own, so only the root keys can move trust.
bool MetadataUpdate::acceptNextRoot(int next, const QString &file, const QByteArray &data)
{
    const auto byOld = Tuf::verify(data, m_check.root, QStringLiteral("root"), &m_why);
    if (!byOld && trustedRootIsForeign(data, file))
        return false;
    if (!byOld)
        return fail(
            QStringLiteral("root %1 is not signed by root %2: ").arg(next).arg(m_check.root.version)
            + m_why);
    const auto newRoot = Tuf::parseRoot(*byOld, &m_why);
    if (!newRoot || !Tuf::verify(data, *newRoot, QStringLiteral("root"), &m_why))
        return fail(QStringLiteral("root %1 is not signed by its own keys: ").arg(next) + m_why);
    if (newRoot->version != next)
        return fail(
            QStringLiteral("%1.root.json says it is version %2").arg(next).arg(newRoot->version));
    forgetVersionsOfOldKeys(*newRoot);
    m_check.root = *newRoot;
    m_check.rootEnvelope = data;
    return true;
}

// Recovery from a fast-forward attack (TUF 5.3.11): new timestamp or snapshot keys mean the
// versions signed with the old ones no longer bind.
void MetadataUpdate::forgetVersionsOfOldKeys(const Tuf::Root &newRoot)
{
    if (roleKeys(newRoot, "timestamp") != roleKeys(m_check.root, "timestamp")) {
        m_previous.timestamp = 0;
        m_previous.snapshot = 0;
        m_check.versionsReset = true;
    }
    if (roleKeys(newRoot, "snapshot") != roleKeys(m_check.root, "snapshot")) {
        m_previous.snapshot = 0;
        m_previous.targets = 0;
        m_previous.snapshotExpires = m_previous.targetsExpires = {};
        m_check.versionsReset = true;
    }
}

// Signed by none of the trusted root's keys before the chain moved on, and the feed's own root of
// that version (if it has one) names other keys: the root is another feed's, a mistake in setup
// that the error should name rather than report as a bad signature.
bool MetadataUpdate::trustedRootIsForeign(const QByteArray &envelope, const QString &file)
{
    if (m_check.root.version != m_trustedRoot.version
        || !Tuf::signedOnlyByOthers(envelope, m_check.root))
        return false;
    QString ignored;
    FetchFailure fetchFailure = FetchFailure::None;
    const auto own = m_source.fetch(QStringLiteral("%1.root.json").arg(m_trustedRoot.version),
        TufClient::RootCap, &ignored, &fetchFailure);
    const auto ownRoot = own
        ? Tuf::parseRoot(
            QJsonDocument::fromJson(*own).object().value(QStringLiteral("signed")).toObject(),
            &ignored)
        : std::nullopt;
    if (ownRoot
        && QSet(ownRoot->keys.keyBegin(), ownRoot->keys.keyEnd())
            == QSet(m_trustedRoot.keys.keyBegin(), m_trustedRoot.keys.keyEnd()))
        return false;
    if (!own && fetchFailure != FetchFailure::Missing)
        return false;
    m_check.error = QStringLiteral("the trusted root does not belong to this feed (no signature by "
                                   "its keys on %1)")
                        .arg(file);
    return true;
}

// TUF 5.4: never older than what was accepted before nor expired, so a replay cannot hold a kiosk.
bool MetadataUpdate::updateTimestamp()
{
    const auto ts = fetch(QStringLiteral("timestamp.json"), TufClient::TimestampCap);
    if (!ts)
        return false;
    auto signedTs = Tuf::verify(*ts, m_check.root, QStringLiteral("timestamp"), &m_why);
    if (!signedTs && trustedRootIsForeign(*ts, QStringLiteral("timestamp.json")))
        return false;
    const auto timestamp = signedTs ? Tuf::parseTimestamp(*signedTs, &m_why) : std::nullopt;
    if (!timestamp)
        return fail(m_why);
    if (timestamp->version < m_previous.timestamp
        || timestamp->snapshot.version < m_previous.snapshot)
        return fail(
            QStringLiteral("timestamp version %1 (snapshot %2) is older than the trusted %3 "
                           "(%4): rollback refused")
                .arg(timestamp->version)
                .arg(timestamp->snapshot.version)
                .arg(m_previous.timestamp)
                .arg(m_previous.snapshot));
    if (expired(timestamp->expires, m_now, QStringLiteral("timestamp"), &m_check.error))
        return false;
    m_check.timestamp = *timestamp;
    return true;
}

// The timestamp names the snapshot accepted before, whose targets are known: nothing new to fetch.
bool MetadataUpdate::snapshotUnchanged() const
{
    return m_check.timestamp.snapshot.version == m_previous.snapshot && m_previous.targets > 0
        && m_previous.snapshotExpires.isValid() && m_previous.targetsExpires.isValid();
}

// Nothing new: the trusted snapshot and targets stand, unless they have expired meanwhile.
void MetadataUpdate::keepTrustedSnapshot()
{
    if (expired(m_previous.snapshotExpires, m_now, QStringLiteral("snapshot"), &m_check.error)
        || expired(m_previous.targetsExpires, m_now, QStringLiteral("targets"), &m_check.error))
        return;
    m_check.unchanged = true;
    m_check.snapshot.version = m_previous.snapshot;
    m_check.snapshot.expires = m_previous.snapshotExpires;
    m_check.targets.version = m_previous.targets;
    m_check.targets.expires = m_previous.targetsExpires;
}

// TUF 5.5: exactly the snapshot the timestamp names, so snapshot and timestamp cannot be mixed.
bool MetadataUpdate::updateSnapshot()
{
    const Tuf::FileInfo &listed = m_check.timestamp.snapshot;
    const QString file = QStringLiteral("%1.snapshot.json").arg(listed.version);
    const auto sn = fetchListed(file, listed, TufClient::SnapshotCap);
    if (!sn)
        return false;
    auto signedSn = Tuf::verify(*sn, m_check.root, QStringLiteral("snapshot"), &m_why);
    const auto snapshot = signedSn ? Tuf::parseSnapshot(*signedSn, &m_why) : std::nullopt;
    if (!snapshot)
        return fail(m_why);
    if (snapshot->version != listed.version)
        return fail(QStringLiteral("%1 says it is version %2").arg(file).arg(snapshot->version));
    if (snapshot->targets.version < m_previous.targets)
        return fail(
            QStringLiteral("targets version %1 (the feed version) is older than the trusted %2: "
                           "rollback refused")
                .arg(snapshot->targets.version)
                .arg(m_previous.targets));
    if (expired(snapshot->expires, m_now, QStringLiteral("snapshot"), &m_check.error))
        return false;
    m_check.snapshot = *snapshot;
    return true;
}

// TUF 5.6: exactly the targets version the snapshot names, and no path that leaves the pack.
bool MetadataUpdate::updateTargets()
{
    const Tuf::FileInfo &listed = m_check.snapshot.targets;
    const QString file = QStringLiteral("%1.targets.json").arg(listed.version);
    const auto tg = fetchListed(file, listed, TufClient::TargetsCap);
    if (!tg)
        return false;
    auto signedTg = Tuf::verify(*tg, m_check.root, QStringLiteral("targets"), &m_why);
    const auto targets = signedTg ? Tuf::parseTargets(*signedTg, &m_why) : std::nullopt;
    if (!targets)
        return fail(m_why);
    if (targets->version != listed.version)
        return fail(QStringLiteral("%1 says it is version %2").arg(file).arg(targets->version));
    if (expired(targets->expires, m_now, QStringLiteral("targets"), &m_check.error))
        return false;
    for (auto it = targets->files.constBegin(); it != targets->files.constEnd(); ++it) {
        if (const QString problem = Tuf::targetPathProblem(it.key()); !problem.isEmpty())
            return fail(problem);
    }
    m_check.targets = *targets;
    return true;
}

// A feed out of reach is told apart from a bad one: the kiosk then only waits, and says so.
std::optional<QByteArray> MetadataUpdate::fetch(const QString &file, qint64 cap)
{
    auto data = m_source.fetch(file, cap, &m_why, &m_failure);
    if (!data) {
        m_check.unreachable = m_failure == FetchFailure::Unreachable;
        fail(m_why);
    }
    return data;
}

// Length and hash before signatures (TUF 5.5.2, 5.6.2): the cheapest refusal of a swapped file.
std::optional<QByteArray> MetadataUpdate::fetchListed(
    const QString &file, const Tuf::FileInfo &info, qint64 cap)
{
    auto data = fetch(file, std::min(info.length >= 0 ? info.length : cap, cap));
    if (data && !matches(*data, info, file, &m_why)) {
        fail(m_why);
        return std::nullopt;
    }
    return data;
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
    MetadataUpdate update(source, trustedRoot, trusted, now);
    if (!update.updateRoot() || !update.updateTimestamp())
        return update.takeCheck();
    if (reuseTrusted && update.snapshotUnchanged())
        update.keepTrustedSnapshot();
    else if (update.updateSnapshot())
        update.updateTargets();
    return update.takeCheck();
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
