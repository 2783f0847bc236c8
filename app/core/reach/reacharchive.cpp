#include "reacharchive.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString sqlError(const QSqlError &error)
{
    return error.text().isEmpty() ? QStringLiteral("unknown error") : error.text();
}

} // namespace

ReachArchive::ReachArchive()
    : m_connection(QStringLiteral("reach-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ReachArchive::~ReachArchive()
{
    m_putKiosk.reset();
    m_putDay.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ReachArchive::open(const QString &file, QString *why)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *why = QStringLiteral("Qt SQL's SQLite driver is not installed (libqt6sql6-sqlite)");
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(file);
    if (!m_db.open()) {
        *why = QStringLiteral("%1: %2").arg(file, sqlError(m_db.lastError()));
        return false;
    }
    QSqlQuery q(m_db);
    for (const char *statement : {
             "CREATE TABLE IF NOT EXISTS kiosks (kiosk TEXT PRIMARY KEY NOT NULL, site TEXT NOT "
             "NULL)",
             "CREATE TABLE IF NOT EXISTS days (kiosk TEXT NOT NULL, day TEXT NOT NULL, counts "
             "TEXT NOT NULL, PRIMARY KEY (kiosk, day)) WITHOUT ROWID",
         }) {
        if (!q.exec(QLatin1String(statement))) {
            *why = QStringLiteral("%1: not an archive of kiosk days (%2)")
                       .arg(file, sqlError(q.lastError()));
            return false;
        }
    }
    return true;
}

bool ReachArchive::put(
    const QString &kiosk, const QString &site, const QList<ReachDay> &days, QString *why)
{
    if (!m_inTransaction) {
        m_putKiosk.emplace(m_db);
        m_putDay.emplace(m_db);
        // A day read again replaces the row only when it differs: a second merge writes nothing.
        if (!m_db.transaction()
            || !m_putKiosk->prepare(QStringLiteral(
                "INSERT INTO kiosks (kiosk, site) VALUES (?, ?) ON CONFLICT (kiosk) DO UPDATE "
                "SET site = excluded.site WHERE excluded.site != '' AND site != excluded.site"))
            || !m_putDay->prepare(QStringLiteral(
                "INSERT INTO days (kiosk, day, counts) VALUES (?, ?, ?) ON CONFLICT (kiosk, day) "
                "DO UPDATE SET counts = excluded.counts WHERE counts != excluded.counts"))) {
            *why = sqlError(m_db.lastError());
            return false;
        }
        m_inTransaction = true;
    }
    m_putKiosk->bindValue(0, kiosk);
    m_putKiosk->bindValue(1, site);
    if (!m_putKiosk->exec()) {
        *why = sqlError(m_putKiosk->lastError());
        return false;
    }
    for (const ReachDay &day : days) {
        m_putDay->bindValue(0, kiosk);
        m_putDay->bindValue(1, day.day.toString(Qt::ISODate));
        m_putDay->bindValue(
            2, QString::fromUtf8(QJsonDocument(day.toJson()).toJson(QJsonDocument::Compact)));
        if (!m_putDay->exec()) {
            *why = sqlError(m_putDay->lastError());
            return false;
        }
    }
    return true;
}

bool ReachArchive::commit(QString *why)
{
    if (!m_inTransaction)
        return true;
    m_inTransaction = false;
    m_putKiosk.reset();
    m_putDay.reset();
    if (!m_db.commit()) {
        *why = sqlError(m_db.lastError());
        m_db.rollback();
        return false;
    }
    return true;
}

QList<QPair<QString, QString>> ReachArchive::kiosks() const
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT kiosk, site FROM kiosks ORDER BY kiosk"))) {
        while (q.next())
            out.append({ q.value(0).toString(), q.value(1).toString() });
    }
    return out;
}

bool ReachArchive::read(QDate from, QDate to,
    const std::function<void(const QString &, const ReachDay &)> &each, QString *why) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT kiosk, day, counts FROM days WHERE day >= ? AND day <= ? ORDER BY kiosk, day"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec()) {
        *why = sqlError(q.lastError());
        return false;
    }
    while (q.next()) {
        QString bad;
        const auto day = ReachDay::fromJson(
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), &bad);
        if (!day) {
            *why = QStringLiteral("the archive's day %1 of %2: %3")
                       .arg(q.value(1).toString(), q.value(0).toString(), bad);
            return false;
        }
        each(q.value(0).toString(), *day);
    }
    return true;
}
