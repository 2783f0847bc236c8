import QtQuick
import QtTest
import Lactation.Core
import Lactation.Ui

// One tap switches language mid-screen: the UI's words and the pack's content change together.
TestCase {
    id: test

    name: "Language"
    when: windowShown

    Component {
        id: mainWindow
        Main {
            width: 1080
            height: 1920
        }
    }

    function cleanup() {
        Visit.language = "en"
    }

    Component {
        id: screenWindow
        Main {
            width: 360
            height: 640
        }
    }

    // The language button opens the chooser (the built-in pack has five languages); a tap on a
    // language there sets it and returns to the screen she was on.
    function choose(window, tag) {
        mouseClick(findChild(window.contentItem, "languageButton"))
        waitForRendering(window.contentItem)
        compare(window.stack.currentItem.screenName, "languages")
        mouseClick(findChild(window.stack.currentItem, "language-" + tag))
        waitForRendering(window.contentItem)
        compare(Visit.language, tag)
    }

    // Every screen survives a switch and back, and its title follows.
    function test_switchOnEveryScreen_data() {
        return [
            { tag: "home" }, { tag: "learn" }, { tag: "article" }, { tag: "groups" },
            { tag: "help" }, { tag: "room" }, { tag: "visit" }
        ]
    }

    function test_switchOnEveryScreen(data) {
        const window = createTemporaryObject(screenWindow, test, { "startScreen": data.tag })
        waitForRendering(window.contentItem)
        const screen = window.stack.currentItem
        const english = screen.title
        choose(window, "es")
        compare(window.stack.currentItem, screen, "still on the same screen")
        if (data.tag !== "home")
            verify(screen.title !== english, "title in Spanish: " + screen.title)
        choose(window, "en")
        compare(window.stack.currentItem, screen, "still on the same screen")
        compare(screen.title, english)
    }

    // A switch that lands before the first frame (as --language does) is fine too.
    function test_switchBeforeFirstFrame_data() {
        return test_switchOnEveryScreen_data()
    }

    function test_switchBeforeFirstFrame(data) {
        const window = createTemporaryObject(screenWindow, test, { "startScreen": data.tag })
        Visit.language = "es"
        waitForRendering(window.contentItem)
        verify(window.stack.currentItem.title.length > 0)
        Visit.language = "en"
        waitForRendering(window.contentItem)
    }

    function test_switchOnGroupsScreen() {
        const window = createTemporaryObject(mainWindow, test)
        waitForRendering(window.contentItem)
        const stack = window.stack
        mouseClick(findChild(window.contentItem, "tile-groups"))
        tryCompare(stack, "depth", 2)
        const list = findChild(stack.currentItem, "occurrenceList")
        list.currentIndex = 0
        const englishSummary = list.currentItem.summary
        compare(stack.currentItem.title, "Support groups & classes")

        const button = findChild(window.contentItem, "languageButton")
        compare(button.text, "English") // the visitor's language, under which the chooser opens
        choose(window, "es")
        compare(stack.depth, 2, "still on the same screen")
        compare(stack.currentItem.title, "Grupos de apoyo y clases")
        list.currentIndex = 0
        verify(list.currentItem.summary !== englishSummary, "content in Spanish too")
        compare(button.text, "Español")

        choose(window, "en")
        compare(stack.currentItem.title, "Support groups & classes")
    }
}
