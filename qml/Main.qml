import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Lactation.Core
import Lactation.Ui

Window {
    id: window

    // The screen to start on (home, learn, article, groups, help, room, visit).
    property string startScreen: "home"
    readonly property alias stack: stack

    function openScreen(name: string, properties: var, immediate: bool) {
        const screens = {
            "learn": learnScreen, "article": articleScreen, "groups": groupsScreen,
            "help": helpScreen, "room": roomScreen, "visit": visitScreen
        }
        if (name === "home") {
            stack.pop(null, immediate ? StackView.Immediate : StackView.PushTransition)
            return
        }
        if (name === "article" && properties.pageId === undefined)
            properties = { "pageId": allPages.pageIdAt(0) }
        if (screens[name] !== undefined)
            stack.push(screens[name], properties, immediate ? StackView.Immediate : StackView.PushTransition)
    }

    width: 1080
    height: 1920
    visible: true
    color: Theme.background
    title: ContentStore.title
    Component.onCompleted: openScreen(startScreen, {}, true)

    PageModel {
        id: allPages
        store: ContentStore
    }

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(window.width, window.height) / 1080
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        DemoBanner {
            Layout.fillWidth: true
        }

        NavBar {
            Layout.fillWidth: true
            title: (stack.currentItem as KioskScreen)?.title ?? ""
            atHome: stack.depth <= 1
            onBack: stack.pop()
            onHome: window.openScreen("home", {}, false)
        }

        StackView {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            initialItem: HomeScreen {
                onOpenRequested: (name, properties) => window.openScreen(name, properties, false)
            }
        }
    }

    Component {
        id: learnScreen
        LearnScreen {
            onOpenRequested: (name, properties) => window.openScreen(name, properties, false)
        }
    }

    Component {
        id: articleScreen
        ArticleScreen {}
    }

    Component {
        id: groupsScreen
        GroupsScreen {}
    }

    Component {
        id: helpScreen
        HelpScreen {}
    }

    Component {
        id: roomScreen
        RoomScreen {}
    }

    Component {
        id: visitScreen
        VisitScreen {}
    }
}
