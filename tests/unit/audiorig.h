#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QVector>
#include <cmath>

/**
 * A real audio path without a sound card: this test's own PulseAudio with a null sink "kiosk"
 * (and "handset"), a silent stream playing into it so its monitor delivers sound as it comes (not
 * in 2-second lumps), its own speech-dispatcher, all in a private XDG_RUNTIME_DIR that this
 * process uses too; and a recorder of the sink's monitor that knows when each sample arrived.
 * Every process it starts is ended by its id.
 */
class AudioRig
{
public:
    static constexpr int Rate = 22050; // espeak-ng's own rate

    AudioRig()
    {
        QFile::setPermissions(
            m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_dir.path().toLocal8Bit());
        qputenv("HOME", m_dir.path().toLocal8Bit());
        qunsetenv("PULSE_SERVER");
        qunsetenv("SPEECHD_ADDRESS");
        m_pulse.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_pulse.start(QStringLiteral("pulseaudio"),
            { QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
                QStringLiteral("--log-level=error"), QStringLiteral("-L"),
                QStringLiteral("module-native-protocol-unix"), QStringLiteral("-L"),
                QStringLiteral("module-null-sink sink_name=kiosk rate=%1").arg(Rate),
                QStringLiteral("-L"), QStringLiteral("module-null-sink sink_name=handset") });
        for (int i = 0; i < 100 && !ready(); ++i)
            QTest::qWait(50);
        // A silent stream, so the monitor runs all the time.
        m_silence.setStandardInputFile(QStringLiteral("/dev/zero"));
        m_silence.start(QStringLiteral("pacat"),
            { QStringLiteral("--playback"), QStringLiteral("--device=kiosk"),
                QStringLiteral("--format=s16le"), QStringLiteral("--channels=1"),
                QStringLiteral("--rate=%1").arg(Rate), QStringLiteral("--latency-msec=20") });
        m_handsetSilence.setStandardInputFile(QStringLiteral("/dev/zero"));
        m_handsetSilence.start(QStringLiteral("pacat"),
            { QStringLiteral("--playback"), QStringLiteral("--device=handset"),
                QStringLiteral("--format=s16le"), QStringLiteral("--channels=1"),
                QStringLiteral("--rate=%1").arg(Rate), QStringLiteral("--latency-msec=20") });
        m_speechd.start(QStringLiteral("speech-dispatcher"),
            { QStringLiteral("-s"), QStringLiteral("-t"), QStringLiteral("0"), QStringLiteral("-l"),
                QStringLiteral("1") });
        const QString socket = m_dir.filePath(QStringLiteral("speech-dispatcher/speechd.sock"));
        for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
            QTest::qWait(50);
    }

    ~AudioRig()
    {
        stopRecording();
        for (QProcess *p : { &m_speechd, &m_silence, &m_handsetSilence, &m_pulse }) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(3000)) {
                    p->kill();
                    p->waitForFinished(3000);
                }
            }
        }
    }

    /** Whether the PulseAudio server answers. */
    bool ready() const
    {
        QProcess pactl;
        pactl.setStandardOutputFile(QProcess::nullDevice());
        pactl.setStandardErrorFile(QProcess::nullDevice());
        pactl.start(QStringLiteral("pactl"), { QStringLiteral("info") });
        return pactl.waitForFinished(5000) && pactl.exitStatus() == QProcess::NormalExit
            && pactl.exitCode() == 0;
    }
    bool speechDispatcherRunning() const { return m_speechd.state() == QProcess::Running; }

    /** Records the monitor of @p sink from now on; the clock starts with the recorder. */
    void record(const QString &sink = QStringLiteral("kiosk"))
    {
        stopRecording();
        m_samples.clear();
        m_clock.start();
        m_rec.start(QStringLiteral("parec"),
            { QStringLiteral("--device=%1.monitor").arg(sink), QStringLiteral("--format=s16le"),
                QStringLiteral("--channels=1"), QStringLiteral("--rate=%1").arg(Rate),
                QStringLiteral("--latency-msec=10") });
        QObject::connect(&m_rec, &QProcess::readyReadStandardOutput, &m_rec, [this] {
            const QByteArray data = m_pending + m_rec.readAllStandardOutput();
            const qsizetype whole = data.size() / 2 * 2;
            m_pending = data.mid(whole);
            const auto *s = reinterpret_cast<const qint16 *>(data.constData());
            const qint64 arrived = m_clock.elapsed();
            for (qsizetype i = 0; i < whole / 2; ++i)
                m_samples.append(s[i]);
            // Samples are timed from the newest one's arrival backwards.
            m_lastArrivalMs = arrived;
        });
        for (int i = 0; i < 100 && m_samples.size() < Rate / 10; ++i)
            QTest::qWait(20);
    }
    void stopRecording()
    {
        if (m_rec.state() != QProcess::NotRunning) {
            m_rec.kill();
            m_rec.waitForFinished(3000);
        }
        QObject::disconnect(&m_rec, nullptr, nullptr, nullptr);
    }

    /** The recorder's clock, in ms. */
    qint64 now() const { return m_clock.elapsed(); }
    qsizetype indexAt(double ms) const
    {
        const double i = m_samples.size() - (m_lastArrivalMs - ms) * Rate / 1000.0;
        return std::clamp<qsizetype>(qsizetype(i), 0, m_samples.size());
    }

    /** The root mean square of 10 ms windows from @p fromMs on, as fractions of full scale. */
    QVector<double> envelope(double fromMs, double toMs = 1e12) const
    {
        const qsizetype from = indexAt(fromMs);
        return windowsRms(m_samples.constData() + from, indexAt(toMs) - from);
    }

    /** When sound (a 10 ms window over @p threshold) first comes after @p fromMs; -1: none. */
    double soundAfter(double fromMs, double threshold = 0.01) const
    {
        const QVector<double> e = envelope(fromMs);
        for (qsizetype i = 0; i < e.size(); ++i)
            if (e[i] > threshold)
                return fromMs + i * 10.0;
        return -1;
    }
    /**
     * When the sound after @p fromMs ends for good: the start of the first quiet stretch that
     * lasts to the recording's end (at least @p quietMs of it); -1: not quiet yet.
     */
    double silenceAfter(double fromMs, double threshold = 0.005, double quietMs = 500) const
    {
        const QVector<double> e = envelope(fromMs);
        qsizetype last = -1;
        for (qsizetype i = 0; i < e.size(); ++i)
            if (e[i] > threshold)
                last = i;
        const double quietFrom = fromMs + (last + 1) * 10.0;
        return (e.size() - last - 1) * 10.0 >= quietMs ? quietFrom : -1;
    }
    /** The loudness (RMS) of what was recorded between two times, over the windows with sound. */
    double level(double fromMs, double toMs) const
    {
        double sum = 0;
        int n = 0;
        for (double v : envelope(fromMs, toMs))
            if (v > 0.005) {
                sum += v * v;
                ++n;
            }
        return n ? std::sqrt(sum / n) : 0;
    }

    /** espeak-ng's own rendering of @p text with @p voice at 170 words a minute, as an envelope. */
    static QVector<double> espeakEnvelope(const QString &text, const QString &voice)
    {
        QProcess p;
        p.start(QStringLiteral("espeak-ng"),
            { QStringLiteral("-v"), voice, QStringLiteral("-s"), QStringLiteral("170"),
                QStringLiteral("--stdout"), text });
        p.waitForFinished(20000);
        const QByteArray wav = p.readAllStandardOutput().mid(44);
        const auto *s = reinterpret_cast<const qint16 *>(wav.constData());
        return windowsRms(s, wav.size() / 2);
    }

    /** An audio file as GStreamer decodes it (the kiosk's player does the same), as an envelope. */
    static QVector<double> fileEnvelope(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("gst-launch-1.0"),
            { QStringLiteral("-q"), QStringLiteral("filesrc"), QStringLiteral("location=") + path,
                QStringLiteral("!"), QStringLiteral("decodebin"), QStringLiteral("!"),
                QStringLiteral("audioconvert"), QStringLiteral("!"),
                QStringLiteral("audioresample"), QStringLiteral("!"),
                QStringLiteral("audio/x-raw,format=S16LE,channels=1,rate=%1").arg(Rate),
                QStringLiteral("!"), QStringLiteral("fdsink"), QStringLiteral("fd=1") });
        p.waitForFinished(20000);
        const QByteArray raw = p.readAllStandardOutput();
        return windowsRms(reinterpret_cast<const qint16 *>(raw.constData()), raw.size() / 2);
    }

    /**
     * The best normalised cross-correlation of two envelopes over shifts of up to a second
     * (their loudness does not matter, their rhythm does).
     */
    static double correlation(QVector<double> a, QVector<double> b)
    {
        const auto normalise = [](QVector<double> &v) {
            double mean = 0;
            for (double x : v)
                mean += x;
            mean /= std::max<qsizetype>(1, v.size());
            double norm = 0;
            for (double &x : v) {
                x -= mean;
                norm += x * x;
            }
            norm = std::sqrt(norm);
            for (double &x : v)
                x = norm > 0 ? x / norm : 0;
        };
        normalise(a);
        normalise(b);
        double best = -1;
        for (int shift = -100; shift <= 100; ++shift) {
            double sum = 0;
            for (qsizetype i = 0; i < a.size(); ++i) {
                const qsizetype j = i + shift;
                if (j >= 0 && j < b.size())
                    sum += a[i] * b[j];
            }
            best = std::max(best, sum);
        }
        return best;
    }

private:
    /** The root mean square of each whole 10 ms window of @p n samples, as fractions of full scale.
     */
    static QVector<double> windowsRms(const qint16 *s, qsizetype n)
    {
        QVector<double> out;
        const qsizetype window = Rate / 100;
        for (qsizetype i = 0; i + window <= n; i += window) {
            double sum = 0;
            for (qsizetype j = i; j < i + window; ++j)
                sum += double(s[j]) * s[j];
            out.append(std::sqrt(sum / window) / 32768.0);
        }
        return out;
    }

    QTemporaryDir m_dir;
    QProcess m_pulse;
    QProcess m_silence;
    QProcess m_handsetSilence;
    QProcess m_speechd;
    QProcess m_rec;
    QByteArray m_pending;
    QVector<qint16> m_samples;
    QElapsedTimer m_clock;
    qint64 m_lastArrivalMs = 0;
};
