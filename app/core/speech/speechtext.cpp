#include "speechtext.h"

#include "languageprofile.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

/** "9662" → "9 6 6 2", "TLC" → "T L C". */
QString spelled(const QString &group, const QString &separator = QStringLiteral(" "))
{
    QStringList out;
    for (const QChar c : group)
        out.append(QString(c));
    return out.join(separator);
}

/** 1-800-994-9662 and 1-833-TLC-MAMA: each group spelled out, a pause between groups. */
QString phones(QString text, const LanguageProfile::Speech &speech)
{
    static const QRegularExpression number(QStringLiteral(
        "(?<![\\w-])(?:\\+?\\d{1,3}[- ])?\\(?\\d{3}\\)?[- ][\\dA-Z]{3}-[\\dA-Z]{4}(?![\\w-])"));
    QString out;
    qsizetype at = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        QStringList groups;
        for (const QString &g :
            m.captured().split(QRegularExpression(QStringLiteral("[- ()+]")), Qt::SkipEmptyParts))
            groups.append(spelled(g, speech.digitSeparator));
        out += groups.join(speech.groupSeparator);
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

/** "10:00" → "10", "11:30" → "11 30", "9:05" → "9 05". */
QString clockTime(const QString &hours, const QString &minutes)
{
    return minutes == u"00" ? QString::number(hours.toInt())
                            : QString::number(hours.toInt()) + u' ' + minutes;
}

QString times(QString text, const LanguageProfile::Speech &speech)
{
    // A range: "10:00–11:30 a.m." (the meridiem may follow the range or each time).
    static const QRegularExpression time(QStringLiteral(
        "(\\d{1,2}):(\\d{2})(?:[\\s\\x{00A0}]*([ap])(?:\\.[\\s\\x{00A0}]?m\\.|m\\b))?"
        "(?:[\\s\\x{00A0}]*[–-][\\s\\x{00A0}]*(\\d{1,2}):(\\d{2}))?"
        "(?:[\\s\\x{00A0}]*([ap])(?:\\.[\\s\\x{00A0}]?m\\.|m\\b))?"));
    QString out;
    qsizetype at = 0;
    for (auto it = time.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const QString firstMeridiem = m.captured(3);
        const QString lastMeridiem = m.captured(6);
        const bool range = !m.captured(4).isEmpty();
        const auto meridiem = [&](const QString &letter, int hour) -> QString {
            if (letter.isEmpty())
                return {};
            const QString words = speech.dayPeriod(hour % 12 + (letter == u"p" ? 12 : 0));
            return words.isEmpty() ? QString() : u' ' + words;
        };
        QString said = clockTime(m.captured(1), m.captured(2));
        if (range) {
            said += meridiem(firstMeridiem, m.captured(1).toInt());
            said += speech.rangeTo.isEmpty() ? QStringLiteral(", ") : u' ' + speech.rangeTo + u' ';
            said += clockTime(m.captured(4), m.captured(5));
            said += meridiem(lastMeridiem, m.captured(4).toInt());
        } else {
            said += meridiem(
                firstMeridiem.isEmpty() ? lastMeridiem : firstMeridiem, m.captured(1).toInt());
        }
        // "… 11:30 a.m. Breastfeeding group": the meridiem's full stop also ended a sentence.
        if (m.captured().endsWith(u'.')) {
            qsizetype next = at;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            if (next == text.size() || text.at(next).isUpper())
                said += u'.';
        }
        out += said;
    }
    return out + text.mid(at);
}

/** Initialisms a screen reader spells: IBCLC, CLC, … (WIC is said as a word). */
QString initialisms(QString text)
{
    static const QRegularExpression caps(
        QStringLiteral("\\b(IBCLCs?|CLC|CLE|CLS|ADA|SMS|QR|US|USDA|NICU|RN|MD|HIV)\\b"));
    QString out;
    qsizetype at = 0;
    for (auto it = caps.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        QString word = m.captured();
        const bool plural = word.endsWith(u's');
        if (plural)
            word.chop(1);
        out += word == u"NICU" ? QStringLiteral("nick you") : spelled(word);
        if (plural)
            out += u's';
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

} // namespace

QString SpeechText::spoken(const QString &shown, const LanguageProfile::Speech &speech)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = shown;
    text.remove(tags);
    // Direction marks and isolates (a right-to-left screen keeps a phone number's order with
    // them) are for the eye: a voice neither says them nor should a number be split by them.
    static const QRegularExpression directionMarks(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    text.remove(directionMarks);
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text = phones(text, speech);
    text = times(text, speech);
    text = initialisms(text);
    text.replace(u'&',
        speech.conjunction.isEmpty() ? QStringLiteral(", ") : u' ' + speech.conjunction + u' ');
    text.replace(QChar(0x00A0), u' ');
    // Symbols a voice would name or stumble on become pauses or go.
    static const QRegularExpression pauses(QStringLiteral("\\s*[–—·•|/]\\s*|\\s*[()\\[\\]]\\s*"));
    text.replace(pauses, QStringLiteral(", "));
    static const QRegularExpression noise(QStringLiteral("[*_#~<>\"“”«»]"));
    text.remove(noise);
    // Pauses in a row are one pause (an Arabic comma, "،", stays one).
    static const QRegularExpression commas(QStringLiteral("([,\\x{060C}]\\s*){2,}"));
    for (auto m = commas.match(text); m.hasMatch(); m = commas.match(text, m.capturedStart() + 2))
        text.replace(m.capturedStart(), m.capturedLength(),
            m.captured().contains(QChar(0x060C)) ? QStringLiteral("\u060C ") : QStringLiteral(", "));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(spaces, QStringLiteral(" "));
    text = text.trimmed();
    static const QRegularExpression dangling(QStringLiteral("^[,.;:\\s]+|[,;:\\s]+$"));
    text.remove(dangling);
    static const QRegularExpression beforeStop(QStringLiteral(",\\s*([.:;?!])"));
    text.replace(beforeStop, QStringLiteral("\\1"));
    // "… the front desk. (Demo notice …)": the sentence's stop is the pause.
    static const QRegularExpression afterStop(QStringLiteral("([.?!\\x{3002}])\\s*,\\s*"));
    text.replace(afterStop, QStringLiteral("\\1 "));
    return text.trimmed();
}

namespace {
constexpr char32_t LanguageTag = 0xE0001;
constexpr char32_t TagBase = 0xE0000; // a tag character is its ASCII character plus this
constexpr char32_t CancelTag = 0xE007F;
} // namespace

QString SpeechText::inLanguage(const QString &tag, const QString &said)
{
    QList<char32_t> mark { LanguageTag };
    for (const QChar c : tag) {
        if (c.unicode() > 0x20 && c.unicode() < 0x7F)
            mark.append(TagBase + c.unicode());
    }
    mark.append(CancelTag);
    return QString::fromUcs4(mark.constData(), mark.size()) + said;
}

QString SpeechText::languageOf(const QString &line, QString *said)
{
    const QList<uint> chars = line.toUcs4();
    if (chars.isEmpty() || chars.first() != LanguageTag) {
        *said = line;
        return {};
    }
    QString tag;
    qsizetype i = 1;
    for (; i < chars.size() && chars.at(i) > TagBase && chars.at(i) < CancelTag; ++i)
        tag += QChar(char16_t(chars.at(i) - TagBase));
    if (i < chars.size() && chars.at(i) == CancelTag)
        ++i;
    *said = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()) + i, chars.size() - i);
    return tag;
}
