pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

// Each lactation room: its state, where it is, how to get in, what it has.
KioskScreen {
    id: screen

    title: qsTr("Lactation room")

    ScrollPage {
        anchors.fill: parent
        maxWidth: screen.width > screen.height ? 1800 : Theme.readableWidth

        GridLayout {
            width: parent.width
            columns: screen.width > 1200 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Repeater {
                model: RoomModel {
                    objectName: "rooms"
                    store: ContentStore
                }

                RoomCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
            }
        }
    }
}
