#pragma once

#include "maininstance.h"
#include "reachledger.h"
#include "reachsettings.h"
#include "reachtally.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Visit;

/**
 * What the campaign reached, counted on the kiosk without tracking anyone ([reach]).
 *
 * It follows the visit's signals: a visit that began, each screen and article page opened, each
 * language the visit used (one she opened a screen in, chose, or ended in – the chooser itself
 * does not count her language), each feature (once a visit), each take-away code shown; and the
 * room's waitlist joins and the attract loop's slides (plays and seconds, watched or not). The
 * counts stay in memory (ReachTally) until the site's day closes at midnight in the pack's zone,
 * or the kiosk stops cleanly; then they are merged into that day's file (ReachLedger), so a visit
 * changes nothing on disk. A crash loses the day's counts so far. Closed days older than
 * `keep_days` are deleted; dayClosed() tells the fleet to publish the last 35.
 */
class ReachCounter : public QObject, public MainInstance<ReachCounter>
{
    Q_OBJECT

public:
    /** Counts for @p visit into @p stateDir (empty, or [reach] enabled = false: counts nothing). */
    ReachCounter(Visit *visit, ReachSettings settings, QString stateDir, QObject *parent = nullptr);
    /** A clean stop: the counts so far are merged into today's file. */
    ~ReachCounter() override;

    bool counting() const { return m_settings.enabled && !m_stateDir.isEmpty(); }
    /** The site's local day now (the pack's zone, the kiosk's clock). */
    QDate today() const;

    void waitlistJoined();
    /** Slide @p id (its window @p start to @p end) is on screen now; the one before is off. */
    void slideOnScreen(const QString &id, QDate start, QDate end);
    void slideOffScreen();

    /**
     * When the site's day has changed since the counts began, they are that day's: written,
     * kept days pruned, dayClosed(). The timer calls it every minute; a test after moving the
     * clock.
     */
    void checkDay();
    /** What the broker keeps for this kiosk: its last closed days (never today's). */
    ReachDocument document(const QString &kioskId, const QString &site) const;

Q_SIGNALS:
    void dayClosed();

private:
    /** Merges the counts so far into @p day's file; kept in memory when that fails. */
    void write(QDate day);
    /** Adds the on-screen slide's seconds so far to the tally, and starts its clock again. */
    void creditSlide();
    void languageUsed();

    QPointer<Visit> m_visit;
    ReachSettings m_settings;
    QString m_stateDir;
    ReachLedger m_ledger;
    ReachTally m_tally;
    QMap<QDate, ReachDay> m_unwritten; ///< days a full disk refused, tried again at each write
    QDate m_day; ///< the day the tally is counting
    QTimer m_timer;
    QString m_slide; ///< on screen now, if any
    QElapsedTimer m_slideClock;
};
