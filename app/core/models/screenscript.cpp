#include "screenscript.h"

#include "contentstore.h"
#include "kioskclock.h"
#include "readingscript.h"
#include "roomstatus.h"

QStringList ScreenScript::lines(const QString &screen) const
{
    return ReadingScript::of(
        screen, ContentStore::instance(), RoomStatus::instance(), KioskClock::current());
}
