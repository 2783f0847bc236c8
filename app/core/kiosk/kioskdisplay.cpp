#include "kioskdisplay.h"

#include <QtMath>

KioskDisplay::KioskDisplay(double diagonalInches, QObject *parent)
    : QObject(parent)
    , m_diagonalInches(diagonalInches > 0 ? diagonalInches : DefaultDiagonalInches)
{
}

double KioskDisplay::pixelsPerMm(const QSizeF &size) const
{
    const double diagonalPixels = std::hypot(size.width(), size.height());
    return diagonalPixels / (m_diagonalInches * 25.4);
}

int KioskDisplay::pixels(double mm, const QSizeF &size, int floorPixels) const
{
    return std::max(floorPixels, int(std::ceil(mm * pixelsPerMm(size))));
}
