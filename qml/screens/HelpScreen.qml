pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// Who can help: the referral ladder, the national helplines, and local services. Positioners,
// not Layouts, hold the repeated cards: Qt 6.4's Layouts crash when a Repeater inside them is
// refilled during a rearrange (a language switch does exactly that).
KioskScreen {
    id: help

    // Two columns when each holds a phone number in large type on one line.
    readonly property bool wide: width > 1200 && width >= 32 * Theme.headingSize

    title: qsTr("Get help")

    ScrollPage {
        id: page
        anchors.fill: parent
        maxWidth: help.wide ? 1800 * Math.max(1, Theme.scale) : Theme.readableWidth

        Grid {
            id: grid
            width: parent.width
            columns: help.wide ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            readonly property real columnWidth: (width - (columns - 1) * columnSpacing) / columns

            Column {
                width: grid.columnWidth
                spacing: Theme.spacing

                ReferralLadder {
                    width: parent.width
                }

                Heading {
                    visible: helplines.count > 0 // never a heading with nothing under it
                    text: qsTr("Call for help")
                }

                Repeater {
                    id: helplines
                    model: ServiceModel {
                        objectName: "helplines"
                        visit: Visit
                        now: KioskClock.now
                        kinds: ["helpline"]
                    }

                    ServiceCard {
                        width: grid.columnWidth
                        onTakeAwayRequested: id => help.openRequested("takeaway", { "itemId": id })
                    }
                }
            }

            Column {
                width: grid.columnWidth
                spacing: Theme.spacing

                Heading {
                    visible: localServices.count > 0
                    text: qsTr("Help near you")
                }

                Repeater {
                    id: localServices
                    model: ServiceModel {
                        objectName: "localServices"
                        visit: Visit
                        now: KioskClock.now
                        kinds: ["consultant", "peer-counselor", "clinic", "group", "program", "service"]
                    }

                    ServiceCard {
                        width: grid.columnWidth
                        onTakeAwayRequested: id => help.openRequested("takeaway", { "itemId": id })
                    }
                }
            }
        }
    }
}
