import QtQuick
import Lactation.Core
import Lactation.Ui

// "Are you still there?" with a countdown and one large button (WCAG 2.2.1: at least 20 s).
Rectangle {
    id: warning

    color: "#B3000000"
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title.text + " " + countdown.text
    Accessible.description: Visit.speechMode ? Words.keypad("moreTime", Visit.language) : ""

    // Swallows taps on the screen behind; any touch still counts as activity.
    MouseArea {
        anchors.fill: parent
        onPressed: KioskSession.activity()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 900 * Math.max(1, Theme.scale) * Theme.textScale)
        height: column.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: column
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing

            Text {
                id: title
                width: parent.width
                text: Words.stillThere(Visit.language)
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.family: Theme.fontFamily
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }

            Text {
                id: countdown
                objectName: "idleCountdown"
                width: parent.width
                text: Words.startsOverIn(KioskSession.secondsLeft, Visit.language)
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.family: Theme.fontFamily
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }

            TouchButton {
                objectName: "stillHereButton"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, Math.max(implicitWidth, parent.width * 0.6))
                height: Math.max(implicitHeight, Theme.touchTarget * 1.5)
                primary: true
                text: qsTr("I'm still here")
                onClicked: KioskSession.stillHere()
            }
        }
    }
}
