#include "screenscript.h"

#include "kioskclock.h"
#include "readingscript.h"
#include "roomstatus.h"
#include "visit.h"

QStringList ScreenScript::lines(const QString &screen) const
{
    return ReadingScript::of(
        screen, Visit::instance(), RoomStatus::instance(), KioskClock::current());
}
