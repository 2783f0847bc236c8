#pragma once

#include "maininstance.h"

#include <QObject>
#include <QQmlEngine>
#include <QSizeF>

class QScreen;

/**
 * The physical screen the kiosk draws on.
 *
 * Sizes that must hold on the real panel (capital letters 4.8 mm tall, touch targets 15 mm, a QR
 * code a phone reads from arm's length) are given in millimetres: the panel's diagonal comes from
 * [display] diagonal_inches, else the screen's reported size when plausible, else 21.5 inches.
 * [display] bottom_edge_mm says how high the panel hangs, so controls stay within a seated
 * visitor's reach (1220 mm, the top of ADA §308). The visitor's text size and contrast are the
 * Visit's.
 */
class KioskDisplay : public QObject, public MainInstance<KioskDisplay>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(double diagonalInches READ diagonalInches NOTIFY geometryChanged)
    Q_PROPERTY(double bottomEdgeMm READ bottomEdgeMm NOTIFY geometryChanged)
    Q_PROPERTY(double capHeightRatio READ capHeightRatio CONSTANT)

public:
    static constexpr double DefaultDiagonalInches = 21.5;
    /** The highest a control may sit for a visitor in a wheelchair (ADA §308.2.1: 48 in). */
    static constexpr double ReachMm = 1220;

    /**
     * Not default-constructible, so QML gets the instance KioskApp made. @p diagonalInches 0:
     * not configured (the screen's reported size, else the default); @p bottomEdgeMm below 0:
     * not known (every control counts as within reach).
     */
    explicit KioskDisplay(
        double diagonalInches, double bottomEdgeMm = -1, QObject *parent = nullptr);

    double diagonalInches() const { return m_diagonalInches; }
    double bottomEdgeMm() const { return m_bottomEdgeMm; }
    /** Where the diagonal came from, for the log: "[display] diagonal_inches", … */
    QString diagonalSource() const { return m_diagonalSource; }
    /**
     * Takes @p screen's reported physical size as the diagonal when none was configured and the
     * size is plausible for a kiosk panel (15 to 110 inches).
     */
    void useReportedSize(const QScreen *screen);
    /** Another panel (a test, a screenshot of another model); @p bottomEdgeMm below 0: unknown. */
    void setPanel(double diagonalInches, double bottomEdgeMm);
    /** Whether a reported diagonal of @p inches can be a kiosk's panel. */
    static bool plausibleDiagonal(double inches) { return inches >= 15 && inches <= 110; }

    /** The default font's capital letters' height over its pixel size. */
    double capHeightRatio() const;

    /** Pixels per millimetre on the panel when a window of @p size fills it. */
    Q_INVOKABLE double pixelsPerMm(const QSizeF &size) const;
    static double pixelsPerMm(double diagonalInches, const QSizeF &size);
    /**
     * How far down from the window's top (pixels) the line of reach lies: above it a seated
     * visitor cannot reach. 0 when the whole screen is within reach or the height is unknown;
     * the window's height when even its bottom edge is too high.
     */
    Q_INVOKABLE double reachLine(const QSizeF &size) const;
    static double reachLine(double diagonalInches, double bottomEdgeMm, const QSizeF &size);
    /**
     * How many whole pixels @p mm take, at least @p floorPixels, on a panel of @p diagonalInches
     * that a window of @p size fills.
     */
    static int pixels(double diagonalInches, double mm, const QSizeF &size, int floorPixels);

Q_SIGNALS:
    void geometryChanged();

private:
    double m_diagonalInches;
    double m_bottomEdgeMm;
    QString m_diagonalSource;
    mutable double m_capHeightRatio = 0;
};
