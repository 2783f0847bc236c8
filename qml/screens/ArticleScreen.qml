import QtQuick
import Lactation.Core
import Lactation.Ui

KioskScreen {
    id: screen

    property string pageId

    title: qsTr("Learn")
    scriptKey: "article:" + pageId

    ScrollPage {
        anchors.fill: parent

        ArticleBody {
            width: parent.width
            pageId: screen.pageId
        }

        // An article with a web source can go to the phone too.
        TakeAwaySheet {
            id: source
            visit: Visit
            itemId: screen.pageId
        }

        TouchButton {
            objectName: "sendToPhone"
            visible: source.count > 0
            iconName: "phone"
            text: qsTr("Send to my phone")
            onClicked: screen.openRequested("takeaway", { "itemId": screen.pageId })
        }
    }
}
