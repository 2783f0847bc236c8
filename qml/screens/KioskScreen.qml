import QtQuick

// What every screen is: a title for the bar and a way to ask for another screen.
Item {
    property string title
    // Which screen this is (home, room, groups, …): what the read-aloud reads for it.
    property string screenName
    // What the read-aloud reads here: the screen's script, or an article's ("article:<page>").
    property string scriptKey: screenName

    signal openRequested(string name, var properties)
    // The screen is done (a language chosen): back to the one before it.
    signal closeRequested
}
