#include "content.h"

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
