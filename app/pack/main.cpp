// lactation-pack, IT's tool: dispatch, usage, printing. The kiosk's loader and feed do the work.
#include "commandline.h"
#include "contentloader.h"
#include "feedpublisher.h"
#include "feedsync.h"
#include "fleetreport.h"
#include "packreport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

namespace {

constexpr int ExitOk = 0;
constexpr int ExitProblems = 1;
constexpr int ExitUsage = 2;
constexpr int ExitUnreachable = 3; ///< fleet: the broker cannot be reached

/** Each command's synopsis and what it does: the overview, and each command's usage line. */
constexpr char Commands[] = R"(  validate DIR [--strict]
      check a pack; one line per problem; exit 1 on any error (--strict: on any warning too)
  inspect DIR --json [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--language xx]
      what a kiosk would show, as JSON
  keys init KEYDIR
      create the signing keys of the feed's four TUF roles
  publish PACKDIR --feed FEEDDIR --keys KEYDIR [--expires DAYS]
      validate the pack, sign it into the feed (online keys; root.key only the first time)
  verify FEEDDIR|URL --root ROOT [--ca-file PEM]
      check a feed folder, or a feed on a web server, as a kiosk would
  refresh-timestamp FEEDDIR --keys KEYDIR [--expires DAYS]
      re-sign timestamp.json, on a schedule (needs timestamp.key only)
  rotate-root FEEDDIR --keys KEYDIR --new-keys NEWKEYDIR [--expires DAYS]
      move the feed to new keys; kiosks follow (the one command that needs root.key)
  fleet --broker mqtt[s]://HOST[:PORT] [--ca-file F] [--username U --password-file F] [--prefix P] [--wait SECONDS] [--json]
      every kiosk's status; exit 1 when any is unhealthy, 3 when the broker cannot be reached)";

using CommandLine::argument;
using CommandLine::err;
using CommandLine::out;

/** The usage line of @p command; an exit code for usage errors. */
int usage(const QString &command)
{
    const QStringList lines = QString::fromUtf8(Commands).split(u'\n');
    for (const QString &line : lines.filter(QStringLiteral("  ") + command + u' '))
        err(QStringLiteral("usage: lactation-pack ") + line.trimmed());
    return ExitUsage;
}

/** Loads @p dir and prints each problem (warnings to stderr when stdout is to hold JSON); returns
 * the content only when it has no error (when @p strict, no warning either). */
std::shared_ptr<const Content> loadClean(const QString &dir, bool strict, bool json = false)
{
    const auto result = ContentLoader::load(dir);
    for (const Problem &p : result.problems)
        json &&result.ok() ? err(p.toString()) : out({ p.toString() });
    return (strict ? result.clean() : result.ok()) ? result.content : nullptr;
}

/** Parses one command's options (see CommandLine::parse); else prints its usage. */
bool parse(const QStringList &arguments, const char *spec, int positionals = 1)
{
    const bool ok = CommandLine::parse(arguments, spec, positionals);
    if (!ok)
        usage(arguments.constFirst());
    return ok;
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
    const QByteArray json = QJsonDocument(packReport(*content, *request)).toJson();
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return ExitOk;
}

int keys(const QStringList &args)
{
    if (args.size() != 3 || args.at(1) != u"init")
        return usage(args.constFirst());
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
    const QByteArray json = QJsonDocument(FleetReport::toJson(kiosks, now)).toJson();
    if (CommandLine::isSet("json"))
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    for (const auto &k : kiosks)
        out(CommandLine::isSet("json") ? QStringList() : QStringList { FleetReport::line(k, now) });
    err(FleetReport::summary(kiosks, argument("prefix"), broker->address()));
    return FleetReport::allHealthy(kiosks) ? ExitOk : ExitProblems;
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
    const bool help = command == u"--help" || command == u"-h" || command == u"help";
    if (!help && !command.isEmpty())
        err(QStringLiteral("lactation-pack: unknown command '%1'").arg(command));
    err(QStringLiteral("usage: lactation-pack COMMAND ...\n") + QString::fromUtf8(Commands));
    return help ? ExitOk : ExitUsage;
}
