#include "roommodel.h"

#include "contentstore.h"

#include <QUrl>

RoomModel::RoomModel(QObject *parent)
    : StoreListModel(parent)
{
}

void RoomModel::fill()
{
    m_rows.clear();
    if (!store())
        return;
    const auto content = store()->content();
    m_rows = content->rooms;
    m_language = store()->language();
    m_fallback = content->pack.defaultLanguage();
    m_root = content->root;
}

int RoomModel::freeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Room &r) {
        return r.state == u"free";
    }));
}

QVariant RoomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Room &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name.in(m_language, m_fallback);
    case RoomIdRole:
        return r.id;
    case LocationRole:
        return r.location.in(m_language, m_fallback);
    case AccessRole:
        return r.access.in(m_language, m_fallback);
    case AccessibilityRole:
        return r.accessibility.in(m_language, m_fallback);
    case HoursRole:
        return r.hours.in(m_language, m_fallback);
    case AmenitiesRole:
        return r.amenities;
    case ImageRole:
        return r.image.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_root + u'/' + r.image);
    case StateRole:
        return r.state;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoomModel::roleNames() const
{
    return {
        { RoomIdRole, "roomId" },
        { NameRole, "name" },
        { LocationRole, "location" },
        { AccessRole, "access" },
        { AccessibilityRole, "accessibility" },
        { HoursRole, "hours" },
        { AmenitiesRole, "amenities" },
        { ImageRole, "image" },
        { StateRole, "state" },
    };
}
