import QtQuick
import Lactation.Ui

// One large home tile: icon, section name and a live line under it.
Rectangle {
    id: tile

    property string title
    property string hint
    property string iconName

    signal clicked

    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: tap.pressed ? Theme.accentPressed : Theme.accent
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: tile.title + ". " + tile.hint
    Accessible.onPressAction: tile.clicked()

    Icon {
        id: icon
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        name: tile.iconName
        color: Theme.accentText
        size: Theme.iconSize * 2
    }

    Column {
        id: content
        anchors.left: icon.right
        anchors.leftMargin: Theme.spacing
        width: tile.width - (Theme.spacing + icon.width + Theme.spacing) - Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing / 4

        Text {
            width: parent.width
            text: tile.title
            color: Theme.accentText
            font.pixelSize: Theme.headingSize
            font.family: Theme.fontFamily
            font.bold: true
            wrapMode: Text.Wrap
        }

        Text {
            width: parent.width
            visible: text.length > 0
            text: tile.hint
            color: Theme.accentText
            font.pixelSize: Theme.smallSize
            font.family: Theme.fontFamily
            wrapMode: Text.Wrap
        }
    }

    TapHandler {
        id: tap
        onTapped: tile.clicked()
    }
}
