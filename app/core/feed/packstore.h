#pragma once

#include "tufclient.h"

/**
 * The kiosk's state folder: verified files by hash, whole packs as numbered generations, and the
 * `current` link that one rename switches. Also what the TUF client must remember between runs.
 *
 *   objects/<sha256>         every verified target file, once
 *   objects/partial/<sha256> a download cut short, resumed next time
 *   generations/<N>/         the pack of targets version N (hard links into objects/)
 *   current, previous        symbolic links to generations
 *   trusted/versions.json, trusted/timestamp.{json,etag,fetched} (HTTP: conditional requests)
 *   trusted/root.json (once a key rotation was followed), bad.json, status.json, lock
 */
class PackStore
{
public:
    explicit PackStore(QString stateDir);
    ~PackStore();
    PackStore(const PackStore &) = delete;
    PackStore &operator=(const PackStore &) = delete;

    /** Only one update check at a time may change the folder (a cron --sync-once, the poller). */
    bool lock(QString *why);

    bool prepare(QString *why);
    QString stateDir() const { return m_dir; }

    /** The folder of the active pack, empty when nothing was ever installed. */
    QString currentPath() const;
    int currentVersion() const;
    int previousVersion() const;

    bool hasObject(const QString &sha256) const;
    QString partialPath(const QString &sha256) const;
    /** Stores verified bytes under their hash (write, fsync, rename). */
    bool storeObject(const QString &sha256, const QByteArray &data, QString *why);

    /** Builds generations/<version> from objects for @p targets; returns its folder. */
    std::optional<QString> stage(int version, const Tuf::Targets &targets, QString *why);
    /** Points `current` at generations/<version> with one atomic rename; the old one becomes
     * `previous`. */
    bool switchTo(int version, QString *why);
    /** Back to `previous` (the staff panel's roll-back). */
    bool rollBack(QString *why);
    /** Removes generations other than current and previous, and objects neither uses. */
    void collectGarbage();

    bool isBad(int version) const;
    void markBad(int version, const QString &reason);

    QByteArray trustedRoot() const;
    bool saveTrustedRoot(const QByteArray &envelope, QString *why);
    TrustedVersions trustedVersions() const;
    bool saveTrustedVersions(const TrustedVersions &versions, QString *why);

private:
    QString path(const QString &relative) const { return m_dir + u'/' + relative; }
    int linkVersion(const QString &link) const;
    bool pointLink(const QString &link, int version, QString *why);

    QString m_dir;
    int m_lockFd = -1;
};
