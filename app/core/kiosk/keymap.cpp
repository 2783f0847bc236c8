#include "keymap.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QSettings>

namespace {

struct Default
{
    KeyMap::Action action;
    const char *name;
    QList<int> keys;
};

const QList<Default> &defaults()
{
    static const QList<Default> all {
        { KeyMap::Action::Previous, "up", { Qt::Key_Up, Qt::Key_Backtab } },
        { KeyMap::Action::Next, "down", { Qt::Key_Down, Qt::Key_Tab } },
        { KeyMap::Action::Left, "left", { Qt::Key_Left } },
        { KeyMap::Action::Right, "right", { Qt::Key_Right } },
        { KeyMap::Action::Select, "select", { Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space } },
        { KeyMap::Action::Back, "back", { Qt::Key_Backspace, Qt::Key_Escape } },
        { KeyMap::Action::Help, "help", { Qt::Key_F1, Qt::Key_Question, Qt::Key_Help } },
        { KeyMap::Action::Repeat, "repeat", { Qt::Key_F3 } },
        { KeyMap::Action::Louder, "louder", { Qt::Key_Plus, Qt::Key_Equal, Qt::Key_VolumeUp } },
        { KeyMap::Action::Softer, "softer", { Qt::Key_Minus, Qt::Key_VolumeDown } },
        { KeyMap::Action::Blank, "blank", { Qt::Key_F2, Qt::Key_Asterisk } },
    };
    return all;
}

} // namespace

KeyMap KeyMap::ezAccess()
{
    KeyMap map;
    for (const Default &d : defaults()) {
        for (int key : d.keys)
            map.keys.insert(key, d.action);
    }
    return map;
}

KeyMap KeyMap::fromIni(const QString &file, QStringList *notes)
{
    KeyMap map = ezAccess();
    QSettings ini(file, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("keypad"));
    for (const Default &d : defaults()) {
        const QString name = QString::fromLatin1(d.name);
        if (!ini.contains(name))
            continue;
        // QSettings splits "Return, Enter" into a list itself.
        QStringList names = ini.value(name).toStringList();
        if (names.size() == 1)
            names = names.first().split(u',');
        QList<int> keys;
        QStringList unknown;
        for (const QString &raw : names) {
            const QString keyName = raw.trimmed();
            if (keyName.isEmpty())
                continue;
            const QKeySequence sequence = QKeySequence::fromString(keyName);
            if (sequence.count() != 1 || sequence[0].keyboardModifiers() != Qt::NoModifier
                || sequence[0].key() == Qt::Key_unknown)
                unknown.append(keyName);
            else
                keys.append(sequence[0].key());
        }
        if (!unknown.isEmpty() || keys.isEmpty()) {
            if (notes)
                notes->append(QStringLiteral("%1: [keypad] %2: no key is named \"%3\" (Qt's key "
                                             "names: Up, Return, F1, Space, +); keeping %4")
                                  .arg(file, name, unknown.join(QStringLiteral("\", \"")),
                                      map.keysOf(d.action).join(QStringLiteral(", "))));
            continue;
        }
        for (auto it = map.keys.begin(); it != map.keys.end();) {
            if (it.value() == d.action)
                it = map.keys.erase(it);
            else
                ++it;
        }
        for (int key : keys)
            map.keys.insert(key, d.action);
    }
    return map;
}

KeyMap::Action KeyMap::action(const QKeyEvent &key) const
{
    // A keyboard's Shift makes "?" and "+"; Shift+Tab is Backtab. Control or Alt: not the keypad's.
    const Qt::KeyboardModifiers other = key.modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (other != Qt::NoModifier)
        return Action::None;
    return keys.value(key.key(), Action::None);
}

QString KeyMap::name(Action action)
{
    for (const Default &d : defaults()) {
        if (d.action == action)
            return QString::fromLatin1(d.name);
    }
    return {};
}

QStringList KeyMap::keysOf(Action action) const
{
    QStringList names;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value() == action)
            names.append(QKeySequence(it.key()).toString());
    }
    names.sort();
    return names;
}
