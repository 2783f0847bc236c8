#pragma once

#include <QDateTime>
#include <QStringList>

class ContentStore;
class RoomStatus;

/**
 * What the read-aloud says for a screen: its title, then each item in reading order with the
 * states that matter ("Lactation room A: free"), then the controls the visitor can use
 * ("Buttons: Back, Home, Español"). Built from the same models the screen shows, in the store's
 * language, each line already as it is said (SpeechText). `lactation-kiosk --speech-script`
 * prints it; the speech engine reads it line by line.
 */
namespace ReadingScript {

/** The screens that have a script of their own; others read their title and controls. */
const QStringList &screens();

/**
 * The lines of @p screen (home, room, groups, help, learn, visit, attract) for the pack in
 * @p store, the rooms in @p rooms (may be null) at @p now, in the store's language.
 */
QStringList of(const QString &screen, ContentStore *store, RoomStatus *rooms, const QDateTime &now);

} // namespace ReadingScript
