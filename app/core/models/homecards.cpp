#include "homecards.h"

#include "contentstore.h"
#include "visit.h"

HomeCards::HomeCards(QObject *parent)
    : QObject(parent)
{
    m_helplines.setKinds({ QStringLiteral("helpline") });
    connect(&m_rooms, &RoomModel::countChanged, this, &HomeCards::update);
    connect(&m_groups, &OccurrenceModel::rebuilt, this, &HomeCards::update);
    connect(&m_helplines, &ServiceModel::rebuilt, this, &HomeCards::update);
}

void HomeCards::setVisit(Visit *visit)
{
    if (visit == m_rooms.visit())
        return;
    disconnect(m_sections);
    m_rooms.setVisit(visit);
    m_groups.setVisit(visit);
    m_helplines.setVisit(visit);
    if (visit)
        m_sections = connect(
            visit->store(), &ContentStore::sectionsChanged, this, &HomeCards::update);
    Q_EMIT visitChanged();
    update();
}

void HomeCards::setStatus(RoomStatus *status)
{
    if (status == m_rooms.status())
        return;
    m_rooms.setStatus(status);
    Q_EMIT statusChanged();
    update();
}

void HomeCards::setNow(const QDateTime &now)
{
    if (now == m_groups.now())
        return;
    m_groups.setNow(now);
    m_helplines.setNow(now);
    Q_EMIT nowChanged();
}

void HomeCards::update()
{
    const QStringList offered = visit() ? visit()->store()->sections() : QStringList();
    const int next = m_groups.nextSoon();
    QStringList shown;
    if (offered.contains(QStringLiteral("room")) && m_rooms.rowCount() > 0)
        shown.append(QStringLiteral("room"));
    if (offered.contains(QStringLiteral("groups")) && next >= 0)
        shown.append(QStringLiteral("groups"));
    if (offered.contains(QStringLiteral("help")) && m_helplines.rowCount() > 0)
        shown.append(QStringLiteral("help"));

    const QVariantMap nextGroup = m_groups.get(next);
    const QVariantMap helpline = m_helplines.first();
    if (nextGroup != m_nextGroup) {
        m_nextGroup = nextGroup;
        Q_EMIT nextGroupChanged();
    }
    if (helpline != m_helpline) {
        m_helpline = helpline;
        Q_EMIT helplineChanged();
    }
    if (shown != m_shown) {
        m_shown = shown;
        Q_EMIT shownChanged();
    }
}
