// What goes into a take-away code: tel: in E.164, SMSTO:, a vCard 3.0, a VEVENT in UTC across a
// daylight-saving change, links as the pack gives them; and the QR matrix libqrencode makes.
#include "qrmatrix.h"
#include "takeaway.h"

#include <QTest>
#include <QTimeZone>

namespace {

Service helpline()
{
    Service s;
    s.id = QStringLiteral("linea");
    s.name = QStringLiteral("Línea de ayuda, día y noche");
    s.organization = QStringLiteral("Oficina para la Salud de la Mujer; EE. UU.");
    s.url = QStringLiteral("womenshealth.gov");
    s.phones.append({ QStringLiteral("1-800-994-9662"), {}, QStringLiteral("voice"), {}, {} });
    s.phones.append(
        { QStringLiteral("(312) 555-0142"), QStringLiteral("12"), QStringLiteral("cell"), {}, {} });
    s.addresses.append(QStringLiteral("1800 S Example Street, Chicago, IL 60616"));
    ServiceSchedule hours;
    hours.description = QStringLiteral("Lunes a viernes, 9 a.m. a 6 p.m.\nSábados cerrado");
    s.schedules.append(hours);
    return s;
}

Occurrence meeting(const QDateTime &start)
{
    Occurrence o;
    o.uid = QStringLiteral("grupo@example.org");
    o.summary = QStringLiteral("Grupo de lactancia en español");
    o.location = QStringLiteral("Oficina WIC, sala 2, 1800 S Example Street");
    o.url = QStringLiteral("https://example.org/grupo?ref=pack");
    o.description = QStringLiteral("Traiga a su bebé; hay café.");
    o.start = start;
    o.end = start.addSecs(90 * 60);
    return o;
}

} // namespace

class TestTakeAway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneNumbersAsE164()
    {
        QCOMPARE(
            TakeAway::telUri(QStringLiteral("1-800-994-9662")), QStringLiteral("tel:+18009949662"));
        QCOMPARE(
            TakeAway::telUri(QStringLiteral("(312) 555-0142")), QStringLiteral("tel:+13125550142"));
        QCOMPARE(TakeAway::telUri(QStringLiteral("+52 55 1234 5678")),
            QStringLiteral("tel:+525512345678"));
        QCOMPARE(TakeAway::telUri(QStringLiteral("988")), QStringLiteral("tel:988"));
        QCOMPARE(TakeAway::telUri(QStringLiteral("312-555-0142"), QStringLiteral("ext. 12")),
            QStringLiteral("tel:+13125550142;ext=12"));
        QCOMPARE(TakeAway::telUri(QStringLiteral("call us")), QString());
    }

    void linksAsThePackGivesThem()
    {
        QCOMPARE(TakeAway::webUrl(QStringLiteral("womenshealth.gov")),
            QStringLiteral("https://womenshealth.gov"));
        QCOMPARE(TakeAway::webUrl(QStringLiteral(" http://example.org/a?b=c ")),
            QStringLiteral("http://example.org/a?b=c"));
        QCOMPARE(TakeAway::webUrl(QString()), QString());
        Page page;
        page.sources = { QStringLiteral("American Academy of Pediatrics, policy statement (2022)"),
            QStringLiteral("U.S. Office on Women's Health – Helpline (womenshealth.gov)") };
        QCOMPARE(TakeAway::pageSource(page), QStringLiteral("https://womenshealth.gov"));
        page.sources = { QStringLiteral("CDC, https://www.cdc.gov/breastfeeding/index.html.") };
        QCOMPARE(TakeAway::pageSource(page),
            QStringLiteral("https://www.cdc.gov/breastfeeding/index.html."));
        page.sources = { QStringLiteral("A book (2020), page 12") };
        QVERIFY(TakeAway::forPage(page).isEmpty());
    }

    void serviceAsContactWithAccents()
    {
        const QByteArray card = TakeAway::vCard(helpline());
        QCOMPARE(QString::fromUtf8(card),
            QStringLiteral("BEGIN:VCARD\r\n"
                           "VERSION:3.0\r\n"
                           "N:Línea de ayuda\\, día y noche;;;;\r\n"
                           "FN:Línea de ayuda\\, día y noche\r\n"
                           "ORG:Oficina para la Salud de la Mujer\\; EE. UU.\r\n"
                           "TEL;TYPE=VOICE:+18009949662\r\n"
                           "TEL;TYPE=CELL:+13125550142;ext=12\r\n"
                           "URL:https://womenshealth.gov\r\n"
                           "ADR;TYPE=WORK:;;1800 S Example Street\\, Chicago\\, IL 60616;;;;\r\n"
                           "NOTE:Lunes a viernes\\, 9 a.m. a 6 p.m.\\nSábados cerrado\r\n"
                           "END:VCARD\r\n"));
    }

    void serviceCodes()
    {
        const auto codes = TakeAway::forService(helpline());
        QCOMPARE(codes.size(), 5);
        QCOMPARE(codes.at(0).kind, TakeAwayCode::Kind::Call);
        QCOMPARE(codes.at(0).payload, QByteArray("tel:+18009949662"));
        QCOMPARE(codes.at(0).words, QStringLiteral("1-800-994-9662"));
        QCOMPARE(codes.at(1).kind, TakeAwayCode::Kind::Call);
        QCOMPARE(codes.at(2).kind, TakeAwayCode::Kind::Text); // a cell line takes texts
        QCOMPARE(codes.at(2).payload, QByteArray("SMSTO:+13125550142"));
        QCOMPARE(codes.at(3).kind, TakeAwayCode::Kind::Contact);
        QCOMPARE(codes.at(4).kind, TakeAwayCode::Kind::Link);
        QCOMPARE(codes.at(4).payload, QByteArray("https://womenshealth.gov"));
    }

    void eventInUtcAcrossDaylightSaving()
    {
        const QTimeZone chicago("America/Chicago");
        // 18:00 in Chicago is 00:00 UTC the next day in winter (CST) and 23:00 in summer (CDT).
        const Occurrence winter = meeting(QDateTime(QDate(2027, 3, 11), QTime(18, 0), chicago));
        const Occurrence summer = meeting(QDateTime(QDate(2027, 3, 18), QTime(18, 0), chicago));
        QCOMPARE(QString::fromUtf8(TakeAway::vEvent(winter)),
            QStringLiteral("BEGIN:VEVENT\r\n"
                           "UID:grupo@example.org\r\n"
                           "DTSTART:20270312T000000Z\r\n"
                           "DTEND:20270312T013000Z\r\n"
                           "SUMMARY:Grupo de lactancia en español\r\n"
                           "LOCATION:Oficina WIC\\, sala 2\\, 1800 S Example Street\r\n"
                           "URL:https://example.org/grupo?ref=pack\r\n"
                           "DESCRIPTION:Traiga a su bebé\\; hay café.\r\n"
                           "END:VEVENT\r\n"));
        const QString june = QString::fromUtf8(TakeAway::vEvent(summer));
        QVERIFY2(june.contains(QStringLiteral("DTSTART:20270318T230000Z\r\n")), qPrintable(june));
        QVERIFY2(june.contains(QStringLiteral("DTEND:20270319T003000Z\r\n")), qPrintable(june));
    }

    void onlineMeetingGetsItsJoinLink()
    {
        Occurrence o = meeting(QDateTime(QDate(2026, 12, 2), QTime(19, 0), QTimeZone("UTC")));
        o.joinUrl = QStringLiteral("https://meet.example.org/circle");
        o.url.clear();
        const auto codes = TakeAway::forOccurrence(o);
        QCOMPARE(codes.size(), 2);
        QCOMPARE(codes.at(0).kind, TakeAwayCode::Kind::Event);
        QVERIFY(codes.at(0).payload.contains("URL:https://meet.example.org/circle\r\n"));
        QCOMPARE(codes.at(1).kind, TakeAwayCode::Kind::Join);
        QCOMPARE(codes.at(1).payload, QByteArray("https://meet.example.org/circle"));
        // An event with both CONFERENCE and URL keeps its URL: a second code for its page.
        o.url = QStringLiteral("https://example.org/circle");
        const auto both = TakeAway::forOccurrence(o);
        QCOMPARE(both.size(), 3);
        QCOMPARE(both.at(1).kind, TakeAwayCode::Kind::Join);
        QCOMPARE(both.at(2).kind, TakeAwayCode::Kind::Link);
        QCOMPARE(both.at(2).payload, QByteArray("https://example.org/circle"));
        o.joinUrl.clear();
        QCOMPARE(TakeAway::forOccurrence(o).size(), 2);
        QCOMPARE(TakeAway::forOccurrence(o).at(1).kind, TakeAwayCode::Kind::Link);
    }

    void allDayEventAsDates()
    {
        Occurrence o;
        o.uid = QStringLiteral("day@example.org");
        o.summary = QStringLiteral("Feria");
        o.allDay = true;
        o.startDate = QDate(2027, 8, 1);
        o.endDate = QDate(2027, 8, 2);
        const QString event = QString::fromUtf8(TakeAway::vEvent(o));
        QVERIFY2(
            event.contains(QStringLiteral("DTSTART;VALUE=DATE:20270801\r\n")), qPrintable(event));
        QVERIFY2(
            event.contains(QStringLiteral("DTEND;VALUE=DATE:20270802\r\n")), qPrintable(event));
    }

    void qrMatrix()
    {
        const QrMatrix small = QrMatrix::encode("tel:+18009949662");
        QCOMPARE(small.size(), 25); // 16 bytes: version 2 (version 1 holds 14 at level M)
        // The three finder patterns: a dark 7x7 ring in three corners.
        for (const auto &[x, y] : { std::pair { 0, 0 }, { 24, 0 }, { 0, 24 } })
            QVERIFY(small.isDark(x, y));
        QVERIFY(!small.isDark(7, 7)); // the separator beside the top-left finder
        const QrMatrix card = QrMatrix::encode(TakeAway::vCard(helpline()));
        QVERIFY(card.size() > small.size());
        QString why;
        QVERIFY(QrMatrix::encode(QByteArray(5000, 'x'), &why).isEmpty());
        QVERIFY2(why.contains(QStringLiteral("5000 bytes")), qPrintable(why));
        QVERIFY(QrMatrix::encode({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTakeAway)
#include "tst_takeaway.moc"
