#include "storelistmodel.h"

#include "contentstore.h"

StoreListModel::StoreListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void StoreListModel::setStore(ContentStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &ContentStore::contentChanged, this, &StoreListModel::rebuild);
        connect(m_store, &ContentStore::languageChanged, this, &StoreListModel::rebuild);
    }
    Q_EMIT storeChanged();
    rebuild();
}

int StoreListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

void StoreListModel::rebuild()
{
    const int before = rows();
    beginResetModel();
    fill();
    endResetModel();
    if (before != rows())
        Q_EMIT countChanged();
    Q_EMIT rebuilt();
}
