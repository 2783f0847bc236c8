#pragma once

#include "content.h"
#include "problem.h"

#include <memory>
#include <optional>

/** Reads a pack folder into one immutable Content snapshot; the kiosk and lactation-pack share it.
 */
class ContentLoader
{
public:
    struct Result
    {
        std::shared_ptr<const Content> content; ///< null when the pack cannot be used at all
        QList<Problem> problems; ///< errors and warnings, in file order

        /** A pack is usable when it loaded without a single error (warnings do not count). */
        bool ok() const { return content && errorCount(problems) == 0; }
        /** No problem at all, not even a warning (`lactation-pack validate --strict`). */
        bool clean() const { return content && problems.isEmpty(); }
        /** The first error as one line, empty when there is none. */
        QString firstError() const;
    };

    static Result load(const QString &packDir);

    /** pack.json alone (id, version, languages …): what a caller needs who shows nothing. */
    static std::optional<PackInfo> readInfo(const QString &packDir);

    /** How many whole packs this process has loaded: a figure for tests and benchmarks (an
     * update check that finds nothing new loads none). */
    static int loadCount();
};
