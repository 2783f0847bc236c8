#pragma once

#include <QString>

/**
 * `lactation-kiosk --set-pin`: asks for the staff PIN twice on the terminal, without echo, and
 * stores its Argon2id hash in @p ini. Says what happened through @p report. Returns the exit
 * code: 0 set, 1 not written, 2 not a valid PIN or the two differ.
 */
int setPinFromTerminal(const QString &ini, void (*report)(const QString &line));
