#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

/**
 * Who may open the staff panel: a PIN kept only as an Argon2id hash (libsodium
 * crypto_pwhash_str) in the kiosk's configuration. Five wrong PINs in a row lock the panel for
 * 5 minutes, and each further lockout doubles it; the count and the lockout are kept in the state
 * folder, so a restart does not reset them.
 */
class StaffAccess
{
public:
    using Clock = std::function<QDateTime()>;

    enum class Result
    {
        Granted,
        Wrong,
        LockedOut, ///< not even checked: see lockedUntil()
        NoPin, ///< no PIN is set: the panel cannot be opened (set one with --set-pin)
    };

    static constexpr int AttemptsBeforeLockout = 5;
    static constexpr int FirstLockoutSeconds = 5 * 60;

    /** @p lockoutFile keeps failures across restarts (empty: memory only). */
    StaffAccess(QString pinHash, QString lockoutFile, Clock clock = {});

    Result check(const QString &pin);
    bool hasPin() const { return !m_hash.isEmpty(); }
    /** Invalid when not locked out. */
    QDateTime lockedUntil() const;
    int failures() const { return m_failures; }

    /** 4 to 12 digits: what the PIN pad can type. */
    static bool isValidPin(const QString &pin, QString *why);
    /** The Argon2id string for @p pin ("$argon2id$v=19$m=…"), empty with @p why on failure. */
    static QString hashPin(const QString &pin, QString *why);
    /**
     * Sets `pin_hash` in the [staff] group of the INI file @p ini, keeping every other line and
     * comment as it was; creates the group or the file when missing.
     */
    static bool writePinHash(const QString &ini, const QString &hash, QString *why);
    /** Hashes @p pin and sets it in @p ini (`lactation-kiosk --set-pin`). */
    static bool setPin(const QString &ini, const QString &pin, QString *why);

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void save() const;

    QString m_hash;
    QString m_file;
    Clock m_clock;
    int m_failures = 0;
    int m_lockouts = 0;
    QDateTime m_lockedUntil;
};
