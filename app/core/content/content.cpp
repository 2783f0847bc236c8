#include "content.h"

#include <QSet>
#include <algorithm>

QString LocalizedText::in(const QString &language, const QString &fallback) const
{
    auto it = m_texts.constFind(language);
    if (it != m_texts.constEnd())
        return *it;
    return m_texts.value(fallback);
}

template<typename T> static QList<T> inLanguage(const QList<T> &all, const QString &language)
{
    QList<T> out;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(out), [&](const T &item) {
        return item.language == language;
    });
    return out;
}

bool Content::fills(const QString &section) const
{
    if (section == u"learn")
        return !pages.isEmpty();
    if (section == u"groups")
        return !events.isEmpty();
    if (section == u"room")
        return !rooms.isEmpty();
    if (section == u"visit")
        return std::any_of(pages.cbegin(), pages.cend(), [](const Page &p) {
            return p.section == VisitTopic;
        });
    if (section == u"language-help")
        return !languageHelp.isEmpty();
    return true; // help: the referral ladder is always there
}

QString Content::whatFills(const QString &section)
{
    if (section == u"learn")
        return QStringLiteral("no page in pages/<lang>/");
    if (section == u"groups")
        return QStringLiteral("no event in events.<lang>.ics");
    if (section == u"room")
        return QStringLiteral("no room in rooms.json");
    if (section == u"visit")
        return QStringLiteral("no page has section: ") + VisitTopic;
    if (section == u"language-help")
        return QStringLiteral("no notice in language-help.json");
    return {};
}

QStringList Content::filledSections() const
{
    QStringList out = pack.sections;
    out.removeIf([this](const QString &s) {
        return !fills(s);
    });
    return out;
}

/** @p all in @p language, then what it lacks (by @p idOf) from the others in @p order. */
template<typename T, typename IdOf>
static QList<T> withFallback(
    const QList<T> &all, const QString &language, const QStringList &order, IdOf idOf)
{
    QList<T> out = inLanguage(all, language);
    QSet<QString> have;
    for (const T &item : std::as_const(out))
        have.insert(idOf(item));
    for (const QString &other : order) {
        if (other == language)
            continue;
        for (const T &item : all) {
            if (item.language == other && !have.contains(idOf(item))) {
                have.insert(idOf(item));
                out.append(item);
            }
        }
    }
    return out;
}

QList<Service> Content::servicesFor(const QString &language) const
{
    return withFallback(services, language, pack.languages, [](const Service &s) {
        return s.id;
    });
}

QList<Page> Content::pagesFor(const QString &language) const
{
    return withFallback(pages, language, pack.languages, [](const Page &p) {
        return p.id;
    });
}

std::optional<Page> Content::pageFor(const QString &language, const QString &id) const
{
    for (const Page &page : pagesFor(language)) {
        if (page.id == id)
            return page;
    }
    return std::nullopt;
}

QList<EventSeries> Content::eventsFor(const QString &language) const
{
    return withFallback(events, language, pack.languages, [](const EventSeries &e) {
        return e.master.uid;
    });
}

QList<Service> Content::servicesIn(const QString &language) const
{
    return inLanguage(services, language);
}

QList<Page> Content::pagesIn(const QString &language) const
{
    return inLanguage(pages, language);
}

QList<EventSeries> Content::eventsIn(const QString &language) const
{
    return inLanguage(events, language);
}

QString Service::hoursText() const
{
    QStringList out;
    for (const ServiceSchedule &schedule : schedules) {
        if (!schedule.description.isEmpty())
            out.append(schedule.description);
    }
    return out.join(u'\n');
}
