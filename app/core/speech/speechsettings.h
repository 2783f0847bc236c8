#pragma once

#include <QString>
#include <QStringList>

/** The INI's [speech]: whether the kiosk reads aloud, how loud each visit starts, and where to. */
struct SpeechSettings
{
    bool enabled = true; ///< [speech] enabled: offer read-aloud at all
    /** [speech] volume, 0–100: where every visit starts (Section 508 §402.3.2). */
    int volume = 70;
    /**
     * [speech] sink: the PulseAudio output speech goes to (a headphone jack, a handset) for
     * private listening (§402.2.3); empty: the default output.
     */
    QString sink;

    /** Reads [speech] from @p file; a refused value keeps its default, with a sentence in @p notes. */
    static SpeechSettings fromIni(const QString &file, QStringList *notes);
};
