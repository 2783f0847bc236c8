#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/** The options, usage and output of one lactation-pack command (one command runs per process). */
namespace CommandLine {

/**
 * Parses @p arguments (the command first, in the place of a program name) against @p spec, options
 * apart by spaces: "json" is a flag, "keys=KEYDIR" an option with a value, "expires=DAYS:30" one
 * with a default, and a trailing '!' makes one required. An option whose value is DAYS or SECONDS
 * must be a whole number of at least 1. True when there are @p positionals positional arguments and
 * all holds; else a parser error and the command's usage are printed to stderr.
 */
bool parse(const QStringList &arguments, const char *spec, int positionals = 1);

/** The usage line of @p command, to stderr. */
void usage(const QString &command);
/** Every command's synopsis and what it does, to stderr. */
void overview();

/** The value of option @p name, or the command's first positional argument (the folder). */
QString argument(const char *name = nullptr);
bool isSet(const char *name);
/** Every value of option @p name, for one that may be given more than once. */
QStringList values(const char *name);

/** One line to stderr. */
void err(const QString &line);
/** Lines to stdout. */
void out(const QStringList &lines);
/** A JSON document to stdout, indented. */
void outJson(const QJsonObject &object);

} // namespace CommandLine
