import QtQuick
import Lactation.Ui

// A large touch target with an optional icon. Used for every tap in the kiosk.
Rectangle {
    id: button

    property string text
    property string iconName
    property bool primary: false
    property bool checked: false
    property real fontSize: Theme.bodySize
    property string fontFamily: Theme.fontFamily // a language's own name takes that language's
    // The language of the text when it is not the visitor's (a language's own name): the keypad's
    // speech says it in that language's voice.
    property string spokenLanguage
    readonly property color foreground: primary || checked ? Theme.accentText : Theme.accent
    // A bold accent ("Sigo aquí") can measure a little narrower than it lays out.
    readonly property real slack: Math.ceil(Theme.bodySize / 8)
    readonly property real iconPart: iconName.length > 0 ? Theme.iconSize + (text.length > 0 ? Theme.spacing / 2 : 0) : 0

    signal clicked

    // Sized from the text on one line; a narrower button wraps the text instead.
    implicitWidth: Math.max(Theme.touchTarget, Math.ceil(metrics.advanceWidth) + slack + iconPart + 2 * Theme.spacing)
    // Never wider than the column or flow that holds it: with larger text the label wraps instead.
    width: parent && parent.width > 0 ? Math.min(implicitWidth, parent.width) : implicitWidth
    implicitHeight: Math.max(Theme.touchTarget, label.implicitHeight + Theme.spacing)
    radius: Theme.radius
    color: primary || checked ? Theme.accent : (tap.pressed ? Theme.accentSoft : Theme.surface)
    border.color: Theme.accent
    border.width: Theme.borderWidth
    // Every control is reached by the keypad too, in the order of the screen.
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: button.text
    Accessible.checkable: button.checked
    Accessible.checked: button.checked
    Accessible.onPressAction: button.clicked()

    TextMetrics {
        id: metrics
        font: label.font
        text: button.text
    }

    Row {
        anchors.centerIn: parent
        spacing: Theme.spacing / 2

        Icon {
            anchors.verticalCenter: parent.verticalCenter
            visible: button.iconName.length > 0
            name: button.iconName
            color: button.foreground
        }

        Text {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(Math.ceil(metrics.advanceWidth) + button.slack, button.width - button.iconPart - Theme.spacing)
            visible: button.text.length > 0
            text: button.text
            color: button.foreground
            font.pixelSize: button.fontSize
            font.family: button.fontFamily
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }

    TapHandler {
        id: tap
        onTapped: button.clicked()
    }
}
