#pragma once

#include <QString>

/** The kiosk's own settings from the INI: [kiosk], [staff] and [display]. */
struct KioskSettings
{
    QString id = hostId(); ///< [kiosk] id: this kiosk's name for IT (fleet status, MQTT client ids)
    int idleSeconds = 90;
    int warningSeconds = 30;
    bool attract = true; ///< play the pack's slides when nobody is using the kiosk
    QString pinHash; ///< Argon2id (lactation-kiosk --set-pin)
    bool allowExit = false; ///< the staff panel may quit the kiosk
    double diagonalInches = 21.5; ///< [display] diagonal_inches: the panel's size

    static KioskSettings fromIni(const QString &file);
    /** The host name (what `id` is when the INI does not say). */
    static QString hostId();
};
