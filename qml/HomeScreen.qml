pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lactation.Core
import Lactation.Ui

// The first thing a mother sees: the site, the sections, the language switch.
Item {
    id: home

    function sectionTitle(section: string): string {
        switch (section) {
        case "learn": return qsTr("Learn")
        case "groups": return qsTr("Support groups & classes")
        case "help": return qsTr("Get help")
        case "room": return qsTr("Lactation room")
        case "visit": return qsTr("Your visit")
        }
        return section
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: demoText.implicitHeight + Theme.spacing
            visible: ContentStore.demo
            color: Theme.banner
            radius: Theme.radius

            Text {
                id: demoText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                text: qsTr("Demo content – your site's pack replaces it")
                color: Theme.bannerText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: ContentStore.siteName
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            Button {
                visible: ContentStore.languages.length > 1
                text: ContentStore.nextLanguageName
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + 2 * Theme.spacing)
                Accessible.name: qsTr("Switch language to %1").arg(ContentStore.nextLanguageName)
                onClicked: ContentStore.switchLanguage()
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: home.width > home.height ? 3 : (home.width > 600 ? 2 : 1)
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing

            Repeater {
                model: ContentStore.sections

                SectionTile {
                    required property string modelData
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    title: home.sectionTitle(modelData)
                }
            }
        }
    }
}
