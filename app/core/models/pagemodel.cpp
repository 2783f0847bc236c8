#include "pagemodel.h"

#include "visit.h"

PageModel::PageModel(QObject *parent)
    : StoreListModel(parent)
{
}

void PageModel::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    m_topic = topic;
    Q_EMIT topicChanged();
    rebuild();
}

void PageModel::fill()
{
    m_rows.clear();
    if (!visit())
        return;
    const auto content = visit()->content();
    const QString language = visit()->language();
    const QList<Page> pages = content->pagesFor(language);
    // Topics in the order pack.json lists them; pages within a topic by their order.
    for (const PackInfo::Topic &topic : content->pack.topics) {
        if (!m_topic.isEmpty() && topic.id != m_topic)
            continue;
        const QString title = topic.title.in(language, content->pack.defaultLanguage());
        for (const Page &p : pages) {
            if (p.section == topic.id)
                m_rows.append({ p, title });
        }
    }
}

QString PageModel::pageIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).page.id : QString();
}

QVariant PageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return shown(r.page.title, r.page.language);
    case PageIdRole:
        return r.page.id;
    case SummaryRole:
        return shown(r.page.summary, r.page.language);
    case TopicRole:
        return r.page.section;
    case TopicTitleRole:
        return shown(r.topicTitle, r.page.language);
    case ContentLanguageRole:
        return r.page.language;
    case FirstInTopicRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).page.section != r.page.section;
    default:
        return {};
    }
}

QHash<int, QByteArray> PageModel::roleNames() const
{
    return {
        { PageIdRole, "pageId" },
        { TitleRole, "title" },
        { SummaryRole, "summary" },
        { TopicRole, "topic" },
        { TopicTitleRole, "topicTitle" },
        { ContentLanguageRole, "contentLanguage" },
        { FirstInTopicRole, "firstInTopic" },
    };
}
