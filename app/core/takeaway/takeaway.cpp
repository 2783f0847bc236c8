#include "takeaway.h"

#include <QRegularExpression>

namespace {

/** TEXT values of vCard 3.0 (RFC 2426) and iCalendar (RFC 5545) escape the same characters. */
QString escaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u';', QStringLiteral("\\;"));
    text.replace(u',', QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(u'\n', QStringLiteral("\\n"));
    return text;
}

/** Content lines, CRLF-terminated, without the empty ones. */
QByteArray lines(const QStringList &contentLines)
{
    QByteArray out;
    for (const QString &line : contentLines) {
        if (!line.isEmpty())
            out += line.toUtf8() + "\r\n";
    }
    return out;
}

/** NAME:value when there is a value, else nothing. */
QString property(const QString &name, const QString &value)
{
    return value.isEmpty() ? QString() : name + u':' + value;
}

/** A vCard TEL type for an HSDS phone type (voice, text, cell, fax, video, pager, textphone). */
QString telType(const QString &hsdsType)
{
    if (hsdsType == u"text")
        return QStringLiteral("MSG");
    if (hsdsType == u"textphone")
        return QStringLiteral("TEXTPHONE");
    return hsdsType.isEmpty() ? QStringLiteral("VOICE") : hsdsType.toUpper();
}

bool takesCalls(const ServicePhone &phone)
{
    return phone.type != u"fax" && phone.type != u"pager" && phone.type != u"text";
}

bool takesTexts(const ServicePhone &phone)
{
    return phone.type == u"text" || phone.type == u"cell";
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString utcStamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

namespace TakeAway {

QString telUri(const QString &number, const QString &extension)
{
    const QString digits = digitsOf(number);
    if (digits.isEmpty())
        return {};
    // A site's numbers are its country's (the kiosk serves US sites): ten digits get +1.
    QString e164;
    if (number.trimmed().startsWith(u'+'))
        e164 = u'+' + digits;
    else if (digits.size() == 11 && digits.startsWith(u'1'))
        e164 = u'+' + digits;
    else if (digits.size() == 10)
        e164 = QStringLiteral("+1") + digits;
    else
        e164 = digits; // a short code such as 988 is dialled as it is
    const QString ext = digitsOf(extension);
    return QStringLiteral("tel:") + e164
        + (ext.isEmpty() ? QString() : QStringLiteral(";ext=") + ext);
}

QString webUrl(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(trimmed).hasMatch() ? trimmed : QStringLiteral("https://") + trimmed;
}

QByteArray vCard(const Service &service)
{
    QStringList out { QStringLiteral("BEGIN:VCARD"), QStringLiteral("VERSION:3.0"),
        QStringLiteral("N:") + escaped(service.name) + QStringLiteral(";;;;"),
        property(QStringLiteral("FN"), escaped(service.name)),
        property(QStringLiteral("ORG"), escaped(service.organization)) };
    for (const ServicePhone &phone : service.phones) {
        const QString tel = telUri(phone.number, phone.extension);
        if (!tel.isEmpty())
            out.append(QStringLiteral("TEL;TYPE=%1:%2").arg(telType(phone.type), tel.mid(4)));
    }
    out.append(property(QStringLiteral("EMAIL;TYPE=INTERNET"), service.email));
    out.append(property(QStringLiteral("URL"), webUrl(service.url)));
    for (const QString &address : service.addresses)
        out.append(QStringLiteral("ADR;TYPE=WORK:;;%1;;;;").arg(escaped(address)));
    out.append(property(QStringLiteral("NOTE"), escaped(service.hoursText())));
    out.append(QStringLiteral("END:VCARD"));
    return lines(out);
}

QByteArray vEvent(const Occurrence &o)
{
    QStringList out { QStringLiteral("BEGIN:VEVENT"), property(QStringLiteral("UID"), o.uid) };
    if (o.allDay) {
        out.append(QStringLiteral("DTSTART;VALUE=DATE:") + o.startDate.toString(u"yyyyMMdd"));
        out.append(QStringLiteral("DTEND;VALUE=DATE:") + o.endDate.toString(u"yyyyMMdd"));
    } else {
        out.append(QStringLiteral("DTSTART:") + utcStamp(o.start));
        out.append(QStringLiteral("DTEND:") + utcStamp(o.end));
    }
    out.append(property(QStringLiteral("SUMMARY"), escaped(o.summary)));
    out.append(property(QStringLiteral("LOCATION"), escaped(o.location)));
    out.append(property(QStringLiteral("URL"), webUrl(o.isOnline() ? o.joinUrl : o.url)));
    out.append(property(QStringLiteral("DESCRIPTION"), escaped(o.description)));
    out.append(QStringLiteral("END:VEVENT"));
    return lines(out);
}

QString pageSource(const Page &page)
{
    static const QRegularExpression address(
        QStringLiteral(R"((?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s)]*)?)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &source : page.sources) {
        const auto match = address.match(source);
        if (match.hasMatch())
            return webUrl(match.captured());
    }
    return {};
}

QList<TakeAwayCode> forService(const Service &service)
{
    QList<TakeAwayCode> codes;
    for (const ServicePhone &phone : service.phones) {
        const QString tel = telUri(phone.number, phone.extension);
        if (tel.isEmpty())
            continue;
        if (takesCalls(phone))
            codes.append({ TakeAwayCode::Kind::Call, tel.toUtf8(), phone.number });
        if (takesTexts(phone))
            codes.append({ TakeAwayCode::Kind::Text,
                QStringLiteral("SMSTO:").toUtf8() + tel.mid(4).section(u';', 0, 0).toUtf8(),
                phone.number });
    }
    QStringList words { service.name };
    if (!service.phones.isEmpty())
        words.append(service.phones.constFirst().number);
    codes.append({ TakeAwayCode::Kind::Contact, vCard(service), words.join(u'\n') });
    const QString url = webUrl(service.url);
    if (!url.isEmpty())
        codes.append({ TakeAwayCode::Kind::Link, url.toUtf8(), service.url.trimmed() });
    return codes;
}

QList<TakeAwayCode> forOccurrence(const Occurrence &occurrence)
{
    QList<TakeAwayCode> codes { { TakeAwayCode::Kind::Event, vEvent(occurrence),
        QStringList { occurrence.summary, occurrence.location }.join(u'\n').trimmed() } };
    if (occurrence.isOnline())
        codes.append({ TakeAwayCode::Kind::Join, webUrl(occurrence.joinUrl).toUtf8(),
            occurrence.joinUrl.trimmed() });
    if (!occurrence.url.isEmpty()) // an online meeting's page too: how to prepare, who runs it
        codes.append({ TakeAwayCode::Kind::Link, webUrl(occurrence.url).toUtf8(),
            occurrence.url.trimmed() });
    return codes;
}

QList<TakeAwayCode> forPage(const Page &page)
{
    const QString url = pageSource(page);
    if (url.isEmpty())
        return {};
    return { { TakeAwayCode::Kind::Link, url.toUtf8(), url } };
}

} // namespace TakeAway
