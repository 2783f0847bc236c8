#pragma once

#include <QQuickImageProvider>

/**
 * Serves the UI's monochrome SVG icons in any colour: "image://icon/<name>/<rrggbb>". Icons are
 * drawn in black; the colour replaces it, so one file serves light and dark backgrounds.
 */
class IconProvider : public QQuickImageProvider
{
public:
    /** @p folder holds <name>.svg, e.g. ":/qt/qml/Lactation/Ui/icons". */
    explicit IconProvider(QString folder);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QString m_folder;
};
