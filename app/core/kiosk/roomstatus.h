#pragma once

#include "content.h"
#include "maininstance.h"
#include "roomboard.h"
#include "roomsettings.h"
#include "staffrooms.h"
#include "waitlist.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <memory>

class ContentStore;

/**
 * Every lactation room's live state as the screens show it: the board, its sources, the
 * anonymous waitlists and what status.json says of them. One per kiosk, shared with QML.
 */
class RoomStatus : public QObject, public MainInstance<RoomStatus>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    /** What a room card shows. */
    struct View
    {
        QString state = QStringLiteral("unknown");
        QDateTime since;
        QString source;
        bool stale = true;
        int minutesInState = -1; ///< how long it has been occupied or cleaning, else -1
        int waitMinutes = -1; ///< "usually free within ~N min", -1 when there is no estimate
        int waiting = 0; ///< tickets in the room's waitlist
        QString calling; ///< the ticket code being called, empty when none

        bool operator==(const View &o) const = default;
    };

    /**
     * @p stateDir keeps the staff states, the waitlists and status.json (empty: nothing is
     * written). Not default-constructible, so QML gets the instance main() made.
     */
    RoomStatus(RoomSettings settings, QString stateDir, RoomBoard::Clock clock = {},
        QObject *parent = nullptr);
    ~RoomStatus() override;

    /** Follows the rooms of the pack @p store shows. */
    void follow(ContentStore *store);
    void setRooms(const QList<Room> &rooms);
    /** Connects the network sources and starts the clock that ages states and calls tickets. */
    void start();

    View view(const QString &room) const { return m_views.value(room); }
    RoomBoard &board() { return m_board; }
    HttpRoomSource *httpSource() const { return m_http.get(); }
    MqttRoomSource *mqttSource() const { return m_mqtt.get(); }
    /**
     * Each room's state, since, source and staleness, as status.json and the fleet status hold
     * them (nothing of the waitlist: that is about visits).
     */
    QJsonArray statusRooms() const;

    /** Staff set a room's state (the staff panel; tests). False when the word or room is unknown.
     */
    Q_INVOKABLE bool setStaffState(const QString &room, const QString &state);
    /** "Tell me when it's free": a new ticket code for @p room. */
    Q_INVOKABLE QString joinWaitlist(const QString &room);
    /** Staff empty a room's waitlist. */
    Q_INVOKABLE void clearWaitlist(const QString &room);

    /** Re-reads the clock: ages states, ends and starts calls. Runs every few seconds. */
    void tick();

Q_SIGNALS:
    /** What view(@p room) returns changed. */
    void roomChanged(const QString &room);
    /** What statusRooms() returns changed. */
    void statusChanged();
    /** A visitor joined a waitlist (counted for the day, nothing else kept: ReachCounter). */
    void waitlistJoined();

private:
    void update(const QString &room);
    void scheduleStatus();
    void writeStatus();

    RoomSettings m_settings;
    QString m_stateDir;
    RoomBoard m_board;
    StaffRooms m_staff;
    Waitlist m_waitlist;
    std::unique_ptr<HttpRoomSource> m_http;
    std::unique_ptr<MqttRoomSource> m_mqtt;
    QStringList m_rooms;
    QHash<QString, View> m_views;
    QTimer m_tick;
    QTimer m_statusDelay;
    QPointer<ContentStore> m_store;
};
