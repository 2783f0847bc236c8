#include "qrcodeitem.h"

#include <QPainter>

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setSmooth(false); // a module edge stays sharp even where the item sits between pixels
    setFillColor(Qt::white);
}

void QrCodeItem::setPayload(const QString &payload)
{
    if (payload == m_payload)
        return;
    m_payload = payload;
    QString why;
    m_matrix = QrMatrix::encode(payload.toUtf8(), &why);
    if (m_matrix.isEmpty() && !payload.isEmpty())
        qWarning("takeaway: %s", qPrintable(why));
    Q_EMIT payloadChanged();
    resize();
}

void QrCodeItem::setMinimumSide(int side)
{
    if (side == m_minimumSide)
        return;
    m_minimumSide = side;
    Q_EMIT minimumSideChanged();
    resize();
}

void QrCodeItem::setMinimumModule(int pixels)
{
    if (pixels == m_minimumModule)
        return;
    m_minimumModule = pixels;
    Q_EMIT minimumSideChanged();
    resize();
}

int QrCodeItem::modulePixels() const
{
    const int n = modules();
    return n == 0 ? 0 : std::max({ 1, m_minimumModule, (m_minimumSide + n - 1) / n });
}

void QrCodeItem::resize()
{
    const int side = modules() * modulePixels();
    setImplicitSize(side, side);
    Q_EMIT sizeChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    const int unit = modulePixels();
    if (unit == 0)
        return;
    painter->setRenderHint(QPainter::Antialiasing, false);
    const int offset = QrMatrix::QuietZone * unit;
    for (int y = 0; y < m_matrix.size(); ++y) {
        for (int x = 0; x < m_matrix.size(); ++x) {
            if (m_matrix.isDark(x, y))
                painter->fillRect(offset + x * unit, offset + y * unit, unit, unit, Qt::black);
        }
    }
}
