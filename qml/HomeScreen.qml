pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
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
    }

    ScrollPage {
        anchors.fill: parent
        maxWidth: 1600

        GridLayout {
            width: parent.width
            columns: home.columns
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing

            Repeater {
                model: ContentStore.sections

                HomeTile {
                    required property string modelData
                    Layout.fillWidth: true
                    // Tiles share the screen's height; on a small screen the page scrolls instead.
                    Layout.preferredHeight: Math.max(implicitHeight, (home.height - Theme.spacing) / home.rows - Theme.spacing)
                    objectName: "tile-" + modelData
                    iconName: modelData
                    title: Words.section(modelData, ContentStore.language)
                    hint: modelData === "room" && rooms.count > 0
                          ? qsTr("%1 of %2 rooms free").arg(rooms.freeCount).arg(rooms.count)
                          : Words.sectionHint(modelData, ContentStore.language)
                    onClicked: home.openRequested(modelData, {})
                }
            }
        }
    }
}
