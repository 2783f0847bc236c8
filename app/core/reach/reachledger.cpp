#include "reachledger.h"

#include "durablefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

ReachLedger::ReachLedger(const QString &stateDir)
    : m_folder(stateDir + QStringLiteral("/reach"))
{
}

QString ReachLedger::fileOf(QDate day) const
{
    return m_folder + u'/' + day.toString(Qt::ISODate) + QStringLiteral(".json");
}

std::optional<ReachDay> ReachLedger::read(QDate day, QString *why) const
{
    QFile file(fileOf(day));
    if (!file.exists())
        return std::nullopt;
    QString error;
    QJsonParseError parse {};
    const QJsonDocument doc = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.readAll(), &parse)
        : QJsonDocument();
    std::optional<ReachDay> result;
    if (!file.isOpen())
        error = file.errorString();
    else if (!doc.isObject())
        error = parse.errorString();
    else if ((result = ReachDay::fromJson(doc.object(), &error)) && result->day != day)
        error = QStringLiteral("it holds the day %1").arg(result->day.toString(Qt::ISODate));
    if (!error.isEmpty() && why)
        *why = QStringLiteral("%1: %2").arg(file.fileName(), error);
    return error.isEmpty() ? result : std::nullopt;
}

bool ReachLedger::merge(const ReachDay &day, QString *why) const
{
    if (!QDir().mkpath(m_folder)) {
        *why = QStringLiteral("%1: cannot make the folder").arg(m_folder);
        return false;
    }
    ReachDay sum = day;
    QString broken;
    if (const auto before = read(day.day, &broken))
        sum.add(*before);
    else if (!broken.isEmpty()) {
        // Never overwrite what cannot be read: it stays aside for a person to look at.
        const QString aside = fileOf(day.day) + QStringLiteral(".unreadable");
        QFile::remove(aside);
        QFile::rename(fileOf(day.day), aside);
        qWarning("reach: %s; kept as %s", qPrintable(broken), qPrintable(aside));
    }
    sum.day = day.day;
    return writeDurably(
        fileOf(day.day), QJsonDocument(sum.toJson()).toJson(QJsonDocument::Compact), why);
}

QList<QDate> ReachLedger::days() const
{
    QList<QDate> out;
    const QStringList files
        = QDir(m_folder).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QDate day = QDate::fromString(name.chopped(5), Qt::ISODate);
        if (day.isValid())
            out.append(day);
    }
    return out;
}

QList<ReachDay> ReachLedger::closedDays(QDate today, int count) const
{
    QList<ReachDay> out;
    const QList<QDate> all = days();
    for (auto it = all.crbegin(); it != all.crend() && out.size() < count; ++it) {
        if (*it >= today)
            continue;
        QString why;
        if (const auto day = read(*it, &why))
            out.prepend(*day);
        else if (!why.isEmpty())
            qWarning("reach: %s; that day is not published", qPrintable(why));
    }
    return out;
}

int ReachLedger::prune(QDate today, int keepDays) const
{
    int removed = 0;
    for (const QDate day : days()) {
        if (day.daysTo(today) > keepDays && QFile::remove(fileOf(day)))
            ++removed;
    }
    return removed;
}
