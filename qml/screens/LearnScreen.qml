pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// Articles by topic; one tap opens an article.
KioskScreen {
    id: learn

    title: qsTr("Learn")

    ListView {
        id: list
        anchors.fill: parent
        topMargin: Theme.spacing
        bottomMargin: Theme.spacing
        spacing: Theme.spacing / 2
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // For the keypad every entry exists, not only those in view (the lists are short).
        cacheBuffer: Visit.speechMode ? 100000 : 320
        model: PageModel {
            visit: Visit
        }
        delegate: Column {
            id: entry
            required property string pageId
            required property string title
            required property string summary
            required property string topicTitle
            required property bool firstInTopic
            required property string contentLanguage
            // Centred in the list's content item, which is as wide as the list.
            anchors.horizontalCenter: parent?.horizontalCenter
            anchors.alignWhenCentered: false
            width: Math.min(list.width - 2 * Theme.spacing, Theme.readableWidth)
            spacing: Theme.spacing / 2

            Heading {
                visible: entry.firstInTopic
                topPadding: Theme.spacing
                text: entry.topicTitle
            }

            TouchButton {
            objectName: "page-" + entry.pageId
            width: parent.width
            implicitHeight: Math.max(Theme.touchTarget, texts.implicitHeight + Theme.spacing)
            Accessible.name: entry.title + ". " + entry.summary
            onClicked: learn.openRequested("article", { "pageId": entry.pageId })

            Column {
                id: texts
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacing / 4

                Text {
                    width: parent.width
                    text: entry.title
                    color: Theme.accent
                    font.pixelSize: Theme.bodySize
                    font.family: Theme.fontFamily
                    font.bold: true
                    wrapMode: Text.Wrap
                }

                LanguageNote {
                    language: entry.contentLanguage
                }

                Text {
                    width: parent.width
                    visible: text.length > 0
                    text: entry.summary
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    font.family: Theme.fontFamily
                    wrapMode: Text.Wrap
                }
            }
            }
        }
        ScrollHint {
            parent: list
            flickable: list
        }
    }
}
