#include "pinprompt.h"

#include "staffaccess.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

/** Reads a line from the terminal without echoing it. */
QString readSecret(const char *prompt)
{
    std::fprintf(stderr, "%s", prompt);
    termios old {};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    char line[256] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (tty && tcsetattr(STDIN_FILENO, TCSAFLUSH, &old) == 0)
        std::fprintf(stderr, "\n");
    return read ? QString::fromUtf8(line).trimmed() : QString();
}

} // namespace

int setPinFromTerminal(const QString &ini, void (*report)(const QString &line))
{
    const QString pin = readSecret("New staff PIN (4 to 12 digits): ");
    QString why; // stays empty for a valid PIN
    if (!StaffAccess::isValidPin(pin, &why) || readSecret("The same PIN again: ") != pin) {
        report(why.isEmpty() ? QStringLiteral("the two PINs differ; nothing was changed") : why);
        return 2;
    }
    if (!StaffAccess::setPin(ini, pin, &why)) {
        report(why);
        return 1;
    }
    report(QStringLiteral("the staff PIN is set in %1 (restart the kiosk)").arg(ini));
    return 0;
}
