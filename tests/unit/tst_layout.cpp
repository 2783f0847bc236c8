// Every screen at phone, tablet, kiosk portrait and landscape sizes, in both languages: no text
// elided, clipped, off-screen or on top of another; every control big enough and named.
#include "uitest.h"

#include <QAccessible>
#include <QFontMetricsF>
#include <QQuickItem>
#include <QRegularExpression>
#include <QScopeGuard>

namespace {

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText");
}

/** Visible to a person: shown, not fully transparent, with an area. */
bool seen(const QQuickItem *item)
{
    if (!item->isVisible() || item->width() <= 0 || item->height() <= 0)
        return false;
    for (const QQuickItem *i = item; i; i = i->parentItem()) {
        if (i->opacity() <= 0.01)
            return false;
    }
    return true;
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
        const QList<QSize> sizes { { 360, 640 }, { 800, 1280 }, { 1080, 1920 }, { 1920, 1080 } };
        for (const bool switched : { false, true }) {
            for (const QString &language : { QStringLiteral("en"), QStringLiteral("es") }) {
                for (const QString &screen :
                    { QStringLiteral("home"), QStringLiteral("learn"), QStringLiteral("article"),
                        QStringLiteral("groups"), QStringLiteral("help"), QStringLiteral("room"),
                        QStringLiteral("room-busy"), QStringLiteral("visit"),
                        QStringLiteral("attract"), QStringLiteral("idle-warning"),
                        QStringLiteral("pin"), QStringLiteral("staff"),
                        QStringLiteral("takeaway:national-breastfeeding-helpline"),
                        QStringLiteral("takeaway:grupo-espanol@lakeside-demo.example.org") }) {
                    for (const QSize &size : sizes) {
                        const QString tag
                            = QStringLiteral("%1 %2x%3 %4%5")
                                  .arg(screen)
                                  .arg(size.width())
                                  .arg(size.height())
                                  .arg(
                                      language, switched ? QStringLiteral(" switched") : QString());
                        QTest::newRow(qPrintable(tag)) << screen << size << language << switched;
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
        const QString other = language == u"en" ? QStringLiteral("es") : QStringLiteral("en");
        m_ui.store->setLanguage(switched ? other : language);
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
            m_ui.store->setLanguage(language);
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
                if (item->property("contentWidth").toReal() > item->width() + 1)
                    problems.append(QStringLiteral("wider than its box: ") + describe(item));
                if (item->property("contentHeight").toReal() > item->height() + 1)
                    problems.append(QStringLiteral("taller than its box: ") + describe(item));
                const QRectF r = sceneRect(item);
                if (r.left() < -0.5 || r.right() > screenRect.right() + 0.5)
                    problems.append(QStringLiteral("off the screen sideways: ") + describe(item));
                const QFont font = item->property("font").value<QFont>();
                // A word wider than the box is broken in the middle ("Delet / e"); only an
                // address may be, when nothing else would fit.
                static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
                const QFontMetricsF metrics(font);
                for (const QString &word : item->property("text").toString().remove(tags).split(
                         QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                    if (metrics.horizontalAdvance(word) > item->width() + 1 && !word.contains(u'/')
                        && !word.contains(u'@')) {
                        problems.append(
                            QStringLiteral("the word '%1' is broken: ").arg(word) + describe(item));
                        break;
                    }
                }
                if (font.pixelSize() > 0 && font.pixelSize() < 18)
                    problems.append(QStringLiteral("text under 18 px: ") + describe(item));
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
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        m_ui.engine.reset();
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
