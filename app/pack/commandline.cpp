#include "commandline.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <cstdio>

namespace {

QCommandLineParser parser;

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
      every kiosk's status; exit 1 when any is unhealthy, 3 when the broker cannot be reached
  reach [--broker mqtt[s]://HOST[:PORT] [--ca-file F] [--username U --password-file F] [--prefix P] [--wait SECONDS]] [--archive FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kiosk ID]... [--by day|week|month] [--threshold N] [--json | --csv FILE | --html FILE]
      what the kiosks reached, as counts (1 to 10 shown as "fewer than 11"); --archive merges the
      broker's days into an SQLite file and reports from it (alone, without --broker); exit 3 when
      the broker cannot be reached)";

} // namespace

bool CommandLine::parse(const QStringList &arguments, const char *spec, int positionals)
{
    QStringList required, numbers;
    for (const QString &entry : QString::fromLatin1(spec).split(u' ')) {
        const QString name = entry.section(u'=', 0, 0).remove(u'!');
        const QString value = entry.section(u'=', 1).section(u':', 0, 0).remove(u'!');
        if (entry.endsWith(u'!'))
            required.append(name);
        if (value == u"DAYS" || value == u"SECONDS")
            numbers.append(name);
        parser.addOption({ name, name, value, entry.section(u':', 1).remove(u'!') });
    }
    bool ok = parser.parse(arguments) && parser.positionalArguments().size() == positionals;
    for (const QString &name : required)
        ok = ok && parser.isSet(name);
    for (const QString &name : numbers) {
        bool whole = true;
        ok = ok && parser.value(name).toInt(&whole) >= 1 && whole;
    }
    if (!parser.errorText().isEmpty())
        std::fprintf(stderr, "lactation-pack: %s\n", qPrintable(parser.errorText()));
    if (!ok)
        usage(arguments.constFirst());
    return ok;
}

void CommandLine::usage(const QString &command)
{
    const QStringList lines = QString::fromUtf8(Commands).split(u'\n');
    for (const QString &line : lines.filter(QStringLiteral("  ") + command + u' '))
        err(QStringLiteral("usage: lactation-pack ") + line.trimmed());
}

void CommandLine::overview()
{
    err(QStringLiteral("usage: lactation-pack COMMAND ...\n") + QString::fromUtf8(Commands));
}

QString CommandLine::argument(const char *name)
{
    return name ? parser.value(QString::fromLatin1(name)) : parser.positionalArguments().value(0);
}

QStringList CommandLine::values(const char *name)
{
    return parser.values(QString::fromLatin1(name));
}

bool CommandLine::isSet(const char *name)
{
    return parser.isSet(QString::fromLatin1(name));
}

void CommandLine::err(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

void CommandLine::out(const QStringList &lines)
{
    for (const QString &line : lines)
        std::printf("%s\n", qPrintable(line));
}

void CommandLine::outJson(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson();
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
}
