#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <optional>

/**
 * The OLPC canonical JSON that TUF signs: keys sorted, no whitespace, only '"' and '\' escaped,
 * integers only. Returns nullopt for a value canonical JSON cannot hold (a fraction).
 */
std::optional<QByteArray> canonicalJson(const QJsonValue &value);
