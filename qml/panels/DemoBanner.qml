import QtQuick
import Lactation.Core
import Lactation.Ui

// Says on every screen that the built-in content is an example, so nobody travels to a demo group.
Rectangle {
    implicitHeight: label.implicitHeight + Theme.spacing / 2
    color: Theme.banner
    visible: ContentStore.demo

    Text {
        id: label
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        text: qsTr("Demo content – your site's pack replaces it")
        color: Theme.bannerText
        font.pixelSize: Theme.smallSize
        font.family: Theme.fontFamily
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
}
