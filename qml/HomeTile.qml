import QtQuick
import QtQuick.Layouts
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
    color: tap.pressed ? Qt.darker(Theme.accent, 1.2) : Theme.accent
    Accessible.role: Accessible.Button
    Accessible.name: tile.title + ". " + tile.hint
    Accessible.onPressAction: tile.clicked()

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Icon {
            Layout.alignment: Qt.AlignVCenter
            name: tile.iconName
            color: Theme.accentText
            size: Theme.iconSize * 1.5
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacing / 4

            Text {
                Layout.fillWidth: true
                text: tile.title
                color: Theme.accentText
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap
            }

            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: tile.hint
                color: Theme.accentText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
    }

    TapHandler {
        id: tap
        onTapped: tile.clicked()
    }
}
