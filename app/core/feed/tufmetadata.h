#pragma once

#include "tufkeys.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

/** TUF 1.0 metadata: the four top-level roles, their signing and their checks. */
namespace Tuf {

/** No target or metadata file may be longer (a pack's media are capped at 100 MiB each). */
constexpr qint64 MaxFileLength = 256LL * 1024 * 1024;

inline const QString SpecVersion = QStringLiteral("1.0.31");
inline const QStringList Roles { QStringLiteral("root"), QStringLiteral("targets"),
    QStringLiteral("snapshot"), QStringLiteral("timestamp") };

struct RoleKeys
{
    QStringList keyIds;
    int threshold = 1;
};

/** A file one role describes for the next: version, and length and SHA-256 where known. */
struct FileInfo
{
    int version = 0;
    qint64 length = -1;
    QString sha256;
};

struct Root
{
    int version = 0;
    QDateTime expires;
    bool consistentSnapshot = true;
    QHash<QString, TufKey> keys; ///< by key id
    QHash<QString, RoleKeys> roles;
};

struct Timestamp
{
    int version = 0;
    QDateTime expires;
    FileInfo snapshot;
};

struct Snapshot
{
    int version = 0;
    QDateTime expires;
    FileInfo targets;
};

struct Targets
{
    int version = 0;
    QDateTime expires;
    QMap<QString, FileInfo> files; ///< target path -> length and hash
};

/** {"signed": …, "signatures": [{keyid, sig}]} signed by every key in @p keys. */
QJsonObject sign(const QJsonObject &signedPart, const QList<TufKey> &keys);

/**
 * Parses an envelope and checks that at least the role's threshold of distinct keys of @p root
 * signed it, and that its _type is @p role. Returns the "signed" object, or nullopt with @p why.
 */
std::optional<QJsonObject> verify(
    const QByteArray &envelope, const Root &root, const QString &role, QString *why);

/**
 * Whether @p envelope carries signatures and none of them is by a key @p root names: metadata of
 * another feed (or forged), as opposed to a bad signature by one of the root's own keys.
 */
bool signedOnlyByOthers(const QByteArray &envelope, const Root &root);

/** The "signed" part of each role, checked for the fields TUF requires. */
std::optional<Root> parseRoot(const QJsonObject &signedPart, QString *why);
std::optional<Timestamp> parseTimestamp(const QJsonObject &signedPart, QString *why);
std::optional<Snapshot> parseSnapshot(const QJsonObject &signedPart, QString *why);
std::optional<Targets> parseTargets(const QJsonObject &signedPart, QString *why);

QJsonObject rootJson(const Root &root);
QJsonObject timestampJson(const Timestamp &timestamp);
QJsonObject snapshotJson(const Snapshot &snapshot);
QJsonObject targetsJson(const Targets &targets);

/** "2027-01-01T00:00:00Z", as TUF writes expiry. */
QString isoUtc(const QDateTime &at);

/** Why @p path may not name a target file (.., absolute, ?, #, \\, empty parts), or empty. */
QString targetPathProblem(const QString &path);

/** Where a consistent-snapshot feed keeps a target: dir/<sha256>.<name>, under targets/. */
QString consistentTargetPath(const QString &path, const QString &sha256);

} // namespace Tuf
