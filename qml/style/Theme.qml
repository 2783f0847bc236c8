pragma Singleton
import QtQuick

// Colours, type and spacing for every screen.
//
// Type is sized for the real panel: at the normal text size the smallest text's capital letters
// are at least 4.8 mm tall (Section 508 §402.4, ADA §707.7.2: 3/16 inch) and touch targets at
// least 15 mm, given the panel's pixels per millimetre (Main.qml binds it from KioskDisplay). On a
// small screen the pixel floors hold instead (18 px text, 48 px targets), and everything grows
// with the window's shorter side (1080 px is the reference). The visitor's text size multiplies
// it all; high contrast swaps the palette for one where text is at least 7:1 (WCAG 1.4.6).
QtObject {
    id: theme

    property real scale: 1.0
    property real pixelsPerMm: 0 // 0: not known, pixel sizes only
    property real capHeightRatio: 0.72 // the font's capital height over its pixel size
    property real textScale: 1.0 // normal 1, large 1.35, largest 1.8
    property bool highContrast: false
    // The family that draws the visitor's language (Main.qml binds it from Visit): Han characters
    // take Simplified, Traditional, Japanese or Korean forms by it, Arabic its own font.
    property string fontFamily: "Noto Sans"
    readonly property string latinFamily: "Noto Sans" // digits and codes in a fixed small space

    readonly property color background: highContrast ? "#FFFFFF" : "#FBF7F2"
    readonly property color surface: "#FFFFFF"
    readonly property color text: highContrast ? "#000000" : "#1F1B16"
    readonly property color mutedText: highContrast ? "#1F1F1F" : "#4D463F"
    readonly property color accent: highContrast ? "#4A0A33" : "#7A2E5C"
    readonly property color accentPressed: highContrast ? "#2B041D" : "#5E2347"
    readonly property color accentText: "#FFFFFF"
    readonly property color accentSoft: highContrast ? "#F6E9F1" : "#F4E6EE"
    readonly property color banner: highContrast ? "#FFF4CC" : "#FFF1C2"
    readonly property color bannerText: highContrast ? "#000000" : "#3D2E00"
    readonly property color outline: highContrast ? "#000000" : "#8A7F74"
    readonly property color divider: highContrast ? "#595959" : "#E4DCD2"
    readonly property color cancelled: highContrast ? "#6B0000" : "#9E1C1C"
    readonly property color cancelledSoft: highContrast ? "#FFF0EE" : "#FCE8E6"

    // Room states: a tinted badge with dark text, always with a word and an icon as well.
    readonly property color freeSoft: highContrast ? "#E8F7EB" : "#DFF3E4"
    readonly property color freeText: highContrast ? "#0A3311" : "#1B5E20"
    readonly property color busySoft: highContrast ? "#FFF0E4" : "#FFE8D6"
    readonly property color busyText: highContrast ? "#4D1F00" : "#8A3A00"
    readonly property color cleaningSoft: highContrast ? "#EAF2FC" : "#E0ECFA"
    readonly property color cleaningText: highContrast ? "#072A5E" : "#0D47A1"
    readonly property color neutralSoft: highContrast ? "#F2F0EE" : "#ECE9E6"
    readonly property color neutralText: highContrast ? "#1A1816" : "#3E3A36"

    // Every pair of text and background colour the screens use; the contrast test reads it
    // (4.5:1 at normal contrast, 7:1 at high).
    readonly property var contrastPairs: [
        [text, background], [text, surface], [mutedText, background], [mutedText, surface],
        [accentText, accent], [accentText, accentPressed], [accent, surface], [accent, background],
        [accent, accentSoft], [text, accentSoft], [bannerText, banner], [cancelled, cancelledSoft],
        [cancelled, surface], [freeText, freeSoft], [busyText, busySoft],
        [cleaningText, cleaningSoft], [neutralText, neutralSoft]
    ]
    // Icons and borders against what they sit on (3:1 at normal contrast, WCAG 1.4.11; 4.5:1 at
    // high).
    readonly property var graphicPairs: [
        [accent, surface], [accent, background], [accentText, accent], [outline, surface],
        [outline, background], [text, background], [freeText, freeSoft], [busyText, busySoft],
        [cleaningText, cleaningSoft], [neutralText, neutralSoft]
    ]

    // Pixels for capital letters @p mm tall: 0 when the panel's size is not known.
    function capsOf(mm: real): real {
        return pixelsPerMm * mm / capHeightRatio
    }

    // The window's width: no text grows so large that a long word or a phone number no longer
    // fits across it (on a phone-sized window the largest headings stop growing).
    property real windowWidth: 0
    readonly property real fitCap: windowWidth > 0 ? windowWidth / 13 : 10000
    function sized(floorPixels: real, reference: real, capsMm: real): real {
        return Math.min(fitCap, Math.ceil(Math.ceil(Math.max(floorPixels, reference * scale, capsOf(capsMm))) * textScale))
    }

    // The smallest text: 4.8 mm capitals on the panel, 18 px anywhere; the others in proportion.
    readonly property real smallSize: sized(18, 21, 4.8)
    readonly property real bodySize: sized(18, 24, 5.5)
    readonly property real headingSize: sized(21, 30, 6.9)
    readonly property real titleSize: sized(24, 40, 9.1)
    // The attract loop's main line, read from the seats: 16 mm capitals (1 inch per 10 feet at 2 m).
    // It does not grow with the visitor's text size: nobody has chosen one yet.
    readonly property real signSize: Math.min(windowWidth > 0 ? windowWidth / 10.5 : 10000, Math.ceil(Math.max(titleSize / textScale * 1.5, capsOf(16))))
    // A finger's width: 15 mm on the panel, 48 px anywhere; a little larger with larger text.
    readonly property real touchTarget: Math.round(Math.max(48, 76 * scale, pixelsPerMm * 15)
                                                   * (1 + (textScale - 1) / 2))
    readonly property real iconSize: Math.round(Math.max(24, 40 * scale, pixelsPerMm * 9)
                                                * (1 + (textScale - 1) / 2))
    readonly property real spacing: Math.max(10, 24 * scale)
    readonly property real radius: Math.max(8, 18 * scale)
    readonly property real borderWidth: Math.max(highContrast ? 3 : 2, (highContrast ? 4 : 3) * scale)
    // Lines of text stay short enough to read; larger text gets proportionally wider lines.
    readonly property real readableWidth: Math.max(1000, 1000 * scale) * textScale
}
