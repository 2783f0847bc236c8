pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// The first thing a mother sees: where she is and large tiles for each section.
KioskScreen {
    id: home

    readonly property int columns: width > height ? 3 : (width > 700 ? 2 : 1)
    readonly property int rows: Math.ceil(ContentStore.sections.length / columns)

    title: ContentStore.siteName

    RoomModel {
        id: rooms
        store: ContentStore
        status: RoomStatus
    }

    ScrollPage {
        anchors.fill: parent
        maxWidth: 1600

        Flow {
            id: tiles
            width: parent.width
            spacing: Theme.spacing

            Repeater {
                model: ContentStore.sections

                HomeTile {
                    required property string modelData
                    width: (tiles.width - (home.columns - 1) * tiles.spacing) / home.columns
                    // Tiles share the screen's height; on a small screen the page scrolls instead.
                    height: Math.max(implicitHeight, (home.height - Theme.spacing) / home.rows - Theme.spacing)
                    objectName: "tile-" + modelData
                    iconName: modelData
                    title: Words.section(modelData, ContentStore.language)
                    hint: modelData === "room" && rooms.count > 0
                          ? Words.roomsFree(rooms.count, rooms.freeCount, rooms.onlyState, ContentStore.language)
                          : Words.sectionHint(modelData, ContentStore.language)
                    onClicked: home.openRequested(modelData, {})
                }
            }
        }
    }
}
