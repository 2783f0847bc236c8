pragma Singleton
import QtQuick

// Colours, type and spacing for every screen. Sizes scale with the window's shorter side, with
// floors so text stays readable and targets touchable on a phone; 1080 px is the reference.
QtObject {
    property real scale: 1.0

    readonly property color background: "#FBF7F2"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1F1B16"
    readonly property color mutedText: "#4D463F"
    readonly property color accent: "#7A2E5C"
    readonly property color accentText: "#FFFFFF"
    readonly property color accentSoft: "#F4E6EE"
    readonly property color banner: "#FFF1C2"
    readonly property color bannerText: "#3D2E00"
    readonly property color outline: "#8A7F74"
    readonly property color divider: "#E4DCD2"
    readonly property color cancelled: "#9E1C1C"
    readonly property color cancelledSoft: "#FCE8E6"

    // Room states: a tinted badge with dark text, always with a word and an icon as well.
    readonly property color freeSoft: "#DFF3E4"
    readonly property color freeText: "#1B5E20"
    readonly property color busySoft: "#FFE8D6"
    readonly property color busyText: "#8A3A00"
    readonly property color cleaningSoft: "#E0ECFA"
    readonly property color cleaningText: "#0D47A1"
    readonly property color neutralSoft: "#ECE9E6"
    readonly property color neutralText: "#3E3A36"

    // Every pair of text and background colour the screens use; the contrast test reads it.
    readonly property var contrastPairs: [
        [text, background], [text, surface], [mutedText, background], [mutedText, surface],
        [accentText, accent], [accent, surface], [accent, background], [accent, accentSoft],
        [text, accentSoft], [bannerText, banner], [cancelled, cancelledSoft], [cancelled, surface],
        [freeText, freeSoft], [busyText, busySoft], [cleaningText, cleaningSoft],
        [neutralText, neutralSoft]
    ]

    readonly property real bodySize: Math.max(18, 24 * scale)
    readonly property real smallSize: Math.max(18, 21 * scale)
    readonly property real headingSize: Math.max(21, 30 * scale)
    readonly property real titleSize: Math.max(24, 40 * scale)
    readonly property real touchTarget: Math.max(48, 76 * scale)
    readonly property real iconSize: Math.max(24, 40 * scale)
    readonly property real spacing: Math.max(10, 24 * scale)
    readonly property real radius: Math.max(8, 18 * scale)
    readonly property real readableWidth: 1000
}
