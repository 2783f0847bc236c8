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
        ContentStore.language = "en"
    }

    function test_switchOnGroupsScreen() {
        const window = createTemporaryObject(mainWindow, test)
        waitForRendering(window.contentItem)
        const stack = window.stack
        mouseClick(findChild(window.contentItem, "tile-groups"))
        tryCompare(stack, "depth", 2)
        tryCompare(stack, "busy", false)
        const list = findChild(stack.currentItem, "occurrenceList")
        list.currentIndex = 0
        const englishSummary = list.currentItem.summary
        compare(stack.currentItem.title, "Support groups & classes")

        const button = findChild(window.contentItem, "languageButton")
        compare(button.text, "Español")
        mouseClick(button)
        compare(ContentStore.language, "es")
        compare(stack.depth, 2, "still on the same screen")
        compare(stack.currentItem.title, "Grupos de apoyo y clases")
        list.currentIndex = 0
        verify(list.currentItem.summary !== englishSummary, "content in Spanish too")
        compare(button.text, "English")

        mouseClick(button)
        compare(ContentStore.language, "en")
        compare(stack.currentItem.title, "Support groups & classes")
    }
}
