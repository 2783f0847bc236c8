// Markdown articles: pages/<lang>/<id>.md, each opening with a small front-matter block.
#include "audiolength.h"
#include "packreaders.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {

const QStringList &frontMatterKeys()
{
    static const QStringList keys { QStringLiteral("title"), QStringLiteral("section"),
        QStringLiteral("order"), QStringLiteral("summary"), QStringLiteral("sources"),
        QStringLiteral("medical"), QStringLiteral("recording") };
    return keys;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(u'"') && value.endsWith(u'"'))
            || (value.startsWith(u'\'') && value.endsWith(u'\''))))
        value = value.mid(1, value.size() - 2);
    return value;
}

/**
 * A page's recording: it must decode (GStreamer, as the kiosk plays it) and last about as long
 * as a person takes to read the page; far off, it is likely another page's (a warning).
 */
void checkRecording(const PackDir &dir, const Page &page, int line, ProblemSink &sink)
{
    QString why;
    const auto absolute = dir.resolve(page.recording, &why);
    if (!absolute)
        return;
    const qint64 ms = audioLengthMs(*absolute, &why);
    if (ms < 0) {
        sink.atLine(line, QStringLiteral("recording '%1' does not play: %2").arg(page.recording, why));
        return;
    }
    // About 14 letters a second read aloud (150 words a minute in English, as fast in the
    // syllables of Vietnamese); a Han, kana or Hangul character is about a quarter second.
    static const QRegularExpression letter(QStringLiteral("[\\p{L}\\p{N}]"));
    static const QRegularExpression ideograph(QStringLiteral("[\\p{Han}\\p{Hiragana}\\p{Katakana}\\p{Hangul}]"));
    const QString text = page.title + u' ' + page.markdown;
    const qsizetype ideographs = text.count(ideograph);
    const qint64 expected = (text.count(letter) - ideographs) * 70 + ideographs * 250;
    if (expected > 0 && (ms * 3 < expected || ms > expected * 3))
        sink.warnAtLine(line,
            QStringLiteral("recording '%1' lasts %2 s; reading the page takes about %3 s: is it this "
                           "page's recording?")
                .arg(page.recording)
                .arg(ms / 1000)
                .arg(expected / 1000));
}

/** Images the Markdown body shows: ![alt](path "title"), with the line of each. */
QList<std::pair<int, QString>> imageReferences(const QStringList &bodyLines, int firstLine)
{
    static const QRegularExpression image(
        QStringLiteral("!\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)"));
    QList<std::pair<int, QString>> out;
    for (qsizetype i = 0; i < bodyLines.size(); ++i) {
        auto it = image.globalMatch(bodyLines.at(i));
        while (it.hasNext())
            out.append({ firstLine + int(i), it.next().captured(1) });
    }
    return out;
}

} // namespace

std::optional<Page> parsePage(
    const QString &text, const PackInfo &pack, ProblemSink &sink, const PackDir *dir)
{
    const QStringList lines = text.split(u'\n');
    auto trimmedLine = [&](qsizetype i) {
        return lines.at(i).trimmed();
    };
    if (lines.isEmpty() || trimmedLine(0) != u"---") {
        sink.atLine(1,
            QStringLiteral("a page must start with a front-matter block "
                           "(a line '---', then 'title: …', then '---')"));
        return std::nullopt;
    }
    Page page;
    QStringList seen;
    int recordingLine = 0;
    QString listKey;
    qsizetype end = -1;
    const qsizetype before = sink.count();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const int lineNo = int(i) + 1;
        if (line.trimmed() == u"---") {
            end = i;
            break;
        }
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        if (line.trimmed().startsWith(QStringLiteral("- "))) {
            if (listKey.isEmpty())
                sink.atLine(lineNo,
                    QStringLiteral("a list item outside a list (only "
                                   "'sources:' takes one)"));
            else
                page.sources.append(unquote(line.trimmed().mid(2)));
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0 || line.at(0).isSpace()) {
            sink.atLine(lineNo, QStringLiteral("expected 'key: value'"));
            continue;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = unquote(line.mid(colon + 1));
        listKey.clear();
        if (!frontMatterKeys().contains(key)) {
            sink.atLine(lineNo,
                QStringLiteral("'%1' is not a front-matter key (one of %2)")
                    .arg(key, frontMatterKeys().join(QStringLiteral(", "))));
            continue;
        }
        if (seen.contains(key))
            sink.atLine(lineNo, QStringLiteral("'%1' is given twice").arg(key));
        seen.append(key);
        if (key == u"title") {
            page.title = value;
        } else if (key == u"section") {
            page.section = value;
            const bool known
                = std::any_of(pack.topics.cbegin(), pack.topics.cend(), [&](const auto &t) {
                      return t.id == value;
                  });
            if (!known)
                sink.atLine(
                    lineNo, QStringLiteral("section '%1' is not a topic in pack.json").arg(value));
        } else if (key == u"order") {
            bool ok = false;
            page.order = value.toInt(&ok);
            if (!ok)
                sink.atLine(lineNo, QStringLiteral("order must be a whole number"));
        } else if (key == u"summary") {
            page.summary = value;
        } else if (key == u"medical") {
            if (value != u"true" && value != u"false")
                sink.atLine(lineNo, QStringLiteral("medical must be true or false"));
            page.medical = value == u"true";
        } else if (key == u"recording") {
            // A person of the site's community reading the page: Listen plays it.
            page.recording = value;
            const QString problem = dir ? dir->mediaProblem(value, PackDir::MediaKind::Audio) : QString();
            if (!problem.isEmpty())
                sink.atLine(lineNo, QStringLiteral("recording ") + problem);
            recordingLine = lineNo;
        } else if (key == u"sources") {
            if (!value.isEmpty())
                sink.atLine(lineNo,
                    QStringLiteral("write sources as a list: 'sources:' then "
                                   "lines '  - …'"));
            listKey = key;
        }
    }
    if (end < 0) {
        sink.atLine(1, QStringLiteral("the front-matter block is never closed with '---'"));
        return std::nullopt;
    }
    if (page.title.isEmpty())
        sink.atLine(1, QStringLiteral("the front matter needs a title"));
    if (page.section.isEmpty())
        sink.atLine(1, QStringLiteral("the front matter needs a section"));
    const QStringList body = lines.mid(end + 1);
    page.markdown = body.join(u'\n').trimmed();
    if (page.markdown.isEmpty())
        sink.atLine(int(end) + 1, QStringLiteral("the page has no text after its front matter"));
    for (const auto &[line, target] : imageReferences(body, int(end) + 2)) {
        page.images.append(target);
        const QString problem
            = dir ? dir->mediaProblem(target, PackDir::MediaKind::Image) : QString();
        if (!problem.isEmpty())
            sink.atLine(line, QStringLiteral("image ") + problem);
    }
    if (dir && recordingLine > 0 && sink.count() == before)
        checkRecording(*dir, page, recordingLine, sink);
    if (sink.count() > before)
        return std::nullopt;
    return page;
}

QList<Page> readPages(
    const PackDir &dir, const PackInfo &pack, const QString &language, QList<Problem> *problems)
{
    const QString folder = QStringLiteral("pages/") + language;
    QList<Page> pages;
    for (const QString &name : dir.entries(folder, QStringLiteral("*.md"))) {
        const QString file = folder + u'/' + name;
        ProblemSink sink(problems, file);
        const auto text = dir.readText(file, sink, PackDir::Need::Required);
        if (!text)
            continue;
        auto page = parsePage(*text, pack, sink, &dir);
        if (!page)
            continue;
        page->file = file;
        page->id = QFileInfo(name).completeBaseName();
        page->language = language;
        pages.append(*page);
    }
    std::sort(pages.begin(), pages.end(), [](const Page &a, const Page &b) {
        return std::tie(a.section, a.order, a.id) < std::tie(b.section, b.order, b.id);
    });
    return pages;
}
