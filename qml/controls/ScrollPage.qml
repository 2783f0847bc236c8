import QtQuick
import Lactation.Ui

// A vertical, touch-scrolled page whose content is centred at a readable width.
Flickable {
    id: page

    default property alias content: column.data
    property real maxWidth: Theme.readableWidth

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.spacing
    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    Column {
        id: column
        x: Math.max(Theme.spacing, (page.width - width) / 2)
        y: Theme.spacing
        width: Math.min(page.width - 2 * Theme.spacing, page.maxWidth)
        spacing: Theme.spacing
    }

    ScrollHint {
        parent: page
        flickable: page
    }
}
