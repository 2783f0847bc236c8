#include "kioskclock.h"

static QDateTime s_fixed;

KioskClock::KioskClock(QObject *parent)
    : QObject(parent)
{
    m_lastMinute = now().toSecsSinceEpoch() / 60;
    m_tick.setInterval(5000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        // Screens only show minutes: notify once a minute, not on every tick.
        const qint64 minute = now().toSecsSinceEpoch() / 60;
        if (minute != m_lastMinute) {
            m_lastMinute = minute;
            Q_EMIT nowChanged();
        }
    });
    m_tick.start();
}

QDateTime KioskClock::current()
{
    return s_fixed.isValid() ? s_fixed : QDateTime::currentDateTimeUtc();
}

void KioskClock::fix(const QDateTime &at)
{
    s_fixed = at;
}
