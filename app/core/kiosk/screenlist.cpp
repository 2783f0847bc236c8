#include "screenlist.h"

const QList<ScreenList::Screen> &ScreenList::all()
{
    static const QList<Screen> screens {
        { QStringLiteral("home"), QStringLiteral("screens/HomeScreen.qml") },
        { QStringLiteral("learn"), QStringLiteral("screens/LearnScreen.qml") },
        { QStringLiteral("article"), QStringLiteral("screens/ArticleScreen.qml") },
        { QStringLiteral("groups"), QStringLiteral("screens/GroupsScreen.qml") },
        { QStringLiteral("help"), QStringLiteral("screens/HelpScreen.qml") },
        { QStringLiteral("room"), QStringLiteral("screens/RoomScreen.qml") },
        { QStringLiteral("visit"), QStringLiteral("screens/VisitScreen.qml") },
        { QStringLiteral("attract"), QStringLiteral("screens/AttractScreen.qml") },
        { QStringLiteral("languages"), QStringLiteral("screens/LanguagesScreen.qml") },
        { QStringLiteral("language-help"), QStringLiteral("screens/LanguageHelpScreen.qml") },
        { QStringLiteral("takeaway"), QStringLiteral("screens/TakeAwayScreen.qml"), false },
    };
    return screens;
}

QStringList ScreenList::startable()
{
    QStringList names;
    for (const Screen &s : all()) {
        if (s.startable)
            names.append(s.name);
    }
    return names;
}

QString ScreenList::file(const QString &name) const
{
    for (const Screen &s : all()) {
        if (s.name == name)
            return s.file;
    }
    return {};
}
