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
        // Centred: the width leaves at least Theme.spacing either side.
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.alignWhenCentered: false
        y: Theme.spacing
        width: Math.min(page.width - 2 * Theme.spacing, page.maxWidth)
        spacing: Theme.spacing
    }

    ScrollHint {
        parent: page
        flickable: page
    }
}
