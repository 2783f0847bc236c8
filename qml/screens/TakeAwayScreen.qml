pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// Take it with you: one QR code per action for the phone's own camera, the same in words under
// each, and a plain word that the codes hold nothing about her. Nothing of it is kept.
KioskScreen {
    id: screen

    property string itemId
    property date occurrenceStart

    title: qsTr("Send to my phone")

    TakeAwaySheet {
        id: sheet
        objectName: "takeAwaySheet"
        visit: Visit
        display: KioskDisplay
        itemId: screen.itemId
        occurrenceStart: screen.occurrenceStart
        codesShown: true
        screenSize: Qt.size(screen.Window.width, screen.Window.height)
    }

    ScrollPage {
        anchors.fill: parent
        maxWidth: Math.max(Theme.readableWidth, 3 * sheet.codeSide + 4 * Theme.spacing)

        Heading {
            text: sheet.title
        }

        BodyText {
            text: sheet.when
            font.bold: true
        }

        BodyText {
            text: qsTr("Point your phone's camera at a code. Each holds only what is written under it – nothing about you.")
        }

        BodyText {
            visible: sheet.count === 0
            text: qsTr("There is nothing to send for this item.")
        }

        Flow {
            width: parent.width
            spacing: Theme.spacing * 2

            Repeater {
                model: sheet

                Column {
                    id: entry

                    required property string kind
                    required property string label
                    required property string payload
                    required property string words

                    objectName: "takeAwayCode"
                    width: Math.min(parent.width, Math.max(code.width, 2 * sheet.codeSide, 10 * Theme.bodySize))
                    spacing: Theme.spacing / 2
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Graphic
                    Accessible.name: entry.label + ". " + entry.words

                    Text {
                        width: parent.width
                        text: entry.label
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.family: Theme.fontFamily
                        font.bold: true
                        wrapMode: Text.Wrap
                    }

                    QrCode {
                        id: code
                        objectName: "qr-" + entry.kind
                        payload: entry.payload
                        minimumSide: sheet.codeSide
                        minimumModule: sheet.modulePixels
                    }

                    BodyText {
                        text: entry.words
                    }
                }
            }
        }
    }
}
