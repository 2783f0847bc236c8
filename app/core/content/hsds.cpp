// HSDS 3.0 (Open Referral) services: the fields the kiosk shows, read with their HSDS names.
#include "jsonfields.h"
#include "packreaders.h"

#include <QRegularExpression>

/** Our own taxonomy for what kind of help a service is, carried as an HSDS attribute. */
static const QString KindTaxonomy = QStringLiteral("lactation-kiosk");

static const QStringList &knownKinds()
{
    static const QStringList kinds { QStringLiteral("helpline"), QStringLiteral("consultant"),
        QStringLiteral("peer-counselor"), QStringLiteral("clinic"), QStringLiteral("group"),
        QStringLiteral("program"), QStringLiteral("service") };
    return kinds;
}

/** "10:00", "10:00:00", "09:00-05:00" or "17:30Z": HSDS times, offset ignored here. */
static QTime hsdsTime(const JsonFields &f, const QString &key)
{
    const QString s = f.text(key);
    if (s.isEmpty())
        return {};
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = pattern.match(s);
    const QTime t = m.hasMatch()
        ? QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
        : QTime();
    if (!t.isValid())
        f.problem(key, QStringLiteral("'%1' is not a time (HH:MM)").arg(s));
    return t;
}

static QStringList languageCodes(const JsonFields &f, const QString &key, QStringList *names)
{
    QStringList codes;
    for (const JsonFields &l : f.objects(key)) {
        const QString code = l.text(QStringLiteral("code"));
        const QString name = l.text(QStringLiteral("name"));
        if (code.isEmpty() && name.isEmpty())
            l.problem({}, QStringLiteral("needs a \"code\" or a \"name\""));
        if (!code.isEmpty())
            codes.append(code);
        if (names && !name.isEmpty())
            names->append(name);
    }
    return codes;
}

static ServicePhone readPhone(const JsonFields &p)
{
    ServicePhone phone;
    phone.number = p.text(QStringLiteral("number"), JsonFields::Required);
    phone.extension = p.textOrNumber(QStringLiteral("extension"));
    phone.type = p.text(QStringLiteral("type"));
    phone.description = p.text(QStringLiteral("description"));
    phone.languages = languageCodes(p, QStringLiteral("languages"), nullptr);
    return phone;
}

static ServiceSchedule readSchedule(const JsonFields &s)
{
    ServiceSchedule schedule;
    schedule.freq = s.text(QStringLiteral("freq"));
    if (!schedule.freq.isEmpty() && schedule.freq != u"WEEKLY" && schedule.freq != u"MONTHLY")
        s.problem(QStringLiteral("freq"), QStringLiteral("must be WEEKLY or MONTHLY"));
    const QString byDay = s.text(QStringLiteral("byday"));
    static const QRegularExpression day(QStringLiteral("^(-?\\d)?(MO|TU|WE|TH|FR|SA|SU)$"));
    for (const QString &d : byDay.split(u',', Qt::SkipEmptyParts)) {
        if (!day.match(d.trimmed()).hasMatch())
            s.problem(QStringLiteral("byday"),
                QStringLiteral("'%1' is not a day like MO or 2TU").arg(d.trimmed()));
        schedule.byDay.append(d.trimmed());
    }
    schedule.opensAt = hsdsTime(s, QStringLiteral("opens_at"));
    schedule.closesAt = hsdsTime(s, QStringLiteral("closes_at"));
    if (const auto offset = s.number(QStringLiteral("timezone"))) {
        schedule.hasUtcOffset = true;
        schedule.utcOffsetHours = *offset;
    }
    schedule.timeZoneId = s.text(QStringLiteral("x_timezone"));
    if (!schedule.timeZoneId.isEmpty() && !isIanaZone(schedule.timeZoneId))
        s.problem(QStringLiteral("x_timezone"),
            QStringLiteral("'%1' is not an IANA time zone").arg(schedule.timeZoneId));
    schedule.validFrom = s.date(QStringLiteral("valid_from"));
    schedule.validTo = s.date(QStringLiteral("valid_to"));
    schedule.description = s.text(QStringLiteral("description"));
    schedule.attendingType = s.text(QStringLiteral("attending_type"));
    schedule.notes = s.text(QStringLiteral("notes"));
    return schedule;
}

static QString kindOf(const JsonFields &service)
{
    QString kind = QStringLiteral("service");
    for (const JsonFields &a : service.objects(QStringLiteral("attributes"))) {
        const auto term = a.child(QStringLiteral("taxonomy_term"));
        if (!term || term->text(QStringLiteral("taxonomy")) != KindTaxonomy)
            continue;
        const QString code = term->text(QStringLiteral("code"));
        if (knownKinds().contains(code))
            kind = code;
        else
            term->problem(QStringLiteral("code"),
                QStringLiteral("'%1' is not a kind (one of %2)")
                    .arg(code, knownKinds().join(QStringLiteral(", "))));
    }
    return kind;
}

static QString addressLine(const JsonFields &a)
{
    QStringList parts;
    for (const char *key : { "address_1", "address_2", "city" }) {
        const QString part = a.text(QString::fromLatin1(key));
        if (!part.isEmpty())
            parts.append(part);
    }
    const QString region = QStringList { a.text(QStringLiteral("state_province")),
        a.text(QStringLiteral("postal_code")) }
                               .join(u' ')
                               .trimmed();
    if (!region.isEmpty())
        parts.append(region);
    return parts.join(QStringLiteral(", "));
}

static Service readService(const JsonFields &f, const QString &language)
{
    Service s;
    s.language = language;
    s.id = f.text(QStringLiteral("id"), JsonFields::Required);
    s.name = f.text(QStringLiteral("name"), JsonFields::Required);
    s.status = f.text(QStringLiteral("status"));
    if (s.status.isEmpty())
        s.status = QStringLiteral("active");
    static const QStringList statuses { QStringLiteral("active"), QStringLiteral("inactive"),
        QStringLiteral("defunct"), QStringLiteral("temporarily closed") };
    if (!statuses.contains(s.status))
        f.problem(QStringLiteral("status"),
            QStringLiteral("'%1' is not an HSDS status (one of %2)")
                .arg(s.status, statuses.join(QStringLiteral(", "))));
    s.kind = kindOf(f);
    s.alternateName = f.text(QStringLiteral("alternate_name"));
    s.description = f.text(QStringLiteral("description"));
    if (const auto org = f.child(QStringLiteral("organization")))
        s.organization = org->text(QStringLiteral("name"));
    s.url = f.text(QStringLiteral("url"));
    s.email = f.text(QStringLiteral("email"));
    for (const JsonFields &p : f.objects(QStringLiteral("phones")))
        s.phones.append(readPhone(p));
    for (const JsonFields &sch : f.objects(QStringLiteral("schedules")))
        s.schedules.append(readSchedule(sch));
    s.languages = languageCodes(f, QStringLiteral("languages"), &s.languageNames);
    s.interpretationServices = f.text(QStringLiteral("interpretation_services"));
    s.eligibility = f.text(QStringLiteral("eligibility_description"));
    s.fees = f.text(QStringLiteral("fees_description"));
    for (const JsonFields &c : f.objects(QStringLiteral("cost_options"))) {
        QStringList parts;
        const QString option = c.text(QStringLiteral("option"));
        if (!option.isEmpty())
            parts.append(option);
        if (const auto amount = c.number(QStringLiteral("amount")))
            parts.append(
                QString::number(*amount) + u' ' + c.text(QStringLiteral("currency")).toUpper());
        const QString per = c.text(QStringLiteral("amount_description"));
        if (!per.isEmpty())
            parts.append(per);
        s.costOptions.append(parts.join(QStringLiteral(" – ")));
    }
    s.applicationProcess = f.text(QStringLiteral("application_process"));
    s.accreditations = f.text(QStringLiteral("accreditations"));
    s.alert = f.text(QStringLiteral("alert"));
    for (const JsonFields &sal : f.objects(QStringLiteral("service_at_locations"))) {
        const auto location = sal.child(QStringLiteral("location"));
        if (!location)
            continue;
        for (const JsonFields &a : location->objects(QStringLiteral("addresses"))) {
            const QString line = addressLine(a);
            if (!line.isEmpty())
                s.addresses.append(line);
        }
    }
    return s;
}

QList<Service> parseServices(const QJsonDocument &doc, const QString &language, ProblemSink &sink)
{
    QList<JsonFields> items;
    if (doc.isArray()) {
        items = objectsOf(sink, {}, doc.array());
    } else {
        const JsonFields top(sink, {}, doc.object());
        if (top.has(QStringLiteral("contents")))
            items = top.objects(QStringLiteral("contents"));
        else
            items.append(top);
    }
    QList<Service> services;
    for (const JsonFields &item : std::as_const(items)) {
        Service service = readService(item, language);
        for (const Service &other : std::as_const(services)) {
            if (!service.id.isEmpty() && other.id == service.id)
                item.problem(QStringLiteral("id"),
                    QStringLiteral("'%1' is used by another service").arg(service.id));
        }
        services.append(service);
    }
    return services;
}

QList<Service> readServices(const PackDir &dir, const QString &language, QList<Problem> *problems)
{
    const QString file = QStringLiteral("services.%1.json").arg(language);
    ProblemSink sink(problems, file);
    const auto doc = readJsonFile(dir, file, sink, PackDir::Need::Optional);
    if (!doc)
        return {};
    return parseServices(*doc, language, sink);
}
