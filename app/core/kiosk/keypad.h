#pragma once

#include "keymap.h"
#include "maininstance.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickItem>
#include <QStringList>

class ReadAloud;
class Visit;

/**
 * The kiosk without sight (ADA 2010 §707, 49 CFR 27.71(k)): a keypad moves through every control
 * of the screen in reading order, the kiosk says each one as it gets focus, and select activates
 * it. The first key of a visit starts speech mode (Visit::speechMode): the kiosk says what it is
 * and how to use the keys, and goes to the screen's first control. Each new screen is announced
 * by its title; an overlay (the idle warning, the PIN pad) takes the keys until it closes; back
 * goes back. Help says the keys again, repeat the control, the star key blanks the screen.
 *
 * The keys are the INI's (KeyMap). The controls are the items with activeFocusOnTab, inside the
 * scope QML gives (the page with its bars, or the overlay on top); what is said of each is its
 * accessible name, description, role and state – what a screen reader would say – in the
 * visitor's words. What the screen reads on request stays ReadAloud's (Listen, Next, Repeat).
 */
class Keypad : public QObject, public MainInstance<Keypad>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QQuickItem *scope READ scope WRITE setScope NOTIFY scopeChanged)
    Q_PROPERTY(QQuickItem *focused READ focused NOTIFY focusedChanged)

public:
    Keypad(Visit *visit, ReadAloud *readAloud, KeyMap map, QObject *parent = nullptr);

    const KeyMap &map() const { return m_map; }

    /** A key of the keypad's was pressed (KeyGuard: map() named its @p action). */
    void press(KeyMap::Action action);

    /** Where the keys move: the page with its bars, or the overlay on top (QML binds it). */
    QQuickItem *scope() const { return m_scope; }
    void setScope(QQuickItem *scope);
    /** The screen on top is now @p screen, titled @p title (QML, on every change of screen). */
    Q_INVOKABLE void screenShown(QQuickItem *screen, const QString &title);
    /** The control the keys are on (null: none yet, or outside speech mode). */
    QQuickItem *focused() const { return m_focused; }

    /** The controls the keys reach in @p scope, in reading order (the tree's order). */
    static QList<QQuickItem *> controls(QQuickItem *scope);
    /** What is said when @p item gets focus: its name, role and state in the visitor's words. */
    QStringList spokenLines(QQuickItem *item) const;

Q_SIGNALS:
    void scopeChanged();
    void focusedChanged();
    /** Back: QML closes the overlay on top, or goes back a screen. */
    void backRequested();

private:
    void move(int step);
    /** The keys are in a new scope: back to where they were on the page, or an overlay said. */
    void enterScope();
    /** Focuses @p item, scrolls it into view and says @p before, then the item. */
    void focus(QQuickItem *item, QStringList before = {});
    void activate(QQuickItem *item);
    void speak(const QStringList &lines);
    /** Whether the keys are on the page (the screen and its bars), not on an overlay. */
    bool onPage() const { return m_scope && m_screen && m_scope->isAncestorOf(m_screen); }
    /** The first control of the screen (not of the bars), or of the scope. */
    QQuickItem *firstControl() const;
    void setFocused(QQuickItem *item);
    /** A line of the kiosk's own words, as a voice is given it. */
    QString said(const QString &shown) const;

    Visit *m_visit;
    ReadAloud *m_readAloud;
    KeyMap m_map;
    QPointer<QQuickItem> m_scope;
    QPointer<QQuickItem> m_screen;
    QString m_title;
    QPointer<QQuickItem> m_focused;
    /** The control last focused on each screen and overlay, for going back to it. */
    QHash<QQuickItem *, QPointer<QQuickItem>> m_last;
};
