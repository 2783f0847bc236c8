import QtQuick
import Lactation.Ui

// A white panel that holds one thing: a group, a service, a room.
Rectangle {
    default property alias content: column.data
    property alias spacing: column.spacing

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.highContrast ? Theme.outline : Theme.divider
    border.width: Theme.highContrast ? Theme.borderWidth : 1

    Column {
        id: column
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing / 2
    }
}
