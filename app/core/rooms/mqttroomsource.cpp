#include "mqttroomsource.h"

#include "roomboard.h"
#include "roomreports.h"

MqttRoomSource::MqttRoomSource(Settings settings, RoomBoard *board, QObject *parent)
    : QObject(parent)
    , m_prefix(settings.prefix)
    , m_board(board)
    , m_client(settings.broker)
{
    m_client.subscribe(m_prefix + QStringLiteral("/rooms/+/state"));
    connect(&m_client, &MqttClient::connectedChanged, this, [this](bool connected) {
        m_board->setConnected(QStringLiteral("mqtt"), connected);
        Q_EMIT connectedChanged(connected);
    });
    connect(&m_client, &MqttClient::refused, this, [this](const QString &why) {
        Q_EMIT rejected(QStringLiteral("the broker at %1 refused the kiosk: %2")
                            .arg(m_client.settings().address(), why));
    });
    connect(&m_client, &MqttClient::message, this, &MqttRoomSource::handle);
}

bool MqttRoomSource::start(QString *why)
{
    return m_client.start(why);
}

void MqttRoomSource::handle(const QString &topic, const QByteArray &payload)
{
    const QStringList parts = topic.split(u'/');
    const QStringList prefix = m_prefix.split(u'/');
    if (parts.size() != prefix.size() + 3 || parts.mid(0, prefix.size()) != prefix
        || parts.at(prefix.size()) != u"rooms" || parts.last() != u"state") {
        Q_EMIT rejected(QStringLiteral("topic %1 is not <prefix>/rooms/<room>/state").arg(topic));
        return;
    }
    const QString room = parts.at(prefix.size() + 1);
    QList<Problem> problems;
    ProblemSink sink(&problems, topic);
    const auto report = RoomReports::parsePayload(room, payload.left(4096), sink);
    if (!report) {
        Q_EMIT rejected(problems.isEmpty() ? topic : problems.constFirst().toString());
        return;
    }
    m_board->report(QStringLiteral("mqtt"), room, report->state, report->since);
}
