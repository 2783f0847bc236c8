#include "reachcounter.h"

#include "kioskclock.h"
#include "visit.h"

ReachCounter::ReachCounter(Visit *visit, ReachSettings settings, QString stateDir, QObject *parent)
    : QObject(parent)
    , m_visit(visit)
    , m_settings(settings)
    , m_stateDir(std::move(stateDir))
    , m_ledger(m_stateDir)
{
    if (!counting())
        return;
    m_day = today();
    m_ledger.prune(m_day, m_settings.keepDays);
    connect(visit, &Visit::began, this, [this] {
        m_tally.visitBegan();
    });
    connect(visit, &Visit::opened, this, [this](const QString &screen, const QString &pageId) {
        m_tally.opened(screen, pageId);
        if (screen != u"languages") // the chooser is opened in a language she is leaving
            languageUsed();
    });
    connect(visit, &Visit::languageChanged, this, [this] {
        if (m_visit->visiting())
            languageUsed();
    });
    connect(visit, &Visit::used, this, [this](const QString &feature) {
        m_tally.used(feature);
    });
    connect(visit, &Visit::takeAwayShown, this, [this](const QString &kind) {
        m_tally.tookAway(kind);
    });
    connect(visit, &Visit::ending, this, [this] {
        languageUsed(); // the language she ended in
        m_tally.visitOver();
    });
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReachCounter::checkDay);
    m_timer.start();
}

ReachCounter::~ReachCounter()
{
    if (!counting())
        return;
    creditSlide();
    write(m_day);
}

QDate ReachCounter::today() const
{
    const QDateTime now = KioskClock::current();
    return m_visit ? now.toTimeZone(m_visit->content()->pack.timeZone).date() : now.date();
}

void ReachCounter::languageUsed()
{
    m_tally.language(m_visit->language());
}

void ReachCounter::waitlistJoined()
{
    if (counting())
        m_tally.waitlistJoined();
}

void ReachCounter::creditSlide()
{
    if (m_slide.isEmpty())
        return;
    m_tally.slideShown(m_slide, m_slideClock.restart());
}

void ReachCounter::slideOnScreen(const QString &id, QDate start, QDate end)
{
    if (!counting())
        return;
    creditSlide();
    m_slide = id;
    m_slideClock.start();
    m_tally.slidePlayed(id, start, end);
}

void ReachCounter::slideOffScreen()
{
    creditSlide();
    m_slide.clear();
}

void ReachCounter::checkDay()
{
    const QDate now = today();
    if (!counting() || now == m_day)
        return;
    creditSlide();
    write(m_day);
    m_day = now;
    m_ledger.prune(now, m_settings.keepDays);
    Q_EMIT dayClosed();
}

void ReachCounter::write(QDate day)
{
    m_unwritten[day].add(m_tally.take(day));
    for (auto it = m_unwritten.begin(); it != m_unwritten.end();) {
        it->day = it.key();
        QString why;
        if (m_ledger.merge(*it, &why)) {
            it = m_unwritten.erase(it);
            continue;
        }
        qWarning("reach: the counts of %s are kept in memory and written at the next day's close: "
                 "%s",
            qPrintable(it.key().toString(Qt::ISODate)), qPrintable(why));
        ++it;
    }
}

ReachDocument ReachCounter::document(const QString &kioskId, const QString &site) const
{
    return { kioskId, site, m_ledger.closedDays(today(), ReachSettings::PublishedDays) };
}
