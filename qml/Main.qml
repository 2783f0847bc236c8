import QtQml
import QtQuick
import Lactation.Core
import Lactation.Ui

Window {
    id: window

    // The screen to start on (home, learn, article, groups, help, room, visit).
    property string startScreen: "home"
    // --read-aloud: read the start screen as soon as the voice is ready.
    property bool readAloudAtStart: false
    readonly property alias stack: stack

    // Screens other than home load when first opened, so starting the kiosk compiles only home.
    property var screenComponents: ({})

    function openScreen(name: string, properties: var) {
        // A newer pack from the feed appears between screens, never under the visitor's finger.
        ContentStore.applyPendingContent()
        const files = {
            "learn": "screens/LearnScreen.qml", "article": "screens/ArticleScreen.qml",
            "groups": "screens/GroupsScreen.qml", "help": "screens/HelpScreen.qml",
            "room": "screens/RoomScreen.qml", "visit": "screens/VisitScreen.qml",
            "takeaway": "screens/TakeAwayScreen.qml"
        }
        // --screen takeaway:<service id, event UID or page id> opens that item's take-away sheet.
        if (name.startsWith("takeaway:")) {
            properties = { "itemId": name.slice("takeaway:".length) }
            name = "takeaway"
        }
        if (name === "home") {
            stack.popToRoot()
            return
        }
        if (files[name] === undefined)
            return
        if (name === "article" && properties.pageId === undefined)
            properties = { "pageId": allPages.pageIdAt(0) }
        if (screenComponents[name] === undefined)
            screenComponents[name] = Qt.createComponent(Qt.resolvedUrl(files[name]))
        const component = screenComponents[name] as Component
        if (component.status === Component.Error) {
            console.warn(component.errorString())
            return
        }
        const screen = stack.push(component, properties) as KioskScreen
        screen.screenName = name
        screen.openRequested.connect(openScreen)
    }

    width: 1080
    height: 1920
    visible: true
    color: Theme.background
    title: ContentStore.title
    Component.onCompleted: {
        stack.push(homeScreen, {})
        openScreen(startScreen, {})
    }

    PageModel {
        id: allPages
        store: ContentStore
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
        value: KioskDisplay.textScale
    }
    Binding {
        target: Theme
        property: "highContrast"
        value: KioskDisplay.highContrast
    }

    // Reach for a seated visitor: when the screen's top is above 1220 mm the controls move to the
    // bottom, and "move to reach" brings the top of the screen down to the line.
    readonly property real reachLine: KioskDisplay.diagonalInches > 0
                                      ? KioskDisplay.reachLine(Qt.size(window.width, window.height)) : 0
    readonly property bool barAtBottom: reachLine > 0
    property bool reachDown: false

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
            reachDown: window.reachDown
            onReachToggled: window.reachDown = !window.reachDown
            title: (stack.currentItem as KioskScreen)?.title ?? ""
            atHome: stack.depth <= 1
            onBack: {
                ContentStore.applyPendingContent()
                stack.pop()
            }
            onHome: window.openScreen("home", {})
            onListen: ReadAloud.listen(window.currentScript())
        }

        SpeechBar {
            id: speechBar
            objectName: "speechBar"
            y: window.barAtBottom ? bar.y - height : bar.y + bar.height
            width: parent.width
            height: implicitHeight
        }

        // At home nothing is being read closely: a new pack may come in at once.
        Connections {
            target: ContentStore

            function onUpdatePendingChanged() {
                if (stack.depth <= 1)
                    ContentStore.applyPendingContent()
            }
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
            y: window.reachDown ? Math.max(below, Math.min(window.reachLine, (window.barAtBottom ? speechBar.y : page.height) - 4 * Theme.touchTarget)) : below
            height: (window.barAtBottom ? speechBar.y : page.height) - y
            width: parent.width
            clip: true
        }
    }

    // What the read-aloud says for the screen on top.
    function currentScript(): list<string> {
        return ScreenScript.lines((stack.currentItem as KioskScreen)?.screenName ?? "home")
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
        target: ContentStore

        function onLanguageChanged() {
            if (ReadAloud.stoppedByThisTouch())
                ReadAloud.read(window.currentScript())
        }
    }

    // A visit ends: nothing of it remains – screens, scroll, filters, tickets, dialogs, language.
    Connections {
        target: KioskSession

        function onReset() {
            window.pinOpen = false
            window.reachDown = false
            StaffConsole.close()
            ContentStore.resetLanguage()
            ContentStore.applyPendingContent()
            stack.clear()
            stack.push(homeScreen, {})
        }
    }

    // Staff: hold this corner for 5 s, then the PIN.
    property bool pinOpen: false

    Item {
        objectName: "staffCorner"
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
        objectName: "idleWarning"
        anchors.fill: parent
        active: KioskSession.phase === KioskSession.Warning
        source: "panels/IdleWarning.qml"
    }

    Loader {
        id: attractLoader
        objectName: "attract"
        anchors.fill: parent
        active: window.startScreen === "attract"
                || (KioskSession.phase === KioskSession.Attract && KioskSession.attractEnabled)
        source: "screens/AttractScreen.qml"
    }

    Loader {
        id: pinLoader
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
        objectName: "staffPanel"
        anchors.fill: parent
        active: StaffConsole.open
        source: "panels/StaffPanel.qml"
    }

    Component {
        id: homeScreen
        HomeScreen {
            screenName: "home"
            onOpenRequested: (name, properties) => window.openScreen(name, properties)
        }
    }
}
