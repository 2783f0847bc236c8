#pragma once

#include "languageprofile.h"

#include <QString>

/**
 * What a screen shows, as a person would say it aloud: phone numbers digit by digit in their
 * groups ("1, 8 0 0, 9 9 4, 9 6 6 2"), times in words of the language ("10 to 11 30 a m",
 * "6 a 7 30 de la tarde"), initialisms as letters (IBCLC), and no punctuation, markup or
 * symbols a speech engine would read out or stumble on.
 */
namespace SpeechText {

/** @p shown (plain text or the pack's simple markup) as a voice is given it, in the words of @p
 * speech. */
QString spoken(const QString &shown, const LanguageProfile::Speech &speech);

/**
 * @p said marked as being in the language @p tag, for a line of a script that is not in the
 * visitor's language (a language's own name on the chooser, another language's notice): Unicode's
 * language tag (U+E0001, then the tag in tag characters) leads it. The read-aloud says such a line
 * in that language's voice, or not at all; nothing shows it.
 */
QString inLanguage(const QString &tag, const QString &said);

/** The language tag a line was marked with by inLanguage() (empty: the visitor's), and in
 * @p said the line without the mark. */
QString languageOf(const QString &line, QString *said);

} // namespace SpeechText
