// ReachReport::toHtml: the report as one page a coordinator opens and mails. No script, no link,
// no font or picture from elsewhere: the charts are inline SVG, the styles inline CSS.
#include "reachreport.h"

#include <QJsonArray>
#include <QLocale>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/** A figure as the page prints it: 1,234, "fewer than 11", "suppressed" or "missing". */
QString figure(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("missing");
    if (value.isString())
        return value.toString();
    return QLocale(QLocale::English).toString(qint64(value.toDouble()));
}

/** @p text as a sentence: its first letter capital, a full stop at the end. */
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text.endsWith(u'.') ? text : text + u'.';
}

/** A figure's cell, named by its place in the JSON report (data-key), so a reader of the page
 * (and its test) finds each figure where it belongs. */
QString figureCell(const QString &key, const QJsonValue &value, const QString &extraClass = {})
{
    return QStringLiteral("<td class=\"n%1\" data-key=\"%2\">%3</td>")
        .arg(extraClass, esc(key), esc(figure(value)));
}

/** How long @p seconds is, for a person: "2 h 05 min", "14 min", "40 s". */
QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1 h %2 min")
            .arg(seconds / 3600)
            .arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return QStringLiteral("%1 min").arg(seconds / 60);
    return QStringLiteral("%1 s").arg(seconds);
}

/** What a key of a table means, in words; the key itself where there is nothing better. */
QString label(const QString &table, const QString &key)
{
    static const QHash<QString, QString> words {
        { QStringLiteral("features/listen"), QStringLiteral("Listen (read aloud)") },
        { QStringLiteral("features/keypad"), QStringLiteral("Keypad and headphones") },
        { QStringLiteral("features/largeText"), QStringLiteral("Larger text") },
        { QStringLiteral("features/largestText"), QStringLiteral("Largest text") },
        { QStringLiteral("features/highContrast"), QStringLiteral("High contrast") },
        { QStringLiteral("features/reach"), QStringLiteral("Screen brought within reach") },
        { QStringLiteral("takeAways/call"), QStringLiteral("Call") },
        { QStringLiteral("takeAways/text"), QStringLiteral("Text message") },
        { QStringLiteral("takeAways/contact"), QStringLiteral("Contact card") },
        { QStringLiteral("takeAways/event"), QStringLiteral("Calendar event") },
        { QStringLiteral("takeAways/join"), QStringLiteral("Online meeting link") },
        { QStringLiteral("takeAways/link"), QStringLiteral("Web page") },
        // The kiosk's screens (ScreenList's names), as the visitor knows them.
        { QStringLiteral("screens/home"), QStringLiteral("Home") },
        { QStringLiteral("screens/learn"), QStringLiteral("Learn (the articles)") },
        { QStringLiteral("screens/article"), QStringLiteral("An article") },
        { QStringLiteral("screens/groups"), QStringLiteral("Groups and classes") },
        { QStringLiteral("screens/help"), QStringLiteral("Help and services") },
        { QStringLiteral("screens/room"), QStringLiteral("The lactation room") },
        { QStringLiteral("screens/visit"), QStringLiteral("Your visit") },
        { QStringLiteral("screens/takeaway"), QStringLiteral("Send to my phone") },
        { QStringLiteral("screens/languages"), QStringLiteral("The language chooser") },
        { QStringLiteral("screens/language-help"), QStringLiteral("Free language help") },
    };
    if (const auto it = words.constFind(table + u'/' + key); it != words.constEnd())
        return table == u"screens" ? QStringLiteral("%1 (%2)").arg(*it, key) : *it;
    if (table == u"languages") {
        const QLocale locale(key);
        const QString name = QLocale::languageToString(locale.language());
        return locale.language() == QLocale::C ? key : QStringLiteral("%1 (%2)").arg(name, key);
    }
    return key;
}

/** Horizontal bars, one per row: a hidden count is drawn as a short hatched bar. */
QString bars(const QList<QPair<QString, QJsonValue>> &rows)
{
    double max = 1;
    for (const auto &row : rows)
        max = std::max(max, row.second.toDouble(0));
    const int rowHeight = 26, labelWidth = 260, barWidth = 360;
    QString svg = QStringLiteral("<svg class=\"bars\" role=\"img\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\">")
                      .arg(labelWidth + barWidth + 140)
                      .arg(rowHeight * std::max<qsizetype>(1, rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonValue value = rows.at(i).second;
        const int y = i * rowHeight;
        const double width = value.isDouble() ? barWidth * value.toDouble() / max : 6;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(labelWidth - 8)
                   .arg(y + 17)
                   .arg(esc(rows.at(i).first));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" class=\"%4\"/>")
                   .arg(labelWidth)
                   .arg(y + 4)
                   .arg(width, 0, 'f', 1)
                   .arg(value.isDouble() ? QStringLiteral("bar") : QStringLiteral("hidden"));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(labelWidth + width + 6, 0, 'f', 1)
                   .arg(y + 17)
                   .arg(esc(figure(value)));
    }
    return svg + QStringLiteral("</svg>");
}

/** A section of one count table: its bars and the same figures as a table. */
QString tableSection(const QString &title, const QString &table, const QJsonObject &cells,
    const QString &valueHeading)
{
    QString html = QStringLiteral("<section><h2>%1</h2>").arg(esc(title));
    if (cells.isEmpty())
        return html + QStringLiteral("<p class=\"none\">None in this range.</p></section>");
    QList<QPair<QString, QJsonValue>> rows;
    QStringList keys;
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it)
        keys.append(it.key());
    std::stable_sort(keys.begin(), keys.end(), [&cells](const QString &a, const QString &b) {
        return cells.value(a).toDouble(0) > cells.value(b).toDouble(0);
    });
    for (const QString &key : keys)
        rows.append({ label(table, key), cells.value(key) });
    html += bars(rows);
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>")
                .arg(esc(title), esc(valueHeading));
    for (const QString &key : keys)
        html += QStringLiteral("<tr><td>%1</td>%2</tr>")
                    .arg(esc(label(table, key)),
                        figureCell(
                            QStringLiteral("totals/%1/%2").arg(table, key), cells.value(key)));
    return html + QStringLiteral("</table></section>");
}

/** Visits per period as columns. */
QString visitsChart(const QJsonArray &periods)
{
    double max = 1;
    for (const QJsonValue &p : periods)
        max = std::max(max, p.toObject().value(QStringLiteral("visits")).toDouble(0));
    const int column = std::clamp(int(900 / std::max<qsizetype>(1, periods.size())), 14, 60);
    const int height = 220, top = 24, bottom = 70;
    QString svg = QStringLiteral("<svg class=\"columns\" role=\"img\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\">")
                      .arg(column * periods.size() + 20)
                      .arg(height + top + bottom);
    for (int i = 0; i < periods.size(); ++i) {
        const QJsonObject p = periods.at(i).toObject();
        const QJsonValue visits = p.value(QStringLiteral("visits"));
        const double h = visits.isDouble() ? height * visits.toDouble() / max : 6;
        const int x = 10 + i * column;
        const QString kind = visits.isDouble() ? QStringLiteral("bar")
            : visits.isNull()                  ? QStringLiteral("missing")
                                               : QStringLiteral("hidden");
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" class=\"%5\">"
                              "<title>%6: %7</title></rect>")
                   .arg(x + 2)
                   .arg(top + height - h, 0, 'f', 1)
                   .arg(column - 4)
                   .arg(h, 0, 'f', 1)
                   .arg(kind, esc(p.value(QStringLiteral("period")).toString()),
                       esc(figure(visits)));
        if (visits.isDouble())
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" "
                                  "class=\"small\">%3</text>")
                       .arg(x + column / 2)
                       .arg(top + height - h - 4, 0, 'f', 1)
                       .arg(esc(figure(visits)));
        svg += QStringLiteral("<text transform=\"translate(%1 %2) rotate(-60)\" "
                              "text-anchor=\"end\" class=\"small\">%3</text>")
                   .arg(x + column / 2 + 4)
                   .arg(top + height + 14)
                   .arg(esc(p.value(QStringLiteral("period")).toString()));
    }
    return svg + QStringLiteral("</svg>");
}

} // namespace

QString ReachReport::toHtml() const
{
    const QJsonObject json = toJson();
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    const QJsonArray periods = json.value(QStringLiteral("periods")).toArray();
    const QJsonArray kiosks = json.value(QStringLiteral("kiosks")).toArray();
    const QString range = json.value(QStringLiteral("from")).toString() + QStringLiteral(" to ")
        + json.value(QStringLiteral("to")).toString();

    QString html = QStringLiteral(R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lactation kiosk reach, %1</title>
<style>
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 60em; color: #1b1b1b; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 2px solid #005a70; }
.rule { background: #eef6f8; border-left: 4px solid #005a70; padding: 0.6em 1em; }
table { border-collapse: collapse; margin: 0.8em 0; } th, td { border: 1px solid #c7c7c7; padding: 0.3em 0.7em; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } th { background: #f1f1f1; }
svg text { font-size: 13px; fill: #1b1b1b; } svg .small { font-size: 11px; }
.bar { fill: #005a70; } .hidden { fill: #b0b0b0; } .missing { fill: #ffffff; stroke: #b00020; stroke-dasharray: 3 2; }
.none { color: #555; } .warn { color: #b00020; font-weight: bold; }
</style></head><body>
<h1>What the lactation kiosks reached</h1>
<p>%1, by %2, %3 kiosk(s). Counts of what was used, never of who: no visit is recorded.</p>
<p class="rule">%4</p>
)")
                       .arg(esc(range), esc(json.value(QStringLiteral("by")).toString()))
                       .arg(kiosks.size())
                       .arg(esc(sentence(json.value(QStringLiteral("suppression")).toString())));

    html += QStringLiteral("<section><h2>Visits</h2><table><tr><th>Visits in all</th>"
                           "<th>Kiosk days reported</th><th>Kiosk days missing</th></tr><tr>%1%2%3"
                           "</tr></table>")
                .arg(figureCell(
                         QStringLiteral("totals/visits"), totals.value(QStringLiteral("visits"))),
                    figureCell(QStringLiteral("totals/kioskDaysReported"),
                        totals.value(QStringLiteral("kioskDaysReported"))),
                    figureCell(QStringLiteral("totals/kioskDaysMissing"),
                        totals.value(QStringLiteral("kioskDaysMissing"))));
    html += visitsChart(periods);
    html += QStringLiteral("<table><tr><th>Period</th><th>Visits</th><th>Kiosk days "
                           "reported</th><th>Missing (kiosk: days)</th></tr>");
    for (const QJsonValue &v : periods) {
        const QJsonObject p = v.toObject();
        QStringList missing;
        const QJsonObject m = p.value(QStringLiteral("missing")).toObject();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            missing.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value().toArray().size()));
        const QString period = p.value(QStringLiteral("period")).toString();
        html += QStringLiteral("<tr><td>%1</td>%2%3<td>%4</td></tr>")
                    .arg(esc(period),
                        figureCell(QStringLiteral("periods/%1/visits").arg(period),
                            p.value(QStringLiteral("visits"))),
                        figureCell(QStringLiteral("periods/%1/kioskDaysReported").arg(period),
                            p.value(QStringLiteral("kioskDaysReported"))),
                        esc(missing.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("</table></section>");

    html += tableSection(QStringLiteral("Languages"), QStringLiteral("languages"),
        totals.value(QStringLiteral("languages")).toObject(), QStringLiteral("Visits"));
    html += tableSection(QStringLiteral("Sections opened"), QStringLiteral("screens"),
        totals.value(QStringLiteral("screens")).toObject(), QStringLiteral("Times opened"));
    html += tableSection(QStringLiteral("Articles read"), QStringLiteral("pages"),
        totals.value(QStringLiteral("pages")).toObject(), QStringLiteral("Times opened"));
    html += tableSection(QStringLiteral("Accessibility features"), QStringLiteral("features"),
        totals.value(QStringLiteral("features")).toObject(), QStringLiteral("Visits"));
    html += tableSection(QStringLiteral("Take-away codes shown"), QStringLiteral("takeAways"),
        totals.value(QStringLiteral("takeAways")).toObject(), QStringLiteral("Codes shown"));
    html += QStringLiteral("<section><h2>Waitlist</h2><table><tr><th>Joins of the lactation "
                           "room's waitlist</th></tr><tr>%1</tr></table></section>")
                .arg(figureCell(QStringLiteral("totals/waitlistJoins"),
                    totals.value(QStringLiteral("waitlistJoins"))));

    html += QStringLiteral("<section><h2>Slides: proof of play</h2>");
    const QJsonArray slides = json.value(QStringLiteral("slides")).toArray();
    if (slides.isEmpty()) {
        html += QStringLiteral("<p class=\"none\">No slide played in this range.</p>");
    } else {
        html += QStringLiteral(
            "<table><tr><th>Slide</th><th>Campaign window</th><th>Plays</th>"
            "<th>Seconds on screen</th><th>Time on screen</th><th>Days in window</th><th>Days "
            "played</th><th>Plays outside window</th></tr>");
        for (const QJsonValue &v : slides) {
            const QJsonObject s = v.toObject();
            const QString start = s.value(QStringLiteral("start")).toString();
            const QString end = s.value(QStringLiteral("end")).toString();
            const qint64 outside = qint64(s.value(QStringLiteral("playsOutsideWindow")).toDouble());
            const QString id = s.value(QStringLiteral("id")).toString();
            const auto slideCell = [&](const char *field, const QString &extra = {}) {
                return figureCell(QStringLiteral("slides/%1/%2").arg(id, QLatin1String(field)),
                    s.value(QLatin1String(field)), extra);
            };
            html += QStringLiteral("<tr><td>%1</td><td>%2 – %3</td>%4%5<td>%6</td>%7%8%9</tr>")
                        .arg(esc(id), esc(start.isEmpty() ? QStringLiteral("open") : start),
                            esc(end.isEmpty() ? QStringLiteral("open") : end), slideCell("plays"),
                            slideCell("seconds"),
                            esc(duration(qint64(s.value(QStringLiteral("seconds")).toDouble()))),
                            slideCell("daysInWindow"), slideCell("daysPlayed"),
                            slideCell("playsOutsideWindow",
                                outside > 0 ? QStringLiteral(" warn") : QString()));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</section><section><h2>Kiosks</h2><table><tr><th>Kiosk</th>"
                           "<th>Site</th><th>Days reported</th></tr>");
    for (const QJsonValue &v : kiosks) {
        const QJsonObject k = v.toObject();
        const QString id = k.value(QStringLiteral("id")).toString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td>%3</tr>")
                    .arg(esc(id), esc(k.value(QStringLiteral("site")).toString()),
                        figureCell(QStringLiteral("kiosks/%1/daysReported").arg(id),
                            k.value(QStringLiteral("daysReported"))));
    }
    return html + QStringLiteral("</table></section></body></html>\n");
}
