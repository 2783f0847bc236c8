#include "roomstatus.h"

#include "contentstore.h"
#include "statusfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

RoomStatus::RoomStatus(
    RoomSettings settings, QString stateDir, RoomBoard::Clock clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_stateDir(std::move(stateDir))
    , m_board(clock)
    , m_staff(m_stateDir.isEmpty() ? QString() : m_stateDir + QStringLiteral("/rooms-staff.json"),
          &m_board)
    , m_waitlist(m_stateDir.isEmpty() ? QString() : m_stateDir + QStringLiteral("/waitlist.json"),
          clock, m_settings.ticketMinutes, m_settings.callSeconds)
{
    if (!m_stateDir.isEmpty())
        QDir().mkpath(m_stateDir);
    m_board.setMaxAge(QStringLiteral("staff"), 0);
    if (m_settings.httpEnabled) {
        m_board.setMaxAge(QStringLiteral("http"),
            m_settings.httpMaxAgeSeconds > 0 ? m_settings.httpMaxAgeSeconds
                                             : 3 * m_settings.http.intervalSeconds);
        m_http = std::make_unique<HttpRoomSource>(m_settings.http, &m_board);
    }
    if (m_settings.mqttEnabled) {
        m_board.setMaxAge(QStringLiteral("mqtt"), m_settings.mqttMaxAgeSeconds,
            RoomBoard::Ages::WhileDisconnected);
        m_board.setConnected(QStringLiteral("mqtt"), false); // until the broker answers
        m_mqtt = std::make_unique<MqttRoomSource>(m_settings.mqtt, &m_board);
        connect(m_mqtt.get(), &MqttRoomSource::rejected, this, [](const QString &why) {
            qWarning("rooms: MQTT: %s", qPrintable(why));
        });
    }
    connect(&m_board, &RoomBoard::roomChanged, this, &RoomStatus::update);
    m_tick.setInterval(5000);
    connect(&m_tick, &QTimer::timeout, this, &RoomStatus::tick);
    m_statusDelay.setSingleShot(true);
    m_statusDelay.setInterval(2000);
    connect(&m_statusDelay, &QTimer::timeout, this, &RoomStatus::writeStatus);
}

RoomStatus::~RoomStatus()
{
    if (m_statusDelay.isActive())
        writeStatus();
    // Sources report to the board: they go first.
    m_http.reset();
    m_mqtt.reset();
}

void RoomStatus::follow(ContentStore *store)
{
    m_store = store;
    const auto apply = [this] {
        if (m_store)
            setRooms(m_store->content()->rooms);
    };
    connect(store, &ContentStore::contentChanged, this, apply);
    apply();
}

void RoomStatus::setRooms(const QList<Room> &rooms)
{
    QStringList ids;
    QHash<QString, RoomBoard::State> initial;
    for (const Room &r : rooms) {
        ids.append(r.id);
        bool ok = false;
        const RoomBoard::State state = RoomBoard::parseState(r.state, &ok);
        initial.insert(r.id, ok ? state : RoomBoard::State::Unknown);
    }
    for (const QString &gone : std::as_const(m_rooms)) {
        if (!ids.contains(gone)) {
            m_board.removeRoom(gone);
            m_views.remove(gone);
        }
    }
    m_rooms = ids;
    for (const QString &id : std::as_const(ids))
        m_board.setAuthority(id, m_settings.sourceFor(id));
    m_staff.report(initial);
    for (const QString &id : std::as_const(ids))
        update(id);
}

void RoomStatus::start()
{
    QString why;
    if (m_mqtt && !m_mqtt->start(&why))
        qWarning("rooms: MQTT broker %s cannot be used: %s",
            qPrintable(m_settings.mqtt.broker.address()), qPrintable(why));
    if (m_http)
        m_http->start();
    m_tick.start();
}

bool RoomStatus::setStaffState(const QString &room, const QString &state)
{
    bool ok = false;
    const RoomBoard::State parsed = RoomBoard::parseState(state, &ok);
    QString why = QStringLiteral("'%1' is not a room state").arg(state);
    if (!ok || !m_staff.set(room, parsed, &why)) {
        qWarning("rooms: staff: %s", qPrintable(why));
        return false;
    }
    return true;
}

QString RoomStatus::joinWaitlist(const QString &room)
{
    if (!m_rooms.contains(room))
        return {};
    const QString code = m_waitlist.join(room);
    update(room);
    if (!code.isEmpty())
        Q_EMIT waitlistJoined();
    return code;
}

void RoomStatus::clearWaitlist(const QString &room)
{
    m_waitlist.clear(room);
    update(room);
}

void RoomStatus::tick()
{
    m_board.refresh();
    for (const QString &room : std::as_const(m_rooms))
        update(room);
}

void RoomStatus::update(const QString &room)
{
    if (!m_rooms.contains(room))
        return;
    const RoomBoard::Shown shown = m_board.shown(room);
    const bool free = !shown.stale && shown.state == RoomBoard::State::Free;
    m_waitlist.update(room, free);
    View v;
    v.stale = shown.stale;
    v.state = shown.stale ? QStringLiteral("unknown") : RoomBoard::stateWord(shown.state);
    v.since = shown.since;
    v.source = shown.source;
    const bool taken
        = shown.state == RoomBoard::State::Occupied || shown.state == RoomBoard::State::Cleaning;
    if (!shown.stale && taken && shown.since.isValid())
        v.minutesInState = int(shown.since.secsTo(m_board.now()) / 60);
    v.waitMinutes = m_board.estimatedWaitMinutes(room).value_or(-1);
    v.waiting = m_waitlist.waiting(room);
    if (const auto call = m_waitlist.calling(room))
        v.calling = call->code;
    const auto old = m_views.constFind(room);
    if (old != m_views.constEnd() && *old == v)
        return;
    const bool changedStatus = old == m_views.constEnd() || old->state != v.state
        || old->since != v.since || old->stale != v.stale || old->source != v.source;
    m_views.insert(room, v);
    if (changedStatus) {
        scheduleStatus();
        Q_EMIT statusChanged();
    }
    Q_EMIT roomChanged(room);
}

void RoomStatus::scheduleStatus()
{
    if (!m_stateDir.isEmpty() && !m_statusDelay.isActive())
        m_statusDelay.start();
}

QJsonArray RoomStatus::statusRooms() const
{
    QJsonArray rooms;
    for (const QString &id : std::as_const(m_rooms)) {
        const View v = m_views.value(id);
        rooms.append(
            QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("state"), v.state },
                { QStringLiteral("since"),
                    v.since.isValid() ? QJsonValue(v.since.toUTC().toString(Qt::ISODate))
                                      : QJsonValue() },
                { QStringLiteral("source"), v.source }, { QStringLiteral("stale"), v.stale } });
    }
    return rooms;
}

void RoomStatus::writeStatus()
{
    StatusFile(m_stateDir).update({ { QStringLiteral("rooms"), statusRooms() } });
}
