#include "canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <cmath>

static bool write(const QJsonValue &value, QByteArray *out);

static void writeString(const QString &s, QByteArray *out)
{
    out->append('"');
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\')
            out->append('\\');
        out->append(c);
    }
    out->append('"');
}

static bool write(const QJsonValue &value, QByteArray *out)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out->append("null");
        return true;
    case QJsonValue::Bool:
        out->append(value.toBool() ? "true" : "false");
        return true;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
            return false;
        out->append(QByteArray::number(qint64(d)));
        return true;
    }
    case QJsonValue::String:
        // A lone surrogate would become '?' in UTF-8: two different strings, one signature.
        if (!QStringView(value.toString()).isValidUtf16())
            return false;
        writeString(value.toString(), out);
        return true;
    case QJsonValue::Array: {
        out->append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out->append(',');
            if (!write(array.at(i), out))
                return false;
        }
        out->append(']');
        return true;
    }
    case QJsonValue::Object: {
        // Keys in code point order, which is the byte order of their UTF-8.
        out->append('{');
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return a.toUtf8() < b.toUtf8();
        });
        bool first = true;
        for (const QString &key : std::as_const(keys)) {
            if (!first)
                out->append(',');
            first = false;
            writeString(key, out);
            out->append(':');
            if (!write(object.value(key), out))
                return false;
        }
        out->append('}');
        return true;
    }
    default:
        return false;
    }
}

std::optional<QByteArray> canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    if (!write(value, &out))
        return std::nullopt;
    return out;
}
