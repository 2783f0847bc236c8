#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

/**
 * ReadingScript for QML: the lines the read-aloud says for a screen, from the kiosk's own store,
 * rooms and clock. `ReadAloud.listen(ScreenScript.lines("home"))`.
 */
class ScreenScript : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /** The lines of @p screen (home, room, groups, …) in the visitor's language, now. */
    Q_INVOKABLE QStringList lines(const QString &screen) const;
    /** A person's recording of the page on @p screen ("article:<id>"), or an empty URL. */
    Q_INVOKABLE QUrl recording(const QString &screen) const;
};
