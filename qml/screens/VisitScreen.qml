pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// The site's own policy on pumping and feeding during a visit (the pack's "your-visit" topic).
KioskScreen {
    title: qsTr("Your visit")

    ScrollPage {
        anchors.fill: parent

        Repeater {
            model: PageModel {
                visit: Visit
                topic: "your-visit"
            }

            Item {
                id: entry
                required property string pageId
                width: parent.width
                implicitHeight: body.implicitHeight

                ArticleBody {
                    id: body
                    width: parent.width
                    pageId: entry.pageId
                }
            }
        }
    }
}
