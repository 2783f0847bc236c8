#include "storelistmodel.h"

#include "visit.h"

StoreListModel::StoreListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void StoreListModel::setVisit(Visit *visit)
{
    if (!followVisit(this, m_visit, visit, &StoreListModel::rebuild))
        return;
    Q_EMIT visitChanged();
    rebuild();
}

int StoreListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

QVariantMap StoreListModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rows())
        return out;
    const QModelIndex at = index(row);
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(at, it.key()));
    return out;
}

QVariant StoreListModel::shown(const QVariant &text, const QString &rowLanguage) const
{
    if (!m_visit || (!rowLanguage.isEmpty() && rowLanguage != m_visit->language()))
        return text;
    return m_visit->profile().isolated(text);
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
