import QtQuick
import Lactation.Ui

// One block of an article: a run of Markdown, or an image fitted to the column's width.
Item {
    id: block

    required property var modelData
    readonly property bool isImage: modelData.kind === "image"

    implicitHeight: isImage ? picture.height : markdown.implicitHeight

    Text {
        id: markdown
        objectName: "articleText"
        width: parent.width
        visible: !block.isImage
        text: block.isImage ? "" : block.modelData.text
        textFormat: Text.MarkdownText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        wrapMode: Text.Wrap
    }

    Image {
        id: picture
        width: parent.width
        height: visible && implicitWidth > 0 ? Math.min(width * implicitHeight / implicitWidth, 700) : 0
        visible: block.isImage
        source: block.isImage ? block.modelData.source : ""
        sourceSize.width: 1200
        fillMode: Image.PreserveAspectFit
        Accessible.role: Accessible.Graphic
        Accessible.name: block.isImage ? block.modelData.alt : ""
    }
}
