#include "kioskdisplay.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QScreen>
#include <QtMath>

KioskDisplay::KioskDisplay(double diagonalInches, double bottomEdgeMm, QObject *parent)
    : QObject(parent)
    , m_diagonalInches(diagonalInches > 0 ? diagonalInches : DefaultDiagonalInches)
    , m_bottomEdgeMm(bottomEdgeMm)
    , m_diagonalSource(diagonalInches > 0 ? QStringLiteral("[display] diagonal_inches")
                                          : QStringLiteral("the default"))
{
}

void KioskDisplay::useReportedSize(const QScreen *screen)
{
    if (!screen || m_diagonalSource != u"the default")
        return;
    const QSizeF mm = screen->physicalSize();
    const double inches = std::hypot(mm.width(), mm.height()) / 25.4;
    if (!plausibleDiagonal(inches))
        return;
    m_diagonalInches = inches;
    m_diagonalSource = QStringLiteral("the screen's reported size");
    Q_EMIT geometryChanged();
}

void KioskDisplay::setPanel(double diagonalInches, double bottomEdgeMm)
{
    m_diagonalInches = diagonalInches > 0 ? diagonalInches : DefaultDiagonalInches;
    m_bottomEdgeMm = bottomEdgeMm;
    m_diagonalSource = diagonalInches > 0 ? QStringLiteral("set") : QStringLiteral("the default");
    Q_EMIT geometryChanged();
}

double KioskDisplay::capHeightRatio() const
{
    if (m_capHeightRatio <= 0) {
        QFont font = QGuiApplication::font();
        font.setPixelSize(100);
        const double cap = QFontMetricsF(font).capHeight() / 100;
        // A font without the metric (or none at all) counts as a typical sans serif.
        m_capHeightRatio = cap > 0.4 && cap < 1 ? cap : 0.72;
    }
    return m_capHeightRatio;
}

double KioskDisplay::pixelsPerMm(const QSizeF &size) const
{
    return pixelsPerMm(m_diagonalInches, size);
}

double KioskDisplay::pixelsPerMm(double diagonalInches, const QSizeF &size)
{
    return std::hypot(size.width(), size.height()) / (diagonalInches * 25.4);
}

double KioskDisplay::reachLine(const QSizeF &size) const
{
    return reachLine(m_diagonalInches, m_bottomEdgeMm, size);
}

double KioskDisplay::reachLine(double diagonalInches, double bottomEdgeMm, const QSizeF &size)
{
    const double perMm = pixelsPerMm(diagonalInches, size);
    if (bottomEdgeMm < 0 || perMm <= 0)
        return 0;
    const double topMm = bottomEdgeMm + size.height() / perMm;
    return std::clamp((topMm - ReachMm) * perMm, 0.0, size.height());
}

int KioskDisplay::pixels(double diagonalInches, double mm, const QSizeF &size, int floorPixels)
{
    return std::max(floorPixels, int(std::ceil(mm * pixelsPerMm(diagonalInches, size))));
}
