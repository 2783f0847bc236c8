#pragma once

#include "occurrencemodel.h"
#include "roommodel.h"
#include "servicemodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class Visit;
Q_MOC_INCLUDE("visit.h")

/**
 * The answers at the top of the home screen – whether a room is free, when the next group meets,
 * the helpline's number – and which of them are shown: a card is shown when staff offer its
 * section and it has something to say. The home screen lays the cards out and its reading script
 * reads them; both ask this one model, so what a mother sees and what she hears cannot differ.
 */
class HomeCards : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Visit *visit READ visit WRITE setVisit NOTIFY visitChanged)
    Q_PROPERTY(RoomStatus *status READ status WRITE setStatus NOTIFY statusChanged)
    Q_PROPERTY(QDateTime now READ now WRITE setNow NOTIFY nowChanged)
    /** The site's rooms with their live state, for the room card's lines and the room tile. */
    Q_PROPERTY(RoomModel *rooms READ rooms CONSTANT)
    /** The cards shown, in order: any of "room", "groups" and "help" (the sections they open). */
    Q_PROPERTY(QStringList shown READ shown NOTIFY shownChanged)
    Q_PROPERTY(bool showsRooms READ showsRooms NOTIFY shownChanged)
    Q_PROPERTY(bool showsGroup READ showsGroup NOTIFY shownChanged)
    Q_PROPERTY(bool showsHelpline READ showsHelpline NOTIFY shownChanged)
    /** The next group or class soon (an OccurrenceModel row), empty when none. */
    Q_PROPERTY(QVariantMap nextGroup READ nextGroup NOTIFY nextGroupChanged)
    /** The first helpline (a ServiceModel row), empty when none. */
    Q_PROPERTY(QVariantMap helpline READ helpline NOTIFY helplineChanged)

public:
    explicit HomeCards(QObject *parent = nullptr);

    Visit *visit() const { return m_rooms.visit(); }
    void setVisit(Visit *visit);
    RoomStatus *status() const { return m_rooms.status(); }
    void setStatus(RoomStatus *status);
    QDateTime now() const { return m_groups.now(); }
    void setNow(const QDateTime &now);

    RoomModel *rooms() { return &m_rooms; }
    QStringList shown() const { return m_shown; }
    bool showsRooms() const { return m_shown.contains(QStringLiteral("room")); }
    bool showsGroup() const { return m_shown.contains(QStringLiteral("groups")); }
    bool showsHelpline() const { return m_shown.contains(QStringLiteral("help")); }
    QVariantMap nextGroup() const { return m_nextGroup; }
    QVariantMap helpline() const { return m_helpline; }

Q_SIGNALS:
    void visitChanged();
    void statusChanged();
    void nowChanged();
    void shownChanged();
    void nextGroupChanged();
    void helplineChanged();

private:
    void update();

    RoomModel m_rooms;
    OccurrenceModel m_groups;
    ServiceModel m_helplines;
    QStringList m_shown;
    QVariantMap m_nextGroup;
    QVariantMap m_helpline;
    QMetaObject::Connection m_sections;
};
