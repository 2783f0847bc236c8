pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

Card {
    id: card

    required property string name
    required property string location
    required property string access
    required property string accessibility
    required property string hours
    required property list<string> amenities
    required property string image
    required property string state
    required property string roomId
    required property int minutesInState
    required property int waitMinutes
    required property int waiting
    required property string calling

    // This visitor's ticket, shown until she leaves the screen; nothing else remembers it here.
    property string ticket
    readonly property bool taken: state === "occupied" || state === "cleaning"

    activeFocusOnTab: true // the keypad reads it as it reaches it
    Accessible.role: Accessible.StaticText
    Accessible.name: name + ". " + Words.roomState(state, Visit.language)

    Text {
        width: parent.width
        text: card.name
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        font.bold: true
        wrapMode: Text.Wrap
    }

    StateBadge {
        objectName: "badge-" + card.roomId
        width: parent.width
        state: card.state
        detail: {
            const parts = []
            if (card.taken && card.minutesInState >= 1)
                parts.push(Words.minutesInState(card.minutesInState, Visit.language))
            if (card.state === "occupied" && card.waitMinutes > 0)
                parts.push(Words.usualWait(card.waitMinutes, Visit.language))
            return parts.join(" · ")
        }
    }

    // The anonymous waitlist: a short code, nothing asked, nothing about her kept.
    Rectangle {
        width: parent.width
        height: visible ? callText.implicitHeight + Theme.spacing : 0
        visible: card.calling.length > 0
        radius: Theme.radius
        color: Theme.freeSoft
        Accessible.role: Accessible.StaticText
        Accessible.name: callText.text

        Text {
            id: callText
            anchors.centerIn: parent
            width: parent.width - Theme.spacing
            text: Words.nowCalling(card.calling, Visit.language)
            color: Theme.freeText
            font.pixelSize: Theme.headingSize
            font.family: Theme.fontFamily
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    BodyText {
        text: card.waiting > 0 ? Words.waiting(card.waiting, Visit.language) : ""
    }

    TouchButton {
        objectName: "join-" + card.roomId
        width: Math.min(parent.width, implicitWidth)
        visible: card.ticket.length === 0 && (card.taken || card.calling.length > 0)
        iconName: "bell"
        // While a free room calls an earlier number, she joins the line behind it.
        text: card.taken ? qsTr("Tell me when it's free") : qsTr("Get a number")
        onClicked: card.ticket = RoomStatus.joinWaitlist(card.roomId)
    }

    BodyText {
        objectName: "ticket-" + card.roomId
        text: card.ticket.length > 0 ? Words.ticket(card.ticket, Visit.language) : ""
        font.bold: true
    }

    Image {
        width: parent.width
        height: visible ? width * 9 / 16 : 0
        visible: card.image.length > 0
        source: card.image
        sourceSize.width: width
        fillMode: Image.PreserveAspectFit
        Accessible.ignored: true
    }

    LabeledLine {
        label: qsTr("Where:")
        value: card.location
    }

    LabeledLine {
        label: qsTr("How to get in:")
        value: card.access
    }

    LabeledLine {
        label: qsTr("Open:")
        value: card.hours
    }

    LabeledLine {
        label: qsTr("Accessibility:")
        value: card.accessibility
    }

    Flow {
        id: amenities
        width: parent.width
        spacing: Theme.spacing / 2

        Repeater {
            model: card.amenities

            Rectangle {
                id: amenity
                required property string modelData
                width: Math.min(amenities.width, chip.implicitWidth + Theme.spacing)
                height: Math.max(Theme.iconSize, chipText.implicitHeight) + Theme.spacing / 2
                radius: Theme.radius
                color: Theme.accentSoft
                Accessible.role: Accessible.StaticText
                Accessible.name: chipText.text

                Row {
                    id: chip
                    anchors.centerIn: parent
                    spacing: Theme.spacing / 3

                    Icon {
                        id: chipIcon
                        anchors.verticalCenter: parent.verticalCenter
                        name: amenity.modelData
                        color: Theme.accent
                    }

                    // The word's width on one line, measured apart from the text so that wrapping
                    // it cannot feed back into its own width.
                    TextMetrics {
                        id: chipWidth
                        font: chipText.font
                        text: chipText.text
                    }

                    Text {
                        id: chipText
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(Math.ceil(chipWidth.advanceWidth) + 1, amenities.width - chipIcon.width - chip.spacing - Theme.spacing)
                        wrapMode: Text.Wrap
                        text: Words.amenity(amenity.modelData, Visit.language)
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                        font.family: Theme.fontFamily
                    }
                }
            }
        }
    }
}
