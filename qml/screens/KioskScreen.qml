import QtQuick

// What every screen is: a title for the bar and a way to ask for another screen.
Item {
    property string title

    signal openRequested(string name, var properties)
}
