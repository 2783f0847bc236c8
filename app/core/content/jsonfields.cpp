#include "jsonfields.h"

std::optional<QJsonDocument> readJsonFile(
    const PackDir &dir, const QString &relative, ProblemSink &sink, PackDir::Need need)
{
    const auto text = dir.readText(relative, sink, need);
    if (!text)
        return std::nullopt;
    return parseJson(text->toUtf8(), sink);
}

/** Byte offset where nesting first exceeds the limit, or -1. Strings are skipped. */
static qsizetype tooDeepAt(const QByteArray &utf8)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > JsonMaxDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

std::optional<QJsonDocument> parseJson(const QByteArray &utf8, ProblemSink &sink)
{
    if (const qsizetype at = tooDeepAt(utf8); at >= 0) {
        sink.atLine(lineAtOffset(utf8, at),
            QStringLiteral("JSON nested deeper than %1 levels").arg(JsonMaxDepth));
        return std::nullopt;
    }
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        sink.atLine(lineAtOffset(utf8, error.offset),
            QStringLiteral("invalid JSON: ") + error.errorString());
        return std::nullopt;
    }
    return doc;
}

JsonFields::JsonFields(ProblemSink &sink, QString path, QJsonObject object)
    : m_sink(&sink)
    , m_path(std::move(path))
    , m_object(std::move(object))
{
}

QString JsonFields::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonFields::problem(const QString &key, const QString &message) const
{
    m_sink->atField(key.isEmpty() ? m_path : path(key), message);
}

static QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

/** The value if present and of @p type; reports otherwise. Null counts as absent. */
static std::optional<QJsonValue> typed(const JsonFields &f, const QString &key,
    QJsonValue::Type type, const QString &expected, JsonFields::Need need)
{
    const QJsonValue value = f.object().value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == JsonFields::Required)
            f.problem(key, QStringLiteral("is required"));
        return std::nullopt;
    }
    if (value.type() != type) {
        f.problem(key, QStringLiteral("must be %1, not %2").arg(expected, typeName(value)));
        return std::nullopt;
    }
    return value;
}

QString JsonFields::text(const QString &key, Need need) const
{
    const auto value = typed(*this, key, QJsonValue::String, QStringLiteral("a string"), need);
    if (!value)
        return {};
    const QString s = value->toString().trimmed();
    if (s.isEmpty() && need == Required)
        problem(key, QStringLiteral("must not be empty"));
    return s;
}

QString JsonFields::textOrNumber(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble());
    return text(key);
}

std::optional<double> JsonFields::number(const QString &key, Need need) const
{
    const auto value = typed(*this, key, QJsonValue::Double, QStringLiteral("a number"), need);
    if (!value)
        return std::nullopt;
    return value->toDouble();
}

std::optional<int> JsonFields::integer(const QString &key, Need need) const
{
    const auto value = number(key, need);
    if (!value)
        return std::nullopt;
    if (*value != double(qint64(*value)) || *value < -1e9 || *value > 1e9) {
        problem(key, QStringLiteral("must be a whole number"));
        return std::nullopt;
    }
    return int(*value);
}

bool JsonFields::boolean(const QString &key, bool fallback) const
{
    const auto value
        = typed(*this, key, QJsonValue::Bool, QStringLiteral("true or false"), Optional);
    return value ? value->toBool() : fallback;
}

QDate JsonFields::date(const QString &key, Need need) const
{
    const QString s = text(key, need);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        problem(key, QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(s));
    return d;
}

QJsonArray JsonFields::array(const QString &key, Need need) const
{
    const auto value = typed(*this, key, QJsonValue::Array, QStringLiteral("an array"), need);
    return value ? value->toArray() : QJsonArray();
}

std::optional<JsonFields> JsonFields::child(const QString &key, Need need) const
{
    const auto value = typed(*this, key, QJsonValue::Object, QStringLiteral("an object"), need);
    if (!value)
        return std::nullopt;
    return JsonFields(*m_sink, path(key), value->toObject());
}

QList<JsonFields> objectsOf(ProblemSink &sink, const QString &path, const QJsonArray &array)
{
    QList<JsonFields> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString at = path + u'[' + QString::number(i) + u']';
        // The items of a file's own list are named by their id too, which IT searches for.
        const QString id = array.at(i).toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && !path.contains(u'.') && !path.contains(u'['))
            at += QStringLiteral(" (id '%1')").arg(id.left(80));
        if (!array.at(i).isObject()) {
            sink.atField(
                at, QStringLiteral("must be an object, not %1").arg(typeName(array.at(i))));
            continue;
        }
        out.append(JsonFields(sink, at, array.at(i).toObject()));
    }
    return out;
}

QList<JsonFields> JsonFields::objects(const QString &key, Need need) const
{
    return objectsOf(*m_sink, path(key), array(key, need));
}

QStringList JsonFields::strings(const QString &key, Need need) const
{
    QStringList out;
    const QJsonArray items = array(key, need);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            m_sink->atField(path(key) + u'[' + QString::number(i) + u']',
                QStringLiteral("must be a string, not %1").arg(typeName(items.at(i))));
            continue;
        }
        out.append(items.at(i).toString().trimmed());
    }
    return out;
}

LocalizedText JsonFields::localized(
    const QString &key, const QStringList &languages, Need need) const
{
    LocalizedText out;
    const auto texts = child(key, need);
    if (!texts)
        return out;
    for (const QString &language : languages) {
        const QString s = texts->text(language);
        if (s.isEmpty() && !texts->has(language))
            texts->problem(language,
                QStringLiteral("is missing (every text needs every pack "
                               "language)"));
        else if (s.isEmpty())
            texts->problem(language, QStringLiteral("must not be empty"));
        else
            out.set(language, s);
    }
    for (auto it = texts->object().constBegin(); it != texts->object().constEnd(); ++it) {
        if (!languages.isEmpty() && !languages.contains(it.key()))
            texts->problem(it.key(),
                QStringLiteral("is not one of the pack's languages (%1)")
                    .arg(languages.join(QStringLiteral(", "))));
    }
    return out;
}

void JsonFields::rejectUnknown(const QStringList &known) const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            problem(it.key(), QStringLiteral("is not a known field"));
    }
}
