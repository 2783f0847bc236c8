import QtQuick
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

// Back, home and language: always in the same place, on every screen. On a narrow screen the
// title gets its own line under the buttons, so neither is squeezed.
Rectangle {
    id: bar

    property string title
    property bool atHome: true
    readonly property bool narrow: width < 700

    signal back
    signal home

    implicitHeight: column.implicitHeight + Theme.spacing
    color: Theme.surface

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacing / 2
        anchors.rightMargin: Theme.spacing / 2
        spacing: Theme.spacing / 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2

            TouchButton {
                objectName: "backButton"
                iconName: "back"
                text: bar.narrow ? "" : qsTr("Back")
                Accessible.name: qsTr("Back")
                opacity: bar.atHome ? 0 : 1
                enabled: !bar.atHome
                onClicked: bar.back()
            }

            TouchButton {
                objectName: "homeButton"
                iconName: "home"
                text: bar.narrow ? "" : qsTr("Home")
                Accessible.name: qsTr("Home")
                opacity: bar.atHome ? 0 : 1
                enabled: !bar.atHome
                onClicked: bar.home()
            }

            Text {
                Layout.fillWidth: true
                visible: !bar.narrow
                text: bar.title
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Item {
                Layout.fillWidth: true
                visible: bar.narrow
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

        Text {
            Layout.fillWidth: true
            visible: bar.narrow
            text: bar.title
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
