import QtQuick
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

// Back, home and language: always in the same place, on every screen.
Rectangle {
    id: bar

    property string title
    property bool atHome: true

    signal back
    signal home

    implicitHeight: Theme.touchTarget + Theme.spacing
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing / 2
        anchors.rightMargin: Theme.spacing / 2
        spacing: Theme.spacing / 2

        TouchButton {
            objectName: "backButton"
            iconName: "back"
            text: bar.width > 700 ? qsTr("Back") : ""
            Accessible.name: qsTr("Back")
            opacity: bar.atHome ? 0 : 1
            enabled: !bar.atHome
            onClicked: bar.back()
        }

        TouchButton {
            objectName: "homeButton"
            iconName: "home"
            text: bar.width > 700 ? qsTr("Home") : ""
            Accessible.name: qsTr("Home")
            opacity: bar.atHome ? 0 : 1
            enabled: !bar.atHome
            onClicked: bar.home()
        }

        Text {
            Layout.fillWidth: true
            text: bar.title
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
            maximumLineCount: 2
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        TouchButton {
            objectName: "languageButton"
            visible: ContentStore.languages.length > 1
            iconName: "language"
            text: ContentStore.nextLanguageName
            Accessible.name: qsTr("Switch language to %1").arg(ContentStore.nextLanguageName)
            onClicked: ContentStore.switchLanguage()
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
