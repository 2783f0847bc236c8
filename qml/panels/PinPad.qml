pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// The staff PIN: digits only, shown as dots; five wrong ones lock the panel for a while.
Rectangle {
    id: pad

    // Three keys across, always on the screen.
    readonly property real keyWidth: Math.min((width - 4 * Theme.spacing - Theme.spacing) / 3,
                                              Math.max(Theme.touchTarget * 1.4, deleteWidth.advanceWidth + 2 * Theme.spacing,
                                                       okWidth.advanceWidth + 2 * Theme.spacing))

    property string typed
    property string feedback

    signal closed

    color: "#CC000000"
    Accessible.role: Accessible.Dialog
    Accessible.name: title.text

    function submit() {
        const result = StaffConsole.enterPin(pad.typed)
        pad.typed = ""
        if (result === "granted")
            pad.closed()
        else if (result === "wrong")
            pad.feedback = qsTr("Wrong PIN.")
        else if (result === "locked")
            pad.feedback = qsTr("Too many wrong PINs. Try again in %1 min.").arg(Math.ceil(StaffConsole.lockedSeconds / 60))
        else
            pad.feedback = qsTr("No staff PIN is set on this kiosk (lactation-kiosk --set-pin).")
    }

    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, keys.width + 2 * Theme.spacing)
        height: column.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: column
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing / 2

            Text {
                id: title
                width: parent.width
                text: qsTr("Staff PIN")
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.family: Theme.fontFamily
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }

            Text {
                objectName: "pinDots"
                width: parent.width
                text: "●".repeat(pad.typed.length)
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.family: Theme.fontFamily
                horizontalAlignment: Text.AlignHCenter
                height: Theme.headingSize * 1.5
                Accessible.name: qsTr("%1 digits typed").arg(pad.typed.length)
            }

            BodyText {
                objectName: "pinFeedback"
                text: pad.feedback
                horizontalAlignment: Text.AlignHCenter
            }

            // Every key as wide as the widest word on one, so none breaks.
            TextMetrics {
                id: deleteWidth
                font.pixelSize: Theme.bodySize
                font.family: Theme.fontFamily
                font.bold: true
                text: qsTr("Delete")
            }

            TextMetrics {
                id: okWidth
                font: deleteWidth.font
                text: qsTr("OK")
            }

            Grid {
                id: keys
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: Theme.spacing / 2

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]

                    TouchButton {
                        required property string modelData
                        objectName: "pinKey-" + modelData
                        width: pad.keyWidth
                        height: Theme.touchTarget * 1.2
                        // A word on a key shrinks to fit it rather than break.
                        readonly property real wordWidth: modelData === "del" ? deleteWidth.advanceWidth : modelData === "ok" ? okWidth.advanceWidth : 0
                        fontSize: wordWidth > 0 ? Math.min(Theme.bodySize, Math.floor(Theme.bodySize * (pad.keyWidth - 2 * Theme.spacing) / wordWidth)) : Theme.bodySize
                        primary: modelData === "ok"
                        text: modelData === "del" ? qsTr("Delete") : modelData === "ok" ? qsTr("OK") : modelData
                        onClicked: {
                            if (modelData === "ok")
                                pad.submit()
                            else if (modelData === "del")
                                pad.typed = pad.typed.slice(0, -1)
                            else if (pad.typed.length < 12)
                                pad.typed += modelData
                        }
                    }
                }
            }

            TouchButton {
                objectName: "pinCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Cancel")
                onClicked: pad.closed()
            }
        }
    }
}
