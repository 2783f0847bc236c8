#pragma once

#include "content.h"
#include "packdir.h"

/** Readers for each file of a pack; each reports its problems and returns what it could read. */

/** The sections a pack may put on the home screen, in their usual order. */
const QStringList &knownSections();
/** The amenities a room may list (the kiosk has an icon and a label for each). */
const QStringList &knownAmenities();
/** The states a room can be in. */
const QStringList &knownRoomStates();
/** Whether @p id is an IANA time zone name ("America/Chicago", "UTC") this machine knows. */
bool isIanaZone(const QString &id);
/** Whether @p code looks like a BCP 47 language tag ("en", "es", "es-MX"). */
bool isLanguageCode(const QString &code);

std::optional<PackInfo> readPackInfo(const PackDir &dir, QList<Problem> *problems);
QList<Room> readRooms(const PackDir &dir, const PackInfo &pack, QList<Problem> *problems);
QList<Slide> readSlides(const PackDir &dir, const PackInfo &pack, QList<Problem> *problems);
QList<LanguageNotice> readLanguageHelp(const PackDir &dir, QList<Problem> *problems);
/** i18n/<tag>.ts: the pack's own words for the UI, each compiled by Qt's lrelease. */
QList<UiCatalogue> readCatalogues(const PackDir &dir, const PackInfo &pack, QList<Problem> *problems);
/** Whether Qt's locale data or a built-in profile knows the language of @p code. */
bool isKnownLanguage(const QString &code);

/** services.<lang>.json: an array of HSDS services, an HSDS list page, or one service. */
QList<Service> readServices(const PackDir &dir, const QString &language, QList<Problem> *problems);
QList<Service> parseServices(const QJsonDocument &doc, const QString &language, ProblemSink &sink);

/** The Markdown pages in pages/<lang>/, each with front matter. */
QList<Page> readPages(
    const PackDir &dir, const PackInfo &pack, const QString &language, QList<Problem> *problems);
/** One page's text; images are checked against @p dir when given. */
std::optional<Page> parsePage(
    const QString &text, const PackInfo &pack, ProblemSink &sink, const PackDir *dir = nullptr);

/** events.<lang>.ics; floating times are taken in @p siteZone. */
QList<EventSeries> readEvents(
    const PackDir &dir, const PackInfo &pack, const QString &language, QList<Problem> *problems);
QList<EventSeries> parseCalendar(
    const QString &text, const QString &language, const QTimeZone &siteZone, ProblemSink &sink);

/**
 * A video's WebVTT captions file: its cues by start, as plain text. What is wrong inside it is a
 * warning at its line (the video plays without that cue, or without the file's captions).
 */
QList<CaptionCue> readCaptions(
    const PackDir &dir, const QString &relative, QList<Problem> *problems);
QList<CaptionCue> parseWebVtt(const QString &text, ProblemSink &sink);
