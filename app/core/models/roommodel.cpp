#include "roommodel.h"

#include "roomstatus.h"
#include "visit.h"

#include <QUrl>

RoomModel::RoomModel(QObject *parent)
    : StoreListModel(parent)
{
    connect(this, &StoreListModel::rebuilt, this, &RoomModel::freeCountChanged);
}

void RoomModel::setStatus(RoomStatus *status)
{
    if (status == m_status)
        return;
    if (m_status)
        disconnect(m_status, nullptr, this, nullptr);
    m_status = status;
    if (m_status)
        connect(m_status, &RoomStatus::roomChanged, this, &RoomModel::roomChanged);
    Q_EMIT statusChanged();
    rebuild();
}

void RoomModel::roomChanged(const QString &room)
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows.at(row).id == room) {
            const QModelIndex at = index(row);
            Q_EMIT dataChanged(at, at,
                { StateRole, StaleRole, MinutesInStateRole, WaitMinutesRole, WaitingRole,
                    CallingRole });
            Q_EMIT freeCountChanged();
            return;
        }
    }
}

void RoomModel::fill()
{
    m_rows.clear();
    if (!visit())
        return;
    const auto content = visit()->content();
    m_rows = content->rooms;
    m_language = visit()->language();
    m_fallback = content->pack.defaultLanguage();
    m_root = content->root;
}

int RoomModel::freeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Room &r) {
        return m_status && m_status->view(r.id).state == u"free";
    }));
}

QString RoomModel::onlyState() const
{
    if (m_rows.size() != 1)
        return {};
    return m_status ? m_status->view(m_rows.constFirst().id).state : QStringLiteral("unknown");
}

QVariant RoomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Room &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return shown(r.name.in(m_language, m_fallback));
    case RoomIdRole:
        return r.id;
    case LocationRole:
        return shown(r.location.in(m_language, m_fallback));
    case AccessRole:
        return shown(r.access.in(m_language, m_fallback));
    case AccessibilityRole:
        return shown(r.accessibility.in(m_language, m_fallback));
    case HoursRole:
        return shown(r.hours.in(m_language, m_fallback));
    case AmenitiesRole:
        return r.amenities;
    case ImageRole:
        return r.image.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_root + u'/' + r.image);
    default:
        break;
    }
    // Without a status the kiosk knows nothing live, and never claims a room is free.
    const RoomStatus::View v = m_status ? m_status->view(r.id) : RoomStatus::View();
    switch (role) {
    case StateRole:
        return v.state;
    case StaleRole:
        return v.stale;
    case MinutesInStateRole:
        return v.minutesInState;
    case WaitMinutesRole:
        return v.waitMinutes;
    case WaitingRole:
        return v.waiting;
    case CallingRole:
        return v.calling;
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
        { StaleRole, "stale" },
        { MinutesInStateRole, "minutesInState" },
        { WaitMinutesRole, "waitMinutes" },
        { WaitingRole, "waiting" },
        { CallingRole, "calling" },
    };
}
