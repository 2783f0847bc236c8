#include "contentloader.h"

#include "packchecks.h"
#include "packdir.h"
#include "packreaders.h"

#include <atomic>

QString ContentLoader::Result::firstError() const
{
    for (const Problem &p : problems) {
        if (!p.isWarning())
            return p.toString();
    }
    return {};
}

namespace {
std::atomic<int> loads { 0 };
}

int ContentLoader::loadCount()
{
    return loads.load();
}

std::optional<PackInfo> ContentLoader::readInfo(const QString &packDir)
{
    const PackDir dir(packDir);
    QList<Problem> problems;
    return dir.exists() ? readPackInfo(dir, &problems) : std::nullopt;
}

ContentLoader::Result ContentLoader::load(const QString &packDir)
{
    ++loads;
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
    PackChecks::languageFiles(dir, *pack, &result.problems);
    for (const QString &language : pack->languages) {
        content->services += readServices(dir, language, &result.problems);
        content->events += readEvents(dir, *pack, language, &result.problems);
        content->pages += readPages(dir, *pack, language, &result.problems);
    }
    content->rooms = readRooms(dir, *pack, &result.problems);
    content->slides = readSlides(dir, *pack, &result.problems);
    content->languageHelp = readLanguageHelp(dir, &result.problems);
    content->catalogues = readCatalogues(dir, *pack, &result.problems);
    // Across files only once each file reads, and what shows only once nothing is missing.
    if (errorCount(result.problems) == 0)
        PackChecks::translations(dir, *content, &result.problems);
    if (errorCount(result.problems) == 0)
        PackChecks::screens(dir, *content, &result.problems);

    result.content = std::move(content);
    return result;
}
