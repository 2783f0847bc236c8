#pragma once

#include "catalogues.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <optional>

/** Text in each of the pack's languages, keyed by language code. */
class LocalizedText
{
public:
    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }
    /** The text in @p language, else in @p fallback, else empty. */
    QString in(const QString &language, const QString &fallback = {}) const;
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }

private:
    QMap<QString, QString> m_texts;
};

/** What pack.json says about the pack and the site. */
struct PackInfo
{
    int format = 0;
    QString id;
    int version = 0;
    LocalizedText title;
    QStringList languages; ///< the first is the default
    LocalizedText siteName;
    QString timeZoneId; ///< IANA name
    QTimeZone timeZone;
    QString clock; ///< "12h", "24h", or empty: as the visitor's language writes it in the country
    bool demo = false;
    QStringList sections; ///< home sections in order
    struct Topic
    {
        QString id;
        LocalizedText title;
    };
    QList<Topic> topics; ///< article sections (the "section" of a page)
    /** pack.json's languageProfiles: fields over the built-in LanguageProfile, by tag. */
    QHash<QString, QJsonObject> languageProfiles;

    QString defaultLanguage() const { return languages.value(0); }
};

struct ServicePhone
{
    QString number;
    QString extension;
    QString type;
    QString description;
    QStringList languages;
};

/** An HSDS schedule: weekly or monthly opening hours. */
struct ServiceSchedule
{
    QString freq;
    QStringList byDay;
    QTime opensAt;
    QTime closesAt;
    QString timeZoneId; ///< IANA zone (x_timezone); empty when only an offset is given
    bool hasUtcOffset = false;
    double utcOffsetHours = 0;
    QDate validFrom;
    QDate validTo;
    QString description;
    QString attendingType;
    QString notes;
};

/** One HSDS 3.0 service as the kiosk uses it. */
struct Service
{
    QString language; ///< language of the file it came from
    QString id;
    QString kind; ///< helpline, consultant, peer-counselor, clinic, group, program or service
    QString name;
    QString alternateName;
    QString description;
    QString organization;
    QString url;
    QString email;
    QString status;
    QList<ServicePhone> phones;
    QList<ServiceSchedule> schedules;
    QStringList languages; ///< codes the service is offered in
    QStringList languageNames;
    QString interpretationServices;
    QString eligibility;
    QString fees;
    QStringList costOptions;
    QString applicationProcess;
    QString accreditations;
    QString alert;
    QStringList addresses;

    /** The schedules' own words, one line each (the file's language). */
    QString hoursText() const;
    /** Listed under "Call for help"; every other kind under "Help near you". */
    bool isHelpline() const { return kind == QLatin1StringView("helpline"); }
};

struct Room
{
    QString id;
    LocalizedText name;
    LocalizedText location;
    LocalizedText access;
    LocalizedText accessibility;
    LocalizedText hours;
    QStringList amenities;
    QString image; ///< relative to the pack, may be empty
    QString state; ///< the state the pack starts the room in
};

struct Page
{
    QString file;
    QString id;
    QString language;
    QString title;
    QString section;
    int order = 0;
    QString summary;
    QStringList sources;
    bool medical = false;
    QString markdown; ///< the body after the front matter
    QStringList images; ///< pack-relative images the body shows
    QString recording; ///< pack-relative: a person reading the page (Ogg Opus or MP3), or empty
};

/** One WebVTT cue as the kiosk shows it: plain text from start (inclusive) to end (exclusive). */
struct CaptionCue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text; ///< tags stripped, entities decoded, lines joined by "\n"
};

struct Slide
{
    QString id;
    QString image; ///< exactly one of image and video is set
    QString video;
    LocalizedText caption;
    QMap<QString, QString> subtitles; ///< language -> WebVTT file
    QMap<QString, QList<CaptionCue>> captions; ///< language -> its file's cues, by start
    QDate start; ///< first day shown, invalid for no limit
    QDate end; ///< last day shown, invalid for no limit
    int seconds = 10;
};

/** One VEVENT: a master with its rule, or a RECURRENCE-ID override. */
struct CalendarEvent
{
    int line = 0;
    QString uid;
    QString summary;
    QString description;
    QString location;
    QString url;
    QString joinUrl; ///< RFC 7986 CONFERENCE
    QString organizer;
    QString cost;
    QStringList meetingLanguages; ///< X-LACTATION-LANGUAGE, else the file's language
    QStringList categories;
    bool cancelled = false;
    bool allDay = false;
    QDateTime start; ///< timed events, in the event's own zone
    qint64 durationSecs = 0;
    QDate startDate; ///< all-day events
    qint64 durationDays = 1;
    bool hasEnd = false; ///< DTEND or DURATION given; an override without one keeps the series'
    QByteArray rrule;
    QList<QDateTime> rdates;
    QList<QDate> rdateDays;
    QList<QDateTime> exdates;
    QList<QDate> exdateDays;
    QDateTime recurrenceId; ///< set on an override of a timed series
    QDate recurrenceDay; ///< set on an override of an all-day series
    int recurrenceLine = 0; ///< the RECURRENCE-ID's line
};

struct EventSeries
{
    QString language; ///< language of the file it came from
    CalendarEvent master;
    QList<CalendarEvent> overrides;
    bool hasMaster = true;
};

/** One immutable snapshot of a pack, as loaded. */
/** One language's sentence of the site's notice of free language help (Section 1557). */
struct LanguageNotice
{
    QString language; ///< BCP 47; any language, not only the pack's
    QString text; ///< in that language, as the site's compliance office wrote it
};

struct Content
{
    QString root;
    PackInfo pack;
    QList<Service> services;
    QList<EventSeries> events;
    QList<Room> rooms;
    QList<Page> pages;
    QList<Slide> slides;
    QList<LanguageNotice> languageHelp; ///< language-help.json, in the site's order
    QList<UiCatalogue> catalogues; ///< i18n/<tag>.ts: the pack's words for the UI win over the kiosk's

    /** The topic whose pages the "visit" section shows. */
    static constexpr QLatin1StringView VisitTopic { "your-visit" };

    /** Whether home section @p section would open a screen with something on it. */
    bool fills(const QString &section) const;
    /** What fills @p section, in words for IT ("no page has section: your-visit"). */
    static QString whatFills(const QString &section);
    /** The pack's home sections that fill their screen, in the pack's order. */
    QStringList filledSections() const;

    QList<Service> servicesIn(const QString &language) const;
    QList<Page> pagesIn(const QString &language) const;
    QList<EventSeries> eventsIn(const QString &language) const;

    /**
     * What a visitor reading @p language is shown: everything in her language, and each service,
     * page or meeting her language lacks in the first language of the pack that has it (the
     * default first). Its `language` says which: the screens name it on the item rather than let
     * it disappear.
     */
    QList<Service> servicesFor(const QString &language) const;
    QList<Page> pagesFor(const QString &language) const;
    QList<EventSeries> eventsFor(const QString &language) const;
    /** Page @p id as a visitor reading @p language is shown it (pagesFor), or nullopt. */
    std::optional<Page> pageFor(const QString &language, const QString &id) const;
};
