import QtQuick
import Lactation.Ui

Text {
    width: parent ? parent.width : implicitWidth
    color: Theme.text
    font.pixelSize: Theme.headingSize
    font.bold: true
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
