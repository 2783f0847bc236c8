import QtQml
import QtQuick
import Lactation.Core
import Lactation.Ui

Window {
    id: window

    // The screen to start on (a name of ScreenList).
    property string startScreen: "home"
    // --read-aloud: read the start screen as soon as the voice is ready.
    property bool readAloudAtStart: false
    readonly property alias stack: stack
    // Right-to-left languages mirror every screen: a Window is not an Item, so each top-level item
    // below (the page, the staff corner and each overlay's Loader, whose item inherits it) carries
    // its own LayoutMirroring.
    property bool mirrored: Visit.rightToLeft

    // Screens other than home load when first opened, so starting the kiosk compiles only home.
    property var screenComponents: ({})

    function openScreen(name: string, properties: var) {
        // --screen takeaway:<service id, event UID or page id> opens that item's take-away sheet.
        if (name.startsWith("takeaway:")) {
            properties = { "itemId": name.slice("takeaway:".length) }
            name = "takeaway"
        }
        if (name === "article" && properties.pageId === undefined)
            properties = { "pageId": allPages.pageIdAt(0) }
        // The visit moves on (a newer pack from the feed appears now, between screens).
        Visit.open(name, properties.pageId ?? "")
        if (name === "home") {
            stack.popToRoot()
            return
        }
        const file = ScreenList.file(name)
        if (file === "" || name === "attract")
            return
        if (name === (stack.currentItem as KioskScreen)?.screenName)
            return // the chooser's button on the chooser
        if (screenComponents[name] === undefined)
            screenComponents[name] = Qt.createComponent(Qt.resolvedUrl(file))
        const component = screenComponents[name] as Component
        if (component.status === Component.Error) {
            console.warn(component.errorString())
            return
        }
        const screen = stack.push(component, properties) as KioskScreen
        screen.screenName = name
        screen.openRequested.connect(openScreen)
        screen.closeRequested.connect(goBack)
    }

    // Back to the screen before this one.
    function goBack() {
        stack.pop()
        Visit.go((stack.currentItem as KioskScreen)?.screenName ?? "home")
    }

    width: 1080
    height: 1920
    visible: true
    color: Theme.background
    title: Visit.title
    Component.onCompleted: {
        stack.push(homeScreen, {})
        openScreen(startScreen, {})
    }

    PageModel {
        id: allPages
        visit: Visit
    }

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(window.width, window.height) / 1080
    }

    // Sizes in millimetres on the real panel, and the visitor's text size and contrast.
    Binding {
        target: Theme
        property: "pixelsPerMm"
        value: KioskDisplay.diagonalInches > 0 ? KioskDisplay.pixelsPerMm(Qt.size(window.width, window.height)) : 0
    }
    Binding {
        target: Theme
        property: "windowWidth"
        value: window.width
    }
    Binding {
        target: Theme
        property: "capHeightRatio"
        value: KioskDisplay.capHeightRatio
    }
    Binding {
        target: Theme
        property: "textScale"
        value: Visit.textScale
    }
    Binding {
        target: Theme
        property: "highContrast"
        value: Visit.highContrast
    }
    Binding {
        target: Theme
        property: "fontFamily"
        value: Visit.fontFamily
    }

    // Reach for a seated visitor: when the screen's top is above 1220 mm the controls move to the
    // bottom, and "move to reach" brings the top of the screen down to the line.
    readonly property real reachLine: KioskDisplay.diagonalInches > 0
                                      ? KioskDisplay.reachLine(Qt.size(window.width, window.height)) : 0
    readonly property bool barAtBottom: reachLine > 0

    // Under the idle warning, the PIN pad and the staff panel the visitor still sees her screen,
    // dimmed, as a still picture: the live items leave the accessibility tree, so a screen reader
    // reaches the overlay alone (Accessible.ignored would hide only an item, not its children).
    readonly property bool overlaid: idleLoader.active || pinLoader.active || staffLoader.active
    // Under the attract loop or the staff panel nothing shows: nothing to draw or to reach.
    readonly property bool covered: attractLoader.status === Loader.Ready
                                    || staffLoader.status === Loader.Ready

    onOverlaidChanged: {
        if (overlaid)
            page.grabToImage(result => still.source = result.url)
        else
            still.source = ""
    }

    Image {
        id: still
        anchors.fill: parent
        visible: window.overlaid && status === Image.Ready
        Accessible.ignored: true
    }

    Item {
        id: page
        anchors.fill: parent
        LayoutMirroring.enabled: window.mirrored
        LayoutMirroring.childrenInherit: true
        visible: !still.visible

        Rectangle { // the still picture needs the background too
            anchors.fill: parent
            color: Theme.background
        }

        DemoBanner {
            id: banner
            width: parent.width
            height: visible ? implicitHeight : 0
        }

        NavBar {
            id: bar
            y: window.barAtBottom ? page.height - height : banner.height
            width: parent.width
            offerReach: window.barAtBottom
            titleFirst: window.barAtBottom
            reachDown: Visit.reachDown
            onReachToggled: Visit.toggleReach()
            title: (stack.currentItem as KioskScreen)?.title ?? ""
            atHome: stack.depth <= 1
            onBack: window.goBack()
            onChooseLanguage: window.openScreen("languages", {})
            onHome: window.openScreen("home", {})
            recordingHere: window.currentRecording() != ""
            onListen: ReadAloud.listen(window.currentScript(), window.currentRecording())
        }

        SpeechBar {
            id: speechBar
            objectName: "speechBar"
            y: window.barAtBottom ? bar.y - height : bar.y + bar.height
            width: parent.width
            height: implicitHeight
        }

        CallBanner {
            id: calls
            y: window.barAtBottom ? banner.height : speechBar.y + speechBar.height
            width: parent.width
        }

        ScreenStack {
            id: stack
            objectName: "screenStack"
            readonly property real below: calls.y + calls.height
            visible: !window.covered
            y: Visit.reachDown ? Math.max(below, Math.min(window.reachLine, (window.barAtBottom ? speechBar.y : page.height) - 4 * Theme.touchTarget)) : below
            height: (window.barAtBottom ? speechBar.y : page.height) - y
            width: parent.width
            clip: true
        }
    }

    // What the read-aloud says for the screen on top.
    function currentScript(): list<string> {
        return ScreenScript.lines((stack.currentItem as KioskScreen)?.scriptKey ?? "home")
    }

    // A person's recording of the page on screen, played by Listen instead of the voice.
    function currentRecording(): url {
        return ScreenScript.recording((stack.currentItem as KioskScreen)?.scriptKey ?? "home")
    }

    Connections {
        target: ReadAloud

        function onStatusChanged() {
            if (window.readAloudAtStart && ReadAloud.status === ReadAloud.Ready) {
                window.readAloudAtStart = false
                ReadAloud.read(window.currentScript())
            }
        }
    }

    // Switching language while listening reads the screen again in the new language.
    Connections {
        target: Visit

        function onLanguageChanged() {
            if (ReadAloud.stoppedByThisTouch())
                ReadAloud.read(window.currentScript())
        }
    }

    // The keypad (speech mode): where its keys move – the overlay on top, else the page with its
    // bars – and each new screen, announced by its title.
    Binding {
        target: Keypad
        property: "scope"
        value: staffLoader.status === Loader.Ready ? staffLoader.item
             : pinLoader.status === Loader.Ready ? pinLoader.item
             : idleLoader.status === Loader.Ready ? idleLoader.item : page
    }
    Connections {
        target: stack

        function onCurrentItemChanged() {
            Keypad.screenShown(stack.currentItem, (stack.currentItem as KioskScreen)?.title ?? "")
        }
    }
    Connections {
        target: Keypad

        function onBackRequested() {
            if (staffLoader.active)
                StaffConsole.close()
            else if (pinLoader.active)
                window.pinOpen = false
            else if (stack.depth > 1)
                window.goBack()
        }
    }

    // A visit ends (Visit decides what it forgets): no screen, scroll, filter, ticket or dialog of
    // it remains.
    Connections {
        target: Visit

        function onEnded() {
            window.pinOpen = false
            stack.clear()
            stack.push(homeScreen, {})
        }
    }

    // Staff: hold this corner for 5 s, then the PIN.
    property bool pinOpen: false

    Item {
        objectName: "staffCorner"
        anchors.left: parent.left
        LayoutMirroring.enabled: window.mirrored
        LayoutMirroring.childrenInherit: true
        // Staff stand: with the controls at the bottom for a seated visitor, the corner is the top.
        y: window.barAtBottom ? 0 : window.height - height
        width: Theme.touchTarget * 1.5
        height: width
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Staff: hold for 5 seconds")

        TapHandler {
            longPressThreshold: 5
            onLongPressed: window.pinOpen = true
        }
    }

    Loader {
        id: idleLoader
        LayoutMirroring.enabled: window.mirrored
        LayoutMirroring.childrenInherit: true
        objectName: "idleWarning"
        anchors.fill: parent
        active: KioskSession.phase === KioskSession.Warning
        source: "panels/IdleWarning.qml"
    }

    Loader {
        id: attractLoader
        LayoutMirroring.enabled: window.mirrored
        LayoutMirroring.childrenInherit: true
        objectName: "attract"
        anchors.fill: parent
        active: window.startScreen === "attract"
                || (KioskSession.phase === KioskSession.Attract && KioskSession.attractEnabled)
        source: "screens/AttractScreen.qml"
    }

    Loader {
        id: pinLoader
        LayoutMirroring.enabled: window.mirrored
        LayoutMirroring.childrenInherit: true
        objectName: "pinPad"
        anchors.fill: parent
        active: window.pinOpen && !StaffConsole.open
        source: "panels/PinPad.qml"

        Connections {
            target: pinLoader.item
            ignoreUnknownSignals: true

            function onClosed() {
                window.pinOpen = false
            }
        }
    }

    Loader {
        id: staffLoader
        LayoutMirroring.enabled: window.mirrored
        LayoutMirroring.childrenInherit: true
        objectName: "staffPanel"
        anchors.fill: parent
        active: StaffConsole.open
        source: "panels/StaffPanel.qml"
    }

    // Where the keypad is: a thick ring in two colours, seen on any background in either palette,
    // above everything so nothing covers it.
    Item {
        id: focusRing
        objectName: "focusRing"
        readonly property Item target: Visit.speechMode ? Keypad.focused : null
        readonly property real line: Math.max(4, Math.round(Theme.spacing / 4))
        visible: target !== null && target.visible && !Visit.blanked
        z: 1000

        function place() {
            if (!target)
                return
            const at = target.mapToItem(null, 0, 0)
            x = at.x - 2 * line
            y = at.y - 2 * line
            width = target.width + 4 * line
            height = target.height + 4 * line
        }
        onTargetChanged: place()
        Accessible.ignored: true

        // Items move as the screen scrolls or its layout changes: follow them while shown.
        Timer {
            interval: 100
            repeat: true
            running: focusRing.visible
            onTriggered: focusRing.place()
        }

        Rectangle {
            anchors.fill: parent
            color: "transparent"
            radius: Theme.radius + 2 * focusRing.line
            border.width: focusRing.line
            border.color: "#000000"
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: focusRing.line
            color: "transparent"
            radius: Theme.radius + focusRing.line
            border.width: focusRing.line
            border.color: "#FFD400"
        }
    }

    // In speech mode the visitor may darken the screen: speech goes on, nobody reads over her
    // shoulder. The idle reset lights it again.
    Rectangle {
        objectName: "blankScreen"
        anchors.fill: parent
        visible: Visit.blanked
        color: "#000000"
        z: 1001
        Accessible.ignored: true

        MouseArea { // a touch on the dark screen does nothing but count as activity
            anchors.fill: parent
        }
    }

    Component {
        id: homeScreen
        HomeScreen {
            screenName: "home"
            onOpenRequested: (name, properties) => window.openScreen(name, properties)
        }
    }
}
