pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

// Who can help: the referral ladder, the national helplines, and local services.
KioskScreen {
    id: help

    readonly property bool wide: width > 1200

    title: qsTr("Get help")

    ScrollPage {
        anchors.fill: parent
        maxWidth: help.wide ? 1800 : Theme.readableWidth

        GridLayout {
            width: parent.width
            columns: help.wide ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing

                ReferralLadder {
                    Layout.fillWidth: true
                }

                Heading {
                    Layout.fillWidth: true
                    text: qsTr("Call for help")
                }

                Repeater {
                    model: ServiceModel {
                        objectName: "helplines"
                        store: ContentStore
                        now: KioskClock.now
                        kinds: ["helpline"]
                    }

                    ServiceCard {
                        Layout.fillWidth: true
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing

                Heading {
                    Layout.fillWidth: true
                    text: qsTr("Help near you")
                }

                Repeater {
                    model: ServiceModel {
                        objectName: "localServices"
                        store: ContentStore
                        now: KioskClock.now
                        kinds: ["consultant", "peer-counselor", "clinic", "group", "program", "service"]
                    }

                    ServiceCard {
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
