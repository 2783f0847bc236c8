#pragma once

#include "reachday.h"

#include <QHash>
#include <QSet>

/**
 * Today's counts on the kiosk, in memory only. A visit's marks (which languages and features it
 * has already been counted for) make "visits that used X" count each visit once; they are
 * forgotten when the visit is over, so nothing of a visit outlives its reset. Pure counting: when
 * a visit begins, what it opens and when the day closes are the caller's (ReachCounter).
 */
class ReachTally
{
public:
    void visitBegan() { ++m_day.visits; }
    /** Forgets the visit's marks (the idle reset). */
    void visitOver() { m_marks.clear(); }
    void opened(const QString &screen, const QString &pageId = {});
    /** The visit used @p tag: counted once per visit. */
    void language(const QString &tag) { once(m_day.languages, tag); }
    /** The visit used @p feature (listen, largeText, …): counted once per visit. */
    void used(const QString &feature) { once(m_day.features, feature); }
    void tookAway(const QString &kind) { ++m_day.takeAways[kind]; }
    void waitlistJoined() { ++m_day.waitlistJoins; }
    /** A slide came on screen (its campaign window with it). */
    void slidePlayed(const QString &id, QDate start, QDate end);
    /** A slide was on screen for @p ms more. */
    void slideShown(const QString &id, qint64 ms) { m_slideMs[id] += ms; }

    /** The counts so far as the day @p day (seconds rounded), and a fresh start for the next. */
    ReachDay take(QDate day);

private:
    void once(QMap<QString, qint64> &table, const QString &key);

    ReachDay m_day;
    QHash<QString, qint64> m_slideMs;
    QSet<QString>
        m_marks; ///< the visit's: what it was counted for already ("l" + tag, "f" + feature)
};
