// lactation-pack: IT's tool. Validates and inspects packs with the kiosk's own loader.
#include "contentloader.h"
#include "packreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

namespace {

constexpr int ExitOk = 0;
constexpr int ExitProblems = 1;
constexpr int ExitUsage = 2;

void err(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

/** Loads @p dir and prints each problem; returns the content only when there were none. */
std::shared_ptr<const Content> loadClean(const QString &dir)
{
    const auto result = ContentLoader::load(dir);
    for (const Problem &p : result.problems)
        std::printf("%s\n", qPrintable(p.toString()));
    return result.ok() ? result.content : nullptr;
}

int validate(const QStringList &args)
{
    if (args.size() != 1) {
        err(QStringLiteral("usage: lactation-pack validate DIR"));
        return ExitUsage;
    }
    return loadClean(args.constFirst()) ? ExitOk : ExitProblems;
}

int inspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption from(
        QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption language(
        QStringLiteral("language"), QStringLiteral("Language."), QStringLiteral("xx"));
    parser.addOptions({ json, from, to, language });
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1
        || !parser.isSet(json)) {
        if (!parser.errorText().isEmpty())
            err(QStringLiteral("lactation-pack: ") + parser.errorText());
        err(QStringLiteral("usage: lactation-pack inspect DIR --json [--from YYYY-MM-DD] "
                           "[--to YYYY-MM-DD] [--language xx]"));
        return ExitUsage;
    }
    const auto content = loadClean(parser.positionalArguments().constFirst());
    if (!content)
        return ExitProblems;
    const PackInfo &pack = content->pack;
    PackReportRequest request;
    request.language = parser.isSet(language) ? parser.value(language) : pack.defaultLanguage();
    if (!pack.languages.contains(request.language)) {
        err(QStringLiteral("lactation-pack: --language %1 is not one of the pack's languages (%2)")
                .arg(request.language, pack.languages.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const QDate today = QDateTime::currentDateTime().toTimeZone(pack.timeZone).date();
    const auto day = [&](const QCommandLineOption &option, QDate fallback) -> std::optional<QDate> {
        if (!parser.isSet(option))
            return fallback;
        const QDate d = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!d.isValid()) {
            err(QStringLiteral("lactation-pack: --%1 '%2' is not a date (YYYY-MM-DD)")
                    .arg(option.names().constFirst(), parser.value(option)));
            return std::nullopt;
        }
        return d;
    };
    const auto first = day(from, today);
    if (!first)
        return ExitUsage;
    const auto last = day(to, first->addDays(60));
    if (!last)
        return ExitUsage;
    if (*last < *first) {
        err(QStringLiteral("lactation-pack: --to is before --from"));
        return ExitUsage;
    }
    request.from = *first;
    request.to = *last;
    const QByteArray out = QJsonDocument(packReport(*content, request)).toJson();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return ExitOk;
}

void usage()
{
    err(QStringLiteral("usage: lactation-pack COMMAND ...\n"
                       "  validate DIR      check a pack; one line per problem; exit 1 on any\n"
                       "  inspect DIR --json [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                       "[--language xx]\n"
                       "                    what a kiosk would show, as JSON"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lactation-pack"));
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        usage();
        return ExitUsage;
    }
    const QString command = args.at(1);
    if (command == u"validate")
        return validate(args.mid(2));
    if (command == u"inspect")
        return inspect(args.mid(1));
    if (command == u"--help" || command == u"-h" || command == u"help") {
        usage();
        return ExitOk;
    }
    err(QStringLiteral("lactation-pack: unknown command '%1'").arg(command));
    usage();
    return ExitUsage;
}
