#pragma once

#include <QObject>

class Keypad;
class KioskSession;
class ReadAloud;

/**
 * Watches the kiosk window's input. Every press, touch, wheel or key is activity for the session,
 * and stops the read-aloud at once (before the control under the finger acts). A key of the
 * keypad's goes to the Keypad (and nothing else acts on it); a key while the idle warning shows
 * only gives more time.
 * In kiosk mode the keys and requests that would quit or leave (Alt+F4, Escape, Ctrl+Q, Ctrl+W,
 * closing the window) are swallowed; with --windowed, Ctrl+Q, Ctrl+W and Alt+F4 quit as usual.
 * What the compositor must block itself (VT switching, its own shortcuts) is in the README.
 */
class KeyGuard : public QObject
{
    Q_OBJECT

public:
    KeyGuard(bool kioskMode, KioskSession *session, ReadAloud *readAloud = nullptr,
        Keypad *keypad = nullptr, QObject *parent = nullptr);

    /** The staff panel's exit: lets the next close through. */
    void allowClose() { m_closeAllowed = true; }

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /** A quit key in windowed mode. */
    void quitRequested();

private:
    bool m_kioskMode;
    bool m_closeAllowed = false;
    KioskSession *m_session;
    ReadAloud *m_readAloud;
    Keypad *m_keypad;
};
