#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class QKeyEvent;

/**
 * The INI's [keypad]: which key of the site's keypad or keyboard does what when a visitor works
 * the kiosk without sight. The default is the EZ Access layout (up, down, select, back, help)
 * as the keys a USB keypad or keyboard sends, with left, right, Tab, volume, repeat and blanking.
 * Each action may have several keys: `select = Return, Enter, Space` (Qt's key names).
 */
struct KeyMap
{
    enum class Action
    {
        None,
        Previous, ///< up (left in left-to-right languages, Shift+Tab)
        Next, ///< down (right in left-to-right languages, Tab)
        Left, ///< previous, or next in right-to-left languages
        Right, ///< next, or previous in right-to-left languages
        Select,
        Back,
        Help,
        Repeat,
        Louder,
        Softer,
        Blank, ///< the screen dark and lit again, in speech mode
    };

    /** The EZ Access layout. */
    static KeyMap ezAccess();
    /** [keypad] of @p file over the EZ Access layout; a key name Qt does not know is noted in
     * @p notes and that action keeps its default keys. */
    static KeyMap fromIni(const QString &file, QStringList *notes = nullptr);

    /** What @p key does (None: not the keypad's; modifiers other than Shift make it None). */
    Action action(const QKeyEvent &key) const;
    /** The INI's name of @p action ("select"). */
    static QString name(Action action);
    /** The keys of @p action as the INI writes them. */
    QStringList keysOf(Action action) const;

    QHash<int, Action> keys; ///< Qt::Key to action
};
