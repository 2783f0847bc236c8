import QtQuick
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

// A room's state as a word and an icon on a tint: never colour alone.
Rectangle {
    id: badge

    property string state
    // A second line under the state: how long, and the usual wait. Hidden when empty.
    property string detail

    readonly property color ink: state === "free" ? Theme.freeText : state === "occupied" ? Theme.busyText : state === "cleaning" ? Theme.cleaningText : Theme.neutralText

    implicitHeight: row.implicitHeight + (detailText.visible ? detailText.implicitHeight : 0) + Theme.spacing
    radius: Theme.radius
    color: state === "free" ? Theme.freeSoft : state === "occupied" ? Theme.busySoft : state === "cleaning" ? Theme.cleaningSoft : Theme.neutralSoft
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text + (detail.length > 0 ? ". " + detail : "")

    RowLayout {
        id: row
        y: Theme.spacing / 2
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing / 2
        width: parent.width - Theme.spacing
        spacing: Theme.spacing / 2

        Icon {
            name: Words.stateIcon(badge.state)
            color: badge.ink
        }

        Text {
            id: label
            Layout.fillWidth: true
            text: Words.roomState(badge.state, Visit.language)
            color: badge.ink
            font.pixelSize: Theme.headingSize
            font.family: Theme.fontFamily
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    Text {
        id: detailText
        anchors.top: row.bottom
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing / 2 + Theme.iconSize + Theme.spacing / 2
        width: parent.width - anchors.leftMargin - Theme.spacing / 2
        visible: badge.detail.length > 0
        text: badge.detail
        color: badge.ink
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
}
