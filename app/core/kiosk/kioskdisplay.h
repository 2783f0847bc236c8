#pragma once

#include "maininstance.h"

#include <QObject>
#include <QQmlEngine>
#include <QSizeF>

/**
 * The physical screen the kiosk draws on, so sizes that must hold on the real panel (a QR code a
 * phone reads from arm's length) are given in millimetres: [display] diagonal_inches, else 21.5.
 */
class KioskDisplay : public QObject, public MainInstance<KioskDisplay>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(double diagonalInches READ diagonalInches CONSTANT)

public:
    static constexpr double DefaultDiagonalInches = 21.5;

    /** Not default-constructible, so QML gets the instance KioskApp made. */
    explicit KioskDisplay(double diagonalInches, QObject *parent = nullptr);

    double diagonalInches() const { return m_diagonalInches; }
    /**
     * How many whole pixels @p mm take, at least @p floorPixels, on a panel of @p diagonalInches
     * that a window of @p size fills.
     */
    static int pixels(double diagonalInches, double mm, const QSizeF &size, int floorPixels);

private:
    double m_diagonalInches;
};
