import QtQuick
import Lactation.Ui

// A thin bar at the right edge that shows there is more to scroll to, and where one is.
Rectangle {
    required property Flickable flickable

    anchors.right: parent.right // parent: the flickable
    anchors.rightMargin: 2
    y: flickable.visibleArea.yPosition * flickable.height
    width: Math.max(4, 6 * Theme.scale)
    height: flickable.visibleArea.heightRatio * flickable.height
    radius: width / 2
    color: Theme.outline
    opacity: 0.7
    visible: flickable.visibleArea.heightRatio < 0.999
    Accessible.ignored: true
}
