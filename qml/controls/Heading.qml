import QtQuick
import Lactation.Ui

Text {
    width: parent ? parent.width : 0
    color: Theme.text
    font.pixelSize: Theme.headingSize
    font.family: Theme.fontFamily
    font.bold: true
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
