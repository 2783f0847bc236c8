#include "readaloud.h"

#include "speechtext.h"
#include "visit.h"

#include <QAudioDevice>
#include <QFileInfo>
#include <QMediaDevices>

ReadAloud::ReadAloud(Visit *visit, const SpeechSettings &settings, QObject *parent)
    : QObject(parent)
    , m_visit(visit)
    , m_settings(settings)
{
    m_engine.setVolume(m_visit->volume());
    connect(m_visit, &Visit::volumeChanged, this, [this] {
        m_engine.setVolume(m_visit->volume());
        if (m_output)
            m_output->setVolume(float(m_visit->volume()) / 100);
        Q_EMIT volumeChanged();
    });
    connect(m_visit, &Visit::ended, this, &ReadAloud::resetVisit);
    // Speech mode speaks into the headphone jack when the site has one (private listening).
    connect(m_visit, &Visit::speechModeChanged, this, [this] {
        m_engine.setPrivate(m_visit->speechMode());
    });
    // Her language may have a voice where the last had none, or none.
    connect(m_visit, &Visit::languageChanged, this, &ReadAloud::statusChanged);
    connect(&m_engine, &SpeechEngine::stateChanged, this, [this] {
        if (m_pendingListen && m_engine.state() == SpeechEngine::State::Ready) {
            m_pendingListen = false;
            setEngaged(true);
            m_reading = true;
            sayLine(0, true);
        }
        if (m_engine.state() == SpeechEngine::State::Unavailable)
            m_pendingListen = false;
        Q_EMIT statusChanged();
    });
    connect(&m_engine, &SpeechEngine::finished, this, &ReadAloud::lineFinished);
    connect(&m_engine, &SpeechEngine::stuck, this, [this] {
        setReading(false);
    });
}

void ReadAloud::start()
{
    if (m_settings.enabled)
        m_engine.start(m_settings.privateSink);
}

ReadAloud::Status ReadAloud::status() const
{
    if (!m_settings.enabled)
        return Off;
    if (playing())
        return Reading;
    switch (m_engine.state()) {
    case SpeechEngine::State::Off:
    case SpeechEngine::State::Starting:
        return Starting;
    case SpeechEngine::State::Unavailable:
        return Unavailable;
    case SpeechEngine::State::Speaking:
        return Reading;
    case SpeechEngine::State::Ready:
        break;
    }
    if (!m_engine.hasVoice(m_visit->profile().voice))
        return NoVoice;
    return m_reading ? Reading : Ready;
}

bool ReadAloud::speaks(const QString &tag) const
{
    return m_engine.hasVoice(m_visit->profileOf(tag).voice);
}

int ReadAloud::volume() const
{
    return m_visit->volume();
}

int ReadAloud::say(const QString &line)
{
    // A line in another language (marked by the script) is said by that language's voice.
    QString said;
    const QString tag = SpeechText::languageOf(line, &said);
    return m_engine.say(
        said, tag.isEmpty() ? m_visit->profile().voice : m_visit->profileOf(tag).voice);
}

void ReadAloud::listen(const QStringList &lines, const QUrl &recording)
{
    if (m_stoppedByTouch) { // this press was the tap that stops
        m_stoppedByTouch = false;
        return;
    }
    if (status() == Reading) {
        stop();
        return;
    }
    m_visit->markUsed(QStringLiteral("listen"));
    // A person of her community reading the page: played instead of the voice (and where her
    // language has no voice at all).
    if (!recording.isEmpty() && status() != Off && play(recording))
        return;
    m_lines = lines;
    m_line = 0;
    Q_EMIT lineChanged();
    if (status() == Starting) {
        m_pendingListen = true; // read once the voice is ready
        return;
    }
    read(lines);
}

void ReadAloud::read(const QStringList &lines)
{
    m_stoppedByTouch = false;
    m_lines = lines;
    m_line = 0;
    Q_EMIT lineChanged();
    if (status() == Starting) {
        m_pendingListen = true;
        return;
    }
    if (status() == Off || status() == Unavailable || status() == NoVoice || m_lines.isEmpty())
        return;
    setEngaged(true);
    setReading(true);
    sayLine(0, true);
}

void ReadAloud::sayLine(int index, bool continuing)
{
    if (index < 0 || index >= m_lines.size()) {
        setReading(false);
        return;
    }
    m_line = index;
    Q_EMIT lineChanged();
    setReading(continuing);
    m_lineId = say(m_lines.at(index));
    if (m_lineId == 0 && continuing && m_engine.state() == SpeechEngine::State::Ready) {
        // No voice for this line's language: on to the next, never in another voice.
        m_lineId = -1;
        QMetaObject::invokeMethod(
            this,
            [this] {
                lineFinished(-1);
            },
            Qt::QueuedConnection);
    }
    Q_EMIT statusChanged();
}

void ReadAloud::lineFinished(int id)
{
    if (id == m_announcementId) {
        m_announcementId = 0;
    } else if (id != m_lineId) {
        return;
    } else if (m_reading) {
        ++m_line;
        Q_EMIT lineChanged();
    }
    // An announcement waits for the end of a line and comes before the next one.
    if (!m_announcements.isEmpty()) {
        const QString text = m_announcements.takeFirst();
        m_announcementId = say(text);
        return;
    }
    if (m_reading && m_line < m_lines.size())
        sayLine(m_line, true);
    else
        setReading(false);
    Q_EMIT statusChanged();
}

void ReadAloud::next()
{
    m_stoppedByTouch = false;
    if (m_lines.isEmpty())
        return;
    setEngaged(true);
    sayLine(std::min(m_line + 1, int(m_lines.size()) - 1), false);
}

void ReadAloud::previous()
{
    m_stoppedByTouch = false;
    if (m_lines.isEmpty())
        return;
    setEngaged(true);
    sayLine(std::max(m_line - 1, 0), false);
}

void ReadAloud::repeat()
{
    m_stoppedByTouch = false;
    if (m_lines.isEmpty())
        return;
    setEngaged(true);
    sayLine(std::clamp(m_line, 0, int(m_lines.size()) - 1), false);
}

void ReadAloud::louder()
{
    setVolume(volume() + VolumeStep);
    // Stopped by the press: go on from the line she was on, at the new volume.
    const bool wasReading = m_stoppedByTouch;
    m_stoppedByTouch = false;
    if (!m_lines.isEmpty())
        sayLine(std::clamp(m_line, 0, int(m_lines.size()) - 1), wasReading);
}

void ReadAloud::softer()
{
    setVolume(volume() - VolumeStep);
    const bool wasReading = m_stoppedByTouch;
    m_stoppedByTouch = false;
    if (!m_lines.isEmpty())
        sayLine(std::clamp(m_line, 0, int(m_lines.size()) - 1), wasReading);
}

bool ReadAloud::play(const QUrl &recording)
{
    if (!recording.isLocalFile() || !QFileInfo::exists(recording.toLocalFile()))
        return false;
    if (!m_player) {
        m_player = std::make_unique<QMediaPlayer>();
        m_output = std::make_unique<QAudioOutput>();
        m_player->setAudioOutput(m_output.get());
        connect(m_player.get(), &QMediaPlayer::playbackStateChanged, this, [this] {
            if (m_player->playbackState() == QMediaPlayer::StoppedState)
                setReading(false);
            Q_EMIT statusChanged();
        });
        connect(m_player.get(), &QMediaPlayer::errorOccurred, this, [this] {
            qWarning("read-aloud: the page's recording does not play: %s",
                qPrintable(m_player->errorString()));
            m_player->stop();
        });
    }
    m_engine.stop();
    // In speech mode the headphone jack ([speech] private_sink), as the voice.
    QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (m_visit->speechMode() && !m_settings.privateSink.isEmpty()) {
        for (const QAudioDevice &output : QMediaDevices::audioOutputs()) {
            if (QString::fromUtf8(output.id()) == m_settings.privateSink)
                device = output;
        }
    }
    if (m_output->device() != device)
        m_output->setDevice(device);
    m_output->setVolume(float(m_visit->volume()) / 100);
    m_player->setSource(recording);
    m_player->play();
    setEngaged(true);
    setReading(true);
    Q_EMIT statusChanged();
    return true;
}

bool ReadAloud::playing() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

void ReadAloud::stop()
{
    if (m_player)
        m_player->stop();
    m_pendingListen = false;
    m_announcements.clear();
    m_announcementId = 0;
    setReading(false);
    m_engine.stop();
    Q_EMIT statusChanged();
}

void ReadAloud::announce(const QString &shown)
{
    const QString text = SpeechText::spoken(shown, m_visit->profile().speech);
    if (!m_engaged || text.isEmpty() || m_announcements.contains(text))
        return;
    if (m_engine.state() == SpeechEngine::State::Speaking) {
        m_announcements.append(text);
        return;
    }
    m_announcementId = say(text);
    Q_EMIT statusChanged();
}

void ReadAloud::touched()
{
    const bool speaking
        = m_engine.state() == SpeechEngine::State::Speaking || m_pendingListen || playing();
    m_stoppedByTouch = speaking;
    if (speaking)
        stop();
}

void ReadAloud::resetVisit()
{
    stop();
    m_stoppedByTouch = false;
    m_lines.clear();
    m_line = 0;
    Q_EMIT lineChanged();
    setEngaged(false);
}

void ReadAloud::setReading(bool on)
{
    if (on == m_reading)
        return;
    m_reading = on;
    Q_EMIT statusChanged();
}

void ReadAloud::setEngaged(bool on)
{
    if (on == m_engaged)
        return;
    m_engaged = on;
    Q_EMIT engagedChanged();
}

void ReadAloud::setVolume(int volume)
{
    m_visit->setVolume(volume);
}
