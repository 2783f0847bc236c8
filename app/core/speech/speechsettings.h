#pragma once

#include <QString>
#include <QStringList>

/** The INI's [speech]: whether the kiosk reads aloud, how loud each visit starts, and where the
 * private listening goes. */
struct SpeechSettings
{
    bool enabled = true; ///< [speech] enabled: offer read-aloud at all
    /** [speech] volume, 0–100: where every visit starts (Section 508 §402.3.2). */
    int volume = 70;
    /**
     * [speech] private_sink: the PulseAudio output of the headphone jack or handset. In speech
     * mode (a visitor working the kiosk by keypad) speech goes there and not to the speaker
     * (ADA 2010 §707.5, private listening); empty: speech mode uses the speaker too.
     */
    QString privateSink;

    /** Reads [speech] from @p file; a refused value keeps its default, with a sentence in @p notes.
     */
    static SpeechSettings fromIni(const QString &file, QStringList *notes);
};
