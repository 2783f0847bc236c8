#pragma once

#include <QString>
#include <QStringList>

/**
 * The fonts this machine has, asked of fontconfig (no Qt Gui): whether a language's font is
 * installed, and which characters of a text none of a list of families draws. `validate` and the
 * kiosk's loader warn with it before a visitor sees an empty box.
 */
namespace InstalledFonts {

/** Whether a font whose family is exactly @p family is installed. */
bool has(const QString &family);

/** The characters of @p text no installed font of @p families draws ("U+0645 U+0644"); spaces
 * and format characters (direction marks) draw nothing on purpose and are left out. */
QString undrawn(const QString &text, const QStringList &families);

} // namespace InstalledFonts
