#pragma once

#include "content.h"
#include "storelistmodel.h"

/** The site's lactation rooms and their state, in the visitor's language. */
class RoomModel : public StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int freeCount READ freeCount NOTIFY rebuilt)

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
        StateRole, ///< free, occupied, cleaning, closed, unknown
    };
    Q_ENUM(Role)

    explicit RoomModel(QObject *parent = nullptr);

    int freeCount() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    void fill() override;

private:
    QList<Room> m_rows;
    QString m_language;
    QString m_fallback;
    QString m_root;
};
