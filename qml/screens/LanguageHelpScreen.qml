pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// The site's notice of free language help (Section 1557), posted where people see it: every
// language's sentence in that language, its script and its direction, whether or not the kiosk
// otherwise offers the language. Each card is drawn in its language's font; Qt aligns each text by
// its own direction, so an Arabic or Urdu notice reads from the right even on an English screen.
KioskScreen {
    id: notices

    title: Words.section("language-help", Visit.language)

    ScrollPage {
        id: page
        anchors.fill: parent
        maxWidth: notices.width > notices.height ? 1800 * Math.max(1, Theme.scale) : Theme.readableWidth

        Flow {
            id: cards
            width: parent.width
            spacing: Theme.spacing

            // Two columns on a landscape screen wide enough for two readable cards.
            readonly property int columns: notices.width > notices.height && width >= 36 * Theme.headingSize ? 2 : 1
            readonly property real cellWidth: Math.floor((width - (columns - 1) * spacing) / columns)

            Repeater {
                model: Visit.languageNotices

                Card {
                    id: card
                    required property var modelData
                    objectName: "notice-" + modelData.tag
                    width: cards.cellWidth

                    Text {
                        width: parent.width
                        text: card.modelData.name
                        color: Theme.accent
                        font.pixelSize: Theme.bodySize
                        font.family: card.modelData.fontFamily
                        font.bold: true
                        wrapMode: Text.Wrap
                    }

                    Text {
                        objectName: "noticeText"
                        width: parent.width
                        text: card.modelData.text
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.family: card.modelData.fontFamily
                        wrapMode: Text.Wrap
                        lineHeight: 1.15
                    }
                }
            }
        }
    }
}
