#pragma once

#include "content.h"
#include "packdir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

/** Deeper JSON than this is refused before parsing; no pack needs more than a handful. */
constexpr int JsonMaxDepth = 32;

/** Reads and parses a pack's JSON file, with every refusal reported against it. */
std::optional<QJsonDocument> readJsonFile(
    const PackDir &dir, const QString &relative, ProblemSink &sink, PackDir::Need need);

/** Parses JSON text with a depth limit; problems carry the line. */
std::optional<QJsonDocument> parseJson(const QByteArray &utf8, ProblemSink &sink);

/**
 * Typed access to one JSON object at a path ("rooms[1]"), reporting a wrong type or a missing
 * required field as a problem at that path. Getters return an empty value on a problem.
 */
class JsonFields
{
public:
    enum Need
    {
        Optional,
        Required
    };

    JsonFields(ProblemSink &sink, QString path, QJsonObject object);

    QString path(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }
    const QJsonObject &object() const { return m_object; }
    ProblemSink &sink() const { return *m_sink; }

    QString text(const QString &key, Need need = Optional) const;
    /** A string, or a number written as one (HSDS producers mix them up, e.g. extension). */
    QString textOrNumber(const QString &key) const;
    std::optional<double> number(const QString &key, Need need = Optional) const;
    std::optional<int> integer(const QString &key, Need need = Optional) const;
    bool boolean(const QString &key, bool fallback) const;
    QDate date(const QString &key, Need need = Optional) const;
    QJsonArray array(const QString &key, Need need = Optional) const;
    std::optional<JsonFields> child(const QString &key, Need need = Optional) const;
    /** Objects of an array field, each with its own path; non-objects are reported. */
    QList<JsonFields> objects(const QString &key, Need need = Optional) const;
    QStringList strings(const QString &key, Need need = Optional) const;
    /** An object of language -> text holding every one of @p languages. */
    LocalizedText localized(
        const QString &key, const QStringList &languages, Need need = Optional) const;
    /** Reports every key not in @p known, which catches typos in hand-written packs. */
    void rejectUnknown(const QStringList &known) const;

    void problem(const QString &key, const QString &message) const;

private:
    ProblemSink *m_sink;
    QString m_path;
    QJsonObject m_object;
};

/** The items of a top-level array, each as JsonFields at "[i]" (or "key[i]"), followed by
 * " (id 'x')" when the item has an id: "[1] (id 'wic-westheimer').phones[0].number". */
QList<JsonFields> objectsOf(ProblemSink &sink, const QString &path, const QJsonArray &array);
