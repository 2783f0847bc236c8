#include "reachsettings.h"

#include <QSettings>

ReachSettings ReachSettings::fromIni(const QString &file, QStringList *problems)
{
    QSettings ini(file, QSettings::IniFormat);
    ReachSettings s;
    ini.beginGroup(QStringLiteral("reach"));
    const QString enabled = ini.value(QStringLiteral("enabled"), QStringLiteral("true")).toString();
    if (enabled == u"false" || enabled == u"0" || enabled == u"no")
        s.enabled = false;
    else if (enabled != u"true" && enabled != u"1" && enabled != u"yes")
        problems->append(QStringLiteral("%1: [reach] enabled = %2: not true or false; counting "
                                        "stays on")
                             .arg(file, enabled));
    if (ini.contains(QStringLiteral("keep_days"))) {
        bool whole = false;
        const int days = ini.value(QStringLiteral("keep_days")).toString().toInt(&whole);
        if (whole && days >= 1)
            s.keepDays = days;
        else
            problems->append(QStringLiteral("%1: [reach] keep_days = %2: not a number of days "
                                            "from 1; %3 days are kept")
                                 .arg(file, ini.value(QStringLiteral("keep_days")).toString())
                                 .arg(s.keepDays));
    }
    return s;
}
