import QtQuick
import QtTest
import Lactation.Core
import Lactation.Ui

// A cancelled week stays on the list, marked cancelled in words, not hidden.
TestCase {
    id: test

    name: "Cancelled"
    when: windowShown

    Component {
        id: mainWindow
        Main {
            width: 1080
            height: 1920
            startScreen: "groups"
        }
    }

    function test_cancelledOccurrenceIsShown() {
        const window = createTemporaryObject(mainWindow, test)
        waitForRendering(window.contentItem)
        const screen = window.stack.currentItem
        const model = findChild(screen, "occurrences")
        const list = findChild(screen, "occurrenceList")
        // The demo support group's 22 December meeting is cancelled: look from the day before.
        model.now = new Date("2026-12-21T12:00:00-06:00")
        tryVerify(() => list.count > 0)
        let cancelled = null
        for (let i = 0; i < list.count && !cancelled; ++i) {
            list.currentIndex = i
            if (list.currentItem.cancelled)
                cancelled = list.currentItem
        }
        verify(cancelled, "the cancelled meeting is listed")
        compare(cancelled.when, "Tuesday 10:00–11:30\u00a0a.m.")
        verify(cancelled.visible && cancelled.height > 0)
        const texts = []
        const collect = item => {
            if (item.text !== undefined && item.visible)
                texts.push(item.text)
            for (let c = 0; c < item.children.length; ++c)
                collect(item.children[c])
        }
        collect(cancelled)
        verify(texts.some(t => t.indexOf("CANCELLED") === 0), "says CANCELLED in words: " + texts)
    }
}
