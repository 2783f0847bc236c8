#include "keypad.h"

#include "readaloud.h"
#include "speechtext.h"
#include "visit.h"
#include "words.h"

#include <QAccessible>
#include <QTimer>

Keypad::Keypad(Visit *visit, ReadAloud *readAloud, KeyMap map, QObject *parent)
    : QObject(parent)
    , m_visit(visit)
    , m_readAloud(readAloud)
    , m_map(std::move(map))
{
    // The idle reset ends speech mode: nothing of where her keys were remains.
    connect(m_visit, &Visit::ended, this, [this] {
        m_last.clear();
        setFocused(nullptr);
    });
}

namespace {

void collect(QQuickItem *item, bool isRoot, QList<QQuickItem *> &out)
{
    if (!item->isVisible() || !item->isEnabled() || item->opacity() <= 0.01)
        return;
    if (!isRoot && item->activeFocusOnTab() && item->width() > 0 && item->height() > 0)
        out.append(item);
    for (QQuickItem *child : item->childItems())
        collect(child, false, out);
}

/** Scrolls every Flickable around @p item so that it shows (its top first when it is taller). */
void reveal(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content)
            continue;
        const QRectF r = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
        const qreal view = p->height();
        const qreal margin = std::min<qreal>(view / 10, 48);
        const qreal top = p->property("contentY").toReal();
        qreal y = top;
        if (r.top() < top + margin || r.height() + 2 * margin > view)
            y = r.top() - margin;
        else if (r.bottom() > top + view - margin)
            y = r.bottom() - view + margin;
        const qreal origin = p->property("originY").toReal();
        const qreal most
            = origin + std::max<qreal>(0, p->property("contentHeight").toReal() - view);
        y = std::clamp(y, origin, std::max(origin, most));
        if (!qFuzzyCompare(y + 1, top + 1))
            p->setProperty("contentY", y);
    }
}

} // namespace

QList<QQuickItem *> Keypad::controls(QQuickItem *scope)
{
    QList<QQuickItem *> out;
    if (scope)
        collect(scope, true, out);
    return out;
}

QString Keypad::said(const QString &shown) const
{
    return SpeechText::spoken(shown, m_visit->profile().speech);
}

QStringList Keypad::spokenLines(QQuickItem *item) const
{
    QAccessibleInterface *a = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    if (!a)
        return {};
    const Words words;
    const QString name = a->text(QAccessible::Name).simplified();
    QStringList rest;
    if (const QString about = a->text(QAccessible::Description).simplified(); !about.isEmpty())
        rest.append(about);
    switch (a->role()) {
    case QAccessible::Button:
        rest.append(words.keypad(QStringLiteral("button")));
        break;
    case QAccessible::Heading:
        rest.append(words.keypad(QStringLiteral("heading")));
        break;
    case QAccessible::Graphic:
        rest.append(words.keypad(QStringLiteral("picture")));
        break;
    default:
        break;
    }
    if (a->state().checked)
        rest.append(words.keypad(QStringLiteral("selected")));
    // A language's own name ("Español" on the chooser) is said in that language's voice.
    const QString language = item->property("spokenLanguage").toString();
    if (!language.isEmpty() && language != m_visit->language() && !name.isEmpty()) {
        return { SpeechText::inLanguage(
                     language, SpeechText::spoken(name, m_visit->profileOf(language).speech)),
            said(rest.join(QStringLiteral(", "))) };
    }
    if (!name.isEmpty())
        rest.prepend(name);
    return { said(rest.join(QStringLiteral(", "))) };
}

void Keypad::press(KeyMap::Action action)
{
    if (action == KeyMap::Action::None)
        return;
    // Any key interrupts what is being said.
    m_readAloud->stop();
    if (!m_visit->speechMode()) {
        m_visit->startSpeechMode();
        const Words words;
        QStringList intro { said(words.keypad(QStringLiteral("speechOn"))),
            said(words.keypad(QStringLiteral("keys"))) };
        if (!m_title.isEmpty())
            intro.append(said(m_title));
        focus(firstControl(), intro);
        return;
    }
    const bool rtl = m_visit->rightToLeft();
    switch (action) {
    case KeyMap::Action::None:
        break;
    case KeyMap::Action::Previous:
        move(-1);
        break;
    case KeyMap::Action::Next:
        move(1);
        break;
    case KeyMap::Action::Left:
        move(rtl ? 1 : -1);
        break;
    case KeyMap::Action::Right:
        move(rtl ? -1 : 1);
        break;
    case KeyMap::Action::Select:
        activate(m_focused);
        break;
    case KeyMap::Action::Back:
        Q_EMIT backRequested();
        break;
    case KeyMap::Action::Help:
        speak({ said(Words().keypad(QStringLiteral("keys"))) });
        break;
    case KeyMap::Action::Repeat:
        speak(spokenLines(m_focused));
        break;
    case KeyMap::Action::Louder:
    case KeyMap::Action::Softer:
        m_visit->setVolume(m_visit->volume()
            + (action == KeyMap::Action::Louder ? ReadAloud::VolumeStep : -ReadAloud::VolumeStep));
        speak(spokenLines(m_focused));
        break;
    case KeyMap::Action::Blank:
        m_visit->setBlanked(!m_visit->blanked());
        speak({ said(Words().keypad(
            m_visit->blanked() ? QStringLiteral("screenOff") : QStringLiteral("screenOn"))) });
        break;
    }
}

void Keypad::move(int step)
{
    const QList<QQuickItem *> all = controls(m_scope);
    if (all.isEmpty())
        return;
    const qsizetype at = m_focused ? all.indexOf(m_focused.data()) : -1;
    if (at < 0) {
        focus(step > 0 ? firstControl() : all.last());
        return;
    }
    focus(all.at((at + step + all.size()) % all.size()));
}

QQuickItem *Keypad::firstControl() const
{
    // On the page, the screen's own first control before the bars'.
    if (onPage()) {
        if (const QList<QQuickItem *> own = controls(m_screen); !own.isEmpty())
            return own.first();
    }
    const QList<QQuickItem *> all = controls(m_scope);
    return all.isEmpty() ? nullptr : all.first();
}

void Keypad::focus(QQuickItem *item, QStringList before)
{
    if (item) {
        reveal(item); // first, so the ring is drawn where the item will be
        item->forceActiveFocus(Qt::TabFocusReason);
        before += spokenLines(item);
    }
    setFocused(item);
    speak(before);
}

void Keypad::activate(QQuickItem *item)
{
    QAccessibleInterface *a = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    QAccessibleActionInterface *actions = a ? a->actionInterface() : nullptr;
    if (!actions || !actions->actionNames().contains(QAccessibleActionInterface::pressAction())) {
        speak(spokenLines(item)); // not a control that does anything: said again
        return;
    }
    const QStringList was = spokenLines(item);
    const QPointer<QQuickItem> pressed = item;
    const QPointer<QQuickItem> screen = m_screen;
    actions->doAction(QAccessibleActionInterface::pressAction());
    // A control that stays and changes (contrast on, a language chosen) says what it is now.
    QTimer::singleShot(0, this, [this, pressed, screen, was] {
        if (pressed && pressed == m_focused && screen == m_screen && !m_readAloud->reading()) {
            if (const QStringList now = spokenLines(pressed); now != was)
                speak(now);
        }
    });
}

void Keypad::speak(const QStringList &lines)
{
    QStringList said;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            said.append(line);
    }
    if (!said.isEmpty())
        m_readAloud->read(said);
}

void Keypad::setFocused(QQuickItem *item)
{
    if (item == m_focused)
        return;
    m_focused = item;
    if (item) {
        QQuickItem *where = onPage() ? m_screen.data() : m_scope.data();
        if (where)
            m_last.insert(where, item);
    }
    Q_EMIT focusedChanged();
}

void Keypad::setScope(QQuickItem *scope)
{
    // An overlay's Loader has no item for a moment as it closes: the page follows.
    if (!scope || scope == m_scope)
        return;
    m_scope = scope;
    Q_EMIT scopeChanged();
    if (m_visit->speechMode())
        QTimer::singleShot(0, this, [this, scope = QPointer<QQuickItem>(scope)] {
            if (scope && scope == m_scope)
                enterScope();
        });
}

void Keypad::enterScope()
{
    // Once the overlay has settled: the page shows again only after the overlay's still picture
    // of it is gone.
    const bool page = onPage();
    QQuickItem *back = m_last.value(page ? m_screen.data() : m_scope.data());
    if (page && back && controls(m_scope).contains(back)) {
        focus(back);
        return;
    }
    // An overlay: what it is (its name, and what to do), then its first control.
    QStringList lines;
    if (!page) {
        if (QAccessibleInterface *a = QAccessible::queryAccessibleInterface(m_scope)) {
            lines.append(said(a->text(QAccessible::Name)));
            lines.append(said(a->text(QAccessible::Description)));
        }
    }
    focus(firstControl(), lines);
}

void Keypad::screenShown(QQuickItem *screen, const QString &title)
{
    m_screen = screen;
    m_title = title;
    if (!m_visit->speechMode() || !screen)
        return;
    // Once the new screen is laid out, so its controls have their places.
    QTimer::singleShot(0, this, [this, shown = QPointer<QQuickItem>(screen)] {
        if (!shown || shown != m_screen || !m_scope || !m_scope->isAncestorOf(shown))
            return;
        QQuickItem *back = m_last.value(shown);
        focus(back && controls(shown).contains(back) ? back : firstControl(), { said(m_title) });
    });
}
