// WebVTT captions for video slides: the cues' times and plain text, nothing of their styling.
#include "packreaders.h"

#include <QRegularExpression>

namespace {

/** Whether @p line is @p keyword alone or followed by a space or tab ("NOTE", "NOTE this"). */
bool startsBlock(const QString &line, QLatin1StringView keyword)
{
    return line.startsWith(keyword)
        && (line.size() == keyword.size() || line.at(keyword.size()) == u' '
            || line.at(keyword.size()) == u'\t');
}

/** "hh:mm:ss.ttt" or "mm:ss.ttt" in milliseconds, or -1. */
qint64 timestamp(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d+):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch() || m.capturedLength(1) > 6)
        return -1;
    const qint64 hours = m.hasCaptured(1) ? m.captured(1).toLongLong() : 0;
    return ((hours * 60 + m.captured(2).toInt()) * 60 + m.captured(3).toInt()) * 1000
        + m.captured(4).toInt();
}

/** A character reference's text ("amp" gives "&"), or a null string for one it does not know. */
QString entity(const QString &name)
{
    static const QMap<QString, QString> named { { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QString(QChar(0x00A0)) },
        { QStringLiteral("lrm"), QString(QChar(0x200E)) },
        { QStringLiteral("rlm"), QString(QChar(0x200F)) } };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t ucs4 = code;
        return QString::fromUcs4(&ucs4, 1);
    }
    return named.value(name);
}

/** Cue text as plain text: tags (<b>, <i>, <v Speaker>, <c.x>, <00:01.000>) out, entities in. */
QString plainText(const QString &cue)
{
    QString out;
    out.reserve(cue.size());
    for (qsizetype i = 0; i < cue.size();) {
        const QChar c = cue.at(i);
        if (c == u'<') {
            const qsizetype close = cue.indexOf(u'>', i);
            if (close < 0)
                break; // an unclosed tag runs to the end, as WebVTT reads it
            i = close + 1;
            continue;
        }
        if (c == u'&') {
            const qsizetype semicolon = cue.indexOf(u';', i);
            if (semicolon > i + 1 && semicolon - i <= 10) {
                const QString decoded = entity(cue.mid(i + 1, semicolon - i - 1));
                if (!decoded.isNull()) {
                    out += decoded;
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out.trimmed();
}

} // namespace

QList<CaptionCue> parseWebVtt(const QString &text, ProblemSink &sink)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');
    if (!startsBlock(lines.constFirst(), QLatin1StringView("WEBVTT"))) {
        sink.warnAtLine(1,
            QStringLiteral("a WebVTT file starts with the line WEBVTT, not '%1'; the video "
                           "plays without these captions")
                .arg(lines.constFirst().left(40)));
        return {};
    }
    static const QRegularExpression timing(
        QStringLiteral("^[ \\t]*(\\S+?)[ \\t]*-->[ \\t]*(\\S+)(?:[ \\t].*)?$"));
    const auto lineNo = [](qsizetype i) {
        return int(i) + 1;
    };
    const auto isBlank = [&lines](qsizetype i) {
        return lines.at(i).trimmed().isEmpty();
    };
    QList<CaptionCue> cues;
    qsizetype i = 1;
    const QString arrow = QStringLiteral("-->");
    // The header's own lines; a timing line with no blank line before it still starts a cue.
    while (i < lines.size() && !isBlank(i) && !lines.at(i).contains(arrow))
        ++i;
    while (i < lines.size()) {
        if (isBlank(i)) {
            ++i;
            continue;
        }
        // An optional identifier (any line without "-->"), then the timing line.
        const QString &first = lines.at(i);
        const bool identified
            = !first.contains(arrow) && i + 1 < lines.size() && lines.at(i + 1).contains(arrow);
        if (!identified
            && (startsBlock(first, QLatin1StringView("NOTE"))
                || startsBlock(first, QLatin1StringView("STYLE"))
                || startsBlock(first, QLatin1StringView("REGION")))) {
            ++i;
            while (i < lines.size() && !isBlank(i) && !lines.at(i).contains(arrow))
                ++i;
            continue;
        }
        if (identified)
            ++i;
        const QString &line = lines.at(i);
        const int at = lineNo(i);
        ++i;
        const auto m = timing.match(line);
        const qint64 start = m.hasMatch() ? timestamp(m.captured(1)) : -1;
        const qint64 end = m.hasMatch() ? timestamp(m.captured(2)) : -1;
        QStringList textLines;
        // The text runs to a blank line; a line with "-->" starts the next cue, as WebVTT reads it.
        while (i < lines.size() && !isBlank(i) && !lines.at(i).contains(arrow))
            textLines.append(lines.at(i++));
        if (!line.contains(arrow)) {
            sink.warnAtLine(at,
                QStringLiteral("expected a cue's timing line, like 00:00:01.000 --> "
                               "00:00:04.000, not '%1'; the block is left out")
                    .arg(line.trimmed().left(80)));
            continue;
        }
        if (start < 0 || end < 0) {
            sink.warnAtLine(at,
                QStringLiteral("'%1' is not a cue timing like 00:00:01.000 --> 00:00:04.000 "
                               "(or 00:01.000 --> 00:04.000); the cue is left out")
                    .arg(line.trimmed().left(80)));
            continue;
        }
        if (end <= start) {
            sink.warnAtLine(at,
                QStringLiteral("the cue ends at %1, not after it starts at %2; it would never "
                               "show")
                    .arg(m.captured(2), m.captured(1)));
            continue;
        }
        const QString shown = plainText(textLines.join(u'\n'));
        if (!shown.isEmpty())
            cues.append({ start, end, shown });
    }
    std::stable_sort(cues.begin(), cues.end(), [](const CaptionCue &a, const CaptionCue &b) {
        return a.startMs < b.startMs;
    });
    return cues;
}

QList<CaptionCue> readCaptions(
    const PackDir &dir, const QString &relative, QList<Problem> *problems)
{
    // A captions file that does not read costs its video the captions, never the whole pack.
    QList<Problem> unreadable;
    ProblemSink reading(&unreadable, relative);
    const auto text = dir.readText(relative, reading, PackDir::Need::Required);
    for (Problem p : std::as_const(unreadable)) {
        p.severity = Problem::Severity::Warning;
        p.message += QStringLiteral("; the video plays without these captions");
        problems->append(p);
    }
    if (!text)
        return {};
    ProblemSink sink(problems, relative);
    return parseWebVtt(*text, sink);
}
