#pragma once

#include "content.h"

/** One meeting of a group or class, as the kiosk shows it. */
struct Occurrence
{
    QString uid;
    QString language; ///< language of the file it came from
    QString summary;
    QString description;
    QString location;
    QString url;
    QString joinUrl;
    QString organizer;
    QString cost;
    QStringList meetingLanguages;
    QStringList categories;
    bool allDay = false;
    bool cancelled = false;
    bool moved = false; ///< an override moved it from its usual time
    QDateTime start; ///< in the site's zone (all-day: midnight there)
    QDateTime end;
    QDate startDate; ///< all-day only
    QDate endDate; ///< all-day only, exclusive as in iCalendar

    bool isOnline() const { return !joinUrl.isEmpty(); }
};

/** Bounds that keep a hostile or careless rule cheap. */
struct ExpansionLimits
{
    int perEvent = 500; ///< occurrences kept per series inside the window
    int steps = 50000; ///< rule iterations per series, counted from where iteration starts
};

/**
 * Every occurrence that overlaps [from, to), sorted by start, in @p siteZone. Rules are expanded
 * in the wall-clock time of their own zone (RFC 5545), starting at the window, not at DTSTART,
 * where the rule allows (no COUNT).
 */
QList<Occurrence> expandOccurrences(const QList<EventSeries> &series, const QDateTime &from,
    const QDateTime &to, const QTimeZone &siteZone, ExpansionLimits limits = {});
