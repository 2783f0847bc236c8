pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

// Upcoming groups and classes: Today, This week, Later; filters beside the list when wide.
KioskScreen {
    id: groups

    // Filters beside the list when the list keeps room for its headings in large type.
    readonly property bool wide: width > 1200 && width >= 13 * Theme.bodySize + 18 * Theme.headingSize

    title: qsTr("Support groups & classes")

    OccurrenceModel {
        id: occurrences
        objectName: "occurrences"
        visit: Visit
        now: KioskClock.now
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: groups.wide ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        GroupFilters {
            Layout.fillWidth: !groups.wide
            Layout.preferredWidth: groups.wide ? Math.max(420, 13 * Theme.bodySize) : -1
            Layout.alignment: Qt.AlignTop
            model: occurrences
        }

        ListView {
            id: list
            objectName: "occurrenceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing / 2
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            // For the keypad every entry exists, not only those in view (the lists are short).
            cacheBuffer: Visit.speechMode ? 100000 : 320
            model: occurrences
            delegate: OccurrenceCard {
                width: list.width
                onTakeAwayRequested: (uid, start) => groups.openRequested("takeaway",
                                                                          { "itemId": uid, "occurrenceStart": start })
            }

            BodyText {
                anchors.centerIn: parent
                width: parent.width
                visible: occurrences.count === 0
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("No groups or classes match. Try another filter.")
            }

            ScrollHint {
                parent: list
                flickable: list
            }
        }
    }
}
