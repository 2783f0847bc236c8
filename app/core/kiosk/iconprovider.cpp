#include "iconprovider.h"

#include <QBuffer>
#include <QColor>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>

IconProvider::IconProvider(QString folder)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_folder(std::move(folder))
{
}

QImage IconProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString name = id.section(u'/', 0, 0);
    const QColor color(u'#' + id.section(u'/', 1, 1));
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9-]+$"));
    QFile file(m_folder + u'/' + name + QStringLiteral(".svg"));
    if (!safe.match(name).hasMatch() || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    if (color.isValid())
        svg.replace("#000000", color.name(QColor::HexRgb).toLatin1());
    QBuffer buffer(&svg);
    QImageReader reader(&buffer, "svg");
    const QSize target = requestedSize.isValid() ? requestedSize : QSize(48, 48);
    reader.setScaledSize(target);
    const QImage image = reader.read();
    if (size)
        *size = image.size();
    return image;
}
