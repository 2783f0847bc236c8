#pragma once

#include "mqttclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

/**
 * IT's view of the fleet (`lactation-pack fleet`): the retained status and availability of every
 * kiosk under a prefix, and whether each one is healthy. A kiosk is healthy when it is online
 * and heard from (a heartbeat within two of its intervals), its last feed check had no error,
 * its trusted metadata does not expire within three days, and none of its rooms is stale.
 */
class FleetReport
{
public:
    /** One kiosk as the reader sees it. */
    struct Kiosk
    {
        QString id;
        QString state; ///< online, offline, silent, or unknown (availability without status)
        QJsonObject status; ///< as published
        QStringList problems; ///< why it is not healthy, in words
        // Read once from the status, for the judgement, the line and the JSON alike:
        QDateTime lastSuccess; ///< invalid: never
        QDateTime metadataExpires; ///< invalid: no feed
        bool expiresSoon = false; ///< within three days of the time judged at
        QStringList staleRooms;
        bool healthy() const { return problems.isEmpty(); }
    };

    explicit FleetReport(QString prefix = QStringLiteral("lactation"));

    /** Takes one retained message; false when @p topic is not a kiosk topic under the prefix. */
    bool add(const QString &topic, const QByteArray &payload);
    int size() const { return int(m_entries.size()); }

    /** Every kiosk, by id, judged at @p now. */
    QList<Kiosk> kiosks(const QDateTime &now) const;
    /** One line per kiosk: id, site, state, pack and version, feed version, check age, … */
    static QString line(const Kiosk &kiosk, const QDateTime &now);
    /** "2 kiosks under lactation/kiosks/ at mqtt://…: 1 healthy, 1 not: kiosk-b (offline)" */
    static QString summary(
        const QList<Kiosk> &kiosks, const QString &prefix, const QString &broker);
    /** True when there is a kiosk and every one is healthy (lactation-pack fleet's exit 0). */
    static bool allHealthy(const QList<Kiosk> &kiosks);
    /** The same as one document: {"checked": …, "healthy": n, "kiosks": [...]}. */
    static QJsonObject toJson(const QList<Kiosk> &kiosks, const QDateTime &now);

    /**
     * Reads the retained topics from the broker: connects, subscribes, and returns once the
     * broker has been quiet for half a second after subscribing, or after @p waitSeconds. Nullopt
     * with @p why when the broker cannot be reached or refuses the reader.
     */
    static std::optional<FleetReport> collect(
        const MqttSettings &broker, const QString &prefix, int waitSeconds, QString *why);

private:
    struct Entry
    {
        QString availability;
        QJsonObject status;
        bool hasStatus = false;
    };
    QString m_prefix;
    QMap<QString, Entry> m_entries;
};
