pragma Singleton
import QtQuick

// Colours, type and spacing for every screen. Sizes scale with the window's shorter side so a
// phone and a 1080p kiosk read the same; 1080 px is the reference.
QtObject {
    property real scale: 1.0

    readonly property color background: "#FBF7F2"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1F1B16"
    readonly property color mutedText: "#4D463F"
    readonly property color accent: "#7A2E5C"
    readonly property color accentText: "#FFFFFF"
    readonly property color banner: "#FFF1C2"
    readonly property color bannerText: "#3D2E00"
    readonly property color outline: "#D8CFC4"

    readonly property real bodySize: Math.max(18, 22 * scale)
    readonly property real titleSize: Math.max(24, 40 * scale)
    readonly property real tileTitleSize: Math.max(20, 30 * scale)
    readonly property real touchTarget: Math.max(48, 72 * scale)
    readonly property real spacing: Math.max(8, 24 * scale)
    readonly property real radius: Math.max(8, 16 * scale)
}
