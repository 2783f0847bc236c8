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
    /** What a source can do beyond fetching a file whole. */
    struct Capabilities
    {
        bool resume = false; ///< fetchFrom() continues a file from an offset (HTTP Range)
    };

    virtual ~FeedSource() = default;
    virtual Capabilities capabilities() const { return {}; }
    /**
     * The file at @p path of the feed, at most @p maxBytes long, or nullopt with @p why and the
     * kind of @p failure.
     */
    virtual std::optional<QByteArray> fetch(
        const QString &path, qint64 maxBytes, QString *why, FetchFailure *failure)
        = 0;
    /**
     * The bytes of @p path from @p offset on (where capabilities().resume). @p restarted says the
     * whole file came instead, which is then what is returned; when the transfer is cut short,
     * @p received holds what did arrive. A source that cannot resume sends the whole file.
     */
    virtual std::optional<QByteArray> fetchFrom(const QString &path, qint64 offset, qint64 maxBytes,
        QString *why, FetchFailure *failure, bool *restarted, QByteArray *received)
    {
        *restarted = true;
        received->clear();
        return fetch(path, offset + maxBytes, why, failure);
    }
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
