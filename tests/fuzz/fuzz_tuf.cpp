// libFuzzer target: the TUF metadata readers on arbitrary bytes (what a feed server, or anyone
// between it and the kiosk, can send) must neither crash nor hang. The first byte picks: a root
// checked against its own keys, as a kiosk checks a new root; each role's signed part; canonical
// JSON of any document.
#include "canonicaljson.h"
#include "tufkeys.h"
#include "tufmetadata.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const bool crypto = initCrypto();
    if (!crypto)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonObject signedPart = doc.object().value(QStringLiteral("signed")).toObject();
    QString why;
    switch (data[0] % 3) {
    case 0:
        if (const auto root = Tuf::parseRoot(signedPart, &why))
            (void)Tuf::verify(bytes, *root, QStringLiteral("root"), &why);
        break;
    case 1:
        (void)Tuf::parseTimestamp(signedPart, &why);
        (void)Tuf::parseSnapshot(signedPart, &why);
        if (const auto targets = Tuf::parseTargets(signedPart, &why)) {
            for (auto it = targets->files.constBegin(); it != targets->files.constEnd(); ++it)
                (void)Tuf::targetPathProblem(it.key());
        }
        break;
    default:
        (void)canonicalJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        break;
    }
    return 0;
}
