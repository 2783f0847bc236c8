pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// Each lactation room: its state, where it is, how to get in, what it has.
KioskScreen {
    id: screen

    title: qsTr("Lactation room")

    ScrollPage {
        anchors.fill: parent
        maxWidth: screen.width > screen.height ? 1800 * Math.max(1, Theme.scale) : Theme.readableWidth

        Flow {
            id: rooms
            width: parent.width
            spacing: Theme.spacing

            readonly property int columns: screen.width > 1200 ? 2 : 1
            readonly property real cardWidth: (width - (columns - 1) * spacing) / columns

            Repeater {
                model: RoomModel {
                    objectName: "rooms"
                    visit: Visit
                    status: RoomStatus
                }

                RoomCard {
                    width: rooms.cardWidth
                }
            }
        }
    }
}
