// `lactation-kiosk --sync-once`, for tst_feedsync only, killed with SIGKILL when the update
// reaches STEP (FeedSync::stepReached): the kiosk itself carries no fault injection.
//
//   synccrasher STEP FEED_URL STATE_DIR TRUSTED_ROOT
#include "feedsync.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace {
const char *crashAt = nullptr;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: synccrasher STEP FEED_URL STATE_DIR TRUSTED_ROOT\n");
        return 64;
    }
    crashAt = argv[1];
    FeedSync::stepReached = [](const char *step) {
        if (std::strcmp(step, crashAt) == 0)
            std::raise(SIGKILL);
    };
    FeedSettings feed;
    feed.url = QUrl(QString::fromLocal8Bit(argv[2]));
    feed.stateDir = QString::fromLocal8Bit(argv[3]);
    feed.trustedRoot = QString::fromLocal8Bit(argv[4]);
    const auto result = FeedSync::check(feed);
    std::fprintf(stderr, "%s\n", qPrintable(result.message));
    return FeedSync::exitCode(result.outcome);
}
