#include "jsonfields.h"
#include "languageprofile.h"
#include "packreaders.h"

#include <QHash>
#include <QRegularExpression>

const QStringList &knownSections()
{
    static const QStringList sections { QStringLiteral("learn"), QStringLiteral("groups"),
        QStringLiteral("help"), QStringLiteral("room"), QStringLiteral("visit"),
        QStringLiteral("language-help") };
    return sections;
}

const QStringList &knownAmenities()
{
    static const QStringList amenities {
        QStringLiteral("seat"),
        QStringLiteral("outlet"),
        QStringLiteral("sink"),
        QStringLiteral("fridge"),
        QStringLiteral("hospital-grade-pump"),
        QStringLiteral("lockable-door"),
        QStringLiteral("changing-table"),
        QStringLiteral("wheelchair-access"),
        QStringLiteral("dimmable-light"),
        QStringLiteral("drinking-water"),
        QStringLiteral("table"),
        QStringLiteral("nursing-pillow"),
    };
    return amenities;
}

const QStringList &knownRoomStates()
{
    static const QStringList states { QStringLiteral("free"), QStringLiteral("occupied"),
        QStringLiteral("cleaning"), QStringLiteral("closed"), QStringLiteral("unknown") };
    return states;
}

bool isIanaZone(const QString &id)
{
    // Qt also accepts bare abbreviations and Windows names; a pack must say what it means. Names
    // tzdata keeps as links (US/Central, America/Buenos_Aires) are not in Qt's list of available
    // zones but load as calendar programs take them; a name is checked before it reaches a path.
    static const QRegularExpression name(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){1,2}$"));
    if (id == u"UTC" || QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return id.contains(u'/') || id == u"UTC";
    return name.match(id).hasMatch() && QTimeZone(id.toUtf8()).isValid();
}

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return tag.match(code).hasMatch();
}

bool isKnownLanguage(const QString &code)
{
    return QLocale(code).language() != QLocale::C || LanguageProfile::isBuiltIn(code);
}

/** Reports a media reference of field @p key that does not pass PackDir's checks. */
static void checkMedia(const PackDir &dir, const JsonFields &f, const QString &key,
    const QString &relative, PackDir::MediaKind kind)
{
    const QString problem = dir.mediaProblem(relative, kind);
    if (!problem.isEmpty())
        f.problem(key, problem);
}

static bool isIdentifier(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

std::optional<PackInfo> readPackInfo(const PackDir &dir, QList<Problem> *problems)
{
    const QString file = QStringLiteral("pack.json");
    ProblemSink sink(problems, file);
    const auto doc = readJsonFile(dir, file, sink, PackDir::Need::Required);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        sink.inFile(QStringLiteral("must hold a JSON object"));
        return std::nullopt;
    }
    const JsonFields f(sink, {}, doc->object());
    f.rejectUnknown({ QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"),
        QStringLiteral("title"), QStringLiteral("languages"), QStringLiteral("site"),
        QStringLiteral("demo"), QStringLiteral("sections"), QStringLiteral("topics"),
        QStringLiteral("languageProfiles") });
    PackInfo pack;
    pack.format = f.integer(QStringLiteral("format"), JsonFields::Required).value_or(0);
    if (f.has(QStringLiteral("format")) && pack.format != 1)
        f.problem(QStringLiteral("format"),
            QStringLiteral("format %1 is not supported (this kiosk reads format 1)")
                .arg(pack.format));
    pack.id = f.text(QStringLiteral("id"), JsonFields::Required);
    if (!pack.id.isEmpty() && !isIdentifier(pack.id))
        f.problem(QStringLiteral("id"),
            QStringLiteral("'%1' must be lower-case letters, digits, '.', '_' or '-'")
                .arg(pack.id));
    pack.version = f.integer(QStringLiteral("version"), JsonFields::Required).value_or(0);
    if (f.has(QStringLiteral("version")) && pack.version < 1)
        f.problem(QStringLiteral("version"), QStringLiteral("must be 1 or more"));

    pack.languages = f.strings(QStringLiteral("languages"), JsonFields::Required);
    if (f.has(QStringLiteral("languages")) && pack.languages.isEmpty())
        f.problem(QStringLiteral("languages"), QStringLiteral("must name at least one language"));
    QStringList languages;
    for (qsizetype i = 0; i < pack.languages.size(); ++i) {
        const QString &code = pack.languages.at(i);
        const QString at = QStringLiteral("languages[%1]").arg(i);
        if (!isLanguageCode(code))
            sink.atField(at, QStringLiteral("'%1' is not a language code like 'en'").arg(code));
        else if (languages.contains(code))
            sink.atField(at, QStringLiteral("'%1' is listed twice").arg(code));
        else
            languages.append(code);
    }
    pack.languages = languages; // only good codes, so texts are not also blamed for bad ones
    pack.title = f.localized(QStringLiteral("title"), pack.languages, JsonFields::Required);
    pack.demo = f.boolean(QStringLiteral("demo"), false);

    if (const auto site = f.child(QStringLiteral("site"), JsonFields::Required)) {
        site->rejectUnknown(
            { QStringLiteral("name"), QStringLiteral("timezone"), QStringLiteral("clock") });
        pack.clock = site->text(QStringLiteral("clock"));
        if (!pack.clock.isEmpty() && pack.clock != u"12h" && pack.clock != u"24h")
            site->problem(QStringLiteral("clock"),
                QStringLiteral("'%1' is not 12h or 24h (leave it out to write times as the "
                               "visitor's language does in the site's country)")
                    .arg(pack.clock));
        pack.siteName
            = site->localized(QStringLiteral("name"), pack.languages, JsonFields::Required);
        pack.timeZoneId = site->text(QStringLiteral("timezone"), JsonFields::Required);
        if (!pack.timeZoneId.isEmpty()) {
            pack.timeZone = QTimeZone(pack.timeZoneId.toUtf8());
            if (!isIanaZone(pack.timeZoneId))
                site->problem(QStringLiteral("timezone"),
                    QStringLiteral("'%1' is not an IANA time zone like "
                                   "'America/Chicago'")
                        .arg(pack.timeZoneId));
        }
    }

    pack.sections = f.strings(QStringLiteral("sections"));
    if (!f.has(QStringLiteral("sections")))
        pack.sections = knownSections();
    for (qsizetype i = 0; i < pack.sections.size(); ++i) {
        const QString &s = pack.sections.at(i);
        if (!knownSections().contains(s))
            sink.atField(QStringLiteral("sections[%1]").arg(i),
                QStringLiteral("'%1' is not a section (one of %2)")
                    .arg(s, knownSections().join(QStringLiteral(", "))));
    }
    // A pack may say more of a language than the kiosk knows (LanguageProfile's fields).
    if (const auto profiles = f.child(QStringLiteral("languageProfiles"))) {
        const QJsonObject all = profiles->object();
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (!pack.languages.contains(it.key()))
                profiles->problem(it.key(),
                    QStringLiteral("'%1' is not one of the pack's languages").arg(it.key()));
            else if (!it.value().isObject())
                profiles->problem(it.key(), QStringLiteral("must be an object of profile fields"));
            else if (const QStringList wrong = LanguageProfile::check(it.value().toObject());
                     !wrong.isEmpty())
                profiles->problem(it.key(), wrong.join(QStringLiteral("; ")));
            else
                pack.languageProfiles.insert(it.key(), it.value().toObject());
        }
    }
    // A language neither Qt's locale data nor a built-in profile knows needs the pack's profile,
    // or the kiosk could not even name it.
    for (const QString &code : std::as_const(pack.languages)) {
        if (!isKnownLanguage(code) && !pack.languageProfiles.contains(code))
            sink.atField(QStringLiteral("languages"),
                QStringLiteral("'%1' is not a language the kiosk knows: give it a profile in "
                               "languageProfiles (at least its name and a locale for dates)")
                    .arg(code));
    }
    for (const JsonFields &t : f.objects(QStringLiteral("topics"))) {
        t.rejectUnknown({ QStringLiteral("id"), QStringLiteral("title") });
        PackInfo::Topic topic;
        topic.id = t.text(QStringLiteral("id"), JsonFields::Required);
        if (!topic.id.isEmpty() && !isIdentifier(topic.id))
            t.problem(QStringLiteral("id"), QStringLiteral("'%1' is not a valid id").arg(topic.id));
        topic.title = t.localized(QStringLiteral("title"), pack.languages, JsonFields::Required);
        pack.topics.append(topic);
    }
    return pack;
}

/**
 * The objects of the one array in a pack file shaped { "<key>": [ {...}, ... ] }; empty when the
 * file is missing or broken (and then reported).
 */
static QList<JsonFields> listFile(const PackDir &dir, ProblemSink &sink, const QString &key)
{
    const auto doc = readJsonFile(dir, sink.file(), sink, PackDir::Need::Optional);
    if (!doc)
        return {};
    if (!doc->isObject()) {
        sink.inFile(QStringLiteral("must hold a JSON object with a \"%1\" array").arg(key));
        return {};
    }
    const JsonFields top(sink, {}, doc->object());
    top.rejectUnknown({ key });
    return top.objects(key, JsonFields::Required);
}

QList<Room> readRooms(const PackDir &dir, const PackInfo &pack, QList<Problem> *problems)
{
    ProblemSink sink(problems, QStringLiteral("rooms.json"));
    QList<Room> rooms;
    for (const JsonFields &r : listFile(dir, sink, QStringLiteral("rooms"))) {
        r.rejectUnknown({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("location"),
            QStringLiteral("access"), QStringLiteral("accessibility"), QStringLiteral("hours"),
            QStringLiteral("amenities"), QStringLiteral("image"), QStringLiteral("state") });
        Room room;
        room.id = r.text(QStringLiteral("id"), JsonFields::Required);
        if (!room.id.isEmpty() && !isIdentifier(room.id))
            r.problem(QStringLiteral("id"), QStringLiteral("'%1' is not a valid id").arg(room.id));
        for (const Room &other : std::as_const(rooms)) {
            if (other.id == room.id)
                r.problem(QStringLiteral("id"), QStringLiteral("'%1' is used twice").arg(room.id));
        }
        const QStringList &langs = pack.languages;
        room.name = r.localized(QStringLiteral("name"), langs, JsonFields::Required);
        room.location = r.localized(QStringLiteral("location"), langs, JsonFields::Required);
        room.access = r.localized(QStringLiteral("access"), langs);
        room.accessibility = r.localized(QStringLiteral("accessibility"), langs);
        room.hours = r.localized(QStringLiteral("hours"), langs);
        room.amenities = r.strings(QStringLiteral("amenities"));
        for (qsizetype i = 0; i < room.amenities.size(); ++i) {
            if (!knownAmenities().contains(room.amenities.at(i)))
                sink.atField(r.path(QStringLiteral("amenities[%1]").arg(i)),
                    QStringLiteral("'%1' is not an amenity (one of %2)")
                        .arg(room.amenities.at(i), knownAmenities().join(QStringLiteral(", "))));
        }
        room.image = r.text(QStringLiteral("image"));
        if (!room.image.isEmpty())
            checkMedia(dir, r, QStringLiteral("image"), room.image, PackDir::MediaKind::Image);
        room.state = r.text(QStringLiteral("state"));
        if (room.state.isEmpty())
            room.state = QStringLiteral("unknown");
        else if (!knownRoomStates().contains(room.state))
            r.problem(QStringLiteral("state"),
                QStringLiteral("'%1' is not a room state (one of %2)")
                    .arg(room.state, knownRoomStates().join(QStringLiteral(", "))));
        rooms.append(room);
    }
    return rooms;
}

/** Every language has everything: a language a captioned video has no captions in. */
static void warnMissingCaptions(const JsonFields &subtitles, const PackInfo &pack)
{
    const QString fallback = pack.defaultLanguage();
    for (const QString &language : pack.languages) {
        if (subtitles.has(language))
            continue;
        const QString shown = language != fallback && subtitles.has(fallback)
            ? QStringLiteral("the captions in '%1'").arg(fallback)
            : QStringLiteral("the video without captions");
        subtitles.sink().warnAtField(subtitles.path(language),
            QStringLiteral("is missing: a visitor reading '%1' sees %2").arg(language, shown));
    }
}

QList<Slide> readSlides(const PackDir &dir, const PackInfo &pack, QList<Problem> *problems)
{
    ProblemSink sink(problems, QStringLiteral("slides.json"));
    QList<Slide> slides;
    QHash<QString, QList<CaptionCue>> captionsRead;
    for (const JsonFields &s : listFile(dir, sink, QStringLiteral("slides"))) {
        s.rejectUnknown({ QStringLiteral("id"), QStringLiteral("image"), QStringLiteral("video"),
            QStringLiteral("caption"), QStringLiteral("subtitles"), QStringLiteral("start"),
            QStringLiteral("end"), QStringLiteral("seconds") });
        Slide slide;
        slide.id = s.text(QStringLiteral("id"), JsonFields::Required);
        slide.image = s.text(QStringLiteral("image"));
        slide.video = s.text(QStringLiteral("video"));
        if (slide.image.isEmpty() == slide.video.isEmpty())
            s.problem({}, QStringLiteral("needs exactly one of \"image\" and \"video\""));
        if (!slide.image.isEmpty())
            checkMedia(dir, s, QStringLiteral("image"), slide.image, PackDir::MediaKind::Image);
        if (!slide.video.isEmpty())
            checkMedia(dir, s, QStringLiteral("video"), slide.video, PackDir::MediaKind::Video);
        slide.caption
            = s.localized(QStringLiteral("caption"), pack.languages, JsonFields::Required);
        if (const auto subs = s.child(QStringLiteral("subtitles"))) {
            for (auto it = subs->object().constBegin(); it != subs->object().constEnd(); ++it) {
                if (!pack.languages.contains(it.key()))
                    subs->problem(it.key(), QStringLiteral("is not one of the pack's languages"));
                const QString path = subs->text(it.key(), JsonFields::Required);
                if (path.isEmpty())
                    continue;
                const QString why = dir.mediaProblem(path, PackDir::MediaKind::Subtitles);
                if (!why.isEmpty()) {
                    subs->problem(it.key(), why);
                    continue;
                }
                slide.subtitles.insert(it.key(), path);
                if (!captionsRead.contains(path)) // each file's problems once
                    captionsRead.insert(path, readCaptions(dir, path, problems));
                slide.captions.insert(it.key(), captionsRead.value(path));
            }
            if (!slide.image.isEmpty() && !subs->object().isEmpty())
                sink.warnAtField(s.path(QStringLiteral("subtitles")),
                    QStringLiteral("an image slide shows no captions (only a video does)"));
            else if (!subs->object().isEmpty())
                warnMissingCaptions(*subs, pack);
        }
        slide.start = s.date(QStringLiteral("start"));
        slide.end = s.date(QStringLiteral("end"));
        if (slide.start.isValid() && slide.end.isValid() && slide.end < slide.start)
            s.problem(QStringLiteral("end"), QStringLiteral("is before start"));
        slide.seconds = s.integer(QStringLiteral("seconds")).value_or(10);
        if (slide.seconds < 3 || slide.seconds > 120)
            s.problem(QStringLiteral("seconds"), QStringLiteral("must be between 3 and 120"));
        slides.append(slide);
    }
    return slides;
}

QList<LanguageNotice> readLanguageHelp(const PackDir &dir, QList<Problem> *problems)
{
    ProblemSink sink(problems, QStringLiteral("language-help.json"));
    QList<LanguageNotice> notices;
    for (const JsonFields &n : listFile(dir, sink, QStringLiteral("notices"))) {
        n.rejectUnknown({ QStringLiteral("language"), QStringLiteral("text") });
        LanguageNotice notice;
        notice.language = n.text(QStringLiteral("language"), JsonFields::Required);
        notice.text = n.text(QStringLiteral("text"), JsonFields::Required);
        if (notice.language.isEmpty() || notice.text.isEmpty())
            continue;
        if (!isLanguageCode(notice.language)) {
            n.problem(QStringLiteral("language"),
                QStringLiteral("'%1' is not a language code like 'vi'").arg(notice.language));
            continue;
        }
        if (!isKnownLanguage(notice.language)) {
            n.problem(QStringLiteral("language"),
                QStringLiteral("'%1' is not a language the kiosk knows").arg(notice.language));
            continue;
        }
        for (const LanguageNotice &other : std::as_const(notices)) {
            if (other.language == notice.language)
                n.problem(QStringLiteral("language"),
                    QStringLiteral("'%1' has a notice already").arg(notice.language));
        }
        notices.append(notice);
    }
    return notices;
}
