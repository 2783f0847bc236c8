#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

/** An Ed25519 key as TUF names and stores it; the secret half only where a role signs. */
class TufKey
{
public:
    /** A new key pair from libsodium. */
    static TufKey generate();
    /** The public key from a TUF key object {keytype, scheme, keyval: {public}}. */
    static std::optional<TufKey> fromJson(const QJsonObject &key, QString *why);
    /** A key pair from the hex secret key lactation-pack writes to KEYDIR/<role>.key. */
    static std::optional<TufKey> fromSecretHex(const QByteArray &hex, QString *why);

    QJsonObject toJson() const;
    /** TUF key id: hex SHA-256 of the key object's canonical JSON. */
    QString keyId() const;
    QByteArray secretHex() const { return m_secret.toHex(); }
    bool canSign() const { return !m_secret.isEmpty(); }

    QByteArray sign(const QByteArray &message) const;
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    QByteArray m_public; ///< 32 bytes
    QByteArray m_secret; ///< 64 bytes (libsodium's seed + public), empty for a public key
};

/** libsodium must be initialised once before any key is used; safe to call again. */
bool initCrypto();
/** Hex SHA-256 of @p data. */
QString sha256Hex(const QByteArray &data);
