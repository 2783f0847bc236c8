#include "contentstore.h"

ContentStore::ContentStore(std::shared_ptr<const Content> content, QObject *parent)
    : QObject(parent)
    , m_content(std::make_shared<Content>())
{
    setContent(std::move(content));
}

void ContentStore::setContent(std::shared_ptr<const Content> content)
{
    Q_ASSERT(content);
    m_content = std::move(content);
    Q_EMIT contentChanged();
    Q_EMIT sectionsChanged();
}

void ContentStore::offerContent(std::shared_ptr<const Content> content)
{
    m_pending = std::move(content);
    Q_EMIT updatePendingChanged();
}

void ContentStore::applyPendingContent()
{
    if (!m_pending)
        return;
    auto next = std::move(m_pending);
    m_pending.reset();
    setContent(std::move(next));
    Q_EMIT updatePendingChanged();
}

bool ContentStore::isDemo() const
{
    return m_content->pack.demo;
}

QString ContentStore::packId() const
{
    return m_content->pack.id;
}

int ContentStore::packVersion() const
{
    return m_content->pack.version;
}

QStringList ContentStore::sections() const
{
    QStringList shown = m_content->filledSections(); // never a tile that opens an empty screen
    shown.removeIf([this](const QString &s) {
        return m_hidden.contains(s);
    });
    return shown;
}

void ContentStore::setHiddenSections(const QStringList &hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    Q_EMIT sectionsChanged();
}
