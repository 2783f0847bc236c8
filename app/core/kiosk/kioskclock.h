#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

/** The time the screens go by, ticking each minute; tests and screenshots can fix it. */
class KioskClock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)

public:
    explicit KioskClock(QObject *parent = nullptr);

    QDateTime now() const { return current(); }
    /** The time now, or the fixed one. */
    static QDateTime current();

    /** Every clock from now on shows @p at (invalid: the real time again). */
    static void fix(const QDateTime &at);

Q_SIGNALS:
    void nowChanged();

private:
    QTimer m_tick;
    qint64 m_lastMinute = 0;
};
