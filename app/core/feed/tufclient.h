#pragma once

#include "feedsource.h"
#include "tufmetadata.h"

/** The newest metadata versions a client has accepted; nothing older is accepted again. */
struct TrustedVersions
{
    int timestamp = 0;
    int snapshot = 0;
    int targets = 0;
    QDateTime snapshotExpires; ///< of the trusted snapshot and targets, so an unchanged feed
    QDateTime targetsExpires; ///< still freezes when they expire
};

/** The TUF 1.0 client workflow: root chain, timestamp, snapshot, targets, and target files. */
class TufClient
{
public:
    static constexpr qint64 RootCap = 512 * 1024;
    static constexpr qint64 TimestampCap = 16 * 1024;
    static constexpr qint64 SnapshotCap = 2 * 1024 * 1024;
    static constexpr qint64 TargetsCap = 4 * 1024 * 1024;
    static constexpr int MaxRootSteps = 32;

    struct Check
    {
        QString error; ///< a sentence; empty when the feed is valid
        bool unreachable = false; ///< the error is that the feed could not be reached
        /** A new root changed timestamp or snapshot keys: older trusted versions were dropped. */
        bool versionsReset = false;
        /** The timestamp names the trusted snapshot: snapshot and targets were not fetched. */
        bool unchanged = false;
        Tuf::Root root; ///< the newest trusted root after the chain
        QByteArray rootEnvelope; ///< its file, when the chain moved past the trusted root
        Tuf::Timestamp timestamp;
        Tuf::Snapshot snapshot;
        Tuf::Targets targets;

        bool ok() const { return error.isEmpty(); }
    };

    /**
     * Checks the feed's metadata against @p trustedRoot and what was accepted before. With
     * @p reuseTrusted, a timestamp naming the trusted snapshot ends the check (unchanged);
     * without, snapshot and targets are fetched again, under the same rollback checks.
     */
    static Check refresh(FeedSource &source, const Tuf::Root &trustedRoot,
        const TrustedVersions &previous, const QDateTime &now, bool reuseTrusted = true);

    /** One target file, checked for its exact length and SHA-256. */
    static std::optional<QByteArray> fetchTarget(
        FeedSource &source, const QString &path, const Tuf::FileInfo &info, QString *why);

    /**
     * A root read from a file the kiosk trusts out of band (its first root). @p why is a whole
     * sentence naming the file as @p name: "… is not a TUF root metadata file", or why it cannot
     * be used.
     */
    static std::optional<Tuf::Root> loadTrustedRoot(const QByteArray &envelope, QString *why,
        const QString &name = QStringLiteral("the trusted root"));
};
