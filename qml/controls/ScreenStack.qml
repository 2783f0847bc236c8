import QtQuick

// The screens the visitor has opened, the newest on top. Lighter than StackView: starting the
// kiosk need not load Qt Quick Controls for it.
Item {
    id: stack

    // Replaced, never changed in place, so bindings on depth and currentItem follow.
    property var screens: []
    readonly property int depth: screens.length
    readonly property Item currentItem: screens.length > 0 ? screens[screens.length - 1] : null

    function push(component: Component, properties: var): Item {
        const item = component.createObject(stack, properties) as Item
        if (!item)
            return null
        item.anchors.fill = stack
        if (currentItem)
            currentItem.visible = false
        screens = screens.concat([item])
        return item
    }

    /** Back one screen; the first one stays. */
    function pop() {
        if (screens.length <= 1)
            return
        const top = screens[screens.length - 1]
        screens = screens.slice(0, -1)
        top.destroy()
        currentItem.visible = true
    }

    /** Back to the first screen. */
    function popToRoot() {
        while (screens.length > 1)
            pop()
    }

    /** Every screen gone, the first one too: nothing of a visit remains (scroll, filters). */
    function clear() {
        const all = screens
        screens = []
        for (let i = 0; i < all.length; ++i)
            all[i].destroy()
    }
}
