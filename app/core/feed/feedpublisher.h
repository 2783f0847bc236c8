#pragma once

#include <QDateTime>
#include <QStringList>
#include <optional>

/** IT's side of the content feed: keys, and publishing a checked pack as signed TUF metadata. */
namespace FeedPublisher {

/** Creates one Ed25519 key per TUF role in @p keyDir (<role>.key, readable by the owner only). */
bool initKeys(const QString &keyDir, QString *why);

struct Request
{
    QString packDir;
    QString feedDir;
    QString keyDir;
    int expiresDays = 30; ///< targets, snapshot and timestamp; root lasts a year
    QDateTime now = QDateTime::currentDateTimeUtc();
};

struct Result
{
    int rootVersion = 0;
    int targetsVersion = 0;
    int snapshotVersion = 0;
    int timestampVersion = 0;
    int filesAdded = 0; ///< target files new to the feed
    int filesTotal = 0;
    QString message; ///< what was signed, in one sentence for IT
};

/**
 * Loads the pack with the kiosk's loader (a pack with any problem is never published), then
 * writes, in this order, the target files, N.targets.json, N.snapshot.json and timestamp.json.
 * Needs the targets, snapshot and timestamp keys, and the root key only for the first publish
 * into an empty folder (which writes 1.root.json); the keys must be those the feed's root names.
 */
std::optional<Result> publish(const Request &request, QStringList *problems);

/**
 * Re-signs timestamp.json with a new version and expiry, naming the same snapshot: run it on a
 * schedule (cron, a systemd timer) so kiosks never see an expired timestamp between publishes.
 * Needs only the timestamp key, and refuses one the feed's root does not name.
 */
std::optional<Result> refreshTimestamp(const QString &feedDir, const QString &keyDir,
    int expiresDays, QStringList *problems, const QDateTime &now = QDateTime::currentDateTimeUtc());

/**
 * Moves the feed to the keys in @p newKeyDir: writes root N+1 naming them, signed by the old and
 * the new root key (so every kiosk can follow), then re-signs targets, snapshot and timestamp
 * with the new keys. Needs only root.key in @p keyDir (it must be the feed's root key) and all
 * four keys in @p newKeyDir.
 */
std::optional<Result> rotateRoot(const QString &feedDir, const QString &keyDir,
    const QString &newKeyDir, int expiresDays, QStringList *problems,
    const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace FeedPublisher
