#include "keyguard.h"

#include "keypad.h"
#include "kiosksession.h"
#include "readaloud.h"

#include <QKeyEvent>
#include <QKeySequence>

KeyGuard::KeyGuard(
    bool kioskMode, KioskSession *session, ReadAloud *readAloud, Keypad *keypad, QObject *parent)
    : QObject(parent)
    , m_kioskMode(kioskMode)
    , m_session(session)
    , m_readAloud(readAloud)
    , m_keypad(keypad)
{
}

namespace {

bool quits(const QKeyEvent *key)
{
    const QKeyCombination combination = key->keyCombination();
    return combination == QKeyCombination(Qt::AltModifier, Qt::Key_F4)
        || combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Q)
        || combination == QKeyCombination(Qt::ControlModifier, Qt::Key_W)
        || key->matches(QKeySequence::Quit) || key->matches(QKeySequence::Close);
}

} // namespace

bool KeyGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_session)
            m_session->activity();
        if (m_readAloud)
            m_readAloud->touched();
        break;
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool warned = m_session && m_session->phase() == KioskSession::Phase::Warning;
        if (m_session)
            m_session->activity();
        if (const KeyMap::Action action
            = m_keypad ? m_keypad->map().action(*key) : KeyMap::Action::None;
            action != KeyMap::Action::None) {
            // The idle warning is spoken in speech mode: any key keeps the visit, and only that.
            if (!warned)
                m_keypad->press(action);
            return true;
        }
        if (m_readAloud)
            m_readAloud->touched();
        if (quits(key)) {
            if (!m_kioskMode)
                Q_EMIT quitRequested();
            return true;
        }
        // Escape would close dialogs or leave fullscreen in some platform plugins.
        if (m_kioskMode && key->key() == Qt::Key_Escape)
            return true;
        break;
    }
    case QEvent::ShortcutOverride: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (m_keypad && m_keypad->map().action(*key) != KeyMap::Action::None) {
            event->accept();
            return true;
        }
        if (m_kioskMode && (quits(key) || key->key() == Qt::Key_Escape)) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::Close:
        if (m_kioskMode && !m_closeAllowed) {
            event->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
