pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// Every language of the pack by its own name, in its own script and font, in the pack's order:
// a mother finds hers without reading any other. One tap sets it and returns to where she was.
KioskScreen {
    id: chooser

    title: qsTr("Language")

    ScrollPage {
        id: page
        anchors.fill: parent
        maxWidth: chooser.width

        Flow {
            id: choices
            width: parent.width
            spacing: Theme.spacing

            // Two columns on a portrait screen, three on a landscape one, one on a phone; a name
            // needs room for about a dozen letters at heading size.
            readonly property int columns: Math.max(1, Math.min(chooser.width > chooser.height ? 3 : 2,
                                                                Math.floor(width / (10 * Theme.headingSize))))
            readonly property real cellWidth: Math.floor((width - (columns - 1) * spacing) / columns)

            Repeater {
                model: Visit.languageChoices

                TouchButton {
                    required property var modelData
                    objectName: "language-" + modelData.tag
                    width: choices.cellWidth
                    height: Math.max(implicitHeight, 1.5 * Theme.touchTarget)
                    text: modelData.name
                    fontFamily: modelData.fontFamily
                    spokenLanguage: modelData.tag
                    fontSize: Theme.headingSize
                    checked: modelData.tag === Visit.language
                    onClicked: {
                        Visit.language = modelData.tag
                        chooser.closeRequested()
                    }
                }
            }

            // The site's notice of free language help, in every language it has, for a mother
            // whose language is not among the ones above.
            TouchButton {
                objectName: "languageHelpButton"
                visible: Visit.languageNotices.length > 0
                width: choices.width
                height: Math.max(implicitHeight, 1.5 * Theme.touchTarget)
                iconName: "language"
                text: Words.section("language-help", Visit.language)
                fontSize: Theme.headingSize
                onClicked: chooser.openRequested("language-help", {})
            }
        }
    }
}
