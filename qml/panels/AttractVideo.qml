import QtQuick
import QtMultimedia
import Lactation.Core
import Lactation.Ui

// One video slide through Qt Multimedia: silent (no audio output at all), looping, aspect kept
// and letterboxed in the theme's background, with the pack's captions over the lower part of its
// picture. VideoStart decides when it has failed: a file that does not decode at once, a slow
// start only after 30 s without progress. Under Qt Quick's software renderer (a kiosk without a
// GPU) VideoOutput draws nothing, so VideoFrames paints the frames, at most 30 a second, into the
// video's rectangle alone.
Item {
    id: root

    property url source
    property SlidePlayer slides // whose captions to show, if any
    readonly property alias player: player
    readonly property bool software: GraphicsInfo.api === GraphicsInfo.Software
    // Where the picture is, in this item.
    readonly property rect picture: {
        const r = software ? frames.contentRect : output.contentRect;
        return r.width > 0 ? r : Qt.rect(0, 0, width, height);
    }

    signal failed(string why)

    MediaPlayer {
        id: player
        source: root.source
        loops: MediaPlayer.Infinite
        videoOutput: root.software ? frames.videoSink : output
        onErrorOccurred: (error, errorString) => start.reportError(errorString.length > 0 ? errorString : "error " + error)
    }

    VideoStart {
        id: start
        mediaStatus: player.mediaStatus
        playbackState: player.playbackState
        // qmllint disable type
        position: player.position
        // qmllint enable type
        onFailed: why => root.failed(why)
    }

    VideoOutput {
        id: output
        objectName: "videoOutput"
        visible: !root.software
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
    }

    VideoFrames {
        id: frames
        objectName: "videoFrames"
        visible: root.software
        anchors.fill: parent
        fillColor: Theme.background
        maxFps: 30
    }

    // The captions: light on near-black (the theme's text colour, inverted), inside the picture.
    Rectangle {
        id: captionBox

        readonly property rect picture: root.picture

        objectName: "videoCaptionBox"
        visible: caption.text.length > 0
        width: Math.min(caption.implicitWidth, picture.width - 3 * Theme.spacing) + 2 * Theme.spacing
        height: caption.implicitHeight + Theme.spacing
        // Centred on the picture (which is centred in this item, and not mirrored).
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.horizontalCenterOffset: picture.x + picture.width / 2 - root.width / 2
        anchors.alignWhenCentered: false
        y: picture.y + picture.height - height - Theme.spacing / 2
        radius: Theme.radius / 2
        color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.9)

        Text {
            id: caption
            objectName: "videoCaption"
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            y: Theme.spacing / 2
            width: parent.width - 2 * Theme.spacing
            // The linter of Qt 6.4 knows no qlonglong, the type of MediaPlayer's position and duration.
            // qmllint disable type
            text: root.slides && root.slides.hasCaptions ? root.slides.captionAt(player.position, player.duration) : ""
            // qmllint enable type
            textFormat: Text.PlainText
            color: Theme.surface
            font.pixelSize: Theme.titleSize // read from the seats
            font.family: Theme.fontFamily
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }

    Component.onCompleted: player.play()
}
