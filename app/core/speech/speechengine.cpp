#include "speechengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextToSpeech>
#include <QThread>
#include <QVoice>

/** Lives on the speech thread and owns the QTextToSpeech there (and the private one). */
class SpeechWorker : public QObject
{
    Q_OBJECT

public:
    ~SpeechWorker() override
    {
        // The private speech-dispatcher ends with the kiosk (else 10 s after, on its own).
        if (m_privateServer && m_privateServer->state() != QProcess::NotRunning) {
            m_privateServer->terminate();
            if (!m_privateServer->waitForFinished(200)) {
                m_privateServer->kill();
                m_privateServer->waitForFinished(200);
            }
        }
    }
    void create(const QString &privateSink);
    void say(int id, const QString &text, const LanguageProfile::Voice &voice, bool privately);
    void stop();
    void setVolume(int percent);

Q_SIGNALS:
    /** @p voices: the name of every voice the engine has (espeak-ng's, without its variants). */
    void created(bool ok, const QString &engine, const QString &why, const QStringList &voices);
    /** The private output is ready (@p ok), or why not. */
    void privateCreated(bool ok, const QString &why);
    void ended(int id);
    void broke(const QString &why);

private:
    /** One connection to speech-dispatcher and the voice it was given last. */
    struct Output
    {
        QTextToSpeech *tts = nullptr;
        QString voice;
    };

    void stateChanged(QTextToSpeech::State state);
    /** Sets @p voice on @p out; false when the engine has none of that name (nothing else is used).
     */
    bool useVoice(Output &out, const LanguageProfile::Voice &voice);
    QStringList voiceNames();
    /** Starts a speech-dispatcher of the kiosk's own whose sound goes to @p sink. */
    void startPrivateServer(const QString &sink);
    /** Connects a second voice to it (its voices are listed like the speaker's). */
    void createPrivate(const QString &sink);
    QString privateSocket() const;

    Output m_speaker;
    Output m_private;
    QProcess *m_privateServer = nullptr;
    int m_current = 0;
    bool m_begun = false; ///< the current line has started: a Ready before that is a stale cancel
    bool m_wasPrivate = false; ///< where the last line went
};

void SpeechWorker::create(const QString &privateSink)
{
    QElapsedTimer took;
    took.start();
    // The private speech-dispatcher starts first: it lists its voices while the speaker's does.
    if (!privateSink.isEmpty())
        startPrivateServer(privateSink);
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
    m_speaker.tts = new QTextToSpeech(engine, this);
    QTextToSpeech *&tts = m_speaker.tts;
    if (tts->state() == QTextToSpeech::Error || tts->availableLocales().isEmpty()) {
        QString why = engine == u"speechd"
            ? QStringLiteral("speech-dispatcher did not answer (is it installed, and can it start "
                             "in this session's XDG_RUNTIME_DIR?)")
            : QStringLiteral("the %1 engine has no voices").arg(engine);
        if (!tts->errorString().isEmpty())
            why += QStringLiteral(": ") + tts->errorString();
        delete tts;
        tts = nullptr;
        Q_EMIT created(false, engine, why, {});
        return;
    }
    connect(tts, &QTextToSpeech::stateChanged, this, &SpeechWorker::stateChanged);
    const QStringList voices = voiceNames();
    // The private voice before the engine says it is ready: made later, it would hold up the
    // first line said (this thread is busy while Qt lists its voices).
    if (!privateSink.isEmpty())
        createPrivate(privateSink);
    qInfo("speech: the %s engine is ready after %lld ms with %lld voices", qPrintable(engine),
        took.elapsed(), qlonglong(voices.size()));
    Q_EMIT created(true, engine, {}, voices);
}

QStringList SpeechWorker::voiceNames()
{
    // Qt lists voices by locale; espeak-ng's variants ("Arabic+Annie") are the same language.
    QTextToSpeech *tts = m_speaker.tts;
    QStringList names;
    const QLocale was = tts->locale();
    for (const QLocale &locale : tts->availableLocales()) {
        tts->setLocale(locale);
        for (const QVoice &voice : tts->availableVoices()) {
            if (!voice.name().contains(u'+'))
                names.append(voice.name());
        }
    }
    tts->setLocale(was);
    m_speaker.voice.clear();
    names.removeDuplicates();
    return names;
}

QString SpeechWorker::privateSocket() const
{
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
        + QStringLiteral("/lactation-kiosk/private-speech.sock");
}

void SpeechWorker::startPrivateServer(const QString &sink)
{
    const QString socket = privateSocket();
    QDir().mkpath(QFileInfo(socket).path());
    m_privateServer = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PULSE_SINK"), sink); // espeak-ng's sound, through libpulse
    m_privateServer->setProcessEnvironment(env);
    m_privateServer->setStandardOutputFile(QProcess::nullDevice());
    m_privateServer->setStandardErrorFile(QProcess::nullDevice());
    // Its own socket and pid file beside the session's speech-dispatcher; it ends 10 s after the
    // kiosk's connection does, should the kiosk end without stopping it.
    m_privateServer->start(QStringLiteral("speech-dispatcher"),
        { QStringLiteral("--run-single"), QStringLiteral("--timeout"), QStringLiteral("10"),
            QStringLiteral("--log-level"), QStringLiteral("1"),
            QStringLiteral("--communication-method"), QStringLiteral("unix_socket"),
            QStringLiteral("--socket-path"), socket, QStringLiteral("--pid-file"),
            QFileInfo(socket).path() + QStringLiteral("/private-speech.pid") });
}

void SpeechWorker::createPrivate(const QString &sink)
{
    const QString socket = privateSocket();
    QElapsedTimer took;
    took.start();
    // A server left by a kiosk that crashed serves the socket as well as a new one.
    while (!QFile::exists(socket) && took.elapsed() < 10000
        && (m_privateServer->state() != QProcess::NotRunning || took.elapsed() < 500))
        QThread::msleep(20);
    if (!QFile::exists(socket)) {
        Q_EMIT privateCreated(false,
            QStringLiteral("speech-dispatcher for the private output did not start (%1)")
                .arg(m_privateServer->errorString()));
        return;
    }
    // Qt's speechd engine takes its server from libspeechd's SPEECHD_ADDRESS.
    const QByteArray was = qgetenv("SPEECHD_ADDRESS");
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + QFile::encodeName(socket));
    m_private.tts = new QTextToSpeech(m_speaker.tts->engine(), this);
    if (was.isEmpty())
        qunsetenv("SPEECHD_ADDRESS");
    else
        qputenv("SPEECHD_ADDRESS", was);
    if (m_private.tts->state() == QTextToSpeech::Error
        || m_private.tts->availableLocales().isEmpty()) {
        delete m_private.tts;
        m_private.tts = nullptr;
        Q_EMIT privateCreated(false,
            QStringLiteral("the private speech-dispatcher at %1 did not answer").arg(socket));
        return;
    }
    connect(m_private.tts, &QTextToSpeech::stateChanged, this, &SpeechWorker::stateChanged);
    qInfo("speech: the private output (sink %s) is ready after %lld ms", qPrintable(sink),
        took.elapsed());
    Q_EMIT privateCreated(true, {});
}

bool SpeechWorker::useVoice(Output &out, const LanguageProfile::Voice &voice)
{
    if (voice.name == out.voice)
        return true;
    out.tts->setLocale(voice.locale);
    const QList<QVoice> voices = out.tts->availableVoices();
    for (const QVoice &available : voices) {
        if (available.name() == voice.name) {
            out.tts->setVoice(available);
            out.voice = voice.name;
            return true;
        }
    }
    // Another language's voice would read her text as nonsense: better none.
    qWarning("speech: no voice \"%s\" for %s; not saying the line", qPrintable(voice.name),
        qPrintable(voice.locale.name()));
    out.voice.clear();
    return false;
}

void SpeechWorker::say(
    int id, const QString &text, const LanguageProfile::Voice &voice, bool privately)
{
    Output &out = privately && m_private.tts ? m_private : m_speaker;
    if (!out.tts)
        return;
    const bool isPrivate = &out == &m_private;
    if (m_current != 0 || isPrivate != m_wasPrivate)
        stop(); // never two voices at once, nor the last line still on the other output
    m_wasPrivate = isPrivate;
    if (!useVoice(out, voice)) {
        m_current = 0;
        Q_EMIT ended(id);
        return;
    }
    m_current = id;
    m_begun = false;
    out.tts->say(text);
}

void SpeechWorker::stop()
{
    m_current = 0;
    for (Output *out : { &m_speaker, &m_private }) {
        if (out->tts)
            out->tts->stop();
    }
}

void SpeechWorker::setVolume(int percent)
{
    for (Output *out : { &m_speaker, &m_private }) {
        if (out->tts)
            out->tts->setVolume(percent / 100.0);
    }
}

void SpeechWorker::stateChanged(QTextToSpeech::State state)
{
    // Qt's speechd engine tells every connection of the process what happened on any one (it
    // cannot tell them apart), and only one line is ever said at a time: either will do.
    if (state == QTextToSpeech::Error) {
        m_current = 0;
        auto *tts = qobject_cast<QTextToSpeech *>(sender());
        const QString why = tts ? tts->errorString() : QString();
        Q_EMIT broke(why.isEmpty() ? QStringLiteral("the speech engine failed") : why);
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

void SpeechEngine::start(const QString &privateSink)
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
    connect(m_worker, &SpeechWorker::privateCreated, this, [this](bool ok, const QString &why) {
        m_privateReady = ok;
        if (!ok)
            qWarning(
                "speech: no private listening; speech mode uses the speaker: %s", qPrintable(why));
        Q_EMIT privateOutputChanged();
    });
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, privateSink, volume = m_volume] {
        worker->create(privateSink);
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

void SpeechEngine::created(
    bool ok, const QString &engine, const QString &why, const QStringList &voices)
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
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id = m_current, text, voice, privately = m_private] {
            worker->say(id, text, voice, privately);
        });
    m_watchdog.start(expectedMs(text) + m_slackMs);
    setState(State::Speaking);
    Q_EMIT lineSent(m_current, text);
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
