#pragma once

#include "content.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

class Visit;
class RoomStatus;

/**
 * What the read-aloud says for a screen: its title, then each item in reading order with the
 * states that matter ("Lactation room A: free"), then the controls the visitor can use
 * ("Buttons: Back, Home, Español"). Built from the same models the screen shows, in the visit's
 * language, each line already as it is said (SpeechText). `lactation-kiosk --speech-script`
 * prints it; the speech engine reads it line by line.
 */
namespace ReadingScript {

/** The page an article screen ("article:<page id>") shows the visit. */
std::optional<Page> pageOn(const QString &screen, Visit *visit);

/**
 * The recording of a person reading the page on @p screen (its front matter's `recording`), as
 * an absolute path; empty when the page has none or @p screen is not an article. Listen plays it
 * instead of the synthetic voice.
 */
QString recordingOf(const QString &screen, Visit *visit);

/** Whether @p screen has a script of its own; others read their title and controls. */
bool hasScript(const QString &screen);

/**
 * The lines of @p screen (a name of ScreenList, or "article:<page id>") for the pack and the language of @p visit, the
 * rooms in @p rooms (may be null) at @p now.
 */
QStringList of(const QString &screen, Visit *visit, RoomStatus *rooms, const QDateTime &now);

} // namespace ReadingScript
