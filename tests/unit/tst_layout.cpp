// Every screen at phone, tablet, kiosk portrait, landscape and 4K sizes, in English and Spanish at
// every text size and in Vietnamese, Chinese and Arabic at four sizes, normal and largest: no text
// elided, clipped, off-screen or on top of another, no character that no font draws (an empty
// box); every control big enough and named. On a kiosk panel of a known size (21.5 and 32 inches, a
// 43-inch 4K panel) the smallest capital letters are at least 4.8 mm tall and every touch target at
// least 15 mm across, and the attract loop's main line has capitals of at least 16 mm.
#include "keypad.h"
#include "uitest.h"

#include <QAccessible>
#include <QFontMetricsF>
#include <QQuickItem>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTextLayout>

namespace {

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText");
}

/** How many characters of @p text no font draws in @p font or its fallbacks: empty boxes. */
int emptyBoxes(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
        line.setLineWidth(1e6);
    layout.endLayout();
    int missing = 0;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        for (const quint32 glyph : run.glyphIndexes())
            missing += glyph == 0 ? 1 : 0; // glyph 0 is every font's .notdef box
    }
    return missing;
}

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

QString describe(const QQuickItem *item)
{
    QString text = item->property("text").toString().left(40);
    return QStringLiteral("%1 '%2' at %3,%4 %5x%6")
        .arg(QString::fromLatin1(item->metaObject()->className()), text)
        .arg(sceneRect(item).x())
        .arg(sceneRect(item).y())
        .arg(item->width())
        .arg(item->height());
}

bool isAncestor(const QQuickItem *a, const QQuickItem *b)
{
    for (const QQuickItem *i = b->parentItem(); i; i = i->parentItem()) {
        if (i == a)
            return true;
    }
    return false;
}

QAccessibleInterface *accessible(QQuickItem *item)
{
    return QAccessible::queryAccessibleInterface(item);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private:
    UiHarness m_ui;

private Q_SLOTS:
    void initTestCase()
    {
        // Role and name come through the same interface a screen reader uses.
        QAccessible::setActive(true);
    }

    void everyScreen_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        // Opened in the other language at another size, then switched and resized, as a visitor
        // tapping the language button or a kiosk rotating its screen would.
        QTest::addColumn<bool>("switched");
        QTest::addColumn<int>("textSize"); // Visit::TextSize
        // The panel's diagonal, for the checks in millimetres; 0: a phone or tablet window,
        // where only the pixel floors hold.
        QTest::addColumn<double>("diagonal");
        struct Case
        {
            QSize size;
            Visit::TextSize textSize;
            double diagonal; ///< the panel's; 0: a phone or tablet window (the default diagonal)
        };
        QList<Case> cases;
        const QList<QSize> sizes { { 360, 640 }, { 800, 1280 }, { 1080, 1920 }, { 1920, 1080 },
            { 2160, 3840 } };
        for (const auto textSize : { Visit::Normal, Visit::Large, Visit::Largest }) {
            for (const QSize &size : sizes) {
                if (size.width() < 1080)
                    cases.append({ size, textSize, 0 });
                else if (size.width() > 2000) // 4K panels are large ones
                    cases.append({ size, textSize, 43 });
                else {
                    cases.append({ size, textSize, 21.5 });
                    if (textSize == Visit::Normal)
                        cases.append({ size, textSize, 32 });
                }
            }
        }
        // English and Spanish in every case; the other languages of the built-in pack (each
        // script, and right to left) at four sizes, normal and largest text, not switched.
        const auto everyCase = [](const QString &language) {
            return language == u"en" || language == u"es";
        };
        const QList<QSize> fourSizes { { 360, 640 }, { 1080, 1920 }, { 1920, 1080 },
            { 2160, 3840 } };
        for (const bool switched : { false, true }) {
            for (const QString &language : { QStringLiteral("en"), QStringLiteral("es"),
                     QStringLiteral("vi"), QStringLiteral("zh-Hans"), QStringLiteral("ar") }) {
                if (switched && !everyCase(language))
                    continue;
                for (const QString &screen :
                    { QStringLiteral("home"), QStringLiteral("learn"), QStringLiteral("article"),
                        QStringLiteral("groups"), QStringLiteral("help"), QStringLiteral("room"),
                        QStringLiteral("room-busy"), QStringLiteral("visit"),
                        QStringLiteral("attract"), QStringLiteral("idle-warning"),
                        QStringLiteral("pin"), QStringLiteral("staff"), QStringLiteral("languages"),
                        QStringLiteral("language-help"),
                        QStringLiteral("takeaway:national-breastfeeding-helpline"),
                        QStringLiteral("takeaway:grupo-espanol@lakeside-demo.example.org") }) {
                    for (const Case &c : std::as_const(cases)) {
                        // A switch of language or size is checked at the normal text size.
                        if (switched && (c.textSize != Visit::Normal || c.diagonal == 32))
                            continue;
                        if (!everyCase(language)
                            && (c.textSize == Visit::Large || c.diagonal == 32
                                || !fourSizes.contains(c.size)))
                            continue;
                        const QString tag
                            = QStringLiteral("%1 %2x%3 %4%5%6%7")
                                  .arg(screen)
                                  .arg(c.size.width())
                                  .arg(c.size.height())
                                  .arg(language,
                                      c.textSize == Visit::Normal
                                          ? QString()
                                          : u' ' + Visit::textSizeName(c.textSize),
                                      c.diagonal > 0 && c.textSize == Visit::Normal
                                          ? QStringLiteral(" %1in").arg(c.diagonal)
                                          : QString(),
                                      switched ? QStringLiteral(" switched") : QString());
                        QTest::newRow(qPrintable(tag)) << screen << c.size << language << switched
                                                       << int(c.textSize) << c.diagonal;
                    }
                }
            }
        }
    }

    void everyScreen()
    {
        QFETCH(QString, screen);
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QFETCH(bool, switched);
        QFETCH(int, textSize);
        QFETCH(double, diagonal);
        KioskDisplay &display = m_ui.app->display();
        display.setPanel(diagonal > 0 ? diagonal : KioskDisplay::DefaultDiagonalInches, -1);
        m_ui.app->visit().setTextSize(Visit::TextSize(textSize));
        const auto normalAgain = qScopeGuard([&] {
            m_ui.app->visit().setTextSize(Visit::Normal);
        });
        // Millimetres are checked at the normal text size (larger text only adds to them).
        const double perMm
            = diagonal > 0 && textSize == Visit::Normal ? display.pixelsPerMm(QSizeF(size)) : 0;
        const QString other = language == u"en" ? QStringLiteral("es") : QStringLiteral("en");
        m_ui.visit->setLanguage(switched ? other : language);
        const QSize first = size == QSize(1080, 1920) ? QSize(1920, 1080) : QSize(1080, 1920);
        // "room-busy": the room screen with everything live on it – a room in use with people
        // waiting, a visitor's own ticket, and another room calling its next number.
        const bool busy = screen == u"room-busy";
        RoomStatus &rooms = *m_ui.rooms;
        const auto restore = qScopeGuard([&] {
            rooms.setStaffState(QStringLiteral("room-a"), QStringLiteral("free"));
            rooms.setStaffState(QStringLiteral("room-b"), QStringLiteral("unknown"));
            rooms.clearWaitlist(QStringLiteral("room-a"));
            rooms.clearWaitlist(QStringLiteral("room-b"));
        });
        if (busy) {
            rooms.setStaffState(QStringLiteral("room-b"), QStringLiteral("occupied"));
            rooms.joinWaitlist(QStringLiteral("room-b"));
            rooms.joinWaitlist(QStringLiteral("room-b"));
            rooms.setStaffState(QStringLiteral("room-b"), QStringLiteral("free"));
            rooms.setStaffState(QStringLiteral("room-a"), QStringLiteral("occupied"));
            rooms.joinWaitlist(QStringLiteral("room-a"));
        }
        // Kiosk mode's overlays, over the home screen.
        const auto undoOverlays = qScopeGuard([&] {
            m_ui.staff->close();
            m_ui.session->activity();
        });
        const bool overlay = screen == u"idle-warning" || screen == u"pin" || screen == u"staff";
        QQuickWindow *window = m_ui.open(busy ? QStringLiteral("room")
                : overlay                     ? QStringLiteral("home")
                                              : screen,
            switched ? first : size);
        QVERIFY(window);
        if (screen == u"idle-warning")
            m_ui.idle(m_ui.session->idleSeconds());
        if (screen == u"pin")
            window->setProperty("pinOpen", true);
        if (screen == u"staff") {
            QCOMPARE(m_ui.staff->enterPin(QStringLiteral("2468")), QStringLiteral("granted"));
        }
        if (overlay)
            UiHarness::settle(window);
        if (busy) {
            QQuickItem *join = UiHarness::find(window, QStringLiteral("join-room-a"));
            QVERIFY(join && join->isVisible());
            QMetaObject::invokeMethod(join, "clicked");
            UiHarness::settle(window);
            QVERIFY(!join->isVisible());
        }
        if (switched) {
            m_ui.visit->setLanguage(language);
            window->resize(size);
            UiHarness::settle(window);
        }
        QCOMPARE(window->size(), size);
        // KIOSK_LAYOUT_SHOTS=DIR keeps a picture of every case, to look at by eye.
        if (const QString shots = qEnvironmentVariable("KIOSK_LAYOUT_SHOTS"); !shots.isEmpty())
            window->grabWindow().save(shots + u'/'
                + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')
                + QStringLiteral(".png"));
        // Over an overlay only the overlay is checked: what is under it is covered on purpose.
        QQuickItem *root = window->contentItem();
        if (overlay || screen == u"attract") {
            const QString loader = screen == u"idle-warning" ? QStringLiteral("idleWarning")
                : screen == u"pin"                           ? QStringLiteral("pinPad")
                : screen == u"staff"                         ? QStringLiteral("staffPanel")
                                                             : QStringLiteral("attract");
            root = UiHarness::find(window, loader);
            QVERIFY2(root && !root->childItems().isEmpty(), qPrintable(loader));
        }
        const QList<QQuickItem *> items = UiHarness::items(root);
        const QRectF screenRect(0, 0, size.width(), size.height());
        QStringList problems;
        QList<QQuickItem *> texts;
        double smallestCapsMm = 1e9;
        double smallestTargetMm = 1e9;
        for (QQuickItem *item : std::as_const(items)) {
            if (isText(item) && item->isVisible() && (item->width() <= 0 || item->height() <= 0)
                && !item->property("text").toString().trimmed().isEmpty())
                problems.append(QStringLiteral("text in a box of no size: ") + describe(item));
            if (!seen(item))
                continue;
            if (isText(item) && !item->property("text").toString().trimmed().isEmpty()) {
                texts.append(item);
                if (item->property("truncated").toBool())
                    problems.append(QStringLiteral("elided: ") + describe(item));
                if (const int boxes = emptyBoxes(
                        item->property("text").toString(), item->property("font").value<QFont>()))
                    problems.append(QStringLiteral("%1 characters no font draws: ").arg(boxes)
                        + describe(item));
                // Qt measures a right-to-left paragraph about 2 px wider than it draws it (the
                // same Arabic text aligned left measures 2 px less), so it gets 3 px, not 1.
                const double slack = item->property("text").toString().isRightToLeft() ? 3 : 1;
                if (item->property("contentWidth").toReal() > item->width() + slack)
                    problems.append(QStringLiteral("wider than its box: ") + describe(item));
                if (item->property("contentHeight").toReal() > item->height() + 1)
                    problems.append(QStringLiteral("taller than its box: ") + describe(item));
                const QRectF r = sceneRect(item);
                if (r.left() < -0.5 || r.right() > screenRect.right() + 0.5)
                    problems.append(QStringLiteral("off the screen sideways: ") + describe(item));
                const QFont font = item->property("font").value<QFont>();
                // A word wider than the box is broken in the middle ("Delet / e"); only an
                // address (a web or e-mail address, a domain) may be, when nothing else would fit.
                static const QRegularExpression domain(QStringLiteral("[a-z0-9]\\.[a-z]{2,}"));
                static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
                // Chinese and Japanese write no spaces: a line breaks between any two characters.
                static const QRegularExpression noSpaces(
                    QStringLiteral("\\p{Han}|\\p{Hiragana}|\\p{Katakana}"));
                const QFontMetricsF metrics(font);
                // A line may break at a space or after a dash (10:00– / 11:30), nowhere else.
                for (const QString &word : item->property("text").toString().remove(tags).split(
                         QRegularExpression(QStringLiteral("\\s+|(?<=–)")), Qt::SkipEmptyParts)) {
                    if (metrics.horizontalAdvance(word) > item->width() + 1 && !word.contains(u'/')
                        && !word.contains(u'@') && !word.contains(domain)
                        && !word.contains(noSpaces)) {
                        problems.append(
                            QStringLiteral("the word '%1' is broken: ").arg(word) + describe(item));
                        break;
                    }
                }
                if (font.pixelSize() > 0 && font.pixelSize() < 18)
                    problems.append(QStringLiteral("text under 18 px: ") + describe(item));
                // Section 508 §402.4: capitals of at least 3/16 inch on the real panel, measured
                // on the Latin face at the text's size (Arabic or Chinese has no capitals; the
                // kiosk sizes every script alike).
                QFont latin = font;
                latin.setFamilies({ QStringLiteral("Noto Sans") });
                const double capsMm = perMm > 0 ? QFontMetricsF(latin).capHeight() / perMm : 0;
                if (perMm > 0 && capsMm < 4.8)
                    problems.append(QStringLiteral("capitals %1 mm tall: ").arg(capsMm, 0, 'f', 2)
                        + describe(item));
                if (perMm > 0)
                    smallestCapsMm = std::min(smallestCapsMm, capsMm);
                if (perMm > 0 && item->objectName() == u"slideCaption" && capsMm < 16)
                    problems.append(
                        QStringLiteral("the attract loop's main line has capitals %1 mm tall: ")
                            .arg(capsMm, 0, 'f', 2)
                        + describe(item));
            }
            if (item->inherits("QQuickFlickable")
                && item->property("contentWidth").toReal() > item->width() + 1)
                problems.append(QStringLiteral("scrolls sideways: ") + describe(item));
            auto *a = accessible(item);
            const bool button = a && a->role() == QAccessible::Button;
            const bool tappable
                = std::any_of(item->children().cbegin(), item->children().cend(), [](QObject *c) {
                      return c->inherits("QQuickTapHandler");
                  });
            if (tappable && !button)
                problems.append(
                    QStringLiteral("tappable but not an accessible button: ") + describe(item));
            if (button && item->isEnabled()) {
                if (a->text(QAccessible::Name).trimmed().isEmpty())
                    problems.append(
                        QStringLiteral("button without an accessible name: ") + describe(item));
                if (item->width() < 48 || item->height() < 48)
                    problems.append(QStringLiteral("touch target under 48 px: ") + describe(item));
                const double shortMm
                    = perMm > 0 ? std::min(item->width(), item->height()) / perMm : 0;
                if (perMm > 0 && shortMm < 15)
                    problems.append(
                        QStringLiteral("touch target %1 mm across: ").arg(shortMm, 0, 'f', 1)
                        + describe(item));
                if (perMm > 0)
                    smallestTargetMm = std::min(smallestTargetMm, shortMm);
            }
            // "I'm still here" / "Sigo aquí" reads as one phrase, never broken over two lines.
            if (item->objectName() == u"stillHereButton") {
                for (QQuickItem *label : UiHarness::items(item)) {
                    if (isText(label) && label->property("lineCount").toInt() != 1)
                        problems.append(QStringLiteral("the button's label takes %1 lines: ")
                                            .arg(label->property("lineCount").toInt())
                            + describe(label));
                }
            }
        }
        // Text on top of other text, wherever it is in the tree.
        for (qsizetype i = 0; i < texts.size(); ++i) {
            for (qsizetype j = i + 1; j < texts.size(); ++j) {
                const QRectF overlap = sceneRect(texts.at(i)).intersected(sceneRect(texts.at(j)));
                if (overlap.width() > 1 && overlap.height() > 1
                    && !isAncestor(texts.at(i), texts.at(j))
                    && !isAncestor(texts.at(j), texts.at(i)))
                    problems.append(QStringLiteral("overlap: ") + describe(texts.at(i))
                        + QStringLiteral(" and ") + describe(texts.at(j)));
            }
        }
        // A screen shows several texts; an overlay at least its message and its button.
        QVERIFY2(texts.size() > (root == window->contentItem() ? 3 : 1), "the screen shows text");
        problems += m_ui.warnings;
        // The figures for the closing note: KIOSK_LAYOUT_FIGURES=1 prints them per case.
        if (perMm > 0 && qEnvironmentVariableIsSet("KIOSK_LAYOUT_FIGURES"))
            qInfo("%s: smallest capitals %.2f mm, smallest touch target %.1f mm",
                QTest::currentDataTag(), smallestCapsMm, smallestTargetMm);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        m_ui.engine.reset();
    }

    /**
     * A 43-inch portrait panel hung with its bottom edge 700 mm above the floor: its top 432 mm
     * are above 1220 mm (ADA §308), so the controls sit below that line, and "move to reach"
     * brings the top of the screen down to it. Hung low, nothing moves.
     */
    // The keypad's focus ring on every control of every screen at four sizes, left to right and
    // right to left: it surrounds the control, which is scrolled into view, and it is drawn on
    // top (its two colours are on the screen where its line is).
    void focusRingOnEveryControl_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("ar") }) {
            for (const QSize &size :
                { QSize(360, 640), QSize(1080, 1920), QSize(1920, 1080), QSize(2160, 3840) }) {
                for (const QString &screen : { QStringLiteral("home"), QStringLiteral("learn"),
                         QStringLiteral("article"), QStringLiteral("groups"),
                         QStringLiteral("help"), QStringLiteral("room"), QStringLiteral("visit"),
                         QStringLiteral("idle-warning"), QStringLiteral("pin"),
                         QStringLiteral("languages"), QStringLiteral("language-help"),
                         QStringLiteral("takeaway:national-breastfeeding-helpline") }) {
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3 %4")
                                                 .arg(screen)
                                                 .arg(size.width())
                                                 .arg(size.height())
                                                 .arg(language)))
                        << screen << size << language;
                }
            }
        }
    }

    void focusRingOnEveryControl()
    {
        QFETCH(QString, screen);
        QFETCH(QSize, size);
        QFETCH(QString, language);
        m_ui.visit->setLanguage(language);
        const bool overlay = screen == u"idle-warning" || screen == u"pin";
        QQuickWindow *window = m_ui.open(overlay ? QStringLiteral("home") : screen, size);
        QVERIFY(window);
        const auto over = qScopeGuard([&] {
            m_ui.session->resetNow();
        });
        m_ui.app->guard(window, true);
        window->requestActivate();
        if (screen == u"pin")
            window->setProperty("pinOpen", true);
        UiHarness::settle(window);
        Keypad &keypad = m_ui.app->keypad();
        QTest::keyClick(window, Qt::Key_Down); // speech mode
        if (screen == u"idle-warning") {
            m_ui.idle(m_ui.session->idleSeconds());
            UiHarness::settle(window);
        }
        QTRY_VERIFY(keypad.focused());
        QQuickItem *ring = UiHarness::find(window, QStringLiteral("focusRing"));
        QVERIFY(ring);
        const QList<QQuickItem *> all = Keypad::controls(keypad.scope());
        QVERIFY(!all.isEmpty());
        const QRectF view(0, 0, size.width(), size.height());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QQuickItem *item = keypad.focused();
            QVERIFY(item);
            const QRectF shown = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            QTRY_VERIFY2(ring->isVisible()
                    && ring->mapRectToScene(QRectF(0, 0, ring->width(), ring->height()))
                           .contains(shown),
                qPrintable(item->objectName() + u' ' + accessible(item)->text(QAccessible::Name)));
            QVERIFY2(view.intersects(shown), qPrintable(accessible(item)->text(QAccessible::Name)));
            // Drawn on top: at the first control and every fifth, the ring's colours are where
            // its line runs (the middle of its left side, or of its top when that is off screen).
            if (i % 5 == 0) {
                UiHarness::settle(window);
                const QImage image = window->grabWindow();
                // KIOSK_FOCUS_SHOTS=DIR keeps a picture of the ring on the sixth control.
                if (const QString shots = qEnvironmentVariable("KIOSK_FOCUS_SHOTS");
                    !shots.isEmpty() && i == 5)
                    image.save(shots + u'/'
                        + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')
                        + QStringLiteral(".png"));
                const QRectF r = ring->mapRectToScene(QRectF(0, 0, ring->width(), ring->height()));
                const qreal line = ring->property("line").toReal();
                QPointF on(r.left() + line / 2, r.center().y());
                if (!view.contains(on))
                    on = QPointF(r.center().x(), r.top() + line / 2);
                if (!view.contains(on))
                    on = QPointF(r.center().x(), r.bottom() - line / 2);
                if (view.contains(on)) {
                    const QPoint px = (on * image.devicePixelRatio()).toPoint();
                    const QColor outer = image.pixelColor(px);
                    QVERIFY2(outer == QColor(0, 0, 0),
                        qPrintable(QStringLiteral("%1 at %2,%3 under %4")
                                       .arg(outer.name())
                                       .arg(px.x())
                                       .arg(px.y())
                                       .arg(accessible(item)->text(QAccessible::Name))));
                }
            }
            QTest::keyClick(window, Qt::Key_Down);
        }
        QVERIFY2(m_ui.warnings.isEmpty(), qPrintable(m_ui.warnings.join(u'\n')));
    }

    void controlsWithinReachOfASeatedVisitor_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("bottomEdge");
        QTest::addColumn<bool>("moved");
        QTest::newRow("1080x1920 at 700 mm") << QSize(1080, 1920) << 700.0 << true;
        QTest::newRow("2160x3840 at 700 mm") << QSize(2160, 3840) << 700.0 << true;
        QTest::newRow("1080x1920 at 200 mm") << QSize(1080, 1920) << 200.0 << false;
        QTest::newRow("1080x1920 height not set") << QSize(1080, 1920) << -1.0 << false;
    }

    void controlsWithinReachOfASeatedVisitor()
    {
        QFETCH(QSize, size);
        QFETCH(double, bottomEdge);
        QFETCH(bool, moved);
        KioskDisplay &display = m_ui.app->display();
        display.setPanel(43, bottomEdge);
        const auto normalAgain = qScopeGuard([&] {
            display.setPanel(KioskDisplay::DefaultDiagonalInches, -1);
            m_ui.session->resetNow();
            m_ui.engine.reset();
        });
        const double perMm = display.pixelsPerMm(QSizeF(size));
        const double panelMm = size.height() / perMm;
        const double line = display.reachLine(QSizeF(size));
        QCOMPARE(line > 0, moved);
        if (moved) // from the top down to 1220 mm above the floor
            QCOMPARE(qRound(line / perMm), qRound(bottomEdge + panelMm - 1220));
        QQuickWindow *window = m_ui.open(QStringLiteral("groups"), size);
        QVERIFY(window);
        QQuickItem *reach = UiHarness::find(window, QStringLiteral("reachButton"));
        QVERIFY(reach);
        QCOMPARE(reach->isVisible(), moved);
        for (const QString &name : { QStringLiteral("backButton"), QStringLiteral("homeButton"),
                 QStringLiteral("languageButton"), QStringLiteral("textSizeButton"),
                 QStringLiteral("contrastButton"), QStringLiteral("reachButton") }) {
            QQuickItem *control = UiHarness::find(window, name);
            QVERIFY2(control, qPrintable(name));
            if (!control->isVisible())
                continue;
            const QRectF r = sceneRect(control);
            QVERIFY2(r.bottom() <= size.height(), qPrintable(name));
            if (moved)
                QVERIFY2(r.top() >= line,
                    qPrintable(QStringLiteral("%1 at %2 px, above the line of reach at %3 px")
                                   .arg(name)
                                   .arg(r.top())
                                   .arg(line)));
            else
                QVERIFY2(r.top() < size.height() / 4, qPrintable(name + u" stays at the top"));
        }
        if (!moved)
            return;
        // The screen's own content starts above the line until she asks for it lower.
        QQuickItem *stack = UiHarness::find(window, QStringLiteral("screenStack"));
        QVERIFY(stack);
        QVERIFY(sceneRect(stack).top() < line);
        QMetaObject::invokeMethod(reach, "clicked");
        UiHarness::settle(window);
        QVERIFY2(sceneRect(stack).top() >= line - 1,
            qPrintable(QStringLiteral("the screen starts at %1 px, the line is at %2 px")
                           .arg(sceneRect(stack).top())
                           .arg(line)));
        QQuickItem *list = UiHarness::find(window, QStringLiteral("occurrenceList"));
        QVERIFY(list && list->isVisible() && list->height() > 200);
        // And back up; the next visitor starts with the screen where it was.
        QMetaObject::invokeMethod(reach, "clicked");
        UiHarness::settle(window);
        QVERIFY(sceneRect(stack).top() < line);
        QMetaObject::invokeMethod(reach, "clicked");
        m_ui.session->resetNow();
        UiHarness::settle(window);
        stack = UiHarness::find(window, QStringLiteral("screenStack"));
        QVERIFY(sceneRect(stack).top() < line);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
