import QtQuick
import Lactation.Ui

// "Cost: Free" – a bold label and its value, wrapping together; hidden when the value is empty.
Text {
    property string label
    property string value

    width: parent ? parent.width : 0
    visible: value.length > 0
    text: "<b>" + label + "</b> " + value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")
    textFormat: Text.StyledText
    color: Theme.text
    font.pixelSize: Theme.bodySize
    font.family: Theme.fontFamily
    wrapMode: Text.Wrap
}
