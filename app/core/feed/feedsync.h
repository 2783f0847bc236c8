#pragma once

#include "content.h"
#include "feedsettings.h"
#include "packstore.h"

#include <memory>

/** One update check of the kiosk: verify the feed, fetch what is new, switch when it loads. */
class FeedSync
{
public:
    enum class Outcome
    {
        Updated, ///< a new pack is now current
        Current, ///< already had the newest valid pack
        Rejected, ///< the feed or its pack was refused; the current pack stays
        Unreachable, ///< the feed could not be reached; the current pack stays
    };

    struct Result
    {
        Outcome outcome = Outcome::Rejected;
        QString message; ///< a sentence for logs and status.json
        QStringList problems; ///< the loader's, when the feed's pack does not load
        std::shared_ptr<const Content> content; ///< the new current pack, when Updated
        TufClient::Check metadata; ///< what the feed's metadata said, once it was verified
    };

    /**
     * One update check as the kiosk runs it from its settings: the feed poller's and
     * `lactation-kiosk --sync-once`'s. The trusted root file is needed until the state folder
     * trusts a newer root of its own (after a key rotation).
     */
    static Result check(
        const FeedSettings &settings, const QDateTime &now = QDateTime::currentDateTimeUtc());

    /**
     * `lactation-pack verify`: the kiosk's own check of the feed @p feed (a folder, or an http(s)
     * URL fetched exactly as a kiosk fetches it, trusting the CA certificates in @p caFile too),
     * trusting the root in @p rootFile, into a state folder that is thrown away afterwards.
     * Updated, with the versions and the first expiry in the message, when a kiosk would switch
     * to the feed's pack.
     */
    static Result verifyFeed(const QString &feed, const QString &rootFile,
        const QString &caFile = {}, const QDateTime &now = QDateTime::currentDateTimeUtc());

    /**
     * Runs the TUF workflow against @p source with the store's trusted root (or @p initialRoot
     * the first time), downloads only target files it lacks (resuming partial ones), stages the
     * pack, loads it with the kiosk's loader and only then switches `current`. Writes status.json.
     * timestamp.json is fetched whole every check, as TUF's own clients do (a few hundred bytes,
     * capped): a web server's weak ETag can repeat for a new file, and a conditional request
     * would then hold the new metadata off.
     */
    static Result syncOnce(FeedSource &source, PackStore &store, const QByteArray &initialRoot,
        const QDateTime &now = QDateTime::currentDateTimeUtc(),
        const QString &initialRootName = QStringLiteral("the trusted root"));

    /**
     * Called at each step of an update ("metadata", "object", "staged", "switched", "collected"):
     * tests/unit/synccrasher.cpp kills its process there to show that the next start finds the old
     * pack or the new one, whole. Null in the kiosk: no fault injection ships.
     */
    static void (*stepReached)(const char *step);

    /** Exit code of `lactation-kiosk --sync-once`: 0 current or updated, 2 rejected, 3 unreachable.
     */
    static int exitCode(Outcome outcome);
};
