import QtQuick
import Lactation.Ui

// Running text: wraps, never elides, hides itself when there is nothing to say.
Text {
    width: parent ? parent.width : 0
    visible: text.length > 0
    color: Theme.text
    font.pixelSize: Theme.bodySize
    font.family: Theme.fontFamily
    wrapMode: Text.Wrap
    lineHeight: 1.15
}
