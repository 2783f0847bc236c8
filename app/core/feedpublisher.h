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
};

/**
 * Loads the pack with the kiosk's loader (a pack with any problem is never published), then
 * writes, in this order, the target files, N.targets.json, N.snapshot.json and timestamp.json.
 */
std::optional<Result> publish(const Request &request, QStringList *problems);

} // namespace FeedPublisher
