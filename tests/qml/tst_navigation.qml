import QtQuick
import QtTest
import Lactation.Core
import Lactation.Ui

// From home to every section and back, with the bar's Back and Home in the same place.
TestCase {
    id: test

    name: "Navigation"
    when: windowShown

    Component {
        id: mainWindow
        Main {
            width: 1080
            height: 1920
        }
    }

    function find(root: Item, name: string): Item {
        const found = findChild(root, name)
        verify(found, "no item named " + name)
        return found
    }

    function test_everySectionAndBack_data() {
        return [
            { tag: "learn", title: "Learn" },
            { tag: "groups", title: "Support groups & classes" },
            { tag: "help", title: "Get help" },
            { tag: "room", title: "Lactation room" },
            { tag: "visit", title: "Your visit" }
        ]
    }

    function test_everySectionAndBack(data) {
        const window = createTemporaryObject(mainWindow, test)
        waitForRendering(window.contentItem)
        const stack = window.stack
        const back = find(window.contentItem, "backButton")
        compare(back.enabled, false, "no Back on the home screen")
        const backPosition = back.mapToItem(null, 0, 0)

        mouseClick(find(window.contentItem, "tile-" + data.tag))
        tryCompare(stack, "depth", 2)
        compare(stack.currentItem.title, data.title)
        verify(back.enabled)
        compare(back.mapToItem(null, 0, 0), backPosition, "Back stays where it was")

        mouseClick(back)
        tryCompare(stack, "depth", 1)
        compare(stack.currentItem.title, Visit.siteName)
    }

    function test_articleThenHome() {
        const window = createTemporaryObject(mainWindow, test)
        waitForRendering(window.contentItem)
        const stack = window.stack
        mouseClick(find(window.contentItem, "tile-learn"))
        tryCompare(stack, "depth", 2)
        tryVerify(() => findChild(stack.currentItem, "page-pumping-storing"))
        mouseClick(find(stack.currentItem, "page-pumping-storing"))
        tryCompare(stack, "depth", 3)
        verify(findChild(stack.currentItem, "articleText"), "the article shows its text")
        compare(stack.currentItem.pageId, "pumping-storing")
        mouseClick(find(window.contentItem, "homeButton"))
        tryCompare(stack, "depth", 1)
    }
}
