#include "fleetreport.h"

#include "fleetsettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr int ExpiryWarningDays = 3;

QDateTime isoTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

/** "4 min", "2 h", "3 d": how long @p seconds is, roughly. */
QString span(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 120)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 7200)
        return QStringLiteral("%1 min").arg(seconds / 60);
    if (seconds < 3 * 86400)
        return QStringLiteral("%1 h").arg(seconds / 3600);
    return QStringLiteral("%1 d").arg(seconds / 86400);
}

/** @p value, or null where the status has no such key (so every kiosk has the same keys). */
QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue() : value;
}

QStringList staleRooms(const QJsonObject &status)
{
    QStringList stale;
    for (const QJsonValue &room : status.value(QStringLiteral("rooms")).toArray()) {
        if (room.toObject().value(QStringLiteral("stale")).toBool())
            stale.append(room.toObject().value(QStringLiteral("id")).toString());
    }
    return stale;
}

} // namespace

FleetReport::FleetReport(QString prefix)
    : m_prefix(std::move(prefix))
{
}

bool FleetReport::add(const QString &topic, const QByteArray &payload)
{
    const QString head = m_prefix + QStringLiteral("/kiosks/");
    if (!topic.startsWith(head))
        return false;
    const QStringList rest = topic.mid(head.size()).split(u'/');
    if (rest.size() != 2 || rest.at(0).isEmpty())
        return false;
    if (rest.at(1) == u"availability") {
        m_entries[rest.at(0)].availability = QString::fromUtf8(payload).trimmed();
        return true;
    }
    if (rest.at(1) == u"status") {
        Entry &entry = m_entries[rest.at(0)];
        entry.status = QJsonDocument::fromJson(payload).object();
        entry.hasStatus = true;
        return true;
    }
    return false;
}

QList<FleetReport::Kiosk> FleetReport::kiosks(const QDateTime &now) const
{
    QList<Kiosk> result;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        Kiosk k;
        k.id = it.key();
        k.status = it->status;
        const QJsonObject &s = it->status;
        k.lastSuccess = isoTime(s.value(QStringLiteral("lastSuccess")));
        k.metadataExpires = isoTime(s.value(QStringLiteral("metadataExpires")));
        k.expiresSoon = k.metadataExpires.isValid()
            && now.secsTo(k.metadataExpires) < ExpiryWarningDays * 86400;
        k.staleRooms = staleRooms(s);
        const int interval = std::max(1, s.value(QStringLiteral("intervalSeconds")).toInt(300));
        const QDateTime updated = isoTime(s.value(QStringLiteral("updated")));
        if (!it->hasStatus) {
            k.state = QStringLiteral("unknown");
            k.problems.append(QStringLiteral("no status published"));
        } else if (it->availability == u"offline") {
            k.state = QStringLiteral("offline");
            k.problems.append(QStringLiteral("offline"));
        } else if (!updated.isValid() || updated.secsTo(now) > 2 * interval) {
            // Online by its connection, but its screen's heartbeat stopped: a hung kiosk.
            k.state = QStringLiteral("silent");
            k.problems.append(
                QStringLiteral("no heartbeat for %1")
                    .arg(updated.isValid() ? span(updated.secsTo(now)) : QStringLiteral("ever")));
        } else {
            k.state = QStringLiteral("online");
        }
        const QString error = s.value(QStringLiteral("lastError")).toString();
        if (!error.isEmpty())
            k.problems.append(QStringLiteral("last check failed"));
        if (k.expiresSoon)
            k.problems.append(
                QStringLiteral("metadata expires in %1").arg(span(now.secsTo(k.metadataExpires))));
        if (!k.staleRooms.isEmpty())
            k.problems.append(QStringLiteral("stale rooms"));
        result.append(k);
    }
    return result;
}

QString FleetReport::line(const Kiosk &k, const QDateTime &now)
{
    const QJsonObject &s = k.status;
    QStringList parts;
    parts.append(k.id);
    parts.append(k.state);
    const QString site = s.value(QStringLiteral("site")).toString();
    parts.append(site.isEmpty() ? QStringLiteral("-") : u'"' + site + u'"');
    if (s.contains(QStringLiteral("packId")))
        parts.append(QStringLiteral("pack %1 v%2")
                         .arg(s.value(QStringLiteral("packId")).toString())
                         .arg(s.value(QStringLiteral("packVersion")).toInt()));
    const int feed = s.value(QStringLiteral("feedVersion")).toInt();
    parts.append(feed > 0 ? QStringLiteral("feed v%1").arg(feed) : QStringLiteral("no feed"));
    if (k.lastSuccess.isValid())
        parts.append(QStringLiteral("checked %1 ago").arg(span(k.lastSuccess.secsTo(now))));
    if (k.metadataExpires.isValid())
        parts.append(QStringLiteral("metadata expires %1%2")
                         .arg(k.metadataExpires.toString(QStringLiteral("yyyy-MM-dd")),
                             k.expiresSoon ? QStringLiteral(" (SOON)") : QString()));
    if (!k.staleRooms.isEmpty())
        parts.append(QStringLiteral("stale rooms: ") + k.staleRooms.join(u','));
    const QString error = s.value(QStringLiteral("lastError")).toString();
    if (!error.isEmpty())
        parts.append(QStringLiteral("last error: ") + error);
    return parts.join(QStringLiteral("  "));
}

QString FleetReport::summary(
    const QList<Kiosk> &kiosks, const QString &prefix, const QString &broker)
{
    if (kiosks.isEmpty())
        return QStringLiteral("no kiosk has published under %1/kiosks/ at %2").arg(prefix, broker);
    QStringList unhealthy;
    for (const Kiosk &k : kiosks) {
        if (!k.healthy())
            unhealthy.append(
                QStringLiteral("%1 (%2)").arg(k.id, k.problems.join(QStringLiteral(", "))));
    }
    QString text = QStringLiteral("%1 kiosk(s) under %2/kiosks/ at %3: %4 healthy")
                       .arg(kiosks.size())
                       .arg(prefix, broker)
                       .arg(kiosks.size() - unhealthy.size());
    if (!unhealthy.isEmpty())
        text += QStringLiteral(", %1 not: ").arg(unhealthy.size())
            + unhealthy.join(QStringLiteral("; "));
    return text;
}

bool FleetReport::allHealthy(const QList<Kiosk> &kiosks)
{
    return !kiosks.isEmpty() && std::all_of(kiosks.begin(), kiosks.end(), [](const Kiosk &k) {
        return k.healthy();
    });
}

QJsonObject FleetReport::toJson(const QList<Kiosk> &kiosks, const QDateTime &now)
{
    QJsonArray list;
    int healthy = 0;
    for (const Kiosk &k : kiosks) {
        const QJsonObject &s = k.status;
        healthy += k.healthy() ? 1 : 0;
        list.append(QJsonObject {
            { QStringLiteral("id"), k.id },
            { QStringLiteral("state"), k.state },
            { QStringLiteral("healthy"), k.healthy() },
            { QStringLiteral("problems"), QJsonArray::fromStringList(k.problems) },
            { QStringLiteral("site"), orNull(s.value(QStringLiteral("site"))) },
            { QStringLiteral("packId"), orNull(s.value(QStringLiteral("packId"))) },
            { QStringLiteral("packVersion"), orNull(s.value(QStringLiteral("packVersion"))) },
            { QStringLiteral("feedVersion"), orNull(s.value(QStringLiteral("feedVersion"))) },
            { QStringLiteral("lastSuccessAgeSeconds"),
                k.lastSuccess.isValid() ? QJsonValue(k.lastSuccess.secsTo(now)) : QJsonValue() },
            { QStringLiteral("lastError"), orNull(s.value(QStringLiteral("lastError"))) },
            { QStringLiteral("metadataExpires"),
                orNull(s.value(QStringLiteral("metadataExpires"))) },
            { QStringLiteral("metadataExpiresSoon"), k.expiresSoon },
            { QStringLiteral("staleRooms"), QJsonArray::fromStringList(k.staleRooms) },
            { QStringLiteral("status"), s },
        });
    }
    return { { QStringLiteral("checked"), now.toString(Qt::ISODate) },
        { QStringLiteral("kiosks"), list }, { QStringLiteral("healthy"), healthy },
        { QStringLiteral("unhealthy"), int(kiosks.size()) - healthy } };
}

std::optional<FleetReport> FleetReport::collect(
    const MqttSettings &broker, const QString &prefix, int waitSeconds, QString *why)
{
    FleetReport report(prefix);
    const QStringList filters {
        FleetSettings::topic(prefix, QStringLiteral("+"), QStringLiteral("status")),
        FleetSettings::topic(prefix, QStringLiteral("+"), QStringLiteral("availability")),
    };
    const bool read = MqttClient::readRetained(
        broker, filters, waitSeconds,
        [&report](const QString &topic, const QByteArray &payload) {
            report.add(topic, payload);
        },
        why);
    return read ? std::optional(report) : std::nullopt;
}
