import QtQuick
import Lactation.Ui

KioskScreen {
    id: screen

    property string pageId

    title: qsTr("Learn")

    ScrollPage {
        anchors.fill: parent

        ArticleBody {
            width: parent.width
            pageId: screen.pageId
        }
    }
}
