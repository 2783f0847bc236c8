#pragma once

#include "contentloader.h"
#include "kioskapp.h"

/**
 * The kiosk the UI tests and the Qt Quick tests run: the built-in pack, the staff PIN 2468, and
 * the clock fixed at Tuesday 1 December 2026, 09:30 in Chicago (a group meets at 10:00 today).
 * @p stateDir is where the room board and the staff console keep things (empty: nowhere, so the
 * rooms run on the staff source in memory and start in the pack's states).
 */
inline KioskSetup testKioskSetup(const QString &stateDir = {})
{
    KioskSetup setup;
    const auto result = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK));
    if (!result.ok())
        qFatal("the built-in pack does not load");
    setup.content = result.content;
    setup.stateDir = stateDir;
    setup.kiosk.diagonalInches = KioskDisplay::DefaultDiagonalInches; // not whatever Xvfb reports
    QString why;
    setup.kiosk.pinHash = StaffAccess::hashPin(QStringLiteral("2468"), &why);
    setup.now = QDateTime::fromString(QStringLiteral("2026-12-01T09:30:00-06:00"), Qt::ISODate);
    return setup;
}
