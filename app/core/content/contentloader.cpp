#include "contentloader.h"

#include "packdir.h"
#include "packreaders.h"

#include <QRegularExpression>
#include <QSet>

namespace {

/** Files named for a language the pack does not declare are a mistake worth naming. */
void checkLanguageFiles(const PackDir &dir, const PackInfo &pack, QList<Problem> *problems)
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

/** Every page must exist in every language, so switching language never loses an article. */
void checkPagesComplete(const PackDir &dir, const PackInfo &pack, QList<Problem> *problems)
{
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
            if (!filesByLanguage.value(language).contains(file))
                problems->append({ QStringLiteral("pages/%1/%2").arg(language, file), 0, {},
                    QStringLiteral("is missing (page '%1' exists in another "
                                   "language)")
                        .arg(file.chopped(3)) });
        }
    }
}

} // namespace

QString ContentLoader::Result::firstError() const
{
    for (const Problem &p : problems) {
        if (!p.isWarning())
            return p.toString();
    }
    return {};
}

ContentLoader::Result ContentLoader::load(const QString &packDir)
{
    Result result;
    const PackDir dir(packDir);
    if (!dir.exists()) {
        result.problems.append({ packDir, 0, {}, QStringLiteral("is not a folder") });
        return result;
    }
    auto content = std::make_shared<Content>();
    content->root = dir.root();
    const auto pack = readPackInfo(dir, &result.problems);
    if (!pack)
        return result;
    content->pack = *pack;
    checkLanguageFiles(dir, *pack, &result.problems);
    for (const QString &language : pack->languages) {
        content->services += readServices(dir, language, &result.problems);
        content->events += readEvents(dir, *pack, language, &result.problems);
        content->pages += readPages(dir, *pack, language, &result.problems);
    }
    checkPagesComplete(dir, *pack, &result.problems);
    content->rooms = readRooms(dir, *pack, &result.problems);
    content->slides = readSlides(dir, *pack, &result.problems);
    result.content = std::move(content);
    return result;
}
