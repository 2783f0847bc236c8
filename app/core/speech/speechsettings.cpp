#include "speechsettings.h"

#include <QSettings>

SpeechSettings SpeechSettings::fromIni(const QString &file, QStringList *notes)
{
    QSettings ini(file, QSettings::IniFormat);
    SpeechSettings s;
    s.enabled = ini.value(QStringLiteral("speech/enabled"), true).toBool();
    if (ini.contains(QStringLiteral("speech/volume"))) {
        bool ok = false;
        const int volume = ini.value(QStringLiteral("speech/volume")).toInt(&ok);
        if (ok && volume >= 0 && volume <= 100)
            s.volume = volume;
        else if (notes)
            notes->append(
                QStringLiteral("%1: [speech] volume must be a whole number from 0 to 100, "
                               "not \"%2\"; using %3")
                    .arg(file, ini.value(QStringLiteral("speech/volume")).toString())
                    .arg(s.volume));
    }
    s.privateSink = ini.value(QStringLiteral("speech/private_sink")).toString().trimmed();
    if (ini.contains(QStringLiteral("speech/sink"))) {
        const QString old = ini.value(QStringLiteral("speech/sink")).toString().trimmed();
        if (s.privateSink.isEmpty())
            s.privateSink = old;
        if (notes)
            notes->append(QStringLiteral("%1: [speech] sink is now private_sink (speech goes there "
                                         "in speech mode, the speaker otherwise); using \"%2\"")
                              .arg(file, s.privateSink));
    }
    return s;
}
