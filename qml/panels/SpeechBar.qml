import QtQuick
import Lactation.Core
import Lactation.Ui

// Once the visitor has listened: item by item (for a visitor who cannot see where to tap), and
// the volume. Under the bar on every screen; a touch on any of them stops what is being said
// before it acts.
Rectangle {
    id: speechBar

    readonly property real margin: Theme.spacing / 2

    implicitHeight: visible ? buttons.implicitHeight + 2 * margin : 0
    visible: ReadAloud.engaged
    color: Theme.surface
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Read-aloud controls")

    Flow {
        id: buttons
        anchors.left: parent.left
        anchors.leftMargin: speechBar.margin
        y: speechBar.margin
        width: speechBar.width - 2 * speechBar.margin
        spacing: speechBar.margin

        TouchButton {
            objectName: "previousLineButton"
            iconName: "previous"
            text: Words.control("previous", Visit.language)
            enabled: ReadAloud.line > 0
            opacity: enabled ? 1 : 0.5
            Accessible.name: qsTr("Previous item")
            onClicked: ReadAloud.previous()
        }

        TouchButton {
            objectName: "repeatLineButton"
            iconName: "repeat"
            text: Words.control("repeat", Visit.language)
            Accessible.name: qsTr("Repeat the last item")
            onClicked: ReadAloud.repeat()
        }

        TouchButton {
            objectName: "nextLineButton"
            iconName: "next"
            text: Words.control("next", Visit.language)
            enabled: ReadAloud.line + 1 < ReadAloud.lineCount
            opacity: enabled ? 1 : 0.5
            Accessible.name: qsTr("Next item")
            onClicked: ReadAloud.next()
        }

        TouchButton {
            objectName: "softerButton"
            iconName: "softer"
            text: Words.control("softer", Visit.language)
            enabled: ReadAloud.canSofter
            opacity: enabled ? 1 : 0.5
            Accessible.name: Words.control("softer", Visit.language)
            onClicked: ReadAloud.softer()
        }

        TouchButton {
            objectName: "louderButton"
            iconName: "louder"
            text: Words.control("louder", Visit.language)
            enabled: ReadAloud.canLouder
            opacity: enabled ? 1 : 0.5
            Accessible.name: Words.control("louder", Visit.language)
            onClicked: ReadAloud.louder()
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
