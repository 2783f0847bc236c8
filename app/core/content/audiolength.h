#pragma once

#include <QString>

/**
 * How long the audio file at @p path plays, in ms, as GStreamer (the kiosk's player) decodes it;
 * -1 with the reason in @p why when it does not decode (not audio, a missing decoder, broken).
 */
qint64 audioLengthMs(const QString &path, QString *why);
