#include "installedfonts.h"

#include <QHash>
#include <QMutex>
#include <fontconfig/fontconfig.h>
#include <memory>

namespace {

struct CharSetFree
{
    void operator()(FcCharSet *set) const { FcCharSetDestroy(set); }
};
using CharSet = std::unique_ptr<FcCharSet, CharSetFree>;

/** Every character the installed fonts of @p family draw, or nullptr when none is installed. */
const FcCharSet *coverage(const QString &family)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<FcCharSet>> cache;
    const QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(family); found != cache.cend())
        return found->get();
    std::shared_ptr<FcCharSet> all;
    FcPattern *pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(family.toUtf8().constData()));
    FcObjectSet *objects = FcObjectSetBuild(FC_FAMILY, FC_CHARSET, nullptr);
    if (FcFontSet *fonts = FcFontList(nullptr, pattern, objects)) {
        for (int i = 0; i < fonts->nfont; ++i) {
            FcCharSet *set = nullptr;
            if (FcPatternGetCharSet(fonts->fonts[i], FC_CHARSET, 0, &set) != FcResultMatch)
                continue;
            if (!all)
                all.reset(FcCharSetCreate(), FcCharSetDestroy);
            FcCharSetMerge(all.get(), set, nullptr);
        }
        FcFontSetDestroy(fonts);
    }
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    cache.insert(family, all);
    return all.get();
}

} // namespace

namespace InstalledFonts {

bool has(const QString &family)
{
    return coverage(family) != nullptr;
}

QString undrawn(const QString &text, const QStringList &families)
{
    QStringList missing;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format)
            continue;
        const bool drawn = std::any_of(families.cbegin(), families.cend(), [c](const QString &f) {
            const FcCharSet *set = coverage(f);
            return set && FcCharSetHasChar(set, c);
        });
        const QString code = QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
        if (!drawn && !missing.contains(code))
            missing.append(code);
    }
    return missing.join(u' ');
}

} // namespace InstalledFonts
