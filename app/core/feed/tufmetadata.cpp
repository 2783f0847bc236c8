#include "tufmetadata.h"

#include "canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Tuf {

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QJsonObject sign(const QJsonObject &signedPart, const QList<TufKey> &keys)
{
    const QByteArray message = *canonicalJson(signedPart);
    QJsonArray signatures;
    for (const TufKey &key : keys) {
        signatures.append(QJsonObject { { QStringLiteral("keyid"), key.keyId() },
            { QStringLiteral("sig"), QString::fromLatin1(key.sign(message).toHex()) } });
    }
    return { { QStringLiteral("signed"), signedPart },
        { QStringLiteral("signatures"), signatures } };
}

std::optional<QJsonObject> verify(
    const QByteArray &envelope, const Root &root, const QString &role, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(envelope, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = role + QStringLiteral(" metadata is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject signedPart = doc.object().value(QStringLiteral("signed")).toObject();
    if (signedPart.value(QStringLiteral("_type")).toString() != role) {
        *why = QStringLiteral("expected %1 metadata, got '%2'")
                   .arg(role, signedPart.value(QStringLiteral("_type")).toString());
        return std::nullopt;
    }
    const auto message = canonicalJson(signedPart);
    if (!message) {
        *why = role + QStringLiteral(" metadata holds a number canonical JSON cannot");
        return std::nullopt;
    }
    const RoleKeys keys = root.roles.value(role);
    QSet<QString> good;
    for (const QJsonValue &s : doc.object().value(QStringLiteral("signatures")).toArray()) {
        const QString keyId = s.toObject().value(QStringLiteral("keyid")).toString();
        if (!keys.keyIds.contains(keyId) || !root.keys.contains(keyId) || good.contains(keyId))
            continue;
        const QByteArray sig
            = QByteArray::fromHex(s.toObject().value(QStringLiteral("sig")).toString().toLatin1());
        if (root.keys.value(keyId).verify(*message, sig))
            good.insert(keyId);
    }
    if (good.size() < keys.threshold || keys.threshold < 1) {
        *why = QStringLiteral("%1 metadata has %2 valid signature(s), %3 needed")
                   .arg(role)
                   .arg(good.size())
                   .arg(keys.threshold);
        return std::nullopt;
    }
    return signedPart;
}

bool signedOnlyByOthers(const QByteArray &envelope, const Root &root)
{
    const QJsonArray signatures
        = QJsonDocument::fromJson(envelope).object().value(QStringLiteral("signatures")).toArray();
    for (const QJsonValue &s : signatures) {
        if (root.keys.contains(s.toObject().value(QStringLiteral("keyid")).toString()))
            return false;
    }
    return !signatures.isEmpty();
}

namespace {

bool common(const QJsonObject &o, int *version, QDateTime *expires, QString *why)
{
    *version = o.value(QStringLiteral("version")).toInt(0);
    *expires = QDateTime::fromString(o.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    if (*version < 1) {
        *why = QStringLiteral("version must be a whole number of at least 1");
        return false;
    }
    if (!expires->isValid()) {
        *why = QStringLiteral("expires is not an ISO 8601 time");
        return false;
    }
    if (!o.value(QStringLiteral("spec_version")).toString().startsWith(u"1.")) {
        *why = QStringLiteral("spec_version is not 1.x");
        return false;
    }
    return true;
}

/** A SHA-256 in lower-case hex: anything else could be a path once used as a file name. */
bool isSha256(const QString &hash)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(hash).hasMatch();
}

std::optional<FileInfo> fileInfo(const QJsonObject &o, QString *why)
{
    FileInfo f;
    f.version = o.value(QStringLiteral("version")).toInt(0);
    f.length = o.contains(QStringLiteral("length"))
        ? qint64(o.value(QStringLiteral("length")).toDouble(-1))
        : -1;
    f.sha256
        = o.value(QStringLiteral("hashes")).toObject().value(QStringLiteral("sha256")).toString();
    if (o.contains(QStringLiteral("length")) && (f.length < 0 || f.length > MaxFileLength)) {
        *why = QStringLiteral("a length is not a whole number up to %1").arg(MaxFileLength);
        return std::nullopt;
    }
    if (o.contains(QStringLiteral("hashes")) && !isSha256(f.sha256)) {
        *why = QStringLiteral("a sha256 is not 64 lower-case hex digits");
        return std::nullopt;
    }
    return f;
}

QJsonObject fileInfoJson(const FileInfo &f, bool withVersion)
{
    QJsonObject o;
    if (withVersion)
        o.insert(QStringLiteral("version"), f.version);
    if (f.length >= 0)
        o.insert(QStringLiteral("length"), f.length);
    if (!f.sha256.isEmpty())
        o.insert(QStringLiteral("hashes"), QJsonObject { { QStringLiteral("sha256"), f.sha256 } });
    return o;
}

QJsonObject header(const QString &type, int version, const QDateTime &expires)
{
    return { { QStringLiteral("_type"), type }, { QStringLiteral("spec_version"), SpecVersion },
        { QStringLiteral("version"), version }, { QStringLiteral("expires"), isoUtc(expires) } };
}

} // namespace

std::optional<Root> parseRoot(const QJsonObject &o, QString *why)
{
    Root root;
    if (!common(o, &root.version, &root.expires, why))
        return std::nullopt;
    root.consistentSnapshot = o.value(QStringLiteral("consistent_snapshot")).toBool(false);
    const QJsonObject keys = o.value(QStringLiteral("keys")).toObject();
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        const auto key = TufKey::fromJson(it.value().toObject(), why);
        if (!key)
            return std::nullopt;
        if (key->keyId() != it.key()) {
            *why = QStringLiteral("key id %1 does not match its key").arg(it.key());
            return std::nullopt;
        }
        root.keys.insert(it.key(), *key);
    }
    const QJsonObject roles = o.value(QStringLiteral("roles")).toObject();
    for (const QString &role : Roles) {
        const QJsonObject r = roles.value(role).toObject();
        RoleKeys rk;
        for (const QJsonValue &id : r.value(QStringLiteral("keyids")).toArray())
            rk.keyIds.append(id.toString());
        rk.threshold = r.value(QStringLiteral("threshold")).toInt(0);
        if (rk.threshold < 1 || rk.keyIds.size() < rk.threshold) {
            *why = QStringLiteral("role %1 needs a threshold of at least 1 and as many keys")
                       .arg(role);
            return std::nullopt;
        }
        root.roles.insert(role, rk);
    }
    return root;
}

namespace {

/** The one file a timestamp or snapshot names in its "meta": it must carry a version. */
std::optional<FileInfo> metaFile(
    const QJsonObject &o, const QString &role, const QString &file, QString *why)
{
    const auto info
        = fileInfo(o.value(QStringLiteral("meta")).toObject().value(file).toObject(), why);
    if (!info)
        return std::nullopt;
    if (info->version < 1) {
        *why = QStringLiteral("%1 does not name a %2 version").arg(role, file);
        return std::nullopt;
    }
    return info;
}

} // namespace

std::optional<Timestamp> parseTimestamp(const QJsonObject &o, QString *why)
{
    Timestamp t;
    if (!common(o, &t.version, &t.expires, why))
        return std::nullopt;
    const auto info
        = metaFile(o, QStringLiteral("timestamp"), QStringLiteral("snapshot.json"), why);
    if (!info)
        return std::nullopt;
    t.snapshot = *info;
    return t;
}

std::optional<Snapshot> parseSnapshot(const QJsonObject &o, QString *why)
{
    Snapshot s;
    if (!common(o, &s.version, &s.expires, why))
        return std::nullopt;
    const auto info = metaFile(o, QStringLiteral("snapshot"), QStringLiteral("targets.json"), why);
    if (!info)
        return std::nullopt;
    s.targets = *info;
    return s;
}

std::optional<Targets> parseTargets(const QJsonObject &o, QString *why)
{
    Targets t;
    if (!common(o, &t.version, &t.expires, why))
        return std::nullopt;
    const QJsonObject files = o.value(QStringLiteral("targets")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const auto info = fileInfo(it.value().toObject(), why);
        if (!info || info->length < 0 || !isSha256(info->sha256)) {
            *why = QStringLiteral("target %1 needs a length and a sha256").arg(it.key());
            return std::nullopt;
        }
        t.files.insert(it.key(), *info);
    }
    return t;
}

QJsonObject rootJson(const Root &root)
{
    QJsonObject o = header(QStringLiteral("root"), root.version, root.expires);
    o.insert(QStringLiteral("consistent_snapshot"), root.consistentSnapshot);
    QJsonObject keys;
    for (auto it = root.keys.constBegin(); it != root.keys.constEnd(); ++it)
        keys.insert(it.key(), it.value().toJson());
    o.insert(QStringLiteral("keys"), keys);
    QJsonObject roles;
    for (const QString &role : Roles) {
        const RoleKeys rk = root.roles.value(role);
        roles.insert(role,
            QJsonObject { { QStringLiteral("keyids"), QJsonArray::fromStringList(rk.keyIds) },
                { QStringLiteral("threshold"), rk.threshold } });
    }
    o.insert(QStringLiteral("roles"), roles);
    return o;
}

QJsonObject timestampJson(const Timestamp &t)
{
    QJsonObject o = header(QStringLiteral("timestamp"), t.version, t.expires);
    o.insert(QStringLiteral("meta"),
        QJsonObject { { QStringLiteral("snapshot.json"), fileInfoJson(t.snapshot, true) } });
    return o;
}

QJsonObject snapshotJson(const Snapshot &s)
{
    QJsonObject o = header(QStringLiteral("snapshot"), s.version, s.expires);
    o.insert(QStringLiteral("meta"),
        QJsonObject { { QStringLiteral("targets.json"), fileInfoJson(s.targets, true) } });
    return o;
}

QJsonObject targetsJson(const Targets &t)
{
    QJsonObject o = header(QStringLiteral("targets"), t.version, t.expires);
    QJsonObject files;
    for (auto it = t.files.constBegin(); it != t.files.constEnd(); ++it)
        files.insert(it.key(), fileInfoJson(it.value(), false));
    o.insert(QStringLiteral("targets"), files);
    return o;
}

QString targetPathProblem(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u'?')
        || path.contains(u'#') || path.contains(u':'))
        return QStringLiteral("target path '%1' is not a plain relative path").arg(path);
    for (const QString &part : path.split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return QStringLiteral("target path '%1' has an empty, '.' or '..' part").arg(path);
    }
    return {};
}

QString consistentTargetPath(const QString &path, const QString &sha256)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString dir = slash < 0 ? QString() : path.left(slash + 1);
    return QStringLiteral("targets/") + dir + sha256 + u'.' + path.mid(slash + 1);
}

} // namespace Tuf
