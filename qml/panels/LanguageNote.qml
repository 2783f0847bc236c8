import QtQuick
import Lactation.Core
import Lactation.Ui

// Says which language an item is written in when it is not the visitor's: the pack lacks it in
// hers, so it shows in the first language that has it rather than disappearing. Nothing otherwise.
Row {
    id: note

    property string language // the item's contentLanguage

    visible: language.length > 0 && language !== Visit.language
    spacing: Theme.spacing / 3
    activeFocusOnTab: true // the keypad reads it as it reaches it
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Icon {
        id: globe
        anchors.verticalCenter: parent.verticalCenter
        name: "language"
        color: Theme.mutedText
    }

    Text {
        id: label
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(implicitWidth, note.parent ? note.parent.width - globe.width - note.spacing : implicitWidth)
        text: Words.languageName(note.language, Visit.language)
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        font.family: Theme.fontFamily
        font.bold: true
        wrapMode: Text.Wrap
    }
}
