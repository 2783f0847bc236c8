#pragma once

#include "content.h"

#include <optional>

/** Whether a service with HSDS schedules is open, computed in each schedule's own zone. */
struct OpeningState
{
    bool open = false;
    bool alwaysOpen = false;
    QDateTime closes; ///< when open: the end of the current opening
    QDateTime
        opens; ///< when closed: the next opening, invalid if none soon (a week; monthly: 40 days)
};

/** nullopt when the schedules say nothing usable about hours (then the kiosk shows none). */
std::optional<OpeningState> openingState(
    const QList<ServiceSchedule> &schedules, const QDateTime &now, const QTimeZone &siteZone);
