#include "articleview.h"

#include "visit.h"

#include <QRegularExpression>

ArticleView::ArticleView(QObject *parent)
    : QObject(parent)
{
}

void ArticleView::setVisit(Visit *visit)
{
    if (!followVisit(this, m_visit, visit, &ArticleView::update))
        return;
    Q_EMIT visitChanged();
    update();
}

void ArticleView::setPageId(const QString &id)
{
    if (id == m_pageId)
        return;
    m_pageId = id;
    Q_EMIT pageIdChanged();
    update();
}

QString ArticleView::linksAsText(const QString &markdown)
{
    static const QRegularExpression link(
        QStringLiteral("(?<!!)\\[([^\\]]+)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)"));
    QString out;
    qsizetype last = 0;
    auto it = link.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(markdown).mid(last, m.capturedStart() - last);
        const QString text = m.captured(1);
        QString target = m.captured(2);
        target.remove(QRegularExpression(QStringLiteral("^(https?://|mailto:|tel:)")));
        out += text == target || m.captured(2) == text
            ? text
            : text + QStringLiteral(" (") + target + u')';
        last = m.capturedEnd();
    }
    out += QStringView(markdown).mid(last);
    // Bare addresses that Markdown would turn into links stay text as well.
    out.replace(QRegularExpression(QStringLiteral("<(https?://[^>\\s]+)>")), QStringLiteral("\\1"));
    return out;
}

/** Each line's words isolated for a right-to-left language, its Markdown list or heading marker
 * left outside ("1. …" stays an ordered list). */
static QString isolatedLines(const QString &markdown, const LanguageProfile &language)
{
    if (!language.rightToLeft())
        return markdown;
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)]|#+)\\s+"));
    QStringList lines = markdown.split(u'\n');
    for (QString &line : lines) {
        const qsizetype start = marker.match(line).capturedEnd();
        line = line.left(qMax<qsizetype>(start, 0)) + language.isolated(line.mid(qMax<qsizetype>(start, 0)));
    }
    return lines.join(u'\n');
}

static QVariantList splitBlocks(const QString &markdown, const QString &root, const LanguageProfile &language)
{
    static const QRegularExpression imageLine(QStringLiteral(
        "^\\s*!\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)\\s*$"));
    QVariantList blocks;
    QStringList text;
    const auto flush = [&] {
        const QString run = text.join(u'\n').trimmed();
        if (!run.isEmpty())
            blocks.append(QVariantMap { { QStringLiteral("kind"), QStringLiteral("text") },
                { QStringLiteral("text"), isolatedLines(run, language) } });
        text.clear();
    };
    for (const QString &line : markdown.split(u'\n')) {
        const auto m = imageLine.match(line);
        if (!m.hasMatch()) {
            text.append(line);
            continue;
        }
        flush();
        blocks.append(QVariantMap { { QStringLiteral("kind"), QStringLiteral("image") },
            { QStringLiteral("source"), QUrl::fromLocalFile(root + u'/' + m.captured(2)) },
            { QStringLiteral("alt"), m.captured(1) } });
    }
    flush();
    return blocks;
}

void ArticleView::update()
{
    m_found = false;
    m_title.clear();
    m_markdown.clear();
    m_blocks.clear();
    m_sources.clear();
    m_medical = false;
    m_contentLanguage.clear();
    if (m_visit && !m_pageId.isEmpty()) {
        const auto content = m_visit->content();
        const QString language = m_visit->language();
        // Her language's page, or the one the pack has in its place (named on screen).
        if (const auto page = content->pageFor(language, m_pageId)) {
            const Page &p = *page;
            m_found = true;
            m_contentLanguage = p.language;
            // Isolated for her right-to-left language; a page hers lacks is in another language.
            const LanguageProfile shownAs = p.language == language ? m_visit->profile() : LanguageProfile();
            m_title = shownAs.isolated(p.title);
            m_markdown = linksAsText(p.markdown);
            m_blocks = splitBlocks(m_markdown, content->root, shownAs);
            m_sources = p.sources;
            m_medical = p.medical;
        }
    }
    Q_EMIT changed();
}
