import QtQuick
import Lactation.Ui

// One answer on the home screen (a room's state, the next group, the helpline): a heading with
// an icon and the lines under it. Tapping it opens the screen it comes from.
Rectangle {
    id: card

    default property alias content: column.data
    property string heading
    property string iconName
    property string spoken // what a screen reader says for the whole card

    signal clicked

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: tap.pressed ? Theme.accentSoft : Theme.surface
    border.color: Theme.accent
    border.width: Theme.borderWidth
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: card.spoken
    Accessible.onPressAction: card.clicked()

    Column {
        id: column
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing / 3

        Row {
            width: parent.width
            spacing: Theme.spacing / 2

            Icon {
                id: icon
                anchors.verticalCenter: parent.verticalCenter
                name: card.iconName
                color: Theme.accent
            }

            Text {
                width: parent.width - icon.width - parent.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: card.heading
                color: Theme.accent
                font.pixelSize: Theme.bodySize
                font.family: Theme.fontFamily
                font.bold: true
                wrapMode: Text.Wrap
            }
        }
    }

    TapHandler {
        id: tap
        onTapped: card.clicked()
    }
}
