pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

// One service: phones first, whether it is open now, then who it is for and how to get it.
Card {
    id: card

    required property string serviceId
    required property string name
    required property string description
    required property string organization
    required property list<string> phones
    required property list<string> languages
    required property string eligibility
    required property string fees
    required property string applicationProcess
    required property string accreditations
    required property string url
    required property string email
    required property string alert
    required property string hours
    required property string openState
    required property string openText
    required property string address
    required property string contentLanguage

    signal takeAwayRequested(string serviceId)

    activeFocusOnTab: true // the keypad reads it as it reaches it
    Accessible.role: Accessible.StaticText
    Accessible.name: name

    LanguageNote {
        language: card.contentLanguage
    }

    Text {
        width: parent.width
        text: card.name
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        font.bold: true
        wrapMode: Text.Wrap
    }

    BodyText {
        text: card.alert
        color: Theme.cancelled
        font.bold: true
    }

    Repeater {
        model: card.phones

        RowLayout {
            id: phoneRow
            required property string modelData
            width: card.width - 2 * Theme.spacing
            spacing: Theme.spacing / 2

            Icon {
                Layout.alignment: Qt.AlignTop
                name: "phone"
                color: Theme.accent
            }

            Text {
                Layout.fillWidth: true
                text: phoneRow.modelData
                // Beside its icon in either direction: a number alone is left-to-right text,
                // which Qt would align to the left of a mirrored card.
                horizontalAlignment: Text.AlignLeft
                color: Theme.accent
                font.pixelSize: Theme.bodySize
                font.family: Theme.fontFamily
                font.bold: true
                wrapMode: Text.Wrap
            }
        }
    }

    RowLayout {
        width: parent.width
        visible: card.openText.length > 0
        spacing: Theme.spacing / 2

        Icon {
            Layout.alignment: Qt.AlignTop
            name: "clock"
            color: card.openState === "open" ? Theme.freeText : Theme.mutedText
        }

        Text {
            Layout.fillWidth: true
            text: card.openText
            color: card.openState === "open" ? Theme.freeText : Theme.text
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    BodyText {
        text: card.hours
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        font.family: Theme.fontFamily
    }

    BodyText {
        text: card.description
    }

    LabeledLine {
        label: qsTr("Run by:")
        value: card.organization
    }

    LabeledLine {
        label: qsTr("Languages:")
        value: Words.languageNames(card.languages, Visit.language)
    }

    LabeledLine {
        label: qsTr("Who can use it:")
        value: card.eligibility
    }

    LabeledLine {
        label: qsTr("Cost:")
        value: card.fees
    }

    LabeledLine {
        label: qsTr("How to get it:")
        value: card.applicationProcess
    }

    LabeledLine {
        label: qsTr("Credentials:")
        value: card.accreditations
    }

    LabeledLine {
        label: qsTr("Where:")
        value: card.address
    }

    LabeledLine {
        label: qsTr("Web:")
        value: card.url.replace(/^https?:\/\//, "")
    }

    LabeledLine {
        label: qsTr("Email:")
        value: card.email
    }

    TouchButton {
        // A Column puts every child at x 0; the anchor is what LayoutMirroring flips.
        anchors.left: parent.left
        objectName: "sendToPhone"
        iconName: "phone"
        text: qsTr("Send to my phone")
        onClicked: card.takeAwayRequested(card.serviceId)
    }
}
