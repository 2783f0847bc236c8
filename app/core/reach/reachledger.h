#pragma once

#include "reachday.h"

#include <QList>
#include <QString>

/**
 * The kiosk's closed days in its state folder: one file per local day, `reach/YYYY-MM-DD.json`
 * (a ReachDay), written with writeDurably. Counts reach it only when a day closes at the site's
 * midnight, or at a clean stop (merged into that day's file), never during a visit.
 */
class ReachLedger
{
public:
    /** The ledger in @p stateDir (its `reach` folder, made when the first day is written). */
    explicit ReachLedger(const QString &stateDir);

    QString folder() const { return m_folder; }
    QString fileOf(QDate day) const;

    /**
     * Adds @p day's counts to its file: a new file, or the sum with the one there (a restarted
     * kiosk's day). A file that cannot be read is kept aside as `.unreadable`, never overwritten.
     * False with @p why when the file cannot be written (a full disk): the caller keeps the counts.
     */
    bool merge(const ReachDay &day, QString *why) const;
    /** The day file of @p day; nullopt when there is none, or with @p why when it is broken. */
    std::optional<ReachDay> read(QDate day, QString *why = nullptr) const;
    /** The days on file, oldest first. */
    QList<QDate> days() const;
    /** The last @p count days before @p today that have a file, oldest first. */
    QList<ReachDay> closedDays(QDate today, int count) const;
    /** Deletes the files of days more than @p keepDays before @p today; how many went. */
    int prune(QDate today, int keepDays) const;

private:
    QString m_folder;
};
