import QtQuick
import Lactation.Core
import Lactation.Ui

// Back, home, listen, text size, contrast and language: always in the same place, on every screen. When
// the title does not fit beside the buttons it gets its own line under them, and when not even
// the buttons fit in one row the display buttons get a row of their own. Placed by anchors, from
// the left edge, so that LayoutMirroring flips the bar; no Row: a layout that shows and hides
// items on resize did not always re-run in Qt 6.4. The widths and distances below are measured
// from the start edge and never read an item's x, which mirroring changes.
Rectangle {
    id: bar

    property string title
    property bool atHome: true
    // The "move to reach" control: only where part of the screen is above a seated visitor's reach.
    property bool offerReach: false
    property bool reachDown: false
    // At the bottom of the screen the title's own line goes above the buttons.
    property bool titleFirst: false
    // The page on screen has a person's recording: Listen plays it, with or without a voice.
    property bool recordingHere: false
    readonly property real margin: Theme.spacing / 2
    // A touch target, or more where the language's script draws taller lines (Arabic at the
    // largest text size) so no label leaves its button.
    readonly property real rowHeight: Math.max(Theme.touchTarget, Math.ceil(listenFont.height) + Theme.spacing / 2)
    readonly property bool labelled: width >= 700
    readonly property real leftWidth: margin + backButton.width + margin + homeButton.width
    readonly property real displayWidth: (listenButton.visible ? listenButton.width + margin : 0)
                                         + textSizeButton.width + margin + contrastButton.width
                                         + (reachButton.visible ? margin + reachButton.width : 0)
    readonly property real languageWidth: languageButton.visible ? languageButton.width + margin : 0
    // Buttons in one row, and the title beside them when it has at least a few words' room.
    readonly property bool oneRow: leftWidth + 2 * margin + displayWidth + languageWidth <= width
    readonly property bool narrow: !oneRow
                                   || width - leftWidth - displayWidth - languageWidth - 4 * margin
                                      < Math.ceil(titleWidth.advanceWidth) + 2
    readonly property real buttonsY: narrow && titleFirst ? margin + heading.implicitHeight + margin / 2 : margin
    readonly property real buttonsBottom: buttonsY + (oneRow ? rowHeight : 2 * rowHeight + margin / 2)
    // Where listen (or, without it, text size) starts, from the start edge: left of the language
    // button, or at the start of a row of its own.
    // The language button stays on the first row beside back and home when they leave it room,
    // else it ends the second row (long words at the largest text size).
    readonly property bool languageOnTop: oneRow || leftWidth + 3 * margin + languageWidth <= width
    readonly property real displayStart: oneRow ? width - languageButton.width - margin - displayWidth - margin : margin
    readonly property real titleY: narrow && titleFirst ? margin : buttonsBottom + margin / 2

    signal back
    signal home
    signal reachToggled
    signal listen
    signal chooseLanguage

    implicitHeight: narrow ? (titleFirst ? buttonsBottom : titleY + heading.implicitHeight) + margin
                           : 2 * margin + Math.max(rowHeight, heading.implicitHeight)
    color: Theme.surface

    TouchButton {
        id: backButton
        objectName: "backButton"
        anchors.left: parent.left
        anchors.leftMargin: bar.margin
        y: bar.buttonsY
        height: bar.rowHeight
        iconName: "back"
        text: bar.labelled ? Words.control("back", Visit.language) : ""
        Accessible.name: Words.control("back", Visit.language)
        opacity: bar.atHome ? 0 : 1
        enabled: !bar.atHome
        onClicked: bar.back()
    }

    TouchButton {
        id: homeButton
        objectName: "homeButton"
        anchors.left: backButton.right
        anchors.leftMargin: bar.margin
        y: bar.buttonsY
        height: bar.rowHeight
        iconName: "home"
        text: bar.labelled ? Words.control("home", Visit.language) : ""
        Accessible.name: Words.control("home", Visit.language)
        opacity: bar.atHome ? 0 : 1
        enabled: !bar.atHome
        onClicked: bar.home()
    }

    // Listen, text size and contrast: left of the language button, or on a row of their own.
    // Listen keeps one width whatever it says, so the bar never moves under the finger.
    FontMetrics {
        id: listenFont
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        font.bold: true
    }

    TouchButton {
        id: listenButton
        objectName: "listenButton"
        readonly property real wideWidth: Math.ceil(Math.max(listenFont.advanceWidth(Words.control("listen", Visit.language)), listenFont.advanceWidth(qsTr("Stop")),
                                                                 listenFont.advanceWidth(qsTr("Starting…")), listenFont.advanceWidth(qsTr("No speech")))) + 3 * Theme.spacing + slack + Theme.iconSize + Theme.spacing / 2 + 2 * Theme.spacing
        // Its word only where every button still fits in one row with it.
        readonly property bool wide: bar.labelled
                                     && bar.leftWidth + 3 * bar.margin + wideWidth + textSizeButton.width + contrastButton.width
                                        + (reachButton.visible ? bar.margin + reachButton.width : 0) + bar.languageWidth
                                        + 3 * Theme.headingSize * 4 <= bar.width
        anchors.left: parent.left
        anchors.leftMargin: bar.displayStart
        y: bar.oneRow ? bar.buttonsY : bar.buttonsY + bar.rowHeight + bar.margin / 2
        width: wide ? wideWidth : bar.rowHeight
        height: bar.rowHeight
        visible: ReadAloud.status !== ReadAloud.Off
        iconName: ReadAloud.reading ? "stop" : "listen"
        checked: ReadAloud.reading
        readonly property bool silent: (ReadAloud.status === ReadAloud.Unavailable || ReadAloud.status === ReadAloud.NoVoice)
                                       && !bar.recordingHere
        opacity: ReadAloud.status === ReadAloud.Starting || listenButton.silent ? 0.6 : 1
        text: !wide ? ""
                    : ReadAloud.status === ReadAloud.Starting ? qsTr("Starting…")
                    : listenButton.silent ? qsTr("No speech")
                    : ReadAloud.reading ? qsTr("Stop") : Words.control("listen", Visit.language)
        Accessible.name: ReadAloud.status === ReadAloud.Starting ? qsTr("Listen: read-aloud is starting…")
                         : listenButton.silent ? qsTr("Read-aloud is not available")
                         : ReadAloud.reading ? qsTr("Stop reading aloud")
                         : qsTr("Listen: read this screen aloud")
        onClicked: bar.listen()
    }

    TouchButton {
        id: textSizeButton
        objectName: "textSizeButton"
        anchors.left: listenButton.visible ? listenButton.right : parent.left
        anchors.leftMargin: listenButton.visible ? bar.margin : bar.displayStart
        y: bar.oneRow ? bar.buttonsY : bar.buttonsY + bar.rowHeight + bar.margin / 2
        width: bar.rowHeight
        height: bar.rowHeight
        iconName: "text-size"
        checked: Visit.textSize !== Visit.Normal
        Accessible.name: Visit.textSize === Visit.Normal
                         ? qsTr("Text size: normal. Tap for larger text")
                         : Visit.textSize === Visit.Large
                           ? qsTr("Text size: large. Tap for the largest text")
                           : qsTr("Text size: largest. Tap for normal text")
        onClicked: Visit.nextTextSize()
    }

    TouchButton {
        id: contrastButton
        objectName: "contrastButton"
        anchors.left: textSizeButton.right
        anchors.leftMargin: bar.margin
        y: textSizeButton.y
        width: bar.rowHeight
        height: bar.rowHeight
        iconName: "contrast"
        checked: Visit.highContrast
        Accessible.name: Visit.highContrast ? qsTr("High contrast: on. Tap for normal contrast")
                                                   : qsTr("High contrast: off. Tap to turn it on")
        onClicked: Visit.toggleContrast()
    }

    TouchButton {
        id: reachButton
        objectName: "reachButton"
        anchors.left: contrastButton.right
        anchors.leftMargin: visible ? bar.margin : 0
        y: textSizeButton.y
        width: visible ? bar.rowHeight : 0
        height: bar.rowHeight
        visible: bar.offerReach
        iconName: "reach"
        checked: bar.reachDown
        Accessible.name: bar.reachDown ? qsTr("Move the screen back up")
                                       : qsTr("Move the screen down, within reach")
        onClicked: bar.reachToggled()
    }

    TouchButton {
        id: languageButton
        objectName: "languageButton"
        anchors.right: parent.right
        anchors.rightMargin: bar.margin
        y: bar.languageOnTop ? bar.buttonsY : bar.buttonsY + bar.rowHeight + bar.margin / 2
        height: bar.rowHeight
        visible: Visit.languages.length > 1
        iconName: "language"
        // Two languages: one tap switches to the other, named in itself. More: the chooser, under
        // the visitor's language's own name.
        text: Visit.choosesLanguage ? Visit.languageName : Visit.nextLanguageName
        Accessible.name: Visit.choosesLanguage ? Words.control("chooseLanguage", Visit.language)
                                               : qsTr("Switch language to %1").arg(Visit.nextLanguageName)
        onClicked: Visit.choosesLanguage ? bar.chooseLanguage() : Visit.switchLanguage()
    }

    // The title's width on one line, measured apart from the heading so the choice of a row
    // does not depend on how the heading has wrapped.
    TextMetrics {
        id: titleWidth
        font: heading.font
        text: bar.title
    }

    Text {
        id: heading
        anchors.left: bar.narrow ? parent.left : homeButton.right
        anchors.leftMargin: bar.margin
        y: bar.narrow ? bar.titleY : bar.margin + Math.max(0, (bar.rowHeight - height) / 2)
        width: bar.narrow ? bar.width - 2 * bar.margin
                          : bar.displayStart - (bar.leftWidth + bar.margin) - bar.margin
        text: bar.title
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
