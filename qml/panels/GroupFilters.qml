pragma ComponentBehavior: Bound

import QtQuick
import Lactation.Core
import Lactation.Ui

// The visitor's two filters: the language a group meets in, and in person or online.
Column {
    id: filters

    required property OccurrenceModel model

    spacing: Theme.spacing / 2

    Text {
        text: qsTr("Language")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        font.bold: true
    }

    Flow {
        width: parent.width
        spacing: Theme.spacing / 2

        TouchButton {
            objectName: "languageFilter-all"
            text: qsTr("Any language")
            checked: filters.model.meetingLanguage === ""
            onClicked: filters.model.meetingLanguage = ""
        }

        Repeater {
            model: filters.model.meetingLanguages

            TouchButton {
                required property string modelData
                objectName: "languageFilter-" + modelData
                text: Words.languageName(modelData, Visit.language)
                checked: filters.model.meetingLanguage === modelData
                onClicked: filters.model.meetingLanguage = modelData
            }
        }
    }

    Text {
        text: qsTr("Where")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        font.bold: true
    }

    Flow {
        width: parent.width
        spacing: Theme.spacing / 2

        TouchButton {
            objectName: "attendanceFilter-any"
            text: qsTr("Anywhere")
            checked: filters.model.attendance === OccurrenceModel.Anywhere
            onClicked: filters.model.attendance = OccurrenceModel.Anywhere
        }

        TouchButton {
            objectName: "attendanceFilter-inPerson"
            iconName: "in-person"
            text: qsTr("In person")
            checked: filters.model.attendance === OccurrenceModel.InPerson
            onClicked: filters.model.attendance = OccurrenceModel.InPerson
        }

        TouchButton {
            objectName: "attendanceFilter-online"
            iconName: "online"
            text: qsTr("Online")
            checked: filters.model.attendance === OccurrenceModel.Online
            onClicked: filters.model.attendance = OccurrenceModel.Online
        }
    }
}
