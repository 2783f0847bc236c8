import QtQml
import QtQuick
import QtQuick.Window
import Lactation.Core
import Lactation.Ui

Window {
    id: window

    width: 1080
    height: 1920
    visible: true
    color: Theme.background
    title: ContentStore.title

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(window.width, window.height) / 1080
    }

    HomeScreen {
        anchors.fill: parent
    }
}
