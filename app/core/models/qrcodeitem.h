#pragma once

#include "qrmatrix.h"

#include <QQuickPaintedItem>

/**
 * A QR code drawn crisp: dark on white in every display mode, a quiet zone of four modules, and
 * each module a whole number of pixels, so that the code is at least @c minimumSide on a side and
 * each module at least @c minimumModule pixels.
 */
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString payload READ payload WRITE setPayload NOTIFY payloadChanged)
    Q_PROPERTY(int minimumSide READ minimumSide WRITE setMinimumSide NOTIFY minimumSideChanged)
    Q_PROPERTY(
        int minimumModule READ minimumModule WRITE setMinimumModule NOTIFY minimumSideChanged)
    Q_PROPERTY(int modules READ modules NOTIFY payloadChanged)
    Q_PROPERTY(int modulePixels READ modulePixels NOTIFY sizeChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString payload() const { return m_payload; }
    void setPayload(const QString &payload);
    int minimumSide() const { return m_minimumSide; }
    void setMinimumSide(int side);
    int minimumModule() const { return m_minimumModule; }
    void setMinimumModule(int pixels);
    /** Modules on a side with the quiet zone; 0 when the payload does not fit. */
    int modules() const
    {
        return m_matrix.isEmpty() ? 0 : m_matrix.size() + 2 * QrMatrix::QuietZone;
    }
    int modulePixels() const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void payloadChanged();
    void minimumSideChanged();
    void sizeChanged();

private:
    void resize();

    QString m_payload;
    QrMatrix m_matrix;
    int m_minimumSide = 200;
    int m_minimumModule = 1;
};
