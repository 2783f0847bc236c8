#include "tufkeys.h"

#include "canonicaljson.h"

#include <sodium.h>

bool initCrypto()
{
    return sodium_init() >= 0;
}

QString sha256Hex(const QByteArray &data)
{
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(
        out, reinterpret_cast<const unsigned char *>(data.constData()), quint64(data.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

TufKey TufKey::generate()
{
    initCrypto();
    TufKey key;
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()),
        reinterpret_cast<unsigned char *>(key.m_secret.data()));
    return key;
}

std::optional<TufKey> TufKey::fromJson(const QJsonObject &key, QString *why)
{
    if (key.value(QStringLiteral("keytype")).toString() != u"ed25519"
        || key.value(QStringLiteral("scheme")).toString() != u"ed25519") {
        *why = QStringLiteral("only ed25519 keys are supported");
        return std::nullopt;
    }
    const QByteArray pub = QByteArray::fromHex(key.value(QStringLiteral("keyval"))
                                                   .toObject()
                                                   .value(QStringLiteral("public"))
                                                   .toString()
                                                   .toLatin1());
    if (pub.size() != crypto_sign_PUBLICKEYBYTES) {
        *why = QStringLiteral("the public key is not 32 bytes of hex");
        return std::nullopt;
    }
    TufKey k;
    k.m_public = pub;
    return k;
}

std::optional<TufKey> TufKey::fromSecretHex(const QByteArray &hex, QString *why)
{
    initCrypto();
    const QByteArray secret = QByteArray::fromHex(hex.trimmed());
    if (secret.size() != crypto_sign_SECRETKEYBYTES) {
        *why = QStringLiteral("the secret key is not 64 bytes of hex");
        return std::nullopt;
    }
    TufKey k;
    k.m_secret = secret;
    k.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(k.m_public.data()),
        reinterpret_cast<const unsigned char *>(secret.constData()));
    return k;
}

QJsonObject TufKey::toJson() const
{
    return { { QStringLiteral("keytype"), QStringLiteral("ed25519") },
        { QStringLiteral("scheme"), QStringLiteral("ed25519") },
        { QStringLiteral("keyval"),
            QJsonObject { { QStringLiteral("public"), QString::fromLatin1(m_public.toHex()) } } } };
}

QString TufKey::keyId() const
{
    return sha256Hex(*canonicalJson(toJson()));
}

QByteArray TufKey::sign(const QByteArray &message) const
{
    Q_ASSERT(canSign());
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
        reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

bool TufKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    return signature.size() == crypto_sign_BYTES
        && crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(m_public.constData()))
        == 0;
}
