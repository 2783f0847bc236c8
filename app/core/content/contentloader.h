#pragma once

#include "content.h"
#include "problem.h"

#include <memory>

/** Reads a pack folder into one immutable Content snapshot; the kiosk and lactation-pack share it.
 */
class ContentLoader
{
public:
    struct Result
    {
        std::shared_ptr<const Content> content; ///< null when the pack cannot be used at all
        QList<Problem> problems;

        /** A pack is usable only when it loaded without a single problem. */
        bool ok() const { return content && problems.isEmpty(); }
    };

    static Result load(const QString &packDir);
};
