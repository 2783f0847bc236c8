pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// One article: its Markdown, then its sources and, on medical pages, the not-advice line.
Column {
    id: body

    property alias pageId: article.pageId
    property bool showTitle: true
    readonly property alias title: article.title

    spacing: Theme.spacing

    ArticleView {
        id: article
        visit: Visit
    }

    LanguageNote {
        language: article.contentLanguage
    }

    Text {
        width: parent.width
        visible: body.showTitle
        text: article.title
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.family: Theme.fontFamily
        font.bold: true
        wrapMode: Text.Wrap
        activeFocusOnTab: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Repeater {
        model: article.blocks

        ArticleBlock {
            width: body.width
        }
    }

    Rectangle {
        width: parent.width
        height: sources.implicitHeight + 2 * Theme.spacing
        visible: article.sources.length > 0 || article.medical
        color: Theme.accentSoft
        radius: Theme.radius

        Column {
            id: sources
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing / 2

            Text {
                width: parent.width
                visible: article.sources.length > 0
                text: qsTr("Sources")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.family: Theme.fontFamily
                font.bold: true
            }

            Repeater {
                model: article.sources

                BodyText {
                    required property string modelData
                    text: "• " + modelData
                    font.pixelSize: Theme.smallSize
                    font.family: Theme.fontFamily
                }
            }

            BodyText {
                visible: article.medical
                text: qsTr("Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.")
                font.pixelSize: Theme.smallSize
                font.family: Theme.fontFamily
                font.bold: true
            }
        }
    }
}
