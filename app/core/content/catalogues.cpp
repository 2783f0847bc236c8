#include "catalogues.h"

#include "languageprofile.h"
#include "packreaders.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

bool sameWord(const UiCatalogue::Message &a, const UiCatalogue::Message &b)
{
    return a.source == b.source && a.context == b.context && a.comment == b.comment;
}

/** One <message>: its source, comment and translation (or plural forms), with what type says. */
UiCatalogue::Message readMessage(QXmlStreamReader &xml, const QString &context, bool *inUse)
{
    UiCatalogue::Message message;
    message.context = context;
    *inUse = true;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            *inUse = type != u"vanished" && type != u"obsolete";
            message.finished = type.isEmpty();
            bool anyForm = false;
            bool everyForm = true;
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != u"translation") {
                if (xml.hasError() || xml.atEnd())
                    break;
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && (xml.name() == u"numerusform" || xml.name() == u"lengthvariant")) {
                    anyForm = true;
                    everyForm = everyForm && !xml.readElementText().trimmed().isEmpty();
                }
            }
            message.translated = anyForm ? everyForm : !text.trimmed().isEmpty();
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

/** The catalogues built into the kiosk (qml/i18n), read once. */
const QList<UiCatalogue> &builtInCatalogues()
{
    static const QList<UiCatalogue> all = [] {
        QList<UiCatalogue> catalogues;
        const QDir dir(QStringLiteral(":/catalogues"));
        for (const QString &name : dir.entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QList<Problem> problems;
            ProblemSink sink(&problems, name);
            if (auto catalogue = UiCatalogue::parse(file.readAll(), sink)) {
                catalogue->language = name.chopped(3); // "vi.ts" says "vi_VN" inside
                catalogues.append(*catalogue);
            }
            for (const Problem &p : std::as_const(problems))
                qWarning("built-in catalogue %s", qPrintable(p.toString()));
        }
        return catalogues;
    }();
    return all;
}

const UiCatalogue *packCatalogue(const QString &language, const QList<UiCatalogue> &pack)
{
    for (const UiCatalogue &c : pack) {
        if (c.language == language)
            return &c;
    }
    return nullptr;
}

} // namespace

const UiCatalogue::Message *UiCatalogue::find(const Message &word) const
{
    const auto found = std::find_if(messages.cbegin(), messages.cend(),
        [&word](const Message &m) { return m.translated && sameWord(m, word); });
    return found == messages.cend() ? nullptr : &*found;
}

qsizetype UiCatalogue::unfinishedCount() const
{
    return std::count_if(messages.cbegin(), messages.cend(),
        [](const Message &m) { return m.translated && !m.finished; });
}

std::optional<UiCatalogue> UiCatalogue::parse(const QByteArray &data, ProblemSink &sink)
{
    QXmlStreamReader xml(data);
    UiCatalogue catalogue;
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        sink.atLine(int(xml.lineNumber()),
            xml.hasError() ? xml.errorString()
                           : QStringLiteral("is not a Qt Linguist catalogue (no <TS> element)"));
        return std::nullopt;
    }
    catalogue.language = xml.attributes().value(QStringLiteral("language")).toString().replace(u'_', u'-');
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                bool inUse = true;
                const Message message = readMessage(xml, context, &inUse);
                if (inUse && !message.source.isEmpty())
                    catalogue.messages.append(message);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        sink.atLine(int(xml.lineNumber()), xml.errorString());
        return std::nullopt;
    }
    return catalogue;
}

namespace UiCatalogues {

const QList<UiCatalogue::Message> &words()
{
    static const QList<UiCatalogue::Message> all = [] {
        QList<UiCatalogue::Message> words;
        for (const UiCatalogue &catalogue : builtInCatalogues()) {
            for (const UiCatalogue::Message &m : catalogue.messages) {
                if (std::none_of(words.cbegin(), words.cend(),
                        [&m](const UiCatalogue::Message &w) { return sameWord(w, m); }))
                    words.append(m);
            }
        }
        return words;
    }();
    return all;
}

const UiCatalogue *builtIn(const QString &language)
{
    if (LanguageProfile::of(language).locale.language() == QLocale::English)
        return nullptr;
    return packCatalogue(language, builtInCatalogues());
}

QString state(const QString &language, const QList<UiCatalogue> &packCatalogues)
{
    if (LanguageProfile::of(language).locale.language() == QLocale::English)
        return QStringLiteral("source");
    const UiCatalogue *own = packCatalogue(language, packCatalogues);
    const UiCatalogue *shipped = builtIn(language);
    if (!own && !shipped)
        return QStringLiteral("none");
    // Each word from whichever catalogue the screen takes it: the pack's first.
    for (const UiCatalogue::Message &word : words()) {
        const UiCatalogue::Message *shown = own ? own->find(word) : nullptr;
        if (!shown && shipped)
            shown = shipped->find(word);
        if (shown && !shown->finished)
            return QStringLiteral("unreviewed");
    }
    return QStringLiteral("reviewed");
}

qsizetype missingCount(const QString &language, const QList<UiCatalogue> &packCatalogues)
{
    if (LanguageProfile::of(language).locale.language() == QLocale::English)
        return 0;
    const UiCatalogue *own = packCatalogue(language, packCatalogues);
    const UiCatalogue *shipped = builtIn(language);
    return std::count_if(words().cbegin(), words().cend(), [&](const UiCatalogue::Message &word) {
        return !(own && own->translates(word)) && !(shipped && shipped->translates(word));
    });
}

QString lrelease()
{
    for (const QString &dir : { QLibraryInfo::path(QLibraryInfo::BinariesPath),
             QStringLiteral("/usr/lib/qt6/bin") }) {
        const QString path = dir + QStringLiteral("/lrelease");
        if (QFile::exists(path))
            return path;
    }
    return {};
}

} // namespace UiCatalogues

namespace {

/** The .qm Qt's lrelease makes of @p ts, or nullopt with what went wrong in @p why. */
std::optional<QByteArray> compile(const QByteArray &ts, QString *why)
{
    const QString tool = UiCatalogues::lrelease();
    if (tool.isEmpty()) {
        *why = QStringLiteral("Qt's lrelease is not installed (Debian package qt6-l10n-tools)");
        return std::nullopt;
    }
    QTemporaryDir work;
    QFile in(work.filePath(QStringLiteral("words.ts")));
    if (!work.isValid() || !in.open(QIODevice::WriteOnly) || in.write(ts) != ts.size()) {
        *why = QStringLiteral("cannot write a temporary copy: %1").arg(in.errorString());
        return std::nullopt;
    }
    in.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString qm = work.filePath(QStringLiteral("words.qm"));
    process.start(tool, { QStringLiteral("-silent"), in.fileName(), QStringLiteral("-qm"), qm });
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *why = QStringLiteral("lrelease could not compile it: %1")
                   .arg(QString::fromUtf8(process.readAll()).trimmed());
        return std::nullopt;
    }
    QFile out(qm);
    if (!out.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("lrelease wrote nothing");
        return std::nullopt;
    }
    return out.readAll();
}

} // namespace

QList<UiCatalogue> readCatalogues(const PackDir &dir, const PackInfo &pack, QList<Problem> *problems)
{
    QList<UiCatalogue> catalogues;
    for (const QString &name : dir.entries(QStringLiteral("i18n"), QStringLiteral("*"))) {
        const QString file = QStringLiteral("i18n/") + name;
        ProblemSink sink(problems, file);
        if (!name.endsWith(QStringLiteral(".ts"))) {
            sink.warnInFile(QStringLiteral("is not used: the kiosk reads Qt Linguist catalogues; "
                                           "convert it with Qt's lconvert: lconvert -i %1 -o %2.ts")
                                .arg(name, name.section(u'.', 0, 0)));
            continue;
        }
        const QString language = name.chopped(3);
        if (!isLanguageCode(language)) {
            sink.inFile(QStringLiteral("'%1' is not a language code like 'vi'").arg(language));
            continue;
        }
        if (!pack.languages.contains(language)) {
            sink.inFile(QStringLiteral("'%1' is not one of the pack's languages (%2)")
                            .arg(language, pack.languages.join(QStringLiteral(", "))));
            continue;
        }
        const auto text = dir.readText(file, sink, PackDir::Need::Required);
        if (!text)
            continue;
        const QByteArray ts = text->toUtf8();
        auto catalogue = UiCatalogue::parse(ts, sink);
        if (!catalogue)
            continue;
        // Qt Linguist writes "vi_VN" for Vietnamese: only another language is a mistake.
        if (!catalogue->language.isEmpty()
            && QLocale(catalogue->language).language() != QLocale(language).language()) {
            sink.inFile(QStringLiteral("says it is in '%1', its name says '%2'")
                               .arg(catalogue->language, language));
            continue;
        }
        catalogue->language = language;
        catalogue->file = file;
        if (catalogue->messages.isEmpty()) {
            sink.warnInFile(QStringLiteral("has no words"));
            continue;
        }
        QString why;
        const auto qm = compile(ts, &why);
        if (!qm) {
            // The kiosk's own words show instead; the rest of the pack is fine.
            sink.warnInFile(QStringLiteral("is not used: %1").arg(why));
            continue;
        }
        catalogue->qm = *qm;
        catalogues.append(*catalogue);
    }
    return catalogues;
}
