import QtQuick
import Lactation.Ui

// One of the UI's icons (qml/icons), drawn in any colour.
Image {
    id: icon

    property string name
    property color color: Theme.text
    property real size: Theme.iconSize

    width: size
    height: size
    // The colour goes in without "#", which would start a URL fragment.
    source: name.length > 0 ? "image://icon/" + name + "/" + color.toString().substring(1) : ""
    sourceSize.width: size
    sourceSize.height: size
    fillMode: Image.PreserveAspectFit
    // Direction, not meaning: the back arrow points the way a right-to-left page goes back. The
    // media-style previous and next, like a QR code or a phone number, stay as they are.
    mirror: name === "back" && LayoutMirroring.enabled
    // Decoded off the UI thread: text and tiles draw first, icons follow a moment later.
    asynchronous: true
    Accessible.ignored: true
}
