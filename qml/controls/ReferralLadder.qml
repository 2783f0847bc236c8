pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Ui

// Who is who, from everyday questions to medical problems.
Card {
    id: ladder

    readonly property var steps: [
        { "name": qsTr("Peer counselor"), "what": qsTr("A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.") },
        { "name": qsTr("Lactation counselor (CLC)"), "what": qsTr("A trained counselor for common problems.") },
        { "name": qsTr("Lactation consultant (IBCLC)"), "what": qsTr("The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.") },
        { "name": qsTr("Doctor"), "what": qsTr("Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.") }
    ]

    Heading {
        text: qsTr("Who can help")
    }

    Repeater {
        model: ladder.steps

        Item {
            id: step
            required property var modelData
            required property int index
            width: ladder.width - 2 * Theme.spacing
            implicitHeight: Math.max(number.height, texts.implicitHeight)

            Rectangle {
                id: number
                anchors.left: parent.left
                width: Theme.iconSize
                height: Theme.iconSize
                radius: width / 2
                color: Theme.accent
                Accessible.ignored: true

                Text {
                    anchors.centerIn: parent
                    text: step.index + 1
                    color: Theme.accentText
                    font.pixelSize: Theme.smallSize
                    // A digit in its Latin face: an Arabic face's taller line would leave the
                    // circle.
                    font.family: Theme.latinFamily
                    font.bold: true
                }
            }

            Column {
                id: texts
                anchors.left: number.right
                anchors.leftMargin: Theme.spacing / 2
                width: step.width - (number.width + Theme.spacing / 2)
                spacing: 2

                Text {
                    width: parent.width
                    text: step.modelData.name
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.family: Theme.fontFamily
                    font.bold: true
                    wrapMode: Text.Wrap
                }

                Text {
                    width: parent.width
                    text: step.modelData.what
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    font.family: Theme.fontFamily
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
