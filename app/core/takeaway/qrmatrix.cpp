#include "qrmatrix.h"

#include <qrencode.h>

QrMatrix QrMatrix::encode(const QByteArray &data, QString *why)
{
    QrMatrix matrix;
    QRcode *code = data.isEmpty()
        ? nullptr
        : QRcode_encodeData(int(data.size()),
            reinterpret_cast<const unsigned char *>(data.constData()), 0, QR_ECLEVEL_M);
    if (!code) {
        if (why)
            *why = QStringLiteral("%1 bytes do not fit in a QR code").arg(data.size());
        return matrix;
    }
    matrix.m_size = code->width;
    matrix.m_dark.resize(qsizetype(code->width) * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        matrix.m_dark[i] = char(code->data[i] & 1); // bit 0: dark module
    QRcode_free(code);
    return matrix;
}
