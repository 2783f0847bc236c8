#pragma once

#include "renderchoice.h"

#include <QString>
#include <QStringList>

/** The kiosk's own settings from the INI: [kiosk], [staff] and [display]. */
struct KioskSettings
{
    QString id = hostId(); ///< [kiosk] id: this kiosk's name for IT (fleet status, MQTT client ids)
    int idleSeconds = 90;
    int warningSeconds = 30;
    bool attract = true; ///< play the pack's slides when nobody is using the kiosk
    QString pinHash; ///< Argon2id (lactation-kiosk --set-pin)
    bool allowExit = false; ///< the staff panel may quit the kiosk
    /** [display] diagonal_inches: the panel's size; 0: not set (the screen's reported size). */
    double diagonalInches = 0;
    /** [display] bottom_edge_mm: how high the panel's bottom edge is; below 0: not known. */
    double bottomEdgeMm = -1;
    /** [display] renderer: OpenGL, Qt Quick's software renderer, or chosen by the machine. */
    RenderChoice::Setting renderer = RenderChoice::Setting::Auto;

    /** A value it cannot use is noted in @p notes (a sentence each) and left at its default. */
    static KioskSettings fromIni(const QString &file, QStringList *notes = nullptr);
    /** The host name (what `id` is when the INI does not say). */
    static QString hostId();
};
