import QtQuick
import QtTest
import Lactation.Core
import Lactation.Ui

// The visitor's filters on the groups screen: language a group meets in, and in person / online.
TestCase {
    id: test

    name: "GroupFilters"
    when: windowShown

    Component {
        id: mainWindow
        Main {
            width: 1920
            height: 1080
            startScreen: "groups"
        }
    }

    function test_filters() {
        const window = createTemporaryObject(mainWindow, test)
        waitForRendering(window.contentItem)
        const screen = window.stack.currentItem
        const model = findChild(screen, "occurrences")
        const list = findChild(screen, "occurrenceList")
        verify(model && list)
        tryVerify(() => model.count > 0)
        const all = model.count
        compare(list.count, all)

        mouseClick(findChild(screen, "languageFilter-es"))
        verify(model.count > 0 && model.count < all, "only groups that meet in Spanish")
        for (let i = 0; i < list.count; ++i) {
            list.currentIndex = i
            verify(list.currentItem.meetingLanguages.indexOf("es") >= 0)
        }
        verify(findChild(screen, "languageFilter-es").checked)
        verify(!findChild(screen, "languageFilter-all").checked)

        mouseClick(findChild(screen, "languageFilter-all"))
        compare(model.count, all)

        mouseClick(findChild(screen, "attendanceFilter-online"))
        verify(model.count > 0 && model.count < all)
        for (let j = 0; j < list.count; ++j) {
            list.currentIndex = j
            verify(list.currentItem.online, "only online meetings")
        }
        mouseClick(findChild(screen, "attendanceFilter-inPerson"))
        for (let k = 0; k < list.count; ++k) {
            list.currentIndex = k
            verify(!list.currentItem.online, "only meetings in person")
        }
    }
}
