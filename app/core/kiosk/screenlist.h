#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

/**
 * The kiosk's screens, named once: the names `--screen`, the read-aloud and the visit use, and
 * the QML file (under Lactation/Ui) that draws each. Home is built in with the window and the
 * attract loop is an overlay; a take-away sheet opens as `takeaway:<item id>`.
 */
class ScreenList : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    struct Screen
    {
        QString name;
        QString file; ///< relative to Main.qml
        bool startable = true; ///< `--screen` may name it on its own
    };

    static const QList<Screen> &all();
    /** The screens `--screen` accepts. */
    static QStringList startable();
    /** The QML file of @p name, relative to Main.qml; empty for an unknown screen. */
    Q_INVOKABLE QString file(const QString &name) const;
};
