// The take-away sheet as a phone sees it: every code is cut from a real screenshot of the kiosk
// and read by an independent decoder (zbarimg, Debian's zbar-tools); what it reads must be the
// payload exactly: tel:, the vCard with accents, the VEVENT in UTC across a daylight-saving
// change, the join link. Codes are at least 35 mm on the configured panel and 200 px on a phone,
// with modules of at least 0.6 mm drawn as whole pixels.
#include "takeawaysheet.h"
#include "uitest.h"

#include <QProcess>
#include <QQuickItemGrabResult>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

/** What zbarimg reads from @p image, byte for byte (empty when it finds no code). */
QByteArray decode(const QImage &image, const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("code.png"));
    if (!image.save(file))
        return {};
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"),
        { QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), file });
    zbar.waitForFinished(20000);
    return zbar.readAllStandardOutput();
}

/** The QR codes on screen, in reading order. */
QList<QQuickItem *> codes(QQuickWindow *window)
{
    QList<QQuickItem *> out;
    for (QQuickItem *item : UiHarness::items(window->contentItem())) {
        if (item->objectName().startsWith(QStringLiteral("qr-")) && item->isVisible())
            out.append(item);
    }
    return out;
}

/** Scrolls the page that holds @p item until the item is on screen. */
void bringIntoView(QQuickWindow *window, QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickFlickable")) {
            const QPointF inContent
                = item->mapToItem(p->property("contentItem").value<QQuickItem *>(), QPointF());
            const qreal room = std::max(0.0, p->height() - item->height()) / 2;
            const qreal most = std::max(0.0, p->property("contentHeight").toReal() - p->height());
            p->setProperty("contentY", std::clamp(inContent.y() - room, 0.0, most));
            break;
        }
    }
    UiHarness::settle(window);
}

/** Cuts @p item, with its quiet zone, out of a real screenshot of @p window. */
QImage cut(QQuickWindow *window, QQuickItem *item)
{
    const QImage shot = window->grabWindow();
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return shot.copy(rect.toAlignedRect());
}

} // namespace

class TestTakeAwayUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QFAIL("zbarimg is missing (Debian zbar-tools; packaging/dev.sh installs it)");
    }

    void codesReadBackFromScreenshots_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QStringList>("expected"); // lines each decoded payload set must hold
        const QStringList sizes { QStringLiteral("360x640"), QStringLiteral("1080x1920") };
        for (const QString &s : sizes) {
            const QSize size(s.section(u'x', 0, 0).toInt(), s.section(u'x', 1).toInt());
            QTest::addRow("helpline %s en", qPrintable(s))
                << QStringLiteral("national-breastfeeding-helpline") << QStringLiteral("en") << size
                << QStringList { QStringLiteral("tel:+18009949662"),
                       QStringLiteral("FN:National Breastfeeding Helpline\r\n"),
                       QStringLiteral("TEL;TYPE=VOICE:+18009949662\r\n"),
                       QStringLiteral("https://womenshealth.gov") };
            QTest::addRow("helpline %s es", qPrintable(s))
                << QStringLiteral("national-breastfeeding-helpline") << QStringLiteral("es") << size
                << QStringList { QStringLiteral("tel:+18009949662"),
                       QStringLiteral("FN:Línea Nacional de Ayuda para la Lactancia\r\n") };
            // The Spanish-language group meets on Thursdays at 18:00 in Chicago: in December
            // (CST, UTC-6) that is midnight UTC.
            QTest::addRow("group %s es", qPrintable(s))
                << QStringLiteral("grupo-espanol@lakeside-demo.example.org") << QStringLiteral("es")
                << size
                << QStringList { QStringLiteral("DTSTART:20261204T000000Z\r\n"),
                       QStringLiteral("DTEND:20261204T013000Z\r\n"),
                       QStringLiteral("UID:grupo-espanol@lakeside-demo.example.org\r\n") };
            QTest::addRow("online %s en", qPrintable(s))
                << QStringLiteral("online-circle@lakeside-demo.example.org") << QStringLiteral("en")
                << size << QStringList { QStringLiteral("https://meet.example.org/lake") };
        }
    }

    void codesReadBackFromScreenshots()
    {
        QFETCH(QString, item);
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QStringList, expected);
        UiHarness ui;
        ui.visit->setLanguage(language);
        QQuickWindow *window = ui.open(QStringLiteral("takeaway:") + item, size);
        QVERIFY(window);
        const QList<QQuickItem *> shown = codes(window);
        QVERIFY2(!shown.isEmpty(), "no code on the sheet");
        // At least 35 mm on a 21.5-inch panel of this many pixels, and 200 px on any screen.
        const double perMm = std::hypot(size.width(), size.height()) / (21.5 * 25.4);
        const int least = std::max(200, int(std::ceil(35 * perMm)));
        QTemporaryDir dir;
        QString decoded;
        for (QQuickItem *code : shown) {
            const int modules = code->property("modules").toInt();
            const int unit = code->property("modulePixels").toInt();
            QVERIFY(modules > 0);
            QCOMPARE(code->width(), qreal(modules * unit)); // whole pixels per module
            QVERIFY2(code->width() >= least,
                qPrintable(QStringLiteral("%1 px < %2").arg(code->width()).arg(least)));
            QVERIFY2(code->width() <= size.width(), "the code does not fit on the screen");
            QVERIFY(unit >= std::ceil(0.6 * perMm)); // a dense code's modules stay 0.6 mm

            bringIntoView(window, code);
            const QByteArray payload = code->property("payload").toString().toUtf8();
            const QByteArray read = decode(cut(window, code), dir); // -Sbinary: the bytes alone
            QCOMPARE(read, payload);
            decoded += QString::fromUtf8(read) + u'\n';
        }
        for (const QString &line : expected)
            QVERIFY2(
                decoded.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + decoded));
        QVERIFY(ui.warnings.isEmpty());
    }

    /** The occurrence picked on the groups screen, after the clocks change: CDT, UTC-5. */
    void eventAfterTheClocksChange()
    {
        UiHarness ui;
        QQuickWindow *window = ui.open(
            QStringLiteral("takeaway:grupo-espanol@lakeside-demo.example.org"), QSize(1080, 1920));
        QVERIFY(window);
        auto *stack = window->property("stack").value<QQuickItem *>();
        QQuickItem *screen = stack->property("currentItem").value<QQuickItem *>();
        QVERIFY(screen);
        const QTimeZone chicago("America/Chicago");
        screen->setProperty(
            "occurrenceStart", QDateTime(QDate(2027, 3, 18), QTime(18, 0), chicago));
        UiHarness::settle(window);
        QTemporaryDir dir;
        QQuickItem *event = UiHarness::find(window, QStringLiteral("qr-event"));
        QVERIFY(event);
        const QString read = QString::fromUtf8(decode(cut(window, event), dir));
        QVERIFY2(read.contains(QStringLiteral("DTSTART:20270318T230000Z\r\n")), qPrintable(read));
        QVERIFY2(read.contains(QStringLiteral("DTEND:20270319T003000Z\r\n")), qPrintable(read));
    }

    /** A group's card opens the sheet of that very occurrence, not merely the next one. */
    void openedFromAnOccurrenceCard()
    {
        UiHarness ui;
        QQuickWindow *window = ui.open(QStringLiteral("groups"), QSize(1080, 1920));
        QVERIFY(window);
        // A later meeting of a series whose next one is also on screen.
        QQuickItem *card = nullptr;
        QStringList seen;
        // Scrolled down a screen at a time until one turns up (larger type shows fewer at once).
        QQuickItem *list = UiHarness::find(window, QStringLiteral("occurrenceList"));
        QVERIFY(list);
        for (int page = 0; page < 20 && !card; ++page) {
            for (QQuickItem *item : UiHarness::items(window->contentItem())) {
                const QString uid = item->property("uid").toString();
                if (uid.isEmpty() || item->property("cancelled").toBool() || !item->isVisible())
                    continue;
                const qreal top = list->mapFromItem(item, QPointF(0, 0)).y();
                if (top < 0 || top > list->height())
                    continue; // not on screen now
                const QString key = uid + u'@' + item->property("start").toString();
                if (seen.contains(key))
                    continue;
                if (std::any_of(seen.cbegin(), seen.cend(), [&uid](const QString &s) {
                        return s.startsWith(uid + u'@');
                    })) {
                    card = item;
                    break;
                }
                seen.append(key);
            }
            if (!card) {
                list->setProperty(
                    "contentY", list->property("contentY").toReal() + list->height() / 2);
                UiHarness::settle(window);
            }
        }
        QVERIFY2(card, "no series shows twice on the groups screen");
        QQuickItem *send = nullptr;
        for (QQuickItem *item : UiHarness::items(card)) {
            if (item->objectName() == u"sendToPhone")
                send = item;
        }
        QVERIFY(send);
        const QString uid = card->property("uid").toString();
        const QDateTime start = card->property("start").toDateTime();
        QVERIFY(start.isValid());
        QMetaObject::invokeMethod(send, "clicked");
        UiHarness::settle(window);
        QQuickItem *event = UiHarness::find(window, QStringLiteral("qr-event"));
        QVERIFY(event);
        QTemporaryDir dir;
        const QString read = QString::fromUtf8(decode(cut(window, event), dir));
        QVERIFY2(
            read.contains(QStringLiteral("UID:") + uid + QStringLiteral("\r\n")), qPrintable(read));
        const QString dtstart = start.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QVERIFY2(read.contains(QStringLiteral("DTSTART:") + dtstart), qPrintable(read));
        QVERIFY(ui.warnings.isEmpty());
    }

    /** [display] diagonal_inches sets how many pixels 35 mm are; nonsense falls back to 21.5. */
    void panelSizeFromTheConfiguration()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[display]\ndiagonal_inches = 15.6\n");
        file.close();
        const KioskSettings settings = KioskSettings::fromIni(ini);
        QCOMPARE(settings.diagonalInches, 15.6);
        KioskDisplay display(settings.diagonalInches);
        TakeAwaySheet sheet;
        sheet.setDisplay(&display);
        sheet.setScreenSize(QSizeF(2160, 3840));
        const double perMm = std::hypot(2160.0, 3840.0) / (15.6 * 25.4); // a small 4K panel
        QCOMPARE(sheet.codeSide(), int(std::ceil(35 * perMm)));
        QCOMPARE(sheet.modulePixels(), int(std::ceil(0.6 * perMm)));
        QFile again(ini);
        QVERIFY(again.open(QIODevice::WriteOnly | QIODevice::Truncate));
        again.write("[display]\ndiagonal_inches = -3\n");
        again.close();
        // Refused: as if not set, so the display falls back to the default (or the screen).
        QCOMPARE(KioskSettings::fromIni(ini).diagonalInches, 0.0);
        QCOMPARE(KioskDisplay(KioskSettings::fromIni(ini).diagonalInches).diagonalInches(), 21.5);
    }

    /** Codes stay dark on white, and a service card's button opens its sheet; Back closes it. */
    void openedFromTheCardAndClosedWithBack()
    {
        UiHarness ui;
        QQuickWindow *window = ui.open(QStringLiteral("help"), QSize(1080, 1920));
        QVERIFY(window);
        QQuickItem *send = UiHarness::find(window, QStringLiteral("sendToPhone"));
        QVERIFY(send);
        auto *stack = window->property("stack").value<QQuickItem *>();
        const int depth = stack->property("depth").toInt();
        QMetaObject::invokeMethod(send, "clicked");
        UiHarness::settle(window);
        QCOMPARE(stack->property("depth").toInt(), depth + 1);
        QQuickItem *code = codes(window).value(0);
        QVERIFY(code);
        const QImage image = cut(window, code);
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white)); // the quiet zone
        QMetaObject::invokeMethod(stack, "pop");
        UiHarness::settle(window);
        QCOMPARE(stack->property("depth").toInt(), depth);
        QVERIFY(ui.warnings.isEmpty());
    }
};

QTEST_MAIN(TestTakeAwayUi)
#include "tst_takeawayui.moc"
