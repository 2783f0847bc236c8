#include "kiosksettings.h"

#include <QFileInfo>
#include <QSettings>
#include <QSysInfo>

KioskSettings KioskSettings::fromIni(const QString &file, QStringList *notes)
{
    QSettings ini(file, QSettings::IniFormat);
    KioskSettings s;
    s.id = ini.value(QStringLiteral("kiosk/id"), s.id).toString().trimmed();
    s.idleSeconds
        = std::clamp(ini.value(QStringLiteral("kiosk/idle_seconds"), 90).toInt(), 10, 3600);
    s.warningSeconds = std::max(20, ini.value(QStringLiteral("kiosk/warning_seconds"), 30).toInt());
    s.attract = ini.value(QStringLiteral("kiosk/attract"), true).toBool();
    // An unquoted hash holds commas, which QSettings reads as a list.
    const QVariant hash = ini.value(QStringLiteral("staff/pin_hash"));
    s.pinHash = hash.typeId() == QMetaType::QStringList ? hash.toStringList().join(u',')
                                                        : hash.toString();
    s.allowExit = ini.value(QStringLiteral("staff/allow_exit"), false).toBool();
    const double diagonal = ini.value(QStringLiteral("display/diagonal_inches"), 0).toDouble();
    s.diagonalInches = diagonal >= 5 && diagonal <= 120 ? diagonal : 0;
    bool known = false;
    const double bottom = ini.value(QStringLiteral("display/bottom_edge_mm")).toDouble(&known);
    s.bottomEdgeMm = known && bottom >= 0 && bottom <= 3000 ? bottom : -1;
    QString problem;
    s.renderer
        = RenderChoice::parse(ini.value(QStringLiteral("display/renderer")).toString(), &problem);
    if (!problem.isEmpty() && notes)
        notes->append(QFileInfo(file).fileName() + QStringLiteral(": ") + problem);
    return s;
}

QString KioskSettings::hostId()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("lactation-kiosk") : host;
}
