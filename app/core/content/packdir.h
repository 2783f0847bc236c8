#pragma once

#include "problem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

/** The pack folder as the loader sees it: every read goes through here, so nothing leaves it. */
class PackDir
{
public:
    static constexpr qint64 TextCap = 2 * 1024 * 1024;
    static constexpr qint64 MediaCap = 100 * 1024 * 1024;

    enum class Need
    {
        Required,
        Optional
    };
    enum class MediaKind
    {
        Image,
        Video,
        Subtitles,
        Audio
    };

    explicit PackDir(const QString &path);

    bool exists() const { return !m_root.isEmpty(); }
    QString root() const { return m_root; }

    /** The absolute path of a pack-relative reference, or nullopt with @p why when it is refused.
     */
    std::optional<QString> resolve(const QString &relative, QString *why) const;

    /** Whether the pack holds this entry at all (a dangling or foreign link counts as present). */
    bool contains(const QString &relative) const;

    /**
     * Reads a UTF-8 text file of at most TextCap bytes. A missing optional file gives nullopt and
     * no problem; anything else wrong gives nullopt and a problem in @p sink.
     */
    std::optional<QString> readText(const QString &relative, ProblemSink &sink, Need need) const;

    /** What is wrong with a media reference (inside, present, capped, right type), or empty. */
    QString mediaProblem(const QString &relative, MediaKind kind) const;

    /** Names of the regular entries directly in a pack-relative folder matching a wildcard. */
    QStringList entries(const QString &relativeDir, const QString &nameFilter) const;

private:
    /**
     * Reads a regular file of at most @p cap bytes without blocking on special files; only its
     * first @p head bytes when head >= 0.
     */
    std::optional<QByteArray> readCapped(
        const QString &absolute, qint64 cap, QString *why, qint64 head = -1) const;

    QString m_root;
};

/** The 1-based line holding byte @p offset of @p data. */
int lineAtOffset(const QByteArray &data, qsizetype offset);
