#pragma once

#include "content.h"
#include "packdir.h"
#include "problem.h"

/**
 * Checks across a pack's files, once each file has been read: what would make a kiosk show the
 * pack badly though every file is valid on its own.
 */
namespace PackChecks {

/** A per-language file for a language the pack does not declare (an error). */
void languageFiles(const PackDir &dir, const PackInfo &pack, QList<Problem> *problems);

/**
 * Every language has everything: a page missing in one language is an error (switching language
 * would lose the article); a service id, an event UID or a whole services or events file that one
 * language has and another lacks is a warning.
 */
void translations(const PackDir &dir, const Content &content, QList<Problem> *problems);

/** Warnings for home sections whose screen would be empty and headings with nothing under them. */
void screens(const PackDir &dir, const Content &content, QList<Problem> *problems);

} // namespace PackChecks
