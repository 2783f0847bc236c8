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

} // namespace SpeechText
