#include "packreport.h"

#include "occurrences.h"

#include <QJsonArray>

static QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString isoWithOffset(const QDateTime &at)
{
    return at.toString(Qt::ISODate);
}

static QJsonObject serviceJson(const Service &s)
{
    QJsonArray phones;
    for (const ServicePhone &p : s.phones) {
        QJsonObject phone { { QStringLiteral("number"), p.number } };
        if (!p.extension.isEmpty())
            phone.insert(QStringLiteral("extension"), p.extension);
        if (!p.type.isEmpty())
            phone.insert(QStringLiteral("type"), p.type);
        if (!p.languages.isEmpty())
            phone.insert(QStringLiteral("languages"), toArray(p.languages));
        phones.append(phone);
    }
    QJsonArray schedules;
    for (const ServiceSchedule &sch : s.schedules) {
        QJsonObject o { { QStringLiteral("freq"), sch.freq },
            { QStringLiteral("byday"), toArray(sch.byDay) },
            { QStringLiteral("description"), sch.description } };
        if (sch.opensAt.isValid())
            o.insert(QStringLiteral("opens_at"), sch.opensAt.toString(QStringLiteral("HH:mm")));
        if (sch.closesAt.isValid())
            o.insert(QStringLiteral("closes_at"), sch.closesAt.toString(QStringLiteral("HH:mm")));
        if (!sch.timeZoneId.isEmpty())
            o.insert(QStringLiteral("timezone"), sch.timeZoneId);
        schedules.append(o);
    }
    return {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("kind"), s.kind },
        { QStringLiteral("status"), s.status },
        { QStringLiteral("organization"), s.organization },
        { QStringLiteral("description"), s.description },
        { QStringLiteral("phones"), phones },
        { QStringLiteral("schedules"), schedules },
        { QStringLiteral("languages"), toArray(s.languages) },
        { QStringLiteral("eligibility"), s.eligibility },
        { QStringLiteral("fees"), s.fees },
        { QStringLiteral("applicationProcess"), s.applicationProcess },
        { QStringLiteral("accreditations"), s.accreditations },
        { QStringLiteral("url"), s.url },
        { QStringLiteral("email"), s.email },
        { QStringLiteral("alert"), s.alert },
    };
}

static QJsonObject occurrenceJson(const Occurrence &o)
{
    const auto when = [&](const QDateTime &at, const QDate &day) {
        return o.allDay ? day.toString(Qt::ISODate) : isoWithOffset(at);
    };
    return {
        { QStringLiteral("uid"), o.uid },
        { QStringLiteral("summary"), o.summary },
        { QStringLiteral("start"), when(o.start, o.startDate) },
        { QStringLiteral("end"), when(o.end, o.endDate) },
        { QStringLiteral("allDay"), o.allDay },
        { QStringLiteral("cancelled"), o.cancelled },
        { QStringLiteral("moved"), o.moved },
        { QStringLiteral("location"), o.location },
        { QStringLiteral("url"), o.url },
        { QStringLiteral("joinUrl"), o.joinUrl },
        { QStringLiteral("online"), o.isOnline() },
        { QStringLiteral("language"), o.meetingLanguages.value(0) },
        { QStringLiteral("languages"), toArray(o.meetingLanguages) },
        { QStringLiteral("organizer"), o.organizer },
        { QStringLiteral("cost"), o.cost },
        { QStringLiteral("categories"), toArray(o.categories) },
    };
}

QJsonObject packReport(const Content &content, const PackReportRequest &request)
{
    const PackInfo &pack = content.pack;
    const QString &lang = request.language;
    const QString fallback = pack.defaultLanguage();

    QJsonArray services;
    for (const Service &s : content.servicesIn(lang))
        services.append(serviceJson(s));

    QJsonArray rooms;
    for (const Room &r : content.rooms) {
        rooms.append(QJsonObject { { QStringLiteral("id"), r.id },
            { QStringLiteral("name"), r.name.in(lang, fallback) },
            { QStringLiteral("location"), r.location.in(lang, fallback) },
            { QStringLiteral("amenities"), toArray(r.amenities) },
            { QStringLiteral("state"), r.state } });
    }

    QJsonArray pages;
    for (const Page &p : content.pagesIn(lang)) {
        pages.append(QJsonObject { { QStringLiteral("id"), p.id },
            { QStringLiteral("title"), p.title }, { QStringLiteral("section"), p.section },
            { QStringLiteral("order"), p.order }, { QStringLiteral("medical"), p.medical } });
    }

    QJsonArray slides;
    for (const Slide &s : content.slides) {
        QJsonObject o { { QStringLiteral("id"), s.id },
            { QStringLiteral("caption"), s.caption.in(lang, fallback) },
            { QStringLiteral("media"), s.image.isEmpty() ? s.video : s.image } };
        if (s.start.isValid())
            o.insert(QStringLiteral("start"), s.start.toString(Qt::ISODate));
        if (s.end.isValid())
            o.insert(QStringLiteral("end"), s.end.toString(Qt::ISODate));
        slides.append(o);
    }

    const QDateTime from(request.from, QTime(0, 0), pack.timeZone);
    const QDateTime to(request.to.addDays(1), QTime(0, 0), pack.timeZone);
    QJsonArray occurrences;
    for (const Occurrence &o : expandOccurrences(content.eventsIn(lang), from, to, pack.timeZone))
        occurrences.append(occurrenceJson(o));

    QJsonArray topics;
    for (const PackInfo::Topic &t : pack.topics)
        topics.append(QJsonObject { { QStringLiteral("id"), t.id },
            { QStringLiteral("title"), t.title.in(lang, fallback) } });

    return {
        { QStringLiteral("pack"),
            QJsonObject {
                { QStringLiteral("id"), pack.id },
                { QStringLiteral("version"), pack.version },
                { QStringLiteral("title"), pack.title.in(lang, fallback) },
                { QStringLiteral("languages"), toArray(pack.languages) },
                { QStringLiteral("timezone"), pack.timeZoneId },
                { QStringLiteral("site"), pack.siteName.in(lang, fallback) },
                { QStringLiteral("demo"), pack.demo },
                { QStringLiteral("sections"), toArray(pack.sections) },
                { QStringLiteral("topics"), topics },
            } },
        { QStringLiteral("language"), lang },
        { QStringLiteral("window"),
            QJsonObject { { QStringLiteral("from"), request.from.toString(Qt::ISODate) },
                { QStringLiteral("to"), request.to.toString(Qt::ISODate) } } },
        { QStringLiteral("services"), services },
        { QStringLiteral("rooms"), rooms },
        { QStringLiteral("pages"), pages },
        { QStringLiteral("slides"), slides },
        { QStringLiteral("occurrences"), occurrences },
    };
}

std::optional<PackReportRequest> PackReportRequest::fromOptions(const PackInfo &pack,
    const QString &language, const QString &from, const QString &to, QString *why)
{
    PackReportRequest request;
    request.language = language.isEmpty() ? pack.defaultLanguage() : language;
    if (!pack.languages.contains(request.language)) {
        *why = QStringLiteral("--language %1 is not one of the pack's languages (%2)")
                   .arg(request.language, pack.languages.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const auto day = [why](const QString &name, const QString &value, QDate fallback) {
        const QDate d = value.isEmpty() ? fallback : QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            *why = QStringLiteral("--%1 '%2' is not a date (YYYY-MM-DD)").arg(name, value);
        return d;
    };
    const QDate today = QDateTime::currentDateTime().toTimeZone(pack.timeZone).date();
    request.from = day(QStringLiteral("from"), from, today);
    if (!request.from.isValid())
        return std::nullopt;
    request.to = day(QStringLiteral("to"), to, request.from.addDays(60));
    if (!request.to.isValid())
        return std::nullopt;
    if (request.to < request.from) {
        *why = QStringLiteral("--to is before --from");
        return std::nullopt;
    }
    return request;
}
