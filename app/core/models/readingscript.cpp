#include "readingscript.h"

#include "contentstore.h"
#include "homecards.h"
#include "occurrencemodel.h"
#include "pagemodel.h"
#include "roommodel.h"
#include "servicemodel.h"
#include "speechtext.h"
#include "visit.h"
#include "words.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

/** Joins the non-empty @p parts into sentences, each ending with one full stop. */
QString sentence(const QStringList &parts, const QString &fullStop = QStringLiteral("."))
{
    QString out;
    for (const QString &part : parts) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        if (!out.isEmpty())
            out += u' ';
        out += p;
        if (!p.endsWith(u'.') && !p.endsWith(u'?') && !p.endsWith(u'!') && !p.endsWith(u':')
            && !p.endsWith(fullStop))
            out += fullStop;
    }
    return out;
}

/** Things to read, in order, before they are turned into speech. */
class Script
{
public:
    explicit Script(const LanguageProfile &language)
        : m_speech(language.speech)
    {
    }
    void add(const QString &line)
    {
        const QString said = SpeechText::spoken(line, m_speech);
        if (!said.isEmpty())
            m_lines.append(said);
    }
    /** @p line in the language @p tag, said by its voice and in its words. */
    void addIn(const QString &tag, const LanguageProfile &language, const QString &line)
    {
        const QString said = SpeechText::spoken(line, language.speech);
        if (!said.isEmpty())
            m_lines.append(SpeechText::inLanguage(tag, said));
    }
    /** Sentences of the non-empty @p parts, as the language ends them. */
    void addSentence(const QStringList &parts) { add(sentence(parts, m_speech.fullStop)); }
    QStringList lines() const { return m_lines; }

private:
    LanguageProfile::Speech m_speech;
    QStringList m_lines;
};

void roomLines(Script &script, const RoomModel *model, bool details)
{
    const Words words;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariantMap r = model->get(row);
        QStringList parts { r.value(QStringLiteral("name")).toString() + QStringLiteral(": ")
            + words.roomState(r.value(QStringLiteral("state")).toString()) };
        const int wait = r.value(QStringLiteral("waitMinutes")).toInt();
        if (r.value(QStringLiteral("state")).toString() == u"occupied" && wait > 0)
            parts.append(words.usualWait(wait).remove(u'~'));
        if (details) {
            parts.append(r.value(QStringLiteral("location")).toString());
            parts.append(r.value(QStringLiteral("access")).toString());
            parts.append(r.value(QStringLiteral("accessibility")).toString());
        }
        script.addSentence(parts);
    }
}

void serviceLine(Script &script, const QVariantMap &s, bool details)
{
    QStringList parts { s.value(QStringLiteral("name")).toString() };
    for (const QString &phone : s.value(QStringLiteral("phones")).toStringList())
        parts.append(phone);
    parts.append(s.value(QStringLiteral("openText")).toString());
    if (details)
        parts.append(s.value(QStringLiteral("description")).toString());
    script.addSentence(parts);
}

QString controls(Visit *visit, bool atHome)
{
    const Words words;
    QStringList names;
    if (!atHome)
        names << words.control(QStringLiteral("back")) << words.control(QStringLiteral("home"));
    names << words.control(QStringLiteral("listen")) << words.control(QStringLiteral("textSize"))
          << words.control(QStringLiteral("highContrast"));
    if (visit->choosesLanguage())
        names << words.control(QStringLiteral("chooseLanguage"));
    else if (visit->languages().size() > 1)
        names << visit->nextLanguageName();
    QStringList reading;
    for (const char16_t *key : { u"previous", u"repeat", u"next", u"softer", u"louder" })
        reading << words.control(QString::fromUtf16(key));
    //: The last line of every screen's read-aloud script: %1 the bar's buttons, %2 the speech
    //: bar's.
    return QCoreApplication::translate("ReadingScript", "Buttons: %1. While reading: %2")
        .arg(names.join(QStringLiteral(", ")), reading.join(QStringLiteral(", ")));
}

} // namespace

std::optional<Page> ReadingScript::pageOn(const QString &screen, Visit *visit)
{
    if (!screen.startsWith(u"article:") || !visit)
        return std::nullopt;
    // Her language's page, or the one the pack shows in its place, as ArticleView shows it.
    return visit->content()->pageFor(visit->language(), screen.mid(8));
}

QString ReadingScript::recordingOf(const QString &screen, Visit *visit)
{
    const auto page = pageOn(screen, visit);
    if (!page || page->recording.isEmpty())
        return {};
    return visit->content()->root + u'/' + page->recording;
}

bool ReadingScript::hasScript(const QString &screen)
{
    if (screen.startsWith(u"article:"))
        return true;
    static const QStringList scripted { QStringLiteral("home"), QStringLiteral("room"),
        QStringLiteral("groups"), QStringLiteral("help"), QStringLiteral("learn"),
        QStringLiteral("visit"), QStringLiteral("attract"), QStringLiteral("language-help"),
        QStringLiteral("languages") };
    return scripted.contains(screen);
}

QStringList ReadingScript::of(
    const QString &screen, Visit *visit, RoomStatus *rooms, const QDateTime &now)
{
    const Words words;
    Script script(visit->profile());
    if (!visit->content())
        return {};
    if (screen == u"attract") {
        script.add(visit->siteName());
        script.add(words.touchToStart());
        return script.lines();
    }
    const bool home = screen == u"home";
    if (home) {
        script.add(visit->siteName());
        HomeCards cards;
        cards.setVisit(visit);
        cards.setStatus(rooms);
        cards.setNow(now);
        for (const QString &card : cards.shown()) {
            if (card == u"room") {
                roomLines(script, cards.rooms(), false);
            } else if (card == u"groups") {
                const QVariantMap next = cards.nextGroup();
                script.addSentence({ words.nextGroupOrClass() + QStringLiteral(": ")
                        + (next.value(QStringLiteral("dayGroup")).toString() == u"today"
                                ? words.dayGroup(QStringLiteral("today")) + QStringLiteral(", ")
                                : QString())
                        + next.value(QStringLiteral("when")).toString(),
                    next.value(QStringLiteral("summary")).toString() });
            } else if (card == u"help") {
                serviceLine(script, cards.helpline(), false);
            }
        }
        QStringList names;
        for (const QString &key : visit->store()->sections())
            names.append(words.section(key));
        script.add(QCoreApplication::translate("ReadingScript", "Sections: %1")
                       .arg(names.join(QStringLiteral(", "))));
    } else if (screen == u"room") {
        script.add(words.section(QStringLiteral("room")));
        RoomModel model;
        model.setVisit(visit);
        model.setStatus(rooms);
        roomLines(script, &model, true);
    } else if (screen == u"groups") {
        script.add(words.section(QStringLiteral("groups")));
        OccurrenceModel groups;
        groups.setVisit(visit);
        groups.setNow(now);
        QString lastGroup;
        for (int row = 0; row < groups.rowCount() && row < 12; ++row) {
            const QVariantMap o = groups.get(row);
            const QString group = o.value(QStringLiteral("dayGroup")).toString();
            if (group != lastGroup)
                script.add(words.dayGroup(group));
            lastGroup = group;
            script.addSentence({ o.value(QStringLiteral("when")).toString(),
                o.value(QStringLiteral("summary")).toString(),
                o.value(QStringLiteral("cancelled")).toBool()
                    ? QCoreApplication::translate("ReadingScript", "Cancelled")
                    : QString(),
                o.value(QStringLiteral("location")).toString() });
        }
    } else if (screen == u"help") {
        script.add(words.section(QStringLiteral("help")));
        ServiceModel services;
        services.setVisit(visit);
        services.setNow(now);
        for (int row = 0; row < services.rowCount(); ++row)
            serviceLine(script, services.get(row), true);
    } else if (screen == u"learn" || screen == u"visit") {
        script.add(words.section(screen));
        PageModel pages;
        pages.setVisit(visit);
        if (screen == u"visit")
            pages.setTopic(QStringLiteral("your-visit"));
        for (int row = 0; row < pages.rowCount(); ++row) {
            const QVariantMap p = pages.get(row);
            script.addSentence({ p.value(QStringLiteral("title")).toString(),
                p.value(QStringLiteral("summary")).toString() });
        }
    } else if (screen == u"language-help") {
        // Her language's notice first; then every other, each in its own language's voice (a
        // language without one is skipped), for a mother who listens for her own.
        script.add(words.section(screen));
        const QList<LanguageNotice> &notices = visit->content()->languageHelp;
        for (const LanguageNotice &notice : notices) {
            if (notice.language == visit->language())
                script.add(notice.text);
        }
        for (const LanguageNotice &notice : notices) {
            if (notice.language != visit->language())
                script.addIn(notice.language, visit->profileOf(notice.language), notice.text);
        }
    } else if (screen.startsWith(u"article:")) {
        // The page as she sees it: its title, then each paragraph (its pictures are not said).
        if (const auto page = pageOn(screen, visit)) {
            const LanguageProfile language = visit->profileOf(page->language);
            const bool hers = page->language == visit->language();
            const auto add = [&](const QString &line) {
                if (hers)
                    script.add(line);
                else
                    script.addIn(page->language, language, line);
            };
            add(page->title);
            static const QRegularExpression paragraphs(QStringLiteral("\\n\\s*\\n"));
            static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
            for (QString paragraph : page->markdown.split(paragraphs)) {
                paragraph.remove(image);
                add(paragraph.simplified());
            }
        }
    } else if (screen == u"languages") {
        // Each language by its own name, in its own voice: she knows hers when she hears it.
        script.add(words.control(QStringLiteral("chooseLanguage")));
        for (const QString &tag : visit->languages()) {
            const LanguageProfile language = visit->profileOf(tag);
            if (tag == visit->language())
                script.add(language.nativeName);
            else
                script.addIn(tag, language, language.nativeName);
        }
        if (visit->content()->fills(QStringLiteral("language-help")))
            script.add(words.section(QStringLiteral("language-help")));
    } else {
        script.add(visit->title());
    }
    script.add(controls(visit, home));
    return script.lines();
}
