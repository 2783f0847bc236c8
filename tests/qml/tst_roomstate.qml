import QtQuick
import QtTest
import Lactation.Core
import Lactation.Ui

// The room screen and the home tile follow a state change live, without rebuilding anything;
// the waitlist gives a code and calls it on every screen when the room turns free.
TestCase {
    id: test

    name: "RoomState"
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

    function init() {
        // The built-in pack's states: room A free, room B unknown.
        RoomStatus.setStaffState("room-a", "free")
        RoomStatus.setStaffState("room-b", "unknown")
        RoomStatus.clearWaitlist("room-a")
        RoomStatus.clearWaitlist("room-b")
    }

    function test_homeTileFollows() {
        const window = createTemporaryObject(mainWindow, test)
        waitForRendering(window.contentItem)
        const tile = find(window.contentItem, "tile-room")
        compare(tile.hint, "1 of 2 rooms free")
        RoomStatus.setStaffState("room-b", "free")
        compare(tile.hint, "All 2 rooms are free")
        RoomStatus.setStaffState("room-a", "occupied")
        RoomStatus.setStaffState("room-b", "cleaning")
        compare(tile.hint, "No room is free right now")
        verify(find(window.contentItem, "tile-room") === tile, "the same tile, not a new one")
    }

    function test_roomScreenFollows() {
        const window = createTemporaryObject(mainWindow, test)
        waitForRendering(window.contentItem)
        mouseClick(find(window.contentItem, "tile-room"))
        tryCompare(window.stack, "depth", 2)
        const screen = window.stack.currentItem
        waitForRendering(screen)
        const badge = find(screen, "badge-room-a")
        compare(badge.state, "free")
        compare(badge.Accessible.name, "Free")
        const join = find(screen, "join-room-a")
        verify(!join.visible, "no waitlist for a free room")

        RoomStatus.setStaffState("room-a", "occupied")
        verify(find(screen, "badge-room-a") === badge, "the same badge, updated in place")
        compare(badge.state, "occupied")
        compare(badge.Accessible.name, "In use") // minutes show from the first whole one
        verify(join.visible)

        // A silent source is never shown as free.
        RoomStatus.setStaffState("room-b", "unknown")
        compare(find(screen, "badge-room-b").Accessible.name,
                "Status not available – ask the front desk")

        // "Tell me when it's free": a short code, then the call on every screen.
        mouseClick(join)
        const ticket = find(screen, "ticket-room-a")
        tryVerify(() => ticket.visible)
        const code = ticket.text.match(/Your number is ([A-Z][0-9])\./)
        verify(code, "a short code: " + ticket.text)
        verify(!join.visible, "one ticket per visitor on this screen")
        RoomStatus.setStaffState("room-a", "free")
        const call = find(window.contentItem, "call-" + code[1])
        tryVerify(() => call.visible && call.height > 0)
        compare(call.Accessible.name, code[1] + " – Lactation room A is free")
        mouseClick(find(window.contentItem, "homeButton"))
        tryCompare(window.stack, "depth", 1)
        verify(find(window.contentItem, "call-" + code[1]).visible, "the call shows at home too")
    }
}
