import QtQuick
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

// One meeting: when, where, who runs it, cost, how to join; a cancelled one says so in words.
// The first of a day group carries the group's heading (Today, This week, Later).
Column {
    id: card

    required property string uid
    required property date start
    required property string summary
    required property string when
    required property string location
    required property string organizer
    required property string cost
    required property string description
    required property bool online
    required property string joinUrl
    required property bool cancelled
    required property bool moved
    required property list<string> meetingLanguages
    required property string dayGroup
    required property bool firstInGroup
    required property string contentLanguage

    signal takeAwayRequested(string uid, date start)

    spacing: Theme.spacing / 2

    Heading {
        visible: card.firstInGroup
        topPadding: Theme.spacing / 2
        text: Words.dayGroup(card.dayGroup, Visit.language)
    }

    Card {
    width: parent.width
    color: card.cancelled ? Theme.cancelledSoft : Theme.surface
    activeFocusOnTab: true // the keypad reads it as it reaches it
    Accessible.role: Accessible.StaticText
    Accessible.name: (card.cancelled ? qsTr("Cancelled") + ". " : "") + card.summary + ". " + card.when

    LanguageNote {
        language: card.contentLanguage
    }

    Text {
        width: parent.width
        visible: card.cancelled || card.moved
        text: card.cancelled ? qsTr("CANCELLED – this meeting will not take place") : qsTr("Changed time or place")
        color: Theme.cancelled
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        font.bold: true
        wrapMode: Text.Wrap
    }

    RowLayout {
        width: parent.width
        spacing: Theme.spacing / 2

        Icon {
            Layout.alignment: Qt.AlignTop
            name: "calendar"
            color: Theme.accent
        }

        Text {
            Layout.fillWidth: true
            text: card.when
            color: Theme.accent
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            font.bold: true
            font.strikeout: card.cancelled
            wrapMode: Text.Wrap
        }
    }

    Text {
        width: parent.width
        text: card.summary
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        font.bold: true
        wrapMode: Text.Wrap
    }

    RowLayout {
        width: parent.width
        spacing: Theme.spacing / 2

        Icon {
            Layout.alignment: Qt.AlignTop
            name: card.online ? "online" : "in-person"
            color: Theme.mutedText
        }

        Text {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            wrapMode: Text.Wrap
            text: card.online ? qsTr("Online") + (card.location.length > 0 && card.location !== "Online" ? " · " + card.location : "") : card.location
        }
    }

    LabeledLine {
        label: qsTr("Language:")
        value: Words.languageNames(card.meetingLanguages, Visit.language)
    }

    LabeledLine {
        label: qsTr("Run by:")
        value: card.organizer
    }

    LabeledLine {
        label: qsTr("Cost:")
        value: card.cost
    }

    LabeledLine {
        label: qsTr("Join online:")
        value: card.joinUrl.replace(/^https?:\/\//, "")
    }

    BodyText {
        text: card.description
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        font.family: Theme.fontFamily
    }

    TouchButton {
        // A Column puts every child at x 0; the anchor is what LayoutMirroring flips.
        anchors.left: parent.left
        objectName: "sendToPhone"
        visible: !card.cancelled
        iconName: "phone"
        text: qsTr("Send to my phone")
        onClicked: card.takeAwayRequested(card.uid, card.start)
    }
    }
}
