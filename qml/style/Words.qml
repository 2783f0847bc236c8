pragma Singleton
import QtQuick

// The UI's names for the pack's keys (sections, amenities, room states, languages). Each
// function takes the visitor's language so bindings re-run, and re-translate, when it changes.
QtObject {
    function section(key: string, language: string): string {
        switch (key) {
        case "learn": return qsTr("Learn")
        case "groups": return qsTr("Support groups & classes")
        case "help": return qsTr("Get help")
        case "room": return qsTr("Lactation room")
        case "visit": return qsTr("Your visit")
        }
        return key
    }

    function sectionHint(key: string, language: string): string {
        switch (key) {
        case "learn": return qsTr("Feeding, pumping, storing milk, your rights")
        case "groups": return qsTr("Meet other mothers near you")
        case "help": return qsTr("Counselors, consultants and helplines")
        case "room": return qsTr("A private place to feed or pump")
        case "visit": return qsTr("Pumping or feeding while you are here")
        }
        return ""
    }

    function amenity(key: string, language: string): string {
        switch (key) {
        case "seat": return qsTr("Comfortable seat")
        case "outlet": return qsTr("Power outlet")
        case "sink": return qsTr("Sink")
        case "fridge": return qsTr("Fridge for milk")
        case "hospital-grade-pump": return qsTr("Hospital-grade pump")
        case "lockable-door": return qsTr("Door that locks")
        case "changing-table": return qsTr("Changing table")
        case "wheelchair-access": return qsTr("Wheelchair access")
        case "dimmable-light": return qsTr("Dimmable light")
        case "drinking-water": return qsTr("Drinking water")
        case "table": return qsTr("Table")
        case "nursing-pillow": return qsTr("Nursing pillow")
        }
        return key
    }

    function roomState(key: string, language: string): string {
        switch (key) {
        case "free": return qsTr("Free")
        case "occupied": return qsTr("In use")
        case "cleaning": return qsTr("Being cleaned")
        case "closed": return qsTr("Closed")
        }
        return qsTr("Status not available – ask the front desk")
    }

    // "1 of 1 rooms free" never: one room is named by its state, several are counted.
    function roomsFree(count: int, free: int, onlyState: string, language: string): string {
        if (count === 1) {
            switch (onlyState) {
            case "free": return qsTr("The room is free now")
            case "occupied": return qsTr("The room is in use now")
            case "cleaning": return qsTr("The room is being cleaned")
            case "closed": return qsTr("The room is closed now")
            }
            return qsTr("A private place to feed or pump")
        }
        if (free === 0)
            return qsTr("No room is free right now")
        if (free === count)
            return qsTr("All %1 rooms are free").arg(count)
        return qsTr("%1 of %2 rooms free").arg(free).arg(count)
    }

    function minutesInState(minutes: int, language: string): string {
        return qsTr("for %1 min so far").arg(minutes)
    }

    function usualWait(minutes: int, language: string): string {
        return qsTr("usually free within ~%1 min").arg(minutes)
    }

    function waiting(count: int, language: string): string {
        return count === 1 ? qsTr("1 person waiting") : qsTr("%1 people waiting").arg(count)
    }

    function ticket(code: string, language: string): string {
        return qsTr("Your number is %1. Watch the top of this screen: %1 shows there when the room is free.").arg(code)
    }

    function nowCalling(code: string, language: string): string {
        return qsTr("Now calling %1").arg(code)
    }

    function roomCall(code: string, room: string, language: string): string {
        return qsTr("%1 – %2 is free").arg(code).arg(room)
    }

    function languageName(code: string, language: string): string {
        switch (code) {
        case "en": return qsTr("English")
        case "es": return qsTr("Spanish")
        }
        return code
    }

    function languageNames(codes: list<string>, language: string): string {
        let names = ""
        for (let i = 0; i < codes.length; ++i)
            names += (i > 0 ? ", " : "") + languageName(codes[i], language)
        return names
    }

    function stateIcon(key: string): string {
        switch (key) {
        case "free":
        case "occupied":
        case "cleaning":
        case "closed":
            return "state-" + key
        }
        return "state-unknown"
    }

    function dayGroup(key: string, language: string): string {
        switch (key) {
        case "today": return qsTr("Today")
        case "week": return qsTr("This week")
        }
        return qsTr("Later")
    }
}
