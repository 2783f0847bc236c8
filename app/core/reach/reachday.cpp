#include "reachday.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

const QString DayKey = QStringLiteral("day");
const QString VisitsKey = QStringLiteral("visits");
const QString JoinsKey = QStringLiteral("waitlistJoins");
const QString SlidesKey = QStringLiteral("slides");

/** A count: a whole number from 0 up, as JSON carries it. */
std::optional<qint64> count(const QJsonValue &value)
{
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d < 0 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

QJsonObject tableJson(const QMap<QString, qint64> &table)
{
    QJsonObject out;
    for (auto it = table.constBegin(); it != table.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void addTable(QMap<QString, qint64> &to, const QMap<QString, qint64> &from)
{
    for (auto it = from.constBegin(); it != from.constEnd(); ++it)
        to[it.key()] += it.value();
}

} // namespace

const QStringList &ReachDay::tableNames()
{
    static const QStringList names { QStringLiteral("screens"), QStringLiteral("pages"),
        QStringLiteral("languages"), QStringLiteral("features"), QStringLiteral("takeAways") };
    return names;
}

const QMap<QString, qint64> &ReachDay::table(const QString &name) const
{
    return const_cast<ReachDay *>(this)->table(name);
}

QMap<QString, qint64> &ReachDay::table(const QString &name)
{
    if (name == u"screens")
        return screens;
    if (name == u"pages")
        return pages;
    if (name == u"languages")
        return languages;
    if (name == u"features")
        return features;
    Q_ASSERT(name == u"takeAways");
    return takeAways;
}

void ReachDay::add(const ReachDay &other)
{
    visits += other.visits;
    waitlistJoins += other.waitlistJoins;
    for (const QString &name : tableNames())
        addTable(table(name), other.table(name));
    for (auto it = other.slides.constBegin(); it != other.slides.constEnd(); ++it) {
        SlidePlay &mine = slides[it.key()];
        mine.plays += it->plays;
        mine.seconds += it->seconds;
        if (it->start.isValid() || it->end.isValid()) {
            mine.start = it->start;
            mine.end = it->end;
        }
    }
}

QJsonObject ReachDay::toJson() const
{
    QJsonObject out { { DayKey, day.toString(Qt::ISODate) }, { VisitsKey, visits },
        { JoinsKey, waitlistJoins } };
    for (const QString &name : tableNames())
        out.insert(name, tableJson(table(name)));
    QJsonObject slideJson;
    for (auto it = slides.constBegin(); it != slides.constEnd(); ++it) {
        QJsonObject one { { QStringLiteral("plays"), it->plays },
            { QStringLiteral("seconds"), it->seconds } };
        if (it->start.isValid())
            one.insert(QStringLiteral("start"), it->start.toString(Qt::ISODate));
        if (it->end.isValid())
            one.insert(QStringLiteral("end"), it->end.toString(Qt::ISODate));
        slideJson.insert(it.key(), one);
    }
    out.insert(SlidesKey, slideJson);
    return out;
}

std::optional<ReachDay> ReachDay::fromJson(const QJsonObject &json, QString *why)
{
    ReachDay d;
    d.day = QDate::fromString(json.value(DayKey).toString(), Qt::ISODate);
    if (!d.day.isValid()) {
        *why = QStringLiteral("\"day\" is not a date (YYYY-MM-DD)");
        return std::nullopt;
    }
    const auto number = [&](const QString &key, qint64 *into) {
        if (!json.contains(key))
            return true;
        const auto n = count(json.value(key));
        if (!n)
            *why = QStringLiteral("\"%1\" is not a count").arg(key);
        *into = n.value_or(0);
        return n.has_value();
    };
    if (!number(VisitsKey, &d.visits) || !number(JoinsKey, &d.waitlistJoins))
        return std::nullopt;
    for (const QString &name : tableNames()) {
        const QJsonObject table = json.value(name).toObject();
        for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
            const auto n = count(it.value());
            if (!n) {
                *why = QStringLiteral("\"%1\" of \"%2\" is not a count").arg(it.key(), name);
                return std::nullopt;
            }
            d.table(name).insert(it.key(), *n);
        }
    }
    const QJsonObject slides = json.value(SlidesKey).toObject();
    for (auto it = slides.constBegin(); it != slides.constEnd(); ++it) {
        const QJsonObject one = it.value().toObject();
        const auto plays = count(one.value(QStringLiteral("plays")));
        const auto seconds = count(one.value(QStringLiteral("seconds")));
        if (!plays || !seconds) {
            *why = QStringLiteral("slide \"%1\" has no count of plays and seconds").arg(it.key());
            return std::nullopt;
        }
        d.slides.insert(it.key(),
            { *plays, *seconds,
                QDate::fromString(one.value(QStringLiteral("start")).toString(), Qt::ISODate),
                QDate::fromString(one.value(QStringLiteral("end")).toString(), Qt::ISODate) });
    }
    return d;
}

QJsonObject ReachDocument::toJson() const
{
    QJsonArray list;
    for (const ReachDay &d : days)
        list.append(d.toJson());
    return { { QStringLiteral("id"), kiosk }, { QStringLiteral("site"), site },
        { QStringLiteral("days"), list } };
}

std::optional<ReachDocument> ReachDocument::fromJson(const QByteArray &payload, QString *why)
{
    QJsonParseError error {};
    const QJsonDocument json = QJsonDocument::fromJson(payload, &error);
    if (!json.isObject()) {
        *why = QStringLiteral("not a JSON object (%1)").arg(error.errorString());
        return std::nullopt;
    }
    const QJsonObject o = json.object();
    ReachDocument doc;
    doc.kiosk = o.value(QStringLiteral("id")).toString();
    doc.site = o.value(QStringLiteral("site")).toString();
    const QJsonArray days = o.value(QStringLiteral("days")).toArray();
    for (qsizetype i = 0; i < days.size(); ++i) {
        QString bad;
        const auto day = ReachDay::fromJson(days.at(i).toObject(), &bad);
        if (!day) {
            *why = QStringLiteral("day %1: %2").arg(i + 1).arg(bad);
            return std::nullopt;
        }
        doc.days.append(*day);
    }
    return doc;
}

bool ReachDocument::readAll(const MqttSettings &broker, const Topic &topic, int waitSeconds,
    const std::function<void(const QString &, const ReachDocument &)> &each, QStringList *problems,
    QString *why)
{
    constexpr qsizetype PerRound = 500; // well under a broker's 1000 waiting messages
    const QString availability = topic(QStringLiteral("+"), QStringLiteral("availability"));
    const QString head = availability.section(u'+', 0, 0);
    QStringList kiosks;
    qsizetype asked = 0;
    const auto message = [&](const QString &name, const QByteArray &payload) {
        const QString kiosk = name.mid(head.size()).section(u'/', 0, 0);
        if (name.endsWith(QStringLiteral("/availability"))) {
            kiosks.append(kiosk);
            return;
        }
        QString bad;
        if (const auto doc = fromJson(payload, &bad))
            each(kiosk, *doc);
        else
            problems->append(
                QStringLiteral("%1: %2; that kiosk's days are left out").arg(name, bad));
    };
    const auto nextRound = [&] {
        QStringList round;
        for (; asked < kiosks.size() && round.size() < PerRound; ++asked)
            round.append(topic(kiosks.at(asked), QStringLiteral("reach")));
        return round;
    };
    return MqttClient::readRetained(broker, { availability }, waitSeconds, message, why, nextRound);
}
