// The kiosk without sight, by keys alone: the first key starts speech mode on the screen's first
// control; down and up reach every control of the screen (and its bars) in the screen's order and
// never the staff corner; each one gets Qt's focus, a ring that shows, and is scrolled into view;
// select acts, back goes back to the control she left; left and right follow the reading
// direction; an overlay (the idle warning, the PIN pad) takes the keys while it shows, and a key
// during the idle warning only gives more time; the star key darkens the screen (a screenshot is
// black) and the idle reset lights it and ends speech mode; the INI can remap every key.
// Under Xvfb (xcb) the real X server's keys, typed by xdotool, drive it the same way, and a
// screen reader's AT-SPI listener (atspi-focus.py, on the session's accessibility bus) hears focus
// land on each control the keypad speaks.
// What is said is checked as text here; tst_speechaudio hears it.
#include "keypad.h"
#include "speechtext.h"
#include "uitest.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace {

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

/** Whether @p item shows inside every Flickable around it (scrolled into view). */
bool inView(const QQuickItem *item)
{
    const QRectF r = sceneRect(item);
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        const QRectF view = sceneRect(p);
        if (r.top() < view.top() - 1
            || (r.bottom() > view.bottom() + 1 && r.height() <= view.height()))
            return false;
    }
    return true;
}

QString nameOf(QQuickItem *item)
{
    QAccessibleInterface *a = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return a ? a->text(QAccessible::Name) : QString();
}

/** The mean brightness of @p image, 0–255. */
double brightness(const QImage &image)
{
    const QImage small = image.scaled(64, 64).convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x)
            sum += qGray(small.pixel(x, y));
    }
    return sum / (small.width() * small.height());
}

} // namespace

class TestKeypad : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiHarness> m_ui;
    QQuickWindow *m_window = nullptr;

    Keypad &keypad() { return m_ui->app->keypad(); }
    QQuickItem *focused() { return keypad().focused(); }
    QQuickItem *screen()
    {
        auto *stack = UiHarness::find(m_window, QStringLiteral("screenStack"));
        return stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
    }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window, Qt::Key(key), modifiers);
        QTest::qWait(20);
    }
    /** Down until the control named @p name has the keys; false when the screen has none. */
    bool moveTo(const QString &name)
    {
        for (int i = 0; i < 80; ++i) {
            if (focused() && focused()->objectName() == name)
                return true;
            key(Qt::Key_Down);
        }
        return false;
    }
    /** Down through @p type until the control named @p name has the keys. */
    template<typename Typer> bool moveToBy(Typer type, const QString &name)
    {
        for (int i = 0; i < 40; ++i) {
            if (focused() && focused()->objectName() == name)
                return true;
            const QQuickItem *was = focused();
            if (!type({ QStringLiteral("Down") }))
                return false;
            if (!QTest::qWaitFor(
                    [&] {
                        return focused() != was;
                    },
                    3000))
                return false;
        }
        return false;
    }
    /** Back to the first visitor: the idle reset. */
    void reset()
    {
        m_ui->session->resetNow();
        QTest::qWait(50);
    }
    void checkRing()
    {
        QQuickItem *ring = UiHarness::find(m_window, QStringLiteral("focusRing"));
        QVERIFY(ring);
        QTRY_VERIFY(ring->isVisible());
        QTRY_VERIFY2(sceneRect(ring).contains(sceneRect(focused())), qPrintable(nameOf(focused())));
        QVERIFY(QRectF(0, 0, m_window->width(), m_window->height()).intersects(sceneRect(ring)));
    }

private Q_SLOTS:
    void init()
    {
        m_ui = std::make_unique<UiHarness>();
        m_window = m_ui->open(QStringLiteral("home"), QSize(1080, 1920));
        QVERIFY(m_window);
        m_ui->app->guard(m_window, true);
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanup()
    {
        QVERIFY2(m_ui->warnings.isEmpty(), qPrintable(m_ui->warnings.join(u'\n')));
        m_window = nullptr;
        m_ui.reset();
    }

    void theFirstKeyStartsSpeechModeOnTheScreensFirstControl()
    {
        QVERIFY(!m_ui->visit->speechMode());
        QCOMPARE(keypad().focused(), nullptr);
        key(Qt::Key_Down);
        QVERIFY(m_ui->visit->speechMode());
        QVERIFY(focused());
        QCOMPARE(focused(), Keypad::controls(screen()).constFirst());
        QCOMPARE(m_window->activeFocusItem(), focused());
        checkRing();
        // It says what the kiosk is, how to use the keys, the screen and the control.
        const QStringList said = m_ui->app->readAloud().lines();
        QVERIFY2(said.size() >= 3, qPrintable(said.join(u'|')));
        QVERIFY(said.first().startsWith(u"Speech is on"));
        QVERIFY(said.join(u' ').contains(u"down arrow"));
        QCOMPARE(said.last(), keypad().spokenLines(focused()).last());
        // That key did nothing else.
        QCOMPARE(m_ui->visit->screen(), QStringLiteral("home"));
    }

    void downReachesEveryControlInOrderAndWraps()
    {
        key(Qt::Key_Down);
        const QList<QQuickItem *> all = Keypad::controls(keypad().scope());
        QVERIFY2(all.size() >= 12, qPrintable(QString::number(all.size())));
        // Every button and tile a visitor sees is among them; the staff corner is not.
        int buttons = 0;
        for (QQuickItem *item : UiHarness::items(m_window->contentItem())) {
            const QString type = QString::fromLatin1(item->metaObject()->className());
            if ((type.startsWith(u"TouchButton") || type.startsWith(u"HomeTile")) && seen(item)
                && !UiHarness::find(m_window, QStringLiteral("attract"))->isAncestorOf(item)) {
                ++buttons;
                QVERIFY2(all.contains(item), qPrintable(item->objectName() + u' ' + nameOf(item)));
            }
        }
        QVERIFY(buttons >= 10);
        QVERIFY(!all.contains(UiHarness::find(m_window, QStringLiteral("staffCorner"))));

        QQuickItem *start = focused();
        const qsizetype from = all.indexOf(start);
        QVERIFY(from >= 0);
        for (qsizetype i = 1; i <= all.size(); ++i) {
            key(Qt::Key_Down);
            QCOMPARE(focused(), all.at((from + i) % all.size()));
            QCOMPARE(m_window->activeFocusItem(), focused());
            QVERIFY2(inView(focused()), qPrintable(nameOf(focused())));
            checkRing();
            // What is said is the control's name, then what it is.
            const QStringList said = m_ui->app->readAloud().lines();
            QCOMPARE(said, keypad().spokenLines(focused()));
            QVERIFY(!said.join(u' ').trimmed().isEmpty());
        }
        QCOMPARE(focused(), start); // round again
        key(Qt::Key_Up);
        QCOMPARE(focused(), all.at((from - 1 + all.size()) % all.size()));
        key(Qt::Key_Tab);
        QCOMPARE(focused(), start);
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(focused(), all.at((from - 1 + all.size()) % all.size()));
    }

    void leftAndRightFollowTheReadingDirection()
    {
        key(Qt::Key_Down);
        const QList<QQuickItem *> all = Keypad::controls(keypad().scope());
        const qsizetype first = all.indexOf(focused());
        key(Qt::Key_Right);
        QCOMPARE(focused(), all.at(first + 1));
        key(Qt::Key_Left);
        QCOMPARE(focused(), all.at(first));
        // In Arabic the next control is to the left.
        m_ui->visit->setLanguage(QStringLiteral("ar"));
        QTest::qWait(50);
        QQuickItem *here = focused();
        const QList<QQuickItem *> arabic = Keypad::controls(keypad().scope());
        const qsizetype at = arabic.indexOf(here);
        QVERIFY(at >= 0);
        key(Qt::Key_Left);
        QCOMPARE(focused(), arabic.at((at + 1) % arabic.size()));
        key(Qt::Key_Right);
        QCOMPARE(focused(), here);
    }

    void selectActsAndBackReturnsToTheControlSheLeft()
    {
        key(Qt::Key_Down);
        QVERIFY(moveTo(QStringLiteral("tile-help")));
        QQuickItem *tile = focused();
        key(Qt::Key_Return);
        QCOMPARE(m_ui->visit->screen(), QStringLiteral("help"));
        // The new screen is announced by its title and its first control has the keys.
        QTRY_VERIFY(focused() && screen()->isAncestorOf(focused()));
        const QStringList said = m_ui->app->readAloud().lines();
        QCOMPARE(said.first(),
            SpeechText::spoken(
                screen()->property("title").toString(), m_ui->visit->profile().speech));
        checkRing();
        // Into a service's take-away sheet and back to the same button.
        QVERIFY(moveTo(QStringLiteral("sendToPhone")));
        QQuickItem *send = focused();
        key(Qt::Key_Return);
        QCOMPARE(m_ui->visit->screen(), QStringLiteral("takeaway"));
        QTRY_VERIFY(focused() && screen()->isAncestorOf(focused()));
        QVERIFY(!Keypad::controls(screen()).isEmpty());
        key(Qt::Key_Backspace);
        QCOMPARE(m_ui->visit->screen(), QStringLiteral("help"));
        QTRY_COMPARE(focused(), send);
        key(Qt::Key_Backspace);
        QCOMPARE(m_ui->visit->screen(), QStringLiteral("home"));
        QTRY_COMPARE(focused(), tile);
        // Back on the first screen does nothing.
        key(Qt::Key_Escape);
        QCOMPARE(m_ui->visit->screen(), QStringLiteral("home"));
        QCOMPARE(focused(), tile);
    }

    void aControlThatChangesSaysWhatItIsNow()
    {
        key(Qt::Key_Down);
        QVERIFY(moveTo(QStringLiteral("contrastButton")));
        const QStringList before = m_ui->app->readAloud().lines();
        key(Qt::Key_Space);
        QVERIFY(m_ui->visit->highContrast());
        QTRY_VERIFY(m_ui->app->readAloud().lines() != before);
        QCOMPARE(m_ui->app->readAloud().lines(), keypad().spokenLines(focused()));
    }

    void theChooserSaysEachLanguageInItsOwnVoice()
    {
        key(Qt::Key_Down);
        QVERIFY(moveTo(QStringLiteral("languageButton")));
        key(Qt::Key_Return);
        QCOMPARE(m_ui->visit->screen(), QStringLiteral("languages"));
        QTRY_VERIFY(focused() && screen()->isAncestorOf(focused()));
        QVERIFY(moveTo(QStringLiteral("language-es")));
        const QStringList said = keypad().spokenLines(focused());
        QCOMPARE(said.size(), 2);
        QString words;
        QCOMPARE(SpeechText::languageOf(said.at(0), &words), QStringLiteral("es"));
        QCOMPARE(words, QStringLiteral("Español"));
        QCOMPARE(said.at(1), QStringLiteral("button"));
        // Her own language is "selected".
        QVERIFY(moveTo(QStringLiteral("language-en")));
        QVERIFY(keypad().spokenLines(focused()).join(u' ').endsWith(u"selected"));
        QVERIFY(moveTo(QStringLiteral("language-es")));
        key(Qt::Key_Return);
        QCOMPARE(m_ui->visit->language(), QStringLiteral("es"));
        // Back where she was, and it is said in Spanish.
        QTRY_VERIFY(focused() && screen()->isAncestorOf(focused()));
        QTRY_VERIFY(m_ui->app->readAloud().lines().join(u' ').contains(u"botón"));
    }

    void overlaysTakeTheKeysWhileTheyShow()
    {
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        QQuickItem *was = focused();
        // The idle warning: said, its button has the keys; a key keeps the visit and does no more.
        m_ui->idle(m_ui->session->idleSeconds());
        QCOMPARE(m_ui->session->phase(), KioskSession::Phase::Warning);
        QTRY_VERIFY2(focused() && focused()->objectName() == u"stillHereButton",
            qPrintable(
                focused() ? focused()->objectName() + nameOf(focused()) : QStringLiteral("none")));
        const QString said = m_ui->app->readAloud().lines().join(u' ');
        QVERIFY2(said.contains(u"still there") && said.contains(u"Press any key for more time"),
            qPrintable(said));
        key(Qt::Key_Down);
        QCOMPARE(m_ui->session->phase(), KioskSession::Phase::Active);
        QTRY_COMPARE(focused(), was);
        QVERIFY(m_ui->visit->speechMode());

        // The PIN pad for staff: reachable by keys too, and back closes it.
        m_window->setProperty("pinOpen", true);
        QTRY_VERIFY(focused()
            && UiHarness::find(m_window, QStringLiteral("pinPad"))->isAncestorOf(focused()));
        const QList<QQuickItem *> pad = Keypad::controls(keypad().scope());
        QVERIFY(pad.size() >= 10);
        key(Qt::Key_Down);
        QVERIFY(pad.contains(focused()));
        key(Qt::Key_Backspace);
        QCOMPARE(m_window->property("pinOpen").toBool(), false);
        QTRY_COMPARE(focused(), was);
    }

    void theStarKeyDarkensTheScreenUntilTheReset()
    {
        // Not before speech mode: the first key only starts it.
        key(Qt::Key_Asterisk);
        QVERIFY(m_ui->visit->speechMode());
        QVERIFY(!m_ui->visit->blanked());
        const double lit = brightness(m_window->grabWindow());
        key(Qt::Key_Asterisk);
        QVERIFY(m_ui->visit->blanked());
        QVERIFY(m_ui->app->readAloud().lines().join(u' ').contains(u"screen is off"));
        UiHarness::settle(m_window);
        const double dark = brightness(m_window->grabWindow());
        qInfo("brightness lit %.0f, dark %.0f", lit, dark);
        QVERIFY(lit > 100);
        QVERIFY(dark < 2);
        key(Qt::Key_Asterisk);
        QVERIFY(!m_ui->visit->blanked());
        key(Qt::Key_Asterisk);
        QVERIFY(m_ui->visit->blanked());
        // The idle reset: lit, speech mode over, the keys nowhere, the ring gone.
        reset();
        QVERIFY(!m_ui->visit->blanked());
        QVERIFY(!m_ui->visit->speechMode());
        QCOMPARE(focused(), nullptr);
        UiHarness::settle(m_window);
        QVERIFY(!UiHarness::find(m_window, QStringLiteral("focusRing"))->isVisible());
        QVERIFY(brightness(m_window->grabWindow()) > 100);
    }

    void aKeyThatIsNotTheKeypadsDoesNothing()
    {
        key(Qt::Key_X);
        QVERIFY(!m_ui->visit->speechMode());
        key(Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(!m_ui->visit->speechMode());
    }

    void keysTypedOnTheXServerDriveIt()
    {
        // xdotool types into the focused X window through XTEST, as a USB keypad would.
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        const auto xdotool = [](const QStringList &keys) {
            QProcess p;
            p.start(QStringLiteral("xdotool"),
                QStringList {
                    QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("80") }
                    + keys);
            return p.waitForFinished(10000) && p.exitCode() == 0;
        };
        QVERIFY2(xdotool({ QStringLiteral("Down") }), "xdotool failed (is it installed?)");
        QTRY_VERIFY(m_ui->visit->speechMode());
        QTRY_VERIFY(focused());
        QVERIFY(moveToBy(xdotool, QStringLiteral("tile-help")));
        QVERIFY(xdotool({ QStringLiteral("Return") }));
        QTRY_COMPARE(m_ui->visit->screen(), QStringLiteral("help"));
        QTRY_VERIFY(focused() && screen()->isAncestorOf(focused()));
        QVERIFY(xdotool({ QStringLiteral("BackSpace") }));
        QTRY_COMPARE(m_ui->visit->screen(), QStringLiteral("home"));
        QVERIFY(xdotool({ QStringLiteral("asterisk") }));
        QTRY_VERIFY(m_ui->visit->blanked());
    }

    void theAccessibilityBusHasTheFocusOnTheSpokenControl()
    {
        // The listener is a screen reader would be: pyatspi on the a11y bus of this D-Bus session.
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "no D-Bus session (dbus-run-session)");
        QProcess listener;
        listener.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        listener.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral(KIOSK_ATSPI_FOCUS) });
        const auto end = qScopeGuard([&] {
            listener.kill();
            listener.waitForFinished(3000);
        });
        QStringList heard;
        QObject::connect(&listener, &QProcess::readyReadStandardOutput, &listener, [&] {
            while (listener.canReadLine())
                heard.append(QString::fromUtf8(listener.readLine()).trimmed());
        });
        QTRY_VERIFY_WITH_TIMEOUT(heard.contains(u"listening"), 20000);
        QTest::qWait(500); // the bridge learns of the listener from the registry
        key(Qt::Key_Down);
        QTRY_VERIFY(focused());
        for (int i = 0; i < 6; ++i) {
            heard.clear();
            key(Qt::Key_Down);
            const QString spoken = nameOf(focused()).simplified();
            QTRY_VERIFY2_WITH_TIMEOUT(
                heard.contains(spoken), qPrintable(spoken + u" not in " + heard.join(u'|')), 10000);
            // And it is what the kiosk says of it.
            QVERIFY(keypad().spokenLines(focused()).join(u' ').startsWith(
                SpeechText::spoken(spoken, m_ui->visit->profile().speech).left(8)));
        }
    }

    void theIniRemapsTheKeys()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[keypad]\nselect = 5, Return\nhelp = Nonsense\nblank = F9\n");
        f.close();
        QStringList notes;
        const KeyMap map = KeyMap::fromIni(ini, &notes);
        const auto press = [&map](int k) {
            QKeyEvent e(QEvent::KeyPress, k, Qt::NoModifier);
            return map.action(e);
        };
        QCOMPARE(press(Qt::Key_5), KeyMap::Action::Select);
        QCOMPARE(press(Qt::Key_Return), KeyMap::Action::Select);
        QCOMPARE(press(Qt::Key_Space), KeyMap::Action::None); // select's keys are the INI's now
        QCOMPARE(press(Qt::Key_F9), KeyMap::Action::Blank);
        QCOMPARE(press(Qt::Key_Asterisk), KeyMap::Action::None);
        QCOMPARE(press(Qt::Key_F1), KeyMap::Action::Help); // a refused value keeps the default
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"[keypad] help") && notes.first().contains(u"Nonsense")
                && notes.first().contains(ini),
            qPrintable(notes.first()));
        QCOMPARE(press(Qt::Key_Down), KeyMap::Action::Next);
    }
};

QTEST_MAIN(TestKeypad)
#include "tst_keypad.moc"
