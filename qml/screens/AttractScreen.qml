import QtQuick
import Lactation.Core
import Lactation.Ui

// The attract loop: the pack's slides while nobody uses the kiosk. A touch anywhere goes home.
Rectangle {
    id: attract

    readonly property alias player: player

    color: Theme.background
    Accessible.role: Accessible.Button
    Accessible.name: hint.text
    Accessible.onPressAction: KioskSession.activity()

    SlidePlayer {
        id: player
        objectName: "slidePlayer"
        visit: Visit
        running: attract.visible
    }

    Image {
        id: picture
        anchors.fill: slideArea
        visible: player.hasImage
        source: player.image
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        onStatusChanged: {
            if (status === Image.Error)
                player.failed("the picture cannot be decoded")
        }
    }

    // A new player for each video slide, so one that failed leaves nothing behind.
    Loader {
        id: video
        objectName: "attractVideo"
        anchors.fill: slideArea
        onStatusChanged: {
            if (status === Loader.Error)
                player.failed("video playback is not available")
        }

        function follow() {
            if (player.hasVideo)
                setSource("../panels/AttractVideo.qml", { "source": player.video, "slides": player })
            else
                source = ""
        }

        Connections {
            target: video.item
            ignoreUnknownSignals: true

            function onFailed(why: string) {
                player.failed(why)
            }
        }

        Connections {
            target: player

            function onSlideChanged() {
                video.follow()
            }
        }

        Component.onCompleted: follow()
    }

    Item {
        id: slideArea
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        height: parent.height - captionBox.height - 3 * Theme.spacing
    }

    // With nothing that can play, the site's name: never a black screen.
    Text {
        anchors.centerIn: slideArea
        width: slideArea.width
        visible: player.empty
        text: Visit.siteName
        color: Theme.accent
        font.pixelSize: Theme.titleSize * 1.5
        font.family: Theme.fontFamily
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }

    Rectangle {
        id: captionBox
        objectName: "captionBand"
        anchors.bottom: parent.bottom
        width: parent.width
        height: captionColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.accent

        Column {
            id: captionColumn
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing / 2

            Text {
                objectName: "slideCaption"
                width: parent.width
                visible: text.length > 0
                text: player.caption
                color: Theme.accentText
                // Read from the seats: 16 mm capitals on the panel.
                font.pixelSize: Theme.signSize
                font.family: Theme.fontFamily
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }

            // The invitation in every language of the pack in turn, each in its own font, so a
            // mother sees hers before she touches anything.
            Text {
                id: hint
                objectName: "touchToStart"

                property int turn: Math.max(0, Visit.languageIndex)
                readonly property var choice: Visit.languageChoices[turn % Math.max(1, Visit.languageChoices.length)] ?? {}

                width: parent.width
                text: Visit.touchToStartIn(choice.tag ?? Visit.language)
                color: Theme.accentText
                font.pixelSize: Theme.headingSize
                font.family: choice.fontFamily ?? Theme.fontFamily
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }

            Timer {
                interval: 3000
                repeat: true
                running: Visit.languageChoices.length > 1 && attract.visible
                onTriggered: hint.turn = (hint.turn + 1) % Visit.languageChoices.length
            }

            Text {
                width: parent.width
                visible: ReadAloud.status !== ReadAloud.Off
                text: qsTr("This kiosk can read the screen aloud: tap Listen.")
                color: Theme.accentText
                font.pixelSize: Theme.bodySize
                font.family: Theme.fontFamily
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }

            // Space for the Listen button, which sits above the touch-anywhere area.
            Item {
                width: parent.width
                height: listenButton.visible ? listenButton.height : 0
            }
        }
    }

    MouseArea {
        anchors.fill: parent
        onPressed: KioskSession.activity()
    }

    TouchButton {
        id: listenButton
        objectName: "attractListenButton"
        // Centred: from the start edge, as x was (a horizontalCenter anchor moved it by a fraction
        // of a pixel at some sizes).
        anchors.left: parent.left
        anchors.leftMargin: (parent.width - width) / 2
        y: captionBox.y + captionBox.height - Theme.spacing - height
        visible: ReadAloud.status !== ReadAloud.Off
        primary: true
        iconName: "listen"
        text: Words.control("listen", Visit.language)
        Accessible.name: qsTr("Listen: start and read the home screen aloud")
        onClicked: {
            KioskSession.activity()
            ReadAloud.read(ScreenScript.lines("home"))
        }
    }
}
