pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// Behind the PIN: room states and waitlists, the home sections, feed health and updates, the idle
// timeout, and exit where the configuration allows. Closes itself after 60 s without a touch.
Rectangle {
    id: panel

    color: Theme.background
    Accessible.role: Accessible.Dialog
    Accessible.name: title.text

    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        id: header
        width: parent.width
        height: headerRow.height + Theme.spacing
        color: Theme.surface

        Heading {
            id: title
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - closeButton.width - 3 * Theme.spacing
            text: qsTr("Staff panel")
        }

        Item {
            id: headerRow
            height: closeButton.height
        }

        TouchButton {
            id: closeButton
            objectName: "staffClose"
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            primary: true
            text: qsTr("Close")
            onClicked: StaffConsole.close()
        }
    }

    ScrollPage {
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        maxWidth: 1400

        Heading {
            text: qsTr("Lactation rooms")
        }

        Repeater {
            model: RoomModel {
                objectName: "staffRooms"
                visit: Visit
                status: RoomStatus
            }

            Card {
                id: roomCard

                required property string roomId
                required property string name
                required property string state
                required property int waiting

                width: parent ? parent.width : 0

                Text {
                    width: parent.width
                    text: roomCard.name + ": " + Words.roomState(roomCard.state, Visit.language)
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.family: Theme.fontFamily
                    font.bold: true
                    wrapMode: Text.Wrap
                }

                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 2

                    Repeater {
                        model: ["free", "occupied", "cleaning", "closed"]

                        TouchButton {
                            required property string modelData
                            objectName: "set-" + roomCard.roomId + "-" + modelData
                            checked: roomCard.state === modelData
                            iconName: Words.stateIcon(modelData)
                            text: Words.roomState(modelData, Visit.language)
                            onClicked: RoomStatus.setStaffState(roomCard.roomId, modelData)
                        }
                    }

                    TouchButton {
                        objectName: "clear-" + roomCard.roomId
                        text: qsTr("Clear the waitlist (%1)").arg(roomCard.waiting)
                        onClicked: RoomStatus.clearWaitlist(roomCard.roomId)
                    }
                }
            }
        }

        Heading {
            text: qsTr("Sections on the home screen")
        }

        Flow {
            width: parent.width
            spacing: Theme.spacing / 2

            Repeater {
                model: StaffConsole.allSections

                TouchButton {
                    required property string modelData
                    objectName: "section-" + modelData
                    checked: StaffConsole.sectionShown[modelData] === true
                    iconName: Words.sectionIcon(modelData)
                    text: Words.section(modelData, Visit.language)
                    onClicked: StaffConsole.setSectionHidden(modelData, checked)
                }
            }
        }

        Heading {
            text: qsTr("Content")
        }

        Card {
            width: parent.width

            LabeledLine {
                label: qsTr("Pack:")
                value: StaffConsole.packLabel
            }
            LabeledLine {
                label: qsTr("Feed version:")
                value: StaffConsole.feedVersion
            }
            LabeledLine {
                label: qsTr("Last check:")
                value: StaffConsole.lastCheck
            }
            LabeledLine {
                label: qsTr("Last error:")
                value: StaffConsole.lastError
            }
            LabeledLine {
                label: qsTr("Signed metadata expires:")
                value: StaffConsole.metadataExpires
            }
            // Section 1557: a machine or team translation is unreviewed until a person the site
            // trusts has checked it; staff see which languages on screen that is.
            LabeledLine {
                objectName: "unreviewedLanguages"
                label: qsTr("Words not yet reviewed by a person:")
                value: Visit.unreviewedLanguages
            }
            LabeledLine {
                label: qsTr("No words of their own (shown in the default language):")
                value: Visit.languagesWithoutWords
            }

            Flow {
                width: parent.width
                spacing: Theme.spacing / 2

                TouchButton {
                    objectName: "checkNow"
                    text: qsTr("Check for updates now")
                    onClicked: StaffConsole.checkForUpdates()
                }

                TouchButton {
                    objectName: "rollBack"
                    visible: StaffConsole.canRollBack
                    text: qsTr("Roll back to the previous pack")
                    onClicked: StaffConsole.rollBack()
                }
            }

            BodyText {
                objectName: "staffMessage"
                text: StaffConsole.message
            }
        }

        Heading {
            text: qsTr("Starting over")
        }

        Flow {
            width: parent.width
            spacing: Theme.spacing / 2

            BodyText {
                width: parent.width
                text: qsTr("The screen starts over after %1 s without a touch.").arg(KioskSession.idleSeconds)
            }

            TouchButton {
                objectName: "idleShorter"
                text: qsTr("15 s shorter")
                onClicked: StaffConsole.setIdleSeconds(KioskSession.idleSeconds - 15)
            }

            TouchButton {
                objectName: "idleLonger"
                text: qsTr("15 s longer")
                onClicked: StaffConsole.setIdleSeconds(KioskSession.idleSeconds + 15)
            }
        }

        TouchButton {
            objectName: "exitKiosk"
            visible: StaffConsole.exitAllowed
            text: qsTr("Exit the kiosk")
            onClicked: StaffConsole.exitKiosk()
        }
    }
}
