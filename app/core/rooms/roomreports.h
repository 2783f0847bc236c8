#pragma once

#include "problem.h"
#include "roomboard.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

class JsonFields;

/** One room's state as a source sent it. */
struct RoomReport
{
    QString room;
    RoomBoard::State state = RoomBoard::State::Unknown;
    QDateTime since; ///< invalid: "since now"
};

/**
 * The wire formats of room states, shared by the HTTP and MQTT sources. Fields other than
 * these are ignored and never kept (a building system may send more than the kiosk needs).
 *
 *   HTTP:  { "rooms": [ { "id": "room-a", "state": "free", "since": "2026-12-01T10:00:00Z" } ] }
 *   MQTT:  free        or   { "state": "free", "since": "2026-12-01T10:00:00Z" }
 */
namespace RoomReports {

/** The "state" and optional "since" of one object; problems are reported at their path. */
std::optional<RoomReport> read(const JsonFields &fields, const QString &room);

/**
 * The HTTP document. A room object with a problem is reported and skipped, the others count;
 * nullopt when the document as a whole cannot be read.
 */
std::optional<QList<RoomReport>> parseDocument(const QByteArray &body, ProblemSink &sink);

/** An MQTT payload for @p room: a state word or a small JSON object. */
std::optional<RoomReport> parsePayload(
    const QString &room, const QByteArray &payload, ProblemSink &sink);

} // namespace RoomReports
