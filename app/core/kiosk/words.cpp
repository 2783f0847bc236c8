#include "words.h"

#include "languageprofile.h"

#include <QCoreApplication>

QString Words::section(const QString &key, const QString &) const
{
    if (key == u"learn")
        return tr("Learn");
    if (key == u"groups")
        return tr("Support groups & classes");
    if (key == u"help")
        return tr("Get help");
    if (key == u"room")
        return tr("Lactation room");
    if (key == u"visit")
        return tr("Your visit");
    if (key == u"language-help")
        return tr("Language help");
    return key;
}

QString Words::sectionHint(const QString &key, const QString &) const
{
    if (key == u"learn")
        return tr("Feeding, pumping, storing milk, your rights");
    if (key == u"groups")
        return tr("Meet other mothers near you");
    if (key == u"help")
        return tr("Counselors, consultants and helplines");
    if (key == u"room")
        return tr("A private place to feed or pump");
    if (key == u"visit")
        return tr("Pumping or feeding while you are here");
    if (key == u"language-help")
        return tr("Free help in your language");
    return {};
}

QString Words::sectionIcon(const QString &key) const
{
    return key == u"language-help" ? QStringLiteral("language") : key;
}

QString Words::amenity(const QString &key, const QString &) const
{
    static const QList<std::pair<const char16_t *, const char *>> names {
        { u"seat", QT_TRANSLATE_NOOP("Words", "Comfortable seat") },
        { u"outlet", QT_TRANSLATE_NOOP("Words", "Power outlet") },
        { u"sink", QT_TRANSLATE_NOOP("Words", "Sink") },
        { u"fridge", QT_TRANSLATE_NOOP("Words", "Fridge for milk") },
        { u"hospital-grade-pump", QT_TRANSLATE_NOOP("Words", "Hospital-grade pump") },
        { u"lockable-door", QT_TRANSLATE_NOOP("Words", "Door that locks") },
        { u"changing-table", QT_TRANSLATE_NOOP("Words", "Changing table") },
        { u"wheelchair-access", QT_TRANSLATE_NOOP("Words", "Wheelchair access") },
        { u"dimmable-light", QT_TRANSLATE_NOOP("Words", "Dimmable light") },
        { u"drinking-water", QT_TRANSLATE_NOOP("Words", "Drinking water") },
        { u"table", QT_TRANSLATE_NOOP("Words", "Table") },
        { u"nursing-pillow", QT_TRANSLATE_NOOP("Words", "Nursing pillow") },
    };
    for (const auto &[name, words] : names) {
        if (key == name)
            return tr(words);
    }
    return key;
}

QString Words::roomState(const QString &key, const QString &) const
{
    if (key == u"free")
        return tr("Free");
    if (key == u"occupied")
        return tr("In use");
    if (key == u"cleaning")
        return tr("Being cleaned");
    if (key == u"closed")
        return tr("Closed");
    return tr("Status not available – ask the front desk");
}

QString Words::roomsFree(int count, int free, const QString &onlyState, const QString &) const
{
    // One room is named by its state; several are counted.
    if (count == 1) {
        if (onlyState == u"free")
            return tr("The room is free now");
        if (onlyState == u"occupied")
            return tr("The room is in use now");
        if (onlyState == u"cleaning")
            return tr("The room is being cleaned");
        if (onlyState == u"closed")
            return tr("The room is closed now");
        return tr("A private place to feed or pump");
    }
    if (free == 0)
        return tr("No room is free right now");
    if (free == count)
        return QCoreApplication::translate("Words", "All %n rooms are free", nullptr, count);
    //: %1 the rooms free, %n all the rooms
    return QCoreApplication::translate("Words", "%1 of %n rooms free", nullptr, count).arg(free);
}

QString Words::minutesInState(int minutes, const QString &) const
{
    return QCoreApplication::translate("Words", "for %n min so far", nullptr, minutes);
}

QString Words::usualWait(int minutes, const QString &) const
{
    return QCoreApplication::translate("Words", "usually free within ~%n min", nullptr, minutes);
}

QString Words::waiting(int count, const QString &) const
{
    return QCoreApplication::translate("Words", "%n people waiting", nullptr, count);
}

QString Words::ticket(const QString &code, const QString &) const
{
    return tr("Your number is %1. Watch the top of this screen: %1 shows there when the room is "
              "free.")
        .arg(code);
}

QString Words::nowCalling(const QString &code, const QString &) const
{
    return tr("Now calling %1").arg(code);
}

QString Words::roomCall(const QString &code, const QString &room, const QString &) const
{
    return tr("%1 – %2 is free").arg(code, room);
}

QString Words::languageName(const QString &tag, const QString &) const
{
    // Qt names every language in English; the catalogue has the names of the languages a pack
    // is likely to list, in the visitor's language.
    static const char *const names[]
        = { QT_TRANSLATE_NOOP("Words", "English"), QT_TRANSLATE_NOOP("Words", "Spanish") };
    Q_UNUSED(names)
    const QLocale locale = LanguageProfile::of(tag).locale;
    if (locale.language() == QLocale::C)
        return tag;
    return QCoreApplication::translate(
        "Words", QLocale::languageToString(locale.language()).toUtf8().constData());
}

QString Words::languageNames(const QStringList &tags, const QString &language) const
{
    QStringList names;
    for (const QString &tag : tags)
        names.append(languageName(tag, language));
    return names.join(QStringLiteral(", "));
}

QString Words::stateIcon(const QString &key) const
{
    static const QStringList known { QStringLiteral("free"), QStringLiteral("occupied"),
        QStringLiteral("cleaning"), QStringLiteral("closed") };
    return known.contains(key) ? QStringLiteral("state-") + key : QStringLiteral("state-unknown");
}

QString Words::dayGroup(const QString &key, const QString &) const
{
    if (key == u"today")
        return tr("Today");
    if (key == u"week")
        return tr("This week");
    return tr("Later");
}

QString Words::control(const QString &key, const QString &) const
{
    static const QList<std::pair<const char16_t *, const char *>> names {
        { u"back", QT_TRANSLATE_NOOP("Words", "Back") },
        { u"home", QT_TRANSLATE_NOOP("Words", "Home") },
        { u"listen", QT_TRANSLATE_NOOP("Words", "Listen") },
        { u"previous", QT_TRANSLATE_NOOP("Words", "Previous") },
        { u"repeat", QT_TRANSLATE_NOOP("Words", "Repeat") },
        { u"next", QT_TRANSLATE_NOOP("Words", "Next") },
        { u"softer", QT_TRANSLATE_NOOP("Words", "Softer") },
        { u"louder", QT_TRANSLATE_NOOP("Words", "Louder") },
        { u"textSize", QT_TRANSLATE_NOOP("Words", "Text size") },
        { u"highContrast", QT_TRANSLATE_NOOP("Words", "High contrast") },
        { u"chooseLanguage", QT_TRANSLATE_NOOP("Words", "Choose a language") },
    };
    for (const auto &[name, words] : names) {
        if (key == name)
            return tr(words);
    }
    return key;
}

QString Words::keypad(const QString &key, const QString &) const
{
    static const QList<std::pair<const char16_t *, const char *>> words {
        //: said after a control's name when the keypad reaches it
        { u"button", QT_TRANSLATE_NOOP("Words", "button") },
        { u"heading", QT_TRANSLATE_NOOP("Words", "heading") },
        { u"picture", QT_TRANSLATE_NOOP("Words", "picture") },
        //: the language or choice now shown
        { u"selected", QT_TRANSLATE_NOOP("Words", "selected") },
        { u"speechOn",
            QT_TRANSLATE_NOOP("Words",
                "Speech is on. This kiosk tells you about help with breastfeeding and pumping.") },
        //: the EZ Access keys: two arrows, a round Select key, Back and Help
        { u"keys",
            QT_TRANSLATE_NOOP("Words",
                "Press the down arrow to hear the next item and the up arrow for the one before. "
                "Press Select to choose it, Back to go back, and Help to hear this again. Plus and "
                "minus change the volume. The star key turns the screen off and on.") },
        { u"screenOff", QT_TRANSLATE_NOOP("Words", "The screen is off. Speech goes on.") },
        { u"screenOn", QT_TRANSLATE_NOOP("Words", "The screen is on.") },
        { u"moreTime", QT_TRANSLATE_NOOP("Words", "Press any key for more time.") },
    };
    for (const auto &[name, said] : words) {
        if (key == name)
            return tr(said);
    }
    return {};
}

QString Words::nextGroupOrClass(const QString &) const
{
    return tr("Next group or class");
}

QString Words::touchToStart(const QString &) const
{
    return tr("Touch the screen to start");
}

QString Words::stillThere(const QString &) const
{
    return tr("Are you still there?");
}

QString Words::startsOverIn(int seconds, const QString &) const
{
    return QCoreApplication::translate("Words",
        "To keep your visit private, this screen starts over in %n seconds.", nullptr, seconds);
}
