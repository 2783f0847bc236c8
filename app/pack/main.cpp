// lactation-pack, IT's tool: dispatch, exit codes, printing. The kiosk's code does the work.
#include "commandline.h"
#include "contentloader.h"
#include "durablefile.h"
#include "feedpublisher.h"
#include "feedsync.h"
#include "fleetreport.h"
#include "fleetsettings.h"
#include "packchecks.h"
#include "packreport.h"
#include "reacharchive.h"
#include "reachreport.h"

#include <QCoreApplication>

namespace {

constexpr int ExitOk = 0;
constexpr int ExitProblems = 1;
constexpr int ExitUsage = 2;
constexpr int ExitUnreachable = 3; ///< fleet, reach: the broker cannot be reached

using CommandLine::argument;
using CommandLine::err;
using CommandLine::out;
using CommandLine::parse;

/** Loads @p dir and prints each problem (warnings to stderr when stdout is to hold JSON); returns
 * the content only when it has no error (when @p strict, no warning either). */
std::shared_ptr<const Content> loadClean(const QString &dir, bool strict, bool json = false)
{
    auto result = ContentLoader::load(dir);
    // What each language lacks on this machine (UI words, a font, a voice): IT's question.
    if (result.ok())
        PackChecks::languages(*result.content, &result.problems);
    for (const Problem &p : result.problems)
        json &&result.ok() ? err(p.toString()) : out({ p.toString() });
    return (strict ? result.clean() : result.ok()) ? result.content : nullptr;
}

int validate(const QStringList &arguments)
{
    if (!parse(arguments, "strict"))
        return ExitUsage;
    return loadClean(argument(), CommandLine::isSet("strict")) ? ExitOk : ExitProblems;
}

int inspect(const QStringList &arguments)
{
    if (!parse(arguments, "json! from=YYYY-MM-DD to=YYYY-MM-DD language=xx"))
        return ExitUsage;
    const auto content = loadClean(argument(), false, true);
    if (!content)
        return ExitProblems;
    QString why;
    const auto request = PackReportRequest::fromOptions(
        content->pack, argument("language"), argument("from"), argument("to"), &why);
    if (!request) {
        err(QStringLiteral("lactation-pack: ") + why);
        return ExitUsage;
    }
    CommandLine::outJson(packReport(*content, *request));
    return ExitOk;
}

int keys(const QStringList &args)
{
    if (args.size() != 3 || args.at(1) != u"init") {
        CommandLine::usage(args.constFirst());
        return ExitUsage;
    }
    QString why;
    if (!FeedPublisher::initKeys(args.at(2), &why)) {
        err(QStringLiteral("lactation-pack: ") + why);
        return ExitProblems;
    }
    out({ QStringLiteral("keys for root, targets, snapshot and timestamp written to ") + args.at(2),
        QStringLiteral("keep root.key offline (the first publish and rotate-root need it); the "
                       "other three sign on the publishing machine") });
    return ExitOk;
}

int publish(const QStringList &arguments)
{
    if (!parse(arguments, "feed=FEEDDIR! keys=KEYDIR! expires=DAYS:30"))
        return ExitUsage;
    QStringList problems;
    const auto result = FeedPublisher::publish(
        { argument(), argument("feed"), argument("keys"), argument("expires").toInt() }, &problems);
    out(result ? problems << result->message : problems);
    return result ? ExitOk : ExitProblems;
}

/** refresh-timestamp and rotate-root: both take FEEDDIR --keys KEYDIR [--expires DAYS]. */
int maintain(const QStringList &arguments)
{
    const bool rotate = arguments.constFirst() == u"rotate-root";
    if (!parse(arguments,
            rotate ? "keys=KEYDIR! new-keys=NEWKEYDIR! expires=DAYS:30"
                   : "keys=KEYDIR! expires=DAYS:7"))
        return ExitUsage;
    const QString feed = argument(), keys = argument("keys");
    const int days = argument("expires").toInt();
    QStringList problems;
    const auto result = rotate
        ? FeedPublisher::rotateRoot(feed, keys, argument("new-keys"), days, &problems)
        : FeedPublisher::refreshTimestamp(feed, keys, days, &problems);
    out(result ? problems << result->message : problems);
    return result ? ExitOk : ExitProblems;
}

int verify(const QStringList &arguments)
{
    if (!parse(arguments, "root=ROOT! ca-file=FILE"))
        return ExitUsage;
    // Exactly what a kiosk does: the metadata workflow, every target, then the loader.
    const auto result = FeedSync::verifyFeed(argument(), argument("root"), argument("ca-file"));
    const bool ok = result.outcome == FeedSync::Outcome::Updated;
    out(ok || result.problems.isEmpty() ? QStringList { result.message } : result.problems);
    return ok ? ExitOk : ExitProblems;
}

int fleet(const QStringList &arguments)
{
    if (!parse(arguments,
            "broker=URL! ca-file=FILE username=USER password-file=FILE prefix=PREFIX:lactation "
            "wait=SECONDS:5 json",
            0))
        return ExitUsage;
    QString why;
    const auto broker = MqttSettings::fromUrl(argument("broker"), argument("ca-file"),
        argument("username"), argument("password-file"), &why);
    const auto report = broker
        ? FleetReport::collect(*broker, argument("prefix"), argument("wait").toInt(), &why)
        : std::nullopt;
    if (!report)
        err(QStringLiteral("lactation-pack: ") + why);
    if (!report)
        return broker ? ExitUnreachable : ExitUsage;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto kiosks = report->kiosks(now);
    if (CommandLine::isSet("json"))
        CommandLine::outJson(FleetReport::toJson(kiosks, now));
    for (const auto &k : kiosks)
        out(CommandLine::isSet("json") ? QStringList() : QStringList { FleetReport::line(k, now) });
    err(FleetReport::summary(kiosks, argument("prefix"), broker->address()));
    return FleetReport::allHealthy(kiosks) ? ExitOk : ExitProblems;
}

/** The reach report's figures as asked: JSON to stdout, CSV or HTML to a file, else lines. */
int writeReach(const ReachReport &report)
{
    QString why;
    for (const char *format : { "csv", "html" }) {
        if (!CommandLine::isSet(format))
            continue;
        const QString file = argument(format);
        const QString text = qstrcmp(format, "csv") == 0 ? report.toCsv() : report.toHtml();
        if (!writeDurably(file, text.toUtf8(), &why)) {
            err(QStringLiteral("lactation-pack: ") + why);
            return ExitProblems;
        }
        err(QStringLiteral("the report is in %1").arg(file));
    }
    if (CommandLine::isSet("json"))
        CommandLine::outJson(report.toJson());
    else if (!CommandLine::isSet("csv") && !CommandLine::isSet("html"))
        out(report.lines());
    return ExitOk;
}

int reach(const QStringList &arguments)
{
    if (!parse(arguments,
            "broker=URL ca-file=FILE username=USER password-file=FILE prefix=PREFIX:lactation "
            "wait=SECONDS:60 archive=FILE from=YYYY-MM-DD to=YYYY-MM-DD kiosk=ID by=PERIOD:day "
            "threshold=N:11 json csv=FILE html=FILE",
            0))
        return ExitUsage;
    QString why;
    const auto query = ReachQuery::fromOptions(argument("from"), argument("to"), argument("by"),
        CommandLine::values("kiosk"), argument("threshold"), QDate::currentDate(), &why);
    const bool formats = int(CommandLine::isSet("json")) + int(CommandLine::isSet("csv"))
            + int(CommandLine::isSet("html"))
        <= 1;
    if (!query || !formats || (!CommandLine::isSet("broker") && !CommandLine::isSet("archive"))) {
        err(QStringLiteral("lactation-pack: ")
            + (!query          ? why
                    : !formats ? QStringLiteral("one of --json, --csv and --html")
                               : QStringLiteral("reach reads --broker, --archive or both")));
        CommandLine::usage(arguments.constFirst());
        return ExitUsage;
    }
    ReachReport report(*query);
    std::unique_ptr<ReachArchive> archive;
    if (CommandLine::isSet("archive")) {
        archive = std::make_unique<ReachArchive>();
        if (!archive->open(argument("archive"), &why)) {
            err(QStringLiteral("lactation-pack: ") + why);
            return ExitProblems;
        }
    }
    if (CommandLine::isSet("broker")) {
        const auto broker = MqttSettings::fromUrl(argument("broker"), argument("ca-file"),
            argument("username"), argument("password-file"), &why);
        if (!broker) {
            err(QStringLiteral("lactation-pack: ") + why);
            return ExitUsage;
        }
        qint64 days = 0, documents = 0;
        QString archiveError;
        QStringList problems;
        // Each kiosk's document is taken as it arrives: into the archive, else into the report.
        const auto each = [&](const QString &kiosk, const ReachDocument &doc) {
            ++documents;
            report.noteKiosk(kiosk, doc.site);
            days += doc.days.size();
            if (archive && archiveError.isEmpty())
                archive->put(kiosk, doc.site, doc.days, &archiveError);
            for (const ReachDay &day : doc.days) {
                if (!archive)
                    report.add(kiosk, day);
            }
        };
        const QString prefix = argument("prefix");
        const bool read = ReachDocument::readAll(
            *broker,
            [&prefix](const QString &id, const QString &leaf) {
                return FleetSettings::topic(prefix, id, leaf);
            },
            argument("wait").toInt(), each, &problems, &why);
        for (const QString &problem : std::as_const(problems))
            err(QStringLiteral("lactation-pack: ") + problem);
        if (!read) {
            err(QStringLiteral("lactation-pack: ") + why);
            return ExitUnreachable;
        }
        if (archive && (!archiveError.isEmpty() || !archive->commit(&archiveError))) {
            err(QStringLiteral("lactation-pack: %1: %2").arg(argument("archive"), archiveError));
            return ExitProblems;
        }
        err(QStringLiteral("%1 kiosk(s) with %2 closed day(s) at %3%4")
                .arg(documents)
                .arg(days)
                .arg(broker->address(),
                    archive ? QStringLiteral(", merged into ") + argument("archive") : QString()));
    }
    if (archive) {
        for (const auto &[kiosk, site] : archive->kiosks())
            report.noteKiosk(kiosk, site);
        if (!archive->read(
                query->from, query->to,
                [&report](const QString &kiosk, const ReachDay &day) {
                    report.add(kiosk, day);
                },
                &why)) {
            err(QStringLiteral("lactation-pack: %1: %2").arg(argument("archive"), why));
            return ExitProblems;
        }
    }
    return writeReach(report);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lactation-pack"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    if (command == u"validate")
        return validate(args);
    if (command == u"inspect")
        return inspect(args);
    if (command == u"keys")
        return keys(args);
    if (command == u"publish")
        return publish(args);
    if (command == u"refresh-timestamp" || command == u"rotate-root")
        return maintain(args);
    if (command == u"verify")
        return verify(args);
    if (command == u"fleet")
        return fleet(args);
    if (command == u"reach")
        return reach(args);
    const bool help = command == u"--help" || command == u"-h" || command == u"help";
    if (!help && !command.isEmpty())
        err(QStringLiteral("lactation-pack: unknown command '%1'").arg(command));
    CommandLine::overview();
    return help ? ExitOk : ExitUsage;
}
