#include "roomreports.h"

#include "jsonfields.h"

namespace RoomReports {

std::optional<RoomReport> read(const JsonFields &fields, const QString &room)
{
    const qsizetype before = fields.sink().count();
    RoomReport report { room, RoomBoard::State::Unknown, {} };
    const QString word = fields.text(QStringLiteral("state"), JsonFields::Required);
    if (fields.sink().count() == before) {
        bool ok = false;
        report.state = RoomBoard::parseState(word, &ok);
        if (!ok)
            fields.problem(QStringLiteral("state"),
                QStringLiteral("'%1' is not a room state (free, occupied, cleaning, closed, "
                               "unknown)")
                    .arg(word.left(40)));
    }
    const QString since = fields.text(QStringLiteral("since"));
    if (!since.isEmpty()) {
        report.since = QDateTime::fromString(since, Qt::ISODate);
        // A time without its offset would be read in the kiosk's zone: ambiguous, so refused.
        if (!report.since.isValid() || report.since.timeSpec() == Qt::LocalTime)
            fields.problem(QStringLiteral("since"),
                QStringLiteral("'%1' is not an ISO 8601 time with an offset, like "
                               "2026-12-01T10:00:00Z")
                    .arg(since.left(40)));
    }
    if (fields.sink().count() != before)
        return std::nullopt;
    return report;
}

std::optional<QList<RoomReport>> parseDocument(const QByteArray &body, ProblemSink &sink)
{
    const auto doc = parseJson(body, sink);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        sink.inFile(QStringLiteral("expected an object with a \"rooms\" array"));
        return std::nullopt;
    }
    const JsonFields top(sink, {}, doc->object());
    const qsizetype before = sink.count();
    const QJsonArray rooms = top.array(QStringLiteral("rooms"), JsonFields::Required);
    if (sink.count() != before)
        return std::nullopt;
    QList<RoomReport> reports;
    for (const JsonFields &room : objectsOf(sink, QStringLiteral("rooms"), rooms)) {
        const QString id = room.text(QStringLiteral("id"), JsonFields::Required);
        if (id.isEmpty())
            continue;
        if (auto report = read(room, id))
            reports.append(*report);
    }
    return reports;
}

std::optional<RoomReport> parsePayload(
    const QString &room, const QByteArray &payload, ProblemSink &sink)
{
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.startsWith('{')) {
        const auto doc = parseJson(trimmed, sink);
        if (!doc)
            return std::nullopt;
        return read(JsonFields(sink, {}, doc->object()), room);
    }
    bool ok = false;
    const QString word = QString::fromUtf8(trimmed);
    const RoomBoard::State state = RoomBoard::parseState(word, &ok);
    if (!ok) {
        sink.inFile(QStringLiteral("'%1' is not a room state (free, occupied, cleaning, closed, "
                                   "unknown) or a JSON object")
                        .arg(word.left(40)));
        return std::nullopt;
    }
    return RoomReport { room, state, {} };
}

} // namespace RoomReports
