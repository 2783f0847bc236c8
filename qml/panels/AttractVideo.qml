import QtQuick
import QtMultimedia

// One video slide through Qt Multimedia: silent (no audio output at all), looping. It reports a file that does not
// decode, or does not start, so the loop skips it instead of showing black.
Item {
    id: root

    property url source
    readonly property alias player: player
    property bool advanced: false

    signal failed(string why)

    MediaPlayer {
        id: player
        source: root.source
        loops: MediaPlayer.Infinite
        videoOutput: output
        onErrorOccurred: (error, errorString) => root.failed(errorString.length > 0 ? errorString : "error " + error)
        onPositionChanged: root.advanced = true
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.InvalidMedia)
                root.failed("the file cannot be decoded")
        }
    }

    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
    }

    // Stuck loading counts as broken too.
    Timer {
        interval: 5000
        running: true
        onTriggered: {
            if (player.playbackState !== MediaPlayer.PlayingState || !root.advanced)
                root.failed("it did not start playing within 5 s")
        }
    }

    Component.onCompleted: player.play()
}
