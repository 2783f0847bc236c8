#include "slideplayer.h"

#include "kioskclock.h"
#include "reachcounter.h"
#include "visit.h"

SlidePlayer::SlidePlayer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SlidePlayer::next);
}

void SlidePlayer::setVisit(Visit *visit)
{
    if (visit == m_visit)
        return;
    if (m_visit)
        disconnect(m_visit, nullptr, this, nullptr);
    m_visit = visit;
    if (m_visit) {
        connect(m_visit, &Visit::contentChanged, this, &SlidePlayer::contentChanged);
        connect(m_visit, &Visit::languageChanged, this, &SlidePlayer::slideChanged);
    }
    Q_EMIT visitChanged();
    contentChanged();
}

void SlidePlayer::contentChanged()
{
    m_content = m_visit ? m_visit->content() : nullptr;
    m_broken.clear(); // a new pack may have mended what was broken
    m_index = -1;
    if (m_running)
        next();
    else
        Q_EMIT slideChanged();
}

void SlidePlayer::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged();
    if (m_running) {
        m_index = -1; // each loop starts from the first slide
        next();
    } else {
        m_timer.stop();
        reportPlay();
    }
}

QDate SlidePlayer::today() const
{
    const QDateTime now = KioskClock::current();
    return m_content ? now.toTimeZone(m_content->pack.timeZone).date() : now.date();
}

QList<int> SlidePlayer::playable(const QList<Slide> &slides, QDate day, const QSet<QString> &broken)
{
    QList<int> out;
    for (int i = 0; i < int(slides.size()); ++i) {
        const Slide &s = slides.at(i);
        if (broken.contains(s.id))
            continue;
        if ((s.start.isValid() && day < s.start) || (s.end.isValid() && day > s.end))
            continue;
        out.append(i);
    }
    return out;
}

void SlidePlayer::next()
{
    const QList<int> candidates
        = m_content ? playable(m_content->slides, today(), m_broken) : QList<int>();
    int chosen = -1;
    for (int i : candidates) {
        if (i > m_index) {
            chosen = i;
            break;
        }
    }
    if (chosen < 0 && !candidates.isEmpty())
        chosen = candidates.constFirst(); // wrap
    show(chosen);
}

void SlidePlayer::show(int index)
{
    m_index = index;
    m_timer.stop();
    if (m_running && index >= 0)
        m_timer.start(std::max(3, seconds()) * 1000);
    reportPlay();
    Q_EMIT slideChanged();
}

void SlidePlayer::reportPlay()
{
    // Proof of play: each slide that comes on screen, and for how long, watched or not.
    ReachCounter *reach = ReachCounter::instance();
    if (!reach)
        return;
    if (m_running && m_index >= 0) {
        const Slide &slide = m_content->slides.at(m_index);
        reach->slideOnScreen(slide.id, slide.start, slide.end);
    } else {
        reach->slideOffScreen();
    }
}

SlidePlayer::~SlidePlayer()
{
    if (m_running && m_index >= 0 && ReachCounter::instance())
        ReachCounter::instance()->slideOffScreen();
}

void SlidePlayer::failed(const QString &why)
{
    if (m_index < 0)
        return;
    const QString id = slideId();
    qWarning("attract: slide %s skipped: %s", qPrintable(id), qPrintable(why));
    m_broken.insert(id);
    next();
}

QString SlidePlayer::slideId() const
{
    return m_index >= 0 ? m_content->slides.at(m_index).id : QString();
}

QUrl SlidePlayer::image() const
{
    if (m_index < 0 || m_content->slides.at(m_index).image.isEmpty())
        return {};
    return QUrl::fromLocalFile(m_content->root + u'/' + m_content->slides.at(m_index).image);
}

QUrl SlidePlayer::video() const
{
    if (m_index < 0 || m_content->slides.at(m_index).video.isEmpty())
        return {};
    return QUrl::fromLocalFile(m_content->root + u'/' + m_content->slides.at(m_index).video);
}

QString SlidePlayer::caption() const
{
    if (m_index < 0 || !m_visit)
        return {};
    return m_content->slides.at(m_index).caption.in(
        m_visit->language(), m_content->pack.defaultLanguage());
}

int SlidePlayer::seconds() const
{
    return m_index >= 0 ? m_content->slides.at(m_index).seconds : 0;
}

QList<CaptionCue> SlidePlayer::captions() const
{
    if (m_index < 0 || !m_visit)
        return {};
    const auto &captions = m_content->slides.at(m_index).captions;
    const QString language = m_visit->language();
    return captions.contains(language) ? captions.value(language)
                                       : captions.value(m_content->pack.defaultLanguage());
}

QString SlidePlayer::captionAt(qint64 positionMs, qint64 durationMs) const
{
    if (durationMs > 0)
        positionMs %= durationMs;
    return cueText(captions(), positionMs);
}

QString SlidePlayer::cueText(const QList<CaptionCue> &cues, qint64 positionMs)
{
    QStringList shown;
    for (const CaptionCue &cue : cues) {
        if (cue.startMs > positionMs)
            break; // by start: none after this has begun
        if (positionMs < cue.endMs)
            shown.append(cue.text);
    }
    return shown.join(u'\n');
}
