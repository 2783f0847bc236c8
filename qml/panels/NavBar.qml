import QtQuick
import Lactation.Core
import Lactation.Ui

// Back, home and language: always in the same place, on every screen. On a narrow screen the
// title gets its own line under the buttons, so neither is squeezed. Placed by hand: a layout
// that shows and hides items on resize did not always re-run in Qt 6.4.
Rectangle {
    id: bar

    property string title
    property bool atHome: true
    readonly property bool narrow: width < 700
    readonly property real margin: Theme.spacing / 2
    readonly property real rowHeight: Theme.touchTarget

    signal back
    signal home

    implicitHeight: narrow ? 2 * margin + rowHeight + margin / 2 + heading.implicitHeight
                           : 2 * margin + Math.max(rowHeight, heading.implicitHeight)
    color: Theme.surface

    TouchButton {
        id: backButton
        objectName: "backButton"
        x: bar.margin
        y: bar.margin
        height: bar.rowHeight
        iconName: "back"
        text: bar.narrow ? "" : qsTr("Back")
        Accessible.name: qsTr("Back")
        opacity: bar.atHome ? 0 : 1
        enabled: !bar.atHome
        onClicked: bar.back()
    }

    TouchButton {
        id: homeButton
        objectName: "homeButton"
        x: backButton.x + backButton.width + bar.margin
        y: bar.margin
        height: bar.rowHeight
        iconName: "home"
        text: bar.narrow ? "" : qsTr("Home")
        Accessible.name: qsTr("Home")
        opacity: bar.atHome ? 0 : 1
        enabled: !bar.atHome
        onClicked: bar.home()
    }

    TouchButton {
        id: languageButton
        objectName: "languageButton"
        x: bar.width - width - bar.margin
        y: bar.margin
        height: bar.rowHeight
        visible: ContentStore.languages.length > 1
        iconName: "language"
        text: ContentStore.nextLanguageName
        Accessible.name: qsTr("Switch language to %1").arg(ContentStore.nextLanguageName)
        onClicked: ContentStore.switchLanguage()
    }

    Text {
        id: heading
        x: bar.narrow ? bar.margin : homeButton.x + homeButton.width + bar.margin
        y: bar.narrow ? backButton.y + bar.rowHeight + bar.margin / 2
                      : bar.margin + Math.max(0, (bar.rowHeight - height) / 2)
        width: bar.narrow ? bar.width - 2 * bar.margin : languageButton.x - x - bar.margin
        text: bar.title
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
