#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/** The C library's last error (errno) as a sentence, for messages about files. */
QString errnoText();

/** Writes @p data to @p path through a temporary file, fsync and rename: old or new, never half. */
bool writeDurably(const QString &path, const QByteArray &data, QString *why);

/** Makes a rename or a new file in @p dir survive a power cut (fsync of the folder). */
void syncDir(const QString &dir);

/** The JSON object in @p file; empty when it is missing or not an object. */
QJsonObject readJsonObject(const QString &file);
