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

QUrl ScreenScript::recording(const QString &screen) const
{
    const QString path = ReadingScript::recordingOf(screen, Visit::instance());
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}
