#include "kioskdisplay.h"

#include <QtMath>

KioskDisplay::KioskDisplay(double diagonalInches, QObject *parent)
    : QObject(parent)
    , m_diagonalInches(diagonalInches > 0 ? diagonalInches : DefaultDiagonalInches)
{
}

int KioskDisplay::pixels(double diagonalInches, double mm, const QSizeF &size, int floorPixels)
{
    const double perMm = std::hypot(size.width(), size.height()) / (diagonalInches * 25.4);
    return std::max(floorPixels, int(std::ceil(mm * perMm)));
}
