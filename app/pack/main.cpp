// lactation-pack, IT's tool: dispatch, usage, printing. The kiosk's loader and feed do the work.
#include "contentloader.h"
#include "feedpublisher.h"
#include "feedsync.h"
#include "packreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>
#include <cstring>

namespace {

constexpr int ExitOk = 0;
constexpr int ExitProblems = 1;
constexpr int ExitUsage = 2;

/** Each command's synopsis and what it does: the overview, and each command's usage line. */
constexpr char Commands[] = R"(  validate DIR
      check a pack; one line per problem; exit 1 on any
  inspect DIR --json [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--language xx]
      what a kiosk would show, as JSON
  keys init KEYDIR
      create the signing keys of the feed's four TUF roles
  publish PACKDIR --feed FEEDDIR --keys KEYDIR [--expires DAYS]
      validate the pack, then sign it into the feed folder
  verify FEEDDIR --root ROOT
      check a feed folder as a kiosk would
  refresh-timestamp FEEDDIR --keys KEYDIR [--expires DAYS]
      re-sign timestamp.json (run it on a schedule)
  rotate-root FEEDDIR --keys KEYDIR --new-keys NEWKEYDIR [--expires DAYS]
      move the feed to new keys; kiosks follow)";

void err(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

void out(const QStringList &lines)
{
    for (const QString &line : lines)
        std::printf("%s\n", qPrintable(line));
}

/** The usage line of @p command; an exit code for usage errors. */
int usage(const QString &command)
{
    const QStringList lines = QString::fromUtf8(Commands).split(u'\n');
    for (const QString &line : lines.filter(QStringLiteral("  ") + command + u' '))
        err(QStringLiteral("usage: lactation-pack ") + line.trimmed());
    return ExitUsage;
}

/** Loads @p dir and prints each problem; returns the content only when there were none. */
std::shared_ptr<const Content> loadClean(const QString &dir)
{
    const auto result = ContentLoader::load(dir);
    for (const Problem &p : result.problems)
        out({ p.toString() });
    return result.ok() ? result.content : nullptr;
}

QCommandLineParser parser; // one command runs per process

/** The value of option @p name, or the command's one positional argument (the folder). */
QString argument(const char *name = nullptr)
{
    return name ? parser.value(QString::fromLatin1(name)) : parser.positionalArguments().value(0);
}

/**
 * Parses @p arguments (the command first) against @p spec, options apart by spaces: "json" is a
 * flag, "keys=KEYDIR" an option with a value, "expires=DAYS:30" one with a default, and a
 * trailing '!' makes one required. True when there is one positional argument and --expires, where
 * it is an option, is a whole number of days; otherwise prints the command's usage.
 */
bool parse(const QStringList &arguments, const char *spec)
{
    QStringList required;
    for (const QString &entry : QString::fromLatin1(spec).split(u' ')) {
        const QString name = entry.section(u'=', 0, 0).remove(u'!');
        if (entry.endsWith(u'!'))
            required.append(name);
        parser.addOption({ name, name, entry.section(u'=', 1).section(u':', 0, 0).remove(u'!'),
            entry.section(u':', 1).remove(u'!') });
    }
    bool ok = parser.parse(arguments) && parser.positionalArguments().size() == 1;
    for (const QString &name : required)
        ok = ok && parser.isSet(name);
    bool days = true;
    if (std::strstr(spec, "expires="))
        ok = ok && argument("expires").toInt(&days) >= 1 && days;
    if (!parser.errorText().isEmpty())
        err(QStringLiteral("lactation-pack: ") + parser.errorText());
    if (!ok)
        usage(arguments.constFirst());
    return ok;
}

int inspect(const QStringList &arguments)
{
    if (!parse(arguments, "json! from=YYYY-MM-DD to=YYYY-MM-DD language=xx"))
        return ExitUsage;
    const auto content = loadClean(argument());
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
        QStringLiteral("keep them offline; the kiosks trust the feed's 1.root.json") });
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
    if (!parse(arguments, "root=ROOT!"))
        return ExitUsage;
    // Exactly what a kiosk does: the metadata workflow, every target, then the loader.
    const auto result = FeedSync::verifyFolder(argument(), argument("root"));
    const bool ok = result.outcome == FeedSync::Outcome::Updated;
    out(ok || result.problems.isEmpty() ? QStringList { result.message } : result.problems);
    return ok ? ExitOk : ExitProblems;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lactation-pack"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    if (command == u"validate")
        return args.size() != 2 ? usage(command) : loadClean(args.at(1)) ? ExitOk : ExitProblems;
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
    const bool help = command == u"--help" || command == u"-h" || command == u"help";
    if (!help && !command.isEmpty())
        err(QStringLiteral("lactation-pack: unknown command '%1'").arg(command));
    err(QStringLiteral("usage: lactation-pack COMMAND ...\n") + QString::fromUtf8(Commands));
    return help ? ExitOk : ExitUsage;
}
