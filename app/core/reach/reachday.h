#pragma once

#include "mqttclient.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

/**
 * One local day of one kiosk, as counts and nothing else: how many visits began, how often each
 * screen (and each article page) was opened, how many visits used each language and each
 * accessibility feature, the take-away codes shown by kind, the waitlist joins, and each slide's
 * plays and seconds on screen (proof of play, with or without anyone watching). No time of day,
 * no order, nothing that ties two choices to one visit.
 *
 * The same shape is a day file in the kiosk's state folder, a day of its retained reach document
 * on the broker, a row of IT's archive, and a period's sum in the report.
 */
struct ReachDay
{
    /** A slide's proof of play, with the campaign window slides.json gave it that day. */
    struct SlidePlay
    {
        qint64 plays = 0;
        qint64 seconds = 0;
        QDate start; ///< first day of its window (invalid: open)
        QDate end; ///< last day of its window (invalid: open)
    };

    QDate day;
    qint64 visits = 0;
    qint64 waitlistJoins = 0;
    QMap<QString, qint64> screens; ///< screen name (ScreenList) -> times opened
    QMap<QString, qint64> pages; ///< article page id -> times opened
    QMap<QString, qint64> languages; ///< BCP 47 tag -> visits that used it
    QMap<QString, qint64> features; ///< listen, keypad, largeText, … -> visits that used it
    QMap<QString, qint64> takeAways; ///< call, text, contact, event, meeting, link -> codes shown
    QMap<QString, SlidePlay> slides; ///< slide id -> plays and seconds

    /** Adds @p other's counts to these (a slide's window: the one @p other names, if any). */
    void add(const ReachDay &other);

    /** {"day": "2026-12-07", "visits": 12, "screens": {…}, …}: keys in a fixed order. */
    QJsonObject toJson() const;
    /** The day @p json describes; nullopt with @p why (the key at fault) when it is not one. */
    static std::optional<ReachDay> fromJson(const QJsonObject &json, QString *why);

    /** The count tables by their JSON key, for code that goes through all of them. */
    static const QStringList &tableNames();
    const QMap<QString, qint64> &table(const QString &name) const;
    QMap<QString, qint64> &table(const QString &name);
};

/**
 * What a kiosk publishes, retained, at `<prefix>/kiosks/<id>/reach`: its id, its site, and its
 * last closed days (ReachSettings::PublishedDays), oldest first. Never today's counts, never the
 * fleet status's: a new document only when a day closes.
 */
struct ReachDocument
{
    QString kiosk;
    QString site;
    QList<ReachDay> days;

    QJsonObject toJson() const;
    /** Nullopt with @p why (which day, which key) when @p payload is not such a document. */
    static std::optional<ReachDocument> fromJson(const QByteArray &payload, QString *why);

    /** `<prefix>/kiosks/<id>/<leaf>` (FleetSettings::topic: the fleet's topic layout). */
    using Topic = std::function<QString(const QString &id, const QString &leaf)>;
    /**
     * Reads every kiosk's retained document from @p broker: the kiosks by their `availability`
     * first, then their `reach` topics 500 at a time (MqttClient::readRetained's rounds), each
     * handed to @p each with the kiosk's id as its topic names it. A document that is not one is
     * named in @p problems and left out. False with @p why when the broker cannot be read.
     */
    static bool readAll(const MqttSettings &broker, const Topic &topic, int waitSeconds,
        const std::function<void(const QString &kiosk, const ReachDocument &doc)> &each,
        QStringList *problems, QString *why);
};
