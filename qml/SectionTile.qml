import QtQuick
import Lactation.Ui

// One large home tile.
Rectangle {
    id: tile

    property string title

    implicitHeight: Math.max(Theme.touchTarget * 2, label.implicitHeight + 2 * Theme.spacing)
    color: Theme.accent
    radius: Theme.radius
    Accessible.role: Accessible.StaticText
    Accessible.name: tile.title

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: tile.title
        color: Theme.accentText
        font.pixelSize: Theme.tileTitleSize
        font.bold: true
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
    }
}
