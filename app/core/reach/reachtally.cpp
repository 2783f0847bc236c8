#include "reachtally.h"

void ReachTally::opened(const QString &screen, const QString &pageId)
{
    ++m_day.screens[screen];
    if (!pageId.isEmpty())
        ++m_day.pages[pageId];
}

void ReachTally::once(QMap<QString, qint64> &table, const QString &key)
{
    const QString mark = (&table == &m_day.languages ? u'l' : u'f') + key;
    if (m_marks.contains(mark))
        return;
    m_marks.insert(mark);
    ++table[key];
}

void ReachTally::slidePlayed(const QString &id, QDate start, QDate end)
{
    ReachDay::SlidePlay &play = m_day.slides[id];
    ++play.plays;
    play.start = start;
    play.end = end;
}

ReachDay ReachTally::take(QDate day)
{
    for (auto it = m_slideMs.constBegin(); it != m_slideMs.constEnd(); ++it)
        m_day.slides[it.key()].seconds += (it.value() + 500) / 1000;
    m_slideMs.clear();
    ReachDay out = std::move(m_day);
    out.day = day;
    m_day = ReachDay();
    return out;
}
