pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// The first thing a mother sees: the answers to the three questions most asked – is a room free,
// when does the next group meet, what is the helpline's number – then a tile for each section.
// Cards and tiles share the whole screen at every size: rows of equal cells, the last row's cells
// wider, so no cell is left empty and no narrow column is left on a large screen.
KioskScreen {
    id: home

    readonly property bool landscape: width > height
    readonly property int columns: Math.max(1, Math.min(landscape ? 3 : 2, Math.floor(width / (12 * Theme.headingSize))))
    readonly property int tileRows: Math.ceil(ContentStore.sections.length / columns)

    title: Visit.siteName

    // The width of cell @p index of @p count in rows of @p columns across @p total pixels.
    function cellWidth(index: int, count: int, columns: int, total: real): real {
        const inLastRow = count - Math.floor((count - 1) / columns) * columns
        const perRow = index >= count - inLastRow ? inLastRow : columns
        // Whole pixels, so rounding never pushes the last cell of a row onto the next.
        return Math.floor((total - (perRow - 1) * Theme.spacing) / perRow)
    }

    // Which answers show, and what they say: the same model the home screen's read-aloud reads.
    HomeCards {
        id: answers
        visit: Visit
        status: RoomStatus
        now: KioskClock.now
    }

    readonly property RoomModel rooms: answers.rooms

    ScrollPage {
        id: page
        anchors.fill: parent
        maxWidth: home.width

        Column {
            width: parent.width
            spacing: Theme.spacing

            Flow {
                id: glance
                objectName: "glance"
                width: parent.width
                spacing: Theme.spacing
                visible: count > 0

                readonly property bool showRooms: answers.showsRooms
                readonly property var next: answers.nextGroup
                readonly property bool showGroup: answers.showsGroup
                readonly property var helpline: answers.helpline
                readonly property bool showHelpline: answers.showsHelpline
                readonly property int count: answers.shown.length
                // A card needs room for a dozen words of its heading on a line.
                readonly property int columns: Math.max(1, Math.min(count, Math.floor(width / (13 * Theme.headingSize))))
                readonly property list<GlanceCard> cards: [roomsCard, groupCard, helplineCard]

                // Cards side by side are as tall as the tallest of them.
                function heightOf(which: int): real {
                    let order = 0
                    const orders = []
                    for (let i = 0; i < cards.length; ++i) {
                        orders.push(order)
                        if (cards[i].visible)
                            ++order
                    }
                    const row = Math.floor(orders[which] / columns)
                    let tallest = 0
                    for (let j = 0; j < cards.length; ++j) {
                        if (cards[j].visible && Math.floor(orders[j] / columns) === row)
                            tallest = Math.max(tallest, cards[j].implicitHeight)
                    }
                    return tallest
                }

                GlanceCard {
                    id: roomsCard
                    height: glance.heightOf(0)
                    objectName: "glance-room"
                    visible: glance.showRooms
                    width: home.cellWidth(0, glance.count, glance.columns, glance.width)
                    heading: Words.section("room", Visit.language)
                    iconName: "room"
                    spoken: {
                        const parts = [heading]
                        for (let i = 0; i < roomStates.count; ++i)
                            parts.push(roomStates.itemAt(i)?.spoken ?? "")
                        return parts.join(". ")
                    }
                    onClicked: home.openRequested("room", {})

                    Repeater {
                        id: roomStates
                        model: home.rooms

                        RoomLine {
                            width: roomsCard.width - 2 * Theme.spacing
                        }
                    }
                }

                GlanceCard {
                    id: groupCard
                    height: glance.heightOf(1)
                    objectName: "glance-group"
                    visible: glance.showGroup
                    width: home.cellWidth(glance.showRooms ? 1 : 0, glance.count, glance.columns, glance.width)
                    heading: Words.nextGroupOrClass(Visit.language)
                    iconName: "groups"
                    spoken: heading + ". " + groupWhen.text + ". " + groupName.text
                    onClicked: home.openRequested("groups", {})

                    Text {
                        id: groupWhen
                        width: parent.width
                        text: (glance.next.dayGroup === "today" ? Words.dayGroup("today", Visit.language) + " · " : "")
                              + (glance.next.when ?? "")
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.family: Theme.fontFamily
                        wrapMode: Text.Wrap
                    }

                    Text {
                        id: groupName
                        width: parent.width
                        text: glance.next.summary ?? ""
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.family: Theme.fontFamily
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                }

                GlanceCard {
                    id: helplineCard
                    height: glance.heightOf(2)
                    objectName: "glance-helpline"
                    visible: glance.showHelpline
                    width: home.cellWidth(glance.count - 1, glance.count, glance.columns, glance.width)
                    heading: glance.helpline.name ?? ""
                    iconName: "phone"
                    spoken: heading + ". " + helplineNumber.text + ". " + helplineOpen.text
                    onClicked: home.openRequested("help", {})

                    Text {
                        id: helplineNumber
                        objectName: "helplineNumber"
                        width: parent.width
                        text: (glance.helpline.phones ?? [""])[0] ?? ""
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.family: Theme.fontFamily
                        font.bold: true
                        wrapMode: Text.Wrap
                    }

                    Text {
                        id: helplineOpen
                        width: parent.width
                        visible: text.length > 0
                        text: glance.helpline.openText ?? ""
                        color: glance.helpline.openState === "open" ? Theme.freeText : Theme.mutedText
                        font.pixelSize: Theme.bodySize
                        font.family: Theme.fontFamily
                        font.bold: glance.helpline.openState === "open"
                        wrapMode: Text.Wrap
                    }
                }
            }

            Flow {
                id: tiles
                width: parent.width
                spacing: Theme.spacing
                // All tiles as tall as the one with the most to say, at least their share.
                readonly property real tallest: {
                    let most = 0
                    for (let i = 0; i < tileRepeater.count; ++i)
                        most = Math.max(most, tileRepeater.itemAt(i)?.implicitHeight ?? 0)
                    return most
                }

                Repeater {
                    id: tileRepeater
                    model: ContentStore.sections

                    HomeTile {
                        required property string modelData
                        required property int index
                        width: home.cellWidth(index, ContentStore.sections.length, home.columns, tiles.width)
                        // Tiles share what the answers leave of the screen; on a small screen the
                        // page scrolls instead.
                        height: Math.max(tiles.tallest,
                                         (page.height - 2 * Theme.spacing - (glance.visible ? glance.height + Theme.spacing : 0))
                                         / home.tileRows - Theme.spacing)
                        objectName: "tile-" + modelData
                        iconName: Words.sectionIcon(modelData)
                        title: Words.section(modelData, Visit.language)
                        hint: modelData === "room" && home.rooms.count > 0
                              ? Words.roomsFree(home.rooms.count, home.rooms.freeCount, home.rooms.onlyState, Visit.language)
                              : Words.sectionHint(modelData, Visit.language)
                        onClicked: home.openRequested(modelData, {})
                    }
                }
            }
        }
    }

    // One room on the home screen: its name and its state, with the usual wait when in use.
    component RoomLine: Column {
        id: line

        required property string name
        required property string state
        required property int waitMinutes
        readonly property string spoken: name + ": " + badge.Accessible.name

        spacing: Theme.spacing / 4

        Text {
            width: parent.width
            text: line.name
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            font.bold: true
            wrapMode: Text.Wrap
        }

        StateBadge {
            id: badge
            width: parent.width
            state: line.state
            detail: line.state === "occupied" && line.waitMinutes > 0 ? Words.usualWait(line.waitMinutes, Visit.language) : ""
        }
    }
}
