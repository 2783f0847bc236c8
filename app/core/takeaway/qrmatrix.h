#pragma once

#include <QByteArray>
#include <QString>

/**
 * A QR code's modules, encoded by libqrencode: error correction M, byte mode (UTF-8 as it is, no
 * ECI). The quiet zone of 4 modules is not in the matrix; whoever draws it leaves it.
 */
class QrMatrix
{
public:
    static constexpr int QuietZone = 4;

    /** Encodes @p data; an empty matrix with @p why when it does not fit in a QR code. */
    static QrMatrix encode(const QByteArray &data, QString *why = nullptr);

    bool isEmpty() const { return m_size == 0; }
    /** Modules on a side, without the quiet zone. */
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_dark.at(y * m_size + x) != 0; }

private:
    int m_size = 0;
    QByteArray m_dark; ///< one byte per module, row by row
};
