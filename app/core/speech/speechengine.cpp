#include "speechengine.h"

#include <QElapsedTimer>
#include <QTextToSpeech>
#include <QVoice>

/** Lives on the speech thread and owns the QTextToSpeech there. */
class SpeechWorker : public QObject
{
    Q_OBJECT

public:
    void create(const QString &sink);
    void say(int id, const QString &text, const LanguageProfile::Voice &voice);
    void stop();
    void setVolume(int percent);

Q_SIGNALS:
    /** @p voices: the name of every voice the engine has (espeak-ng's, without its variants). */
    void created(bool ok, const QString &engine, const QString &why, const QStringList &voices);
    void ended(int id);
    void broke(const QString &why);

private:
    void stateChanged(QTextToSpeech::State state);
    /** Sets @p voice; false when the engine has none of that name (nothing else is used). */
    bool useVoice(const LanguageProfile::Voice &voice);
    QStringList voiceNames();

    QTextToSpeech *m_tts = nullptr;
    QString m_voice; ///< the name of the voice set last
    int m_current = 0;
    bool m_begun = false; ///< the current line has started: a Ready before that is a stale cancel
};

void SpeechWorker::create(const QString &sink)
{
    QElapsedTimer took;
    took.start();
    // speech-dispatcher and its espeak-ng module inherit this when libspeechd starts them.
    if (!sink.isEmpty())
        qputenv("PULSE_SINK", sink.toLocal8Bit());
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        Q_EMIT created(false, {},
            QStringLiteral("no Qt TextToSpeech engine is installed (the package "
                           "qt6-speech-speechd-plugin)"),
            {});
        return;
    }
    const QString engine
        = engines.contains(QStringLiteral("speechd")) ? QStringLiteral("speechd") : engines.first();
    m_tts = new QTextToSpeech(engine, this);
    if (m_tts->state() == QTextToSpeech::Error || m_tts->availableLocales().isEmpty()) {
        QString why = engine == u"speechd"
            ? QStringLiteral("speech-dispatcher did not answer (is it installed, and can it start "
                             "in this session's XDG_RUNTIME_DIR?)")
            : QStringLiteral("the %1 engine has no voices").arg(engine);
        if (!m_tts->errorString().isEmpty())
            why += QStringLiteral(": ") + m_tts->errorString();
        delete m_tts;
        m_tts = nullptr;
        Q_EMIT created(false, engine, why, {});
        return;
    }
    connect(m_tts, &QTextToSpeech::stateChanged, this, &SpeechWorker::stateChanged);
    const QStringList voices = voiceNames();
    qInfo("speech: the %s engine is ready after %lld ms with %lld voices%s", qPrintable(engine),
        took.elapsed(), qlonglong(voices.size()),
        sink.isEmpty() ? "" : qPrintable(QStringLiteral(", speaking to the sink %1").arg(sink)));
    Q_EMIT created(true, engine, {}, voices);
}

QStringList SpeechWorker::voiceNames()
{
    // Qt lists voices by locale; espeak-ng's variants ("Arabic+Annie") are the same language.
    QStringList names;
    const QLocale was = m_tts->locale();
    for (const QLocale &locale : m_tts->availableLocales()) {
        m_tts->setLocale(locale);
        for (const QVoice &voice : m_tts->availableVoices()) {
            if (!voice.name().contains(u'+'))
                names.append(voice.name());
        }
    }
    m_tts->setLocale(was);
    m_voice.clear();
    names.removeDuplicates();
    return names;
}

bool SpeechWorker::useVoice(const LanguageProfile::Voice &voice)
{
    if (voice.name == m_voice)
        return true;
    m_tts->setLocale(voice.locale);
    const QList<QVoice> voices = m_tts->availableVoices();
    for (const QVoice &available : voices) {
        if (available.name() == voice.name) {
            m_tts->setVoice(available);
            m_voice = voice.name;
            return true;
        }
    }
    // Another language's voice would read her text as nonsense: better none.
    qWarning("speech: no voice \"%s\" for %s; not saying the line", qPrintable(voice.name),
        qPrintable(voice.locale.name()));
    m_voice.clear();
    return false;
}

void SpeechWorker::say(int id, const QString &text, const LanguageProfile::Voice &voice)
{
    if (!m_tts)
        return;
    if (m_current != 0)
        m_tts->stop();
    if (!useVoice(voice)) {
        m_current = 0;
        Q_EMIT ended(id);
        return;
    }
    m_current = id;
    m_begun = false;
    m_tts->say(text);
}

void SpeechWorker::stop()
{
    m_current = 0;
    if (m_tts)
        m_tts->stop();
}

void SpeechWorker::setVolume(int percent)
{
    if (m_tts)
        m_tts->setVolume(percent / 100.0);
}

void SpeechWorker::stateChanged(QTextToSpeech::State state)
{
    if (state == QTextToSpeech::Error) {
        m_current = 0;
        Q_EMIT broke(m_tts->errorString().isEmpty() ? QStringLiteral("the speech engine failed")
                                                    : m_tts->errorString());
        return;
    }
    if (state == QTextToSpeech::Speaking) {
        m_begun = true;
        return;
    }
    if (state == QTextToSpeech::Ready && m_begun && m_current != 0) {
        const int id = m_current;
        m_current = 0;
        Q_EMIT ended(id);
    }
}

namespace {
constexpr int ShutdownWaitMs = 500;
}

SpeechEngine::SpeechEngine(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("speech"));
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &SpeechEngine::watchdogFired);
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(20000);
    connect(&m_startTimeout, &QTimer::timeout, this, &SpeechEngine::startTimedOut);
}

SpeechEngine::~SpeechEngine()
{
    if (!m_thread->isRunning())
        return;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop);
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(ShutdownWaitMs)))
        return;
    // Inside libspeechd (speech-dispatcher slow or hung): a stop must not wait for it. The thread
    // and its worker end with the process.
    qWarning("speech: the speech thread is still busy in speech-dispatcher; not waiting for it");
    Q_UNUSED(m_thread.release());
}

void SpeechEngine::start(const QString &sink)
{
    if (m_state != State::Off)
        return;
    m_worker = new SpeechWorker;
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::created, this, &SpeechEngine::created);
    connect(m_worker, &SpeechWorker::ended, this, &SpeechEngine::ended);
    connect(m_worker, &SpeechWorker::broke, this, [this](const QString &why) {
        m_current = 0;
        m_watchdog.stop();
        m_problem = why;
        qWarning("speech: read-aloud stopped working: %s", qPrintable(why));
        setState(State::Unavailable);
    });
    setState(State::Starting);
    m_startTimeout.start();
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, sink, volume = m_volume] {
        worker->create(sink);
        worker->setVolume(volume);
    });
}

void SpeechEngine::startTimedOut()
{
    if (m_state != State::Starting)
        return;
    m_problem = QStringLiteral("speech-dispatcher did not answer within %1 s")
                    .arg(m_startTimeout.interval() / 1000.0);
    qWarning("speech: read-aloud is not available: %s", qPrintable(m_problem));
    setState(State::Unavailable);
}

void SpeechEngine::created(bool ok, const QString &engine, const QString &why, const QStringList &voices)
{
    m_startTimeout.stop();
    m_engineName = engine;
    m_voices = QSet<QString>(voices.cbegin(), voices.cend());
    if (ok && m_state == State::Unavailable)
        qInfo("speech: speech-dispatcher answered late; read-aloud is available after all");
    if (ok)
        m_problem.clear();
    if (!ok) {
        m_problem = why;
        qWarning("speech: read-aloud is not available: %s", qPrintable(why));
        setState(State::Unavailable);
        return;
    }
    setState(State::Ready);
}

bool SpeechEngine::hasVoice(const LanguageProfile::Voice &voice) const
{
    return !voice.isNull() && m_voices.contains(voice.name);
}

int SpeechEngine::say(const QString &text, const LanguageProfile::Voice &voice)
{
    if ((m_state != State::Ready && m_state != State::Speaking) || !hasVoice(voice))
        return 0;
    m_current = ++m_serial;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id = m_current, text, voice] {
        worker->say(id, text, voice);
    });
    m_watchdog.start(expectedMs(text) + m_slackMs);
    setState(State::Speaking);
    return m_current;
}

void SpeechEngine::stop()
{
    if (m_state != State::Speaking)
        return;
    m_current = 0;
    m_watchdog.stop();
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop);
    setState(State::Ready);
}

void SpeechEngine::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, v = m_volume] {
            worker->setVolume(v);
        });
}

void SpeechEngine::ended(int id)
{
    if (id != m_current)
        return;
    m_current = 0;
    m_watchdog.stop();
    setState(State::Ready);
    Q_EMIT finished(id);
}

void SpeechEngine::watchdogFired()
{
    const int id = m_current;
    if (id == 0)
        return;
    qWarning("speech: a line was still being said %.1f s after it should have ended; stopped it",
        m_slackMs / 1000.0);
    stop();
    Q_EMIT stuck(id);
}

void SpeechEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

int SpeechEngine::expectedMs(const QString &text)
{
    // espeak-ng's default 170 words a minute is about 15 characters a second; a pause at each
    // stop and comma, and half a second to begin.
    qsizetype pauses = 0;
    for (const QChar c : text)
        pauses += c == u'.' || c == u',' || c == u':' || c == u';' ? 1 : 0;
    return int(500 + text.size() * 1000 / 12 + pauses * 300);
}

#include "speechengine.moc"
