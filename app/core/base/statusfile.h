#pragma once

#include <QJsonObject>
#include <QString>

/**
 * status.json in the state folder, for a fleet monitor and the staff panel. Each part owns its
 * own top-level keys (the feed check its versions and results, the room board `rooms`); an update
 * merges under a lock, so writers in other threads or processes never lose each other's keys.
 */
class StatusFile
{
public:
    explicit StatusFile(const QString &stateDir);

    /** Sets the top-level keys in @p changes, keeping the others. */
    void update(const QJsonObject &changes) const;
    QJsonObject read() const;

private:
    QString m_file;
};
