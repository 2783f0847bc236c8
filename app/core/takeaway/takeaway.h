#pragma once

#include "content.h"
#include "occurrences.h"

#include <QByteArray>
#include <QList>
#include <QString>

/** One code of a take-away sheet: what a phone's own camera opens, as the kiosk encodes it. */
struct TakeAwayCode
{
    enum class Kind
    {
        Call, ///< tel: in E.164
        Text, ///< SMSTO: for a line that takes texts
        Contact, ///< a vCard 3.0
        Event, ///< one occurrence as an iCalendar VEVENT, times in UTC
        Join, ///< an online meeting's join link
        Link, ///< a web page
    };
    Kind kind = Kind::Link;
    QByteArray payload; ///< UTF-8, without ECI (Android's scanners do not read ECI)
    QString words; ///< the same in words, for a phone that cannot scan: a number, an address
};

/**
 * What a mother can take to her phone, and nothing about her: payloads for phones' native
 * scanners (tel:, SMSTO:, vCard 3.0, VEVENT, URLs), from the pack's own data. Web addresses are
 * taken as the pack gives them, with https:// added when it gives no scheme; nothing is added.
 */
namespace TakeAway {

/** "tel:+18009949662" for "1-800-994-9662" (a US site's numbers), "tel:988" for a short code. */
QString telUri(const QString &number, const QString &extension = {});
/** The pack's address as a link: "https://" added when it has no scheme; empty when empty. */
QString webUrl(const QString &address);
/** A service or consultant as a contact: FN, ORG, TEL with type, URL, ADR, NOTE (its hours). */
QByteArray vCard(const Service &service);
/** One occurrence as a VEVENT: UID, DTSTART/DTEND in UTC (all-day: dates), SUMMARY, … */
QByteArray vEvent(const Occurrence &occurrence);
/** The first web address a page's sources name ("… (womenshealth.gov)"), or empty. */
QString pageSource(const Page &page);

/** Call and text codes for each phone, the contact, and the web page. */
QList<TakeAwayCode> forService(const Service &service);
/** The event, and the join link when it meets online, else its web page. */
QList<TakeAwayCode> forOccurrence(const Occurrence &occurrence);
/** The article's web source. */
QList<TakeAwayCode> forPage(const Page &page);

} // namespace TakeAway
