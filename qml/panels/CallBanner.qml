pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// "B7 – Lactation room B is free", on every screen, while a waitlist ticket is being called.
Column {
    id: banner

    visible: height > 0

    Repeater {
        model: RoomModel {
            objectName: "callingRooms"
            visit: Visit
            status: RoomStatus
        }

        Rectangle {
            id: call

            required property string name
            required property string calling

            objectName: calling.length > 0 ? "call-" + calling : ""
            width: banner.width
            height: calling.length > 0 ? callLabel.implicitHeight + Theme.spacing : 0
            visible: calling.length > 0
            color: Theme.freeSoft
            // Said once to a visitor who is listening, after the line being read.
            onCallingChanged: {
                if (calling.length > 0)
                    ReadAloud.announce(callLabel.text)
            }
            Component.onCompleted: {
                if (calling.length > 0)
                    ReadAloud.announce(callLabel.text)
            }
            activeFocusOnTab: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: callLabel.text

            Row {
                anchors.centerIn: parent
                spacing: Theme.spacing / 2

                Icon {
                    anchors.verticalCenter: parent.verticalCenter
                    name: "bell"
                    color: Theme.freeText
                }

                // The words' width on one line, measured apart so wrapping cannot feed back.
                TextMetrics {
                    id: callWidth
                    font: callLabel.font
                    text: callLabel.text
                }

                Text {
                    id: callLabel
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(Math.ceil(callWidth.advanceWidth) + 1, call.width - Theme.iconSize - 2 * Theme.spacing)
                    text: Words.roomCall(call.calling, call.name, Visit.language)
                    color: Theme.freeText
                    font.pixelSize: Theme.headingSize
                    font.family: Theme.fontFamily
                    font.bold: true
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
