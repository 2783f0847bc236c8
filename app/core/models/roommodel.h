#pragma once

#include "content.h"
#include "roomstatus.h"
#include "storelistmodel.h"

#include <QPointer>

/**
 * The site's lactation rooms in the visitor's language, with their live state from a RoomStatus:
 * a state change updates its row in place (no reset, so nothing on screen is rebuilt).
 */
class RoomModel : public StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RoomStatus *status READ status WRITE setStatus NOTIFY statusChanged)
    Q_PROPERTY(int freeCount READ freeCount NOTIFY freeCountChanged)
    /** The state of a site's only room, so its words need no count; empty with several or none. */
    Q_PROPERTY(QString onlyState READ onlyState NOTIFY freeCountChanged)

public:
    enum Role
    {
        RoomIdRole = Qt::UserRole + 1,
        NameRole,
        LocationRole,
        AccessRole,
        AccessibilityRole,
        HoursRole,
        AmenitiesRole, ///< amenity keys, e.g. "seat"
        ImageRole, ///< file URL, empty when none
        StateRole, ///< free, occupied, cleaning, closed, unknown (also when not known for sure)
        StaleRole, ///< the source is silent or cut off, so the state reads unknown
        MinutesInStateRole, ///< minutes occupied or cleaning so far, -1 otherwise
        WaitMinutesRole, ///< "usually free within ~N min", -1 without an estimate
        WaitingRole, ///< tickets in the room's waitlist
        CallingRole, ///< the ticket code being called, empty when none
    };
    Q_ENUM(Role)

    explicit RoomModel(QObject *parent = nullptr);

    RoomStatus *status() const { return m_status; }
    void setStatus(RoomStatus *status);
    int freeCount() const;
    QString onlyState() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void statusChanged();
    void freeCountChanged();

protected:
    int rows() const override { return int(m_rows.size()); }
    void fill() override;

private:
    void roomChanged(const QString &room);

    QPointer<RoomStatus> m_status;
    QList<Room> m_rows;
    QString m_language;
    QString m_fallback;
    QString m_root;
};
