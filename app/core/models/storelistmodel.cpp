#include "storelistmodel.h"

#include "contentstore.h"

StoreListModel::StoreListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void StoreListModel::setStore(ContentStore *store)
{
    if (!followStore(this, m_store, store, &StoreListModel::rebuild))
        return;
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
