#include "readingscript.h"

#include "contentstore.h"
#include "occurrencemodel.h"
#include "pagemodel.h"
#include "roommodel.h"
#include "servicemodel.h"
#include "speechtext.h"

#include <QCoreApplication>

namespace {

/** The UI's own words (Words.qml), translated with the same catalogue. */
QString words(const char *text)
{
    return QCoreApplication::translate("Words", text);
}

QString section(const QString &key)
{
    if (key == u"learn")
        return words("Learn");
    if (key == u"groups")
        return words("Support groups & classes");
    if (key == u"help")
        return words("Get help");
    if (key == u"room")
        return words("Lactation room");
    if (key == u"visit")
        return words("Your visit");
    return key;
}

QString roomState(const QString &key)
{
    if (key == u"free")
        return words("Free");
    if (key == u"occupied")
        return words("In use");
    if (key == u"cleaning")
        return words("Being cleaned");
    if (key == u"closed")
        return words("Closed");
    return words("Status not available – ask the front desk");
}

QString dayGroup(const QString &key)
{
    if (key == u"today")
        return words("Today");
    if (key == u"week")
        return words("This week");
    return words("Later");
}

/** Joins the non-empty @p parts into sentences, each ending with one full stop. */
QString sentence(const QStringList &parts)
{
    QString out;
    for (const QString &part : parts) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        if (!out.isEmpty())
            out += u' ';
        out += p;
        if (!p.endsWith(u'.') && !p.endsWith(u'?') && !p.endsWith(u'!') && !p.endsWith(u':'))
            out += u'.';
    }
    return out;
}

/** Things to read, in order, before they are turned into speech. */
class Script
{
public:
    explicit Script(QString language)
        : m_language(std::move(language))
    {
    }
    void add(const QString &line)
    {
        const QString said = SpeechText::spoken(line, m_language);
        if (!said.isEmpty())
            m_lines.append(said);
    }
    QStringList lines() const { return m_lines; }

private:
    QString m_language;
    QStringList m_lines;
};

void roomLines(Script &script, ContentStore *store, RoomStatus *rooms, bool details)
{
    RoomModel model;
    model.setStore(store);
    model.setStatus(rooms);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariantMap r = model.get(row);
        QStringList parts { r.value(QStringLiteral("name")).toString() + QStringLiteral(": ")
            + roomState(r.value(QStringLiteral("state")).toString()) };
        const int wait = r.value(QStringLiteral("waitMinutes")).toInt();
        if (r.value(QStringLiteral("state")).toString() == u"occupied" && wait > 0)
            parts.append(words("usually free within ~%1 min").arg(wait).remove(u'~'));
        if (details) {
            parts.append(r.value(QStringLiteral("location")).toString());
            parts.append(r.value(QStringLiteral("access")).toString());
            parts.append(r.value(QStringLiteral("accessibility")).toString());
        }
        script.add(sentence(parts));
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
    script.add(sentence(parts));
}

QString controls(ContentStore *store, bool atHome)
{
    QStringList names;
    if (!atHome)
        names << QCoreApplication::translate("NavBar", "Back")
              << QCoreApplication::translate("NavBar", "Home");
    names << QCoreApplication::translate("NavBar", "Listen")
          << QCoreApplication::translate("ReadingScript", "Text size")
          << QCoreApplication::translate("ReadingScript", "High contrast");
    if (store->languages().size() > 1)
        names << store->nextLanguageName();
    const QStringList reading { QCoreApplication::translate("SpeechBar", "Previous"),
        QCoreApplication::translate("SpeechBar", "Repeat"),
        QCoreApplication::translate("SpeechBar", "Next"),
        QCoreApplication::translate("SpeechBar", "Softer"),
        QCoreApplication::translate("SpeechBar", "Louder") };
    //: The last line of every screen's read-aloud script: %1 the bar's buttons, %2 the speech bar's.
    return QCoreApplication::translate("ReadingScript", "Buttons: %1. While reading: %2")
        .arg(names.join(QStringLiteral(", ")), reading.join(QStringLiteral(", ")));
}

} // namespace

const QStringList &ReadingScript::screens()
{
    static const QStringList names { QStringLiteral("home"), QStringLiteral("room"),
        QStringLiteral("groups"), QStringLiteral("help"), QStringLiteral("learn"),
        QStringLiteral("visit"), QStringLiteral("attract") };
    return names;
}

QStringList ReadingScript::of(
    const QString &screen, ContentStore *store, RoomStatus *rooms, const QDateTime &now)
{
    Script script(store->language());
    if (!store->content())
        return {};
    if (screen == u"attract") {
        script.add(store->siteName());
        script.add(QCoreApplication::translate("AttractScreen", "Touch the screen to start"));
        return script.lines();
    }
    const bool home = screen == u"home";
    if (home) {
        script.add(store->siteName());
        const QStringList offered = store->sections();
        if (offered.contains(QStringLiteral("room")))
            roomLines(script, store, rooms, false);
        if (offered.contains(QStringLiteral("groups"))) {
            OccurrenceModel groups;
            groups.setStore(store);
            groups.setNow(now);
            if (groups.nextSoon() >= 0) {
                const QVariantMap next = groups.get(groups.nextSoon());
                script.add(
                    sentence({ QCoreApplication::translate("HomeScreen", "Next group or class")
                            + QStringLiteral(": ")
                            + (next.value(QStringLiteral("dayGroup")).toString() == u"today"
                                    ? dayGroup(QStringLiteral("today")) + QStringLiteral(", ")
                                    : QString())
                            + next.value(QStringLiteral("when")).toString(),
                        next.value(QStringLiteral("summary")).toString() }));
            }
        }
        if (offered.contains(QStringLiteral("help"))) {
            ServiceModel helplines;
            helplines.setStore(store);
            helplines.setNow(now);
            helplines.setKinds({ QStringLiteral("helpline") });
            if (helplines.rowCount() > 0)
                serviceLine(script, helplines.get(0), false);
        }
        QStringList names;
        for (const QString &key : offered)
            names.append(section(key));
        script.add(QCoreApplication::translate("ReadingScript", "Sections: %1")
                       .arg(names.join(QStringLiteral(", "))));
    } else if (screen == u"room") {
        script.add(section(QStringLiteral("room")));
        roomLines(script, store, rooms, true);
    } else if (screen == u"groups") {
        script.add(section(QStringLiteral("groups")));
        OccurrenceModel groups;
        groups.setStore(store);
        groups.setNow(now);
        QString lastGroup;
        for (int row = 0; row < groups.rowCount() && row < 12; ++row) {
            const QVariantMap o = groups.get(row);
            const QString group = o.value(QStringLiteral("dayGroup")).toString();
            if (group != lastGroup)
                script.add(dayGroup(group));
            lastGroup = group;
            script.add(sentence({ o.value(QStringLiteral("when")).toString(),
                o.value(QStringLiteral("summary")).toString(),
                o.value(QStringLiteral("cancelled")).toBool()
                    ? QCoreApplication::translate("ReadingScript", "Cancelled")
                    : QString(),
                o.value(QStringLiteral("location")).toString() }));
        }
    } else if (screen == u"help") {
        script.add(section(QStringLiteral("help")));
        ServiceModel services;
        services.setStore(store);
        services.setNow(now);
        for (int row = 0; row < services.rowCount(); ++row)
            serviceLine(script, services.get(row), true);
    } else if (screen == u"learn" || screen == u"visit") {
        script.add(section(screen));
        PageModel pages;
        pages.setStore(store);
        if (screen == u"visit")
            pages.setTopic(QStringLiteral("your-visit"));
        for (int row = 0; row < pages.rowCount(); ++row) {
            const QVariantMap p = pages.get(row);
            script.add(sentence({ p.value(QStringLiteral("title")).toString(),
                p.value(QStringLiteral("summary")).toString() }));
        }
    } else {
        script.add(store->title());
    }
    script.add(controls(store, home));
    return script.lines();
}
