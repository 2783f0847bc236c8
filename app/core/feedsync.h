#pragma once

#include "packstore.h"

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
    };

    /**
     * Runs the TUF workflow against @p source with the store's trusted root (or @p initialRoot
     * the first time), downloads only target files it lacks (resuming partial ones), stages the
     * pack, loads it with the kiosk's loader and only then switches `current`. Writes status.json.
     */
    static Result syncOnce(FeedSource &source, PackStore &store, const QByteArray &initialRoot,
        const QDateTime &now = QDateTime::currentDateTimeUtc());

    /** Exit code of `lactation-kiosk --sync-once`: 0 current or updated, 2 rejected, 3 unreachable.
     */
    static int exitCode(Outcome outcome);
};
