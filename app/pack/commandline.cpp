#include "commandline.h"

#include <QCommandLineParser>
#include <cstdio>

namespace {

QCommandLineParser parser;

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
    return ok;
}

QString CommandLine::argument(const char *name)
{
    return name ? parser.value(QString::fromLatin1(name)) : parser.positionalArguments().value(0);
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
