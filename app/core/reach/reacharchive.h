#pragma once

#include "reachday.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <optional>

/**
 * IT's archive of kiosk days (`lactation-pack reach --archive FILE`), an SQLite database through
 * Qt SQL: one row per kiosk and day, so history outlives the broker's 35 days. A day read again
 * replaces the row it had (the kiosk's closed day is final), so merging twice changes nothing.
 *
 *   kiosks(kiosk PRIMARY KEY, site)   days(kiosk, day, counts JSON, PRIMARY KEY (kiosk, day))
 */
class ReachArchive
{
public:
    ReachArchive();
    ~ReachArchive();
    ReachArchive(const ReachArchive &) = delete;
    ReachArchive &operator=(const ReachArchive &) = delete;

    /** Opens (or makes) @p file; false with @p why when it is not such a database. */
    bool open(const QString &file, QString *why);
    /** Puts @p kiosk (with its @p site's name) and its @p days in, replacing the days it had,
     * inside one transaction per merge; commit() ends it. */
    bool put(const QString &kiosk, const QString &site, const QList<ReachDay> &days, QString *why);
    bool commit(QString *why);
    /** Every kiosk the archive knows, with its site's name. */
    QList<QPair<QString, QString>> kiosks() const;
    /** Hands each kiosk day from @p from to @p to to @p each, as it reads them. */
    bool read(QDate from, QDate to,
        const std::function<void(const QString &kiosk, const ReachDay &day)> &each,
        QString *why) const;

private:
    QString m_connection;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
    std::optional<QSqlQuery> m_putKiosk; ///< prepared once per merge
    std::optional<QSqlQuery> m_putDay;
};
