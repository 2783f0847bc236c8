#pragma once

#include "tufmetadata.h"

/** Where a feed's files come from: a folder here, or (later) a web server. */
class FeedSource
{
public:
    virtual ~FeedSource() = default;
    /**
     * The file at @p path of the feed, at most @p maxBytes long. nullopt with @p why when it
     * cannot be had; @p missing tells "does not exist" from other failures.
     */
    virtual std::optional<QByteArray> fetch(
        const QString &path, qint64 maxBytes, QString *why, bool *missing)
        = 0;
};

/** A feed folder on this machine (lactation-pack verify, tests). */
class FolderSource : public FeedSource
{
public:
    explicit FolderSource(QString folder);
    std::optional<QByteArray> fetch(
        const QString &path, qint64 maxBytes, QString *why, bool *missing) override;

private:
    QString m_folder;
};

/** The newest metadata versions a client has accepted; nothing older is accepted again. */
struct TrustedVersions
{
    int timestamp = 0;
    int snapshot = 0;
    int targets = 0;
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
        Tuf::Root root; ///< the newest trusted root after the chain
        Tuf::Timestamp timestamp;
        Tuf::Snapshot snapshot;
        Tuf::Targets targets;

        bool ok() const { return error.isEmpty(); }
    };

    /** Checks the feed's metadata against @p trustedRoot and what was accepted before. */
    static Check refresh(FeedSource &source, const Tuf::Root &trustedRoot,
        const TrustedVersions &previous, const QDateTime &now);

    /** One target file, checked for its exact length and SHA-256. */
    static std::optional<QByteArray> fetchTarget(
        FeedSource &source, const QString &path, const Tuf::FileInfo &info, QString *why);

    /** A root read from a file the kiosk trusts out of band (its first root). */
    static std::optional<Tuf::Root> loadTrustedRoot(const QByteArray &envelope, QString *why);
};
