#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

/**
 * The UI's own words, written once for the screens and the read-aloud alike: the names of the
 * pack's keys (sections, amenities, room states, day groups, languages), the controls, and the
 * sentences with a number in them, whose plural forms come from the catalogue (`%n`), so that a
 * language with three or six forms needs no code. One translation context, "Words".
 *
 * From QML each function also takes the visitor's language, so a binding re-runs, and
 * re-translates, when she switches: `Words.section("learn", Visit.language)`.
 */
class Words : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE QString section(const QString &key, const QString &language = {}) const;
    Q_INVOKABLE QString sectionHint(const QString &key, const QString &language = {}) const;
    Q_INVOKABLE QString amenity(const QString &key, const QString &language = {}) const;
    Q_INVOKABLE QString roomState(const QString &key, const QString &language = {}) const;
    /** "The room is free now" for one room, "All 2 rooms are free" for several: never "1 of 1". */
    Q_INVOKABLE QString roomsFree(
        int count, int free, const QString &onlyState, const QString &language = {}) const;
    Q_INVOKABLE QString minutesInState(int minutes, const QString &language = {}) const;
    Q_INVOKABLE QString usualWait(int minutes, const QString &language = {}) const;
    Q_INVOKABLE QString waiting(int count, const QString &language = {}) const;
    Q_INVOKABLE QString ticket(const QString &code, const QString &language = {}) const;
    Q_INVOKABLE QString nowCalling(const QString &code, const QString &language = {}) const;
    Q_INVOKABLE QString roomCall(
        const QString &code, const QString &room, const QString &language = {}) const;
    /** The name of the language @p tag in the visitor's language ("Spanish", "Inglés"). */
    Q_INVOKABLE QString languageName(const QString &tag, const QString &language = {}) const;
    Q_INVOKABLE QString languageNames(const QStringList &tags, const QString &language = {}) const;
    /** The icon of a home section: its key, but language help shares the language globe. */
    Q_INVOKABLE QString sectionIcon(const QString &key) const;
    /** The icon of a room state: "state-free", …, "state-unknown". */
    Q_INVOKABLE QString stateIcon(const QString &key) const;
    /** "Today", "This week", "Later". */
    Q_INVOKABLE QString dayGroup(const QString &key, const QString &language = {}) const;
    /**
     * A control's name, as its button shows it and the read-aloud says it: back, home, listen,
     * previous, repeat, next, softer, louder, textSize, highContrast.
     */
    Q_INVOKABLE QString control(const QString &key, const QString &language = {}) const;
    Q_INVOKABLE QString nextGroupOrClass(const QString &language = {}) const;
    Q_INVOKABLE QString touchToStart(const QString &language = {}) const;
    Q_INVOKABLE QString stillThere(const QString &language = {}) const;
    Q_INVOKABLE QString startsOverIn(int seconds, const QString &language = {}) const;
    /**
     * What the kiosk says to someone who works it by keypad: a control's role (button, heading,
     * picture) and state (selected), speechOn, keys (how to use them), screenOff, screenOn,
     * moreTime.
     */
    Q_INVOKABLE QString keypad(const QString &key, const QString &language = {}) const;
};
