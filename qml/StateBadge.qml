import QtQuick
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

// A room's state as a word and an icon on a tint: never colour alone.
Rectangle {
    id: badge

    property string state

    readonly property color ink: state === "free" ? Theme.freeText : state === "occupied" ? Theme.busyText : state === "cleaning" ? Theme.cleaningText : Theme.neutralText

    implicitHeight: row.implicitHeight + Theme.spacing
    radius: Theme.radius
    color: state === "free" ? Theme.freeSoft : state === "occupied" ? Theme.busySoft : state === "cleaning" ? Theme.cleaningSoft : Theme.neutralSoft
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    RowLayout {
        id: row
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.spacing / 2
        width: parent.width - Theme.spacing
        spacing: Theme.spacing / 2

        Icon {
            name: Words.stateIcon(badge.state)
            color: badge.ink
        }

        Text {
            id: label
            Layout.fillWidth: true
            text: Words.roomState(badge.state, ContentStore.language)
            color: badge.ink
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
}
