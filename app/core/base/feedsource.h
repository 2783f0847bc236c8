#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

/** Why a feed file could not be had. */
enum class FetchFailure
{
    None,
    Missing, ///< the feed does not have it (HTTP 404, no such file)
    Unreachable, ///< the feed could not be reached at all (refused, DNS, timeout)
    Refused, ///< it was there but wrong: too large, a server error, cut short
};

/** Where a feed's files come from: a folder here, or a web server (HttpSource). */
class FeedSource
{
public:
    virtual ~FeedSource() = default;
    /**
     * The file at @p path of the feed, at most @p maxBytes long, or nullopt with @p why and the
     * kind of @p failure.
     */
    virtual std::optional<QByteArray> fetch(
        const QString &path, qint64 maxBytes, QString *why, FetchFailure *failure)
        = 0;
};

/** A feed folder on this machine (lactation-pack verify, tests). */
class FolderSource : public FeedSource
{
public:
    explicit FolderSource(QString folder);
    std::optional<QByteArray> fetch(
        const QString &path, qint64 maxBytes, QString *why, FetchFailure *failure) override;

private:
    QString m_folder;
};
