#pragma once

#include <QString>
#include <QStringList>

/** [reach] of the INI: whether the kiosk counts what it reached, and how long it keeps days. */
struct ReachSettings
{
    bool enabled = true; ///< false: nothing counted, written or published
    int keepDays = 400; ///< closed days older than this are deleted from the state folder
    /** How many closed days the retained reach document on the broker holds. */
    static constexpr int PublishedDays = 35;

    /** Reads [reach] of @p file; @p problems names what was refused (and what is kept instead). */
    static ReachSettings fromIni(const QString &file, QStringList *problems);
};
