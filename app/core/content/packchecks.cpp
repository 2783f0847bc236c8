#include "packchecks.h"

#include "installedfonts.h"
#include "languageprofile.h"

#include <QRegularExpression>
#include <QSet>

namespace {

/** For each language, the ids @p idOf gives its items, in file order. */
template<typename T, typename F>
QMap<QString, QStringList> idsByLanguage(
    const QList<T> &items, const QStringList &languages, F idOf)
{
    QMap<QString, QStringList> ids;
    for (const QString &language : languages)
        ids.insert(language, {});
    for (const T &item : items) {
        const QString id = idOf(item);
        if (!id.isEmpty() && !ids[item.language].contains(id))
            ids[item.language].append(id);
    }
    return ids;
}

/**
 * Names what one language's file lacks of another's: the whole file, or each item. @p pattern is
 * the file name with %1 for the language; @p what names an item ("service", "event").
 */
void compareLanguages(const QMap<QString, QStringList> &ids, const PackDir &dir,
    const QString &pattern, const QString &what, QList<Problem> *problems)
{
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const QString file = pattern.arg(it.key());
        for (auto other = ids.cbegin(); other != ids.cend(); ++other) {
            if (other.key() == it.key() || other->isEmpty())
                continue;
            const QString otherFile = pattern.arg(other.key());
            if (!dir.contains(file)) {
                problems->append(Problem::warning(file, 0, {},
                    QStringLiteral("there is no such file, but %1 has %2 %3%4 that a visitor "
                                   "reading '%5' sees only in another language")
                        .arg(otherFile)
                        .arg(other->size())
                        .arg(
                            what, other->size() == 1 ? QString() : QStringLiteral("s"), it.key())));
                break;
            }
            for (const QString &id : *other) {
                if (!it->contains(id))
                    problems->append(Problem::warning(file, 0, {},
                        QStringLiteral("%1 '%2' is missing (it is in %3)")
                            .arg(what, id, otherFile)));
            }
        }
    }
}

} // namespace

namespace PackChecks {

void languageFiles(const PackDir &dir, const PackInfo &pack, QList<Problem> *problems)
{
    static const QRegularExpression perLanguage(
        QStringLiteral("^(?:services\\.(.+)\\.json|events\\.(.+)\\.ics)$"));
    for (const QString &name : dir.entries({}, QStringLiteral("*"))) {
        const auto m = perLanguage.match(name);
        if (!m.hasMatch())
            continue;
        const QString language = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (!pack.languages.contains(language))
            problems->append({ name, 0, {},
                QStringLiteral("'%1' is not one of the pack's languages (%2)")
                    .arg(language, pack.languages.join(QStringLiteral(", "))) });
    }
}

void translations(const PackDir &dir, const Content &content, QList<Problem> *problems)
{
    const PackInfo &pack = content.pack;
    QMap<QString, QStringList> filesByLanguage;
    QSet<QString> all;
    for (const QString &language : pack.languages) {
        const QStringList files
            = dir.entries(QStringLiteral("pages/") + language, QStringLiteral("*.md"));
        filesByLanguage.insert(language, files);
        all.unite(QSet<QString>(files.cbegin(), files.cend()));
    }
    for (const QString &language : pack.languages) {
        for (const QString &file : std::as_const(all)) {
            if (filesByLanguage.value(language).contains(file))
                continue;
            // Shown in the first language that has it, named on screen: a warning, not a refusal.
            QString shownIn;
            for (const QString &other : pack.languages) {
                if (shownIn.isEmpty() && filesByLanguage.value(other).contains(file))
                    shownIn = other;
            }
            problems->append(Problem::warning(QStringLiteral("pages/%1/%2").arg(language, file), 0,
                {},
                QStringLiteral("is missing: a visitor reading '%1' sees page '%2' in '%3'")
                    .arg(language, file.chopped(3), shownIn)));
        }
    }
    compareLanguages(idsByLanguage(content.services, pack.languages,
                         [](const Service &s) {
                             return s.id;
                         }),
        dir, QStringLiteral("services.%1.json"), QStringLiteral("service"), problems);
    compareLanguages(idsByLanguage(content.events, pack.languages,
                         [](const EventSeries &s) {
                             return s.master.uid;
                         }),
        dir, QStringLiteral("events.%1.ics"), QStringLiteral("event"), problems);
}

void languages(const Content &content, QList<Problem> *problems)
{
    const PackInfo &pack = content.pack;
    const auto packageOf = [](const LanguageProfile &profile) {
        static const QStringList cjk { QStringLiteral("Hans"), QStringLiteral("Hant"),
            QStringLiteral("Jpan"), QStringLiteral("Kore") };
        return cjk.contains(profile.script) ? QStringLiteral("fonts-noto-cjk")
                                            : QStringLiteral("fonts-noto-core");
    };
    const qsizetype words = UiCatalogues::words().size();
    for (const QString &language : pack.languages) {
        const LanguageProfile profile = LanguageProfile::of(language, pack.languageProfiles.value(language));
        const qsizetype missing = UiCatalogues::missingCount(language, content.catalogues);
        if (missing > 0) {
            const QString own = QStringLiteral("i18n/%1.ts").arg(language);
            const bool hasOwn = std::any_of(content.catalogues.cbegin(), content.catalogues.cend(),
                [&own](const UiCatalogue &c) { return c.file == own; });
            problems->append(Problem::warning(hasOwn ? own : QStringLiteral("pack.json"), 0,
                hasOwn ? QString() : QStringLiteral("languages"),
                QStringLiteral("'%1': %2 of the UI's %3 words have no translation and show in '%4'"
                               "%5")
                    .arg(language).arg(missing).arg(words).arg(pack.defaultLanguage(),
                        hasOwn ? QString()
                               : QStringLiteral("; a Qt Linguist catalogue %1 would bring them").arg(own))));
        }
        if (profile.voice.isNull())
            problems->append(Problem::warning(QStringLiteral("pack.json"), 0, QStringLiteral("languages"),
                QStringLiteral("'%1': no voice reads it; Listen says in its words that read-aloud is "
                               "not available (a voice: languageProfiles' voice)")
                    .arg(language)));
        const QString font = profile.fonts.value(0);
        if (!font.isEmpty() && !InstalledFonts::has(font))
            problems->append(Problem::warning(QStringLiteral("pack.json"), 0, QStringLiteral("languages"),
                QStringLiteral("'%1': its font '%2' is not installed here (Debian package %3)")
                    .arg(language, font, packageOf(profile))));
    }
    for (const LanguageNotice &notice : content.languageHelp) {
        const LanguageProfile profile = LanguageProfile::of(notice.language, pack.languageProfiles.value(notice.language));
        const QString undrawn = InstalledFonts::undrawn(notice.text, profile.fonts);
        if (!undrawn.isEmpty())
            problems->append(Problem::warning(QStringLiteral("language-help.json"), 0, QStringLiteral("notices"),
                QStringLiteral("the '%1' notice has characters no installed font of its language "
                               "(%2) draws: %3 (Debian package %4)")
                    .arg(notice.language, profile.fonts.join(QStringLiteral(", ")), undrawn, packageOf(profile))));
    }
}

void screens(const PackDir &dir, const Content &content, QList<Problem> *problems)
{
    const QString packFile = QStringLiteral("pack.json");
    QList<Problem> ignored;
    ProblemSink sink(&ignored, packFile);
    const QStringList lines
        = dir.readText(packFile, sink, PackDir::Need::Required).value_or(QString()).split(u'\n');
    // JSON keeps no lines; the line that names the key is where IT looks.
    const auto warn
        = [&](const QString &field, const QString &message, const QString &quoted = {}) {
              const QString needle = u'"' + (quoted.isEmpty() ? field : quoted) + u'"';
              const auto at = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
                  return line.contains(needle);
              });
              const int line = at == lines.cend() ? 0 : int(at - lines.cbegin()) + 1;
              problems->append(Problem::warning(packFile, line, line ? QString() : field, message));
          };
    for (const QString &section : content.pack.sections) {
        // A site without a notice of language help is usual: only one that lists the section
        // and has none is told.
        const bool listed = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.contains(u'"' + section + u'"');
        });
        if (section == u"language-help" && !listed)
            continue;
        if (!content.fills(section))
            warn(QStringLiteral("sections"),
                QStringLiteral("section '%1' would open an empty screen (%2); the kiosk leaves "
                               "it off the home screen")
                    .arg(section, Content::whatFills(section)));
    }
    if (content.pack.sections.contains(QStringLiteral("help"))) {
        const auto helplines = std::count_if(
            content.services.cbegin(), content.services.cend(), [](const Service &s) {
                return s.isHelpline();
            });
        if (helplines == 0)
            warn(QStringLiteral("sections"),
                QStringLiteral("section 'help': no service has kind 'helpline', so the heading "
                               "\"Call for help\" would have nothing under it; the kiosk leaves "
                               "the heading out"));
        if (helplines == content.services.size() && !content.services.isEmpty())
            warn(QStringLiteral("sections"),
                QStringLiteral("section 'help': every service is a helpline, so the heading "
                               "\"Help near you\" would have nothing under it; the kiosk leaves "
                               "the heading out"));
    }
    for (const PackInfo::Topic &topic : content.pack.topics) {
        const bool used
            = std::any_of(content.pages.cbegin(), content.pages.cend(), [&topic](const Page &p) {
                  return p.section == topic.id;
              });
        if (!used)
            warn(QStringLiteral("topics"),
                QStringLiteral("topic '%1' has no page (no page has section: %1); the Learn "
                               "screen leaves it out")
                    .arg(topic.id),
                topic.id);
    }
}

} // namespace PackChecks
