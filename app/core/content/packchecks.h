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
 * Every language has everything: a page, a service id, an event UID or a whole services or events
 * file that one language has and another lacks is a warning (the visitor sees it in the first
 * language that has it, named on it).
 */
void translations(const PackDir &dir, const Content &content, QList<Problem> *problems);

/**
 * What a language of the pack lacks in the UI's catalogues or on this machine, as warnings (the
 * kiosk shows the pack): how many of the UI's words show in the default language instead, a
 * language no voice reads, a language whose font is not installed, a language-help notice with
 * characters no font of its language draws (each would be an empty box).
 *
 * Not part of ContentLoader::load: it is about this machine and the UI's catalogues, not whether
 * the pack can be shown, and it took three fifths of a load (parsing every built-in catalogue,
 * listing fonts) that the kiosk would spend before its first frame. `lactation-pack validate` and
 * `inspect` run it after the load.
 */
void languages(const Content &content, QList<Problem> *problems);

/** Warnings for home sections whose screen would be empty and headings with nothing under them. */
void screens(const PackDir &dir, const Content &content, QList<Problem> *problems);

} // namespace PackChecks
