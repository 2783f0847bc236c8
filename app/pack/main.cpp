// lactation-pack: IT's tool. Validates and inspects packs with the kiosk's own loader.
#include "contentloader.h"
#include "feedpublisher.h"
#include "packreport.h"
#include "tufclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
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

int keys(const QStringList &args)
{
    if (args.size() != 2 || args.at(0) != u"init") {
        err(QStringLiteral("usage: lactation-pack keys init KEYDIR"));
        return ExitUsage;
    }
    QString why;
    if (!FeedPublisher::initKeys(args.at(1), &why)) {
        err(QStringLiteral("lactation-pack: ") + why);
        return ExitProblems;
    }
    std::printf("keys for root, targets, snapshot and timestamp written to %s\n"
                "keep them offline; the kiosks trust the feed's 1.root.json\n",
        qPrintable(args.at(1)));
    return ExitOk;
}

int publish(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption feed(
        QStringLiteral("feed"), QStringLiteral("Feed folder."), QStringLiteral("FEEDDIR"));
    const QCommandLineOption keyDir(
        QStringLiteral("keys"), QStringLiteral("Key folder."), QStringLiteral("KEYDIR"));
    const QCommandLineOption expires(QStringLiteral("expires"),
        QStringLiteral("Days until expiry."), QStringLiteral("DAYS"), QStringLiteral("30"));
    parser.addOptions({ feed, keyDir, expires });
    bool daysOk = false;
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1 || !parser.isSet(feed)
        || !parser.isSet(keyDir) || parser.value(expires).toInt(&daysOk) < 1 || !daysOk) {
        err(QStringLiteral(
            "usage: lactation-pack publish PACKDIR --feed FEEDDIR --keys KEYDIR [--expires DAYS]"));
        return ExitUsage;
    }
    FeedPublisher::Request request;
    request.packDir = parser.positionalArguments().constFirst();
    request.feedDir = parser.value(feed);
    request.keyDir = parser.value(keyDir);
    request.expiresDays = parser.value(expires).toInt();
    QStringList problems;
    const auto result = FeedPublisher::publish(request, &problems);
    for (const QString &p : std::as_const(problems))
        std::printf("%s\n", qPrintable(p));
    if (!result)
        return ExitProblems;
    std::printf("published targets %d, snapshot %d, timestamp %d (root %d): %d of %d files new\n",
        result->targetsVersion, result->snapshotVersion, result->timestampVersion,
        result->rootVersion, result->filesAdded, result->filesTotal);
    return ExitOk;
}

/** refresh-timestamp and rotate-root: both take FEEDDIR --keys KEYDIR [--expires DAYS]. */
int maintain(const QString &command, const QStringList &arguments)
{
    const bool rotate = command == u"rotate-root";
    QCommandLineParser parser;
    const QCommandLineOption keyDir(
        QStringLiteral("keys"), QStringLiteral("Key folder."), QStringLiteral("KEYDIR"));
    const QCommandLineOption newKeys(
        QStringLiteral("new-keys"), QStringLiteral("New key folder."), QStringLiteral("NEWKEYDIR"));
    const QCommandLineOption expires(QStringLiteral("expires"),
        QStringLiteral("Days until expiry."), QStringLiteral("DAYS"),
        rotate ? QStringLiteral("30") : QStringLiteral("7"));
    parser.addOptions({ keyDir, newKeys, expires });
    bool daysOk = false;
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1
        || !parser.isSet(keyDir) || (rotate && !parser.isSet(newKeys))
        || parser.value(expires).toInt(&daysOk) < 1 || !daysOk) {
        err(rotate ? QStringLiteral("usage: lactation-pack rotate-root FEEDDIR --keys KEYDIR "
                                    "--new-keys NEWKEYDIR [--expires DAYS]")
                   : QStringLiteral("usage: lactation-pack refresh-timestamp FEEDDIR --keys KEYDIR "
                                    "[--expires DAYS]"));
        return ExitUsage;
    }
    QStringList problems;
    const QString feed = parser.positionalArguments().constFirst();
    const auto result = rotate ? FeedPublisher::rotateRoot(feed, parser.value(keyDir),
                            parser.value(newKeys), parser.value(expires).toInt(), &problems)
                               : FeedPublisher::refreshTimestamp(feed, parser.value(keyDir),
                                   parser.value(expires).toInt(), &problems);
    for (const QString &p : std::as_const(problems))
        std::printf("%s\n", qPrintable(p));
    if (!result)
        return ExitProblems;
    if (rotate)
        std::printf(
            "root %d written, signed by the old and the new root key; targets %d, snapshot %d, "
            "timestamp %d re-signed with the new keys\n",
            result->rootVersion, result->targetsVersion, result->snapshotVersion,
            result->timestampVersion);
    else
        std::printf("timestamp %d signed for snapshot %d\n", result->timestampVersion,
            result->snapshotVersion);
    return ExitOk;
}

int verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption rootOption(
        QStringLiteral("root"), QStringLiteral("Trusted root."), QStringLiteral("ROOT"));
    parser.addOption(rootOption);
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1
        || !parser.isSet(rootOption)) {
        err(QStringLiteral("usage: lactation-pack verify FEEDDIR --root ROOT"));
        return ExitUsage;
    }
    initCrypto();
    QFile rootFile(parser.value(rootOption));
    QString why;
    const auto root = rootFile.open(QIODevice::ReadOnly)
        ? TufClient::loadTrustedRoot(rootFile.readAll(), &why)
        : std::nullopt;
    if (!root) {
        err(QStringLiteral("lactation-pack: the trusted root %1 cannot be used: %2")
                .arg(rootFile.fileName(), why));
        return ExitProblems;
    }
    // Exactly what a kiosk does: the metadata workflow, every target, then the loader.
    FolderSource source(parser.positionalArguments().constFirst());
    const auto check = TufClient::refresh(source, *root, {}, QDateTime::currentDateTimeUtc());
    if (!check.ok()) {
        std::printf("%s\n", qPrintable(check.error));
        return ExitProblems;
    }
    QTemporaryDir staging;
    for (auto it = check.targets.files.constBegin(); it != check.targets.files.constEnd(); ++it) {
        const auto data = TufClient::fetchTarget(source, it.key(), it.value(), &why);
        if (!data) {
            std::printf("%s\n", qPrintable(why));
            return ExitProblems;
        }
        QDir().mkpath(QFileInfo(staging.filePath(it.key())).absolutePath());
        QFile out(staging.filePath(it.key()));
        out.open(QIODevice::WriteOnly);
        out.write(*data);
    }
    if (!loadClean(staging.path()))
        return ExitProblems;
    std::printf("feed verified: root %d, timestamp %d, snapshot %d, targets %d (%lld files); "
                "first expiry %s\n",
        check.root.version, check.timestamp.version, check.snapshot.version, check.targets.version,
        qint64(check.targets.files.size()),
        qPrintable(Tuf::isoUtc(std::min({ check.root.expires, check.timestamp.expires,
            check.snapshot.expires, check.targets.expires }))));
    return ExitOk;
}

void usage()
{
    err(QStringLiteral("usage: lactation-pack COMMAND ...\n"
                       "  validate DIR      check a pack; one line per problem; exit 1 on any\n"
                       "  inspect DIR --json [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                       "[--language xx]\n"
                       "                    what a kiosk would show, as JSON\n"
                       "  keys init KEYDIR  create the signing keys of the feed's four TUF roles\n"
                       "  publish PACKDIR --feed FEEDDIR --keys KEYDIR [--expires DAYS]\n"
                       "                    validate the pack, then sign it into the feed folder\n"
                       "  verify FEEDDIR --root ROOT\n"
                       "                    check a feed folder as a kiosk would\n"
                       "  refresh-timestamp FEEDDIR --keys KEYDIR [--expires DAYS]\n"
                       "                    re-sign timestamp.json (run it on a schedule)\n"
                       "  rotate-root FEEDDIR --keys KEYDIR --new-keys NEWKEYDIR [--expires DAYS]\n"
                       "                    move the feed to new keys; kiosks follow"));
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
    if (command == u"keys")
        return keys(args.mid(2));
    if (command == u"publish")
        return publish(args.mid(1));
    if (command == u"verify")
        return verify(args.mid(1));
    if (command == u"refresh-timestamp" || command == u"rotate-root")
        return maintain(command, args.mid(1));
    if (command == u"--help" || command == u"-h" || command == u"help") {
        usage();
        return ExitOk;
    }
    err(QStringLiteral("lactation-pack: unknown command '%1'").arg(command));
    usage();
    return ExitUsage;
}
