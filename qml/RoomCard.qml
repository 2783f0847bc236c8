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

    Accessible.role: Accessible.StaticText
    Accessible.name: name + ". " + Words.roomState(state, ContentStore.language)

    Text {
        width: parent.width
        text: card.name
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
    }

    StateBadge {
        width: parent.width
        state: card.state
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
                        anchors.verticalCenter: parent.verticalCenter
                        name: amenity.modelData
                        color: Theme.accent
                    }

                    Text {
                        id: chipText
                        anchors.verticalCenter: parent.verticalCenter
                        text: Words.amenity(amenity.modelData, ContentStore.language)
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
    }
}
