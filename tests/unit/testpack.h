#pragma once

#include "contentloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

/** Every file under @p dir with a hash of its bytes: two equal snapshots, nothing changed. */
inline QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(
            path, QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex());
    }
    return files;
}

/** A small valid pack in a temporary folder that a test then breaks or extends. */
class TestPack
{
public:
    TestPack()
    {
        write(QStringLiteral("pack.json"), R"({
  "format": 1, "id": "test-pack", "version": 1,
  "title": { "en": "Test", "es": "Prueba" },
  "languages": ["en", "es"],
  "site": { "name": { "en": "Test lab", "es": "Laboratorio" }, "timezone": "America/Chicago" },
  "topics": [ { "id": "basics", "title": { "en": "Basics", "es": "Lo básico" } } ]
})");
    }

    QString path() const { return m_dir.path(); }
    QString file(const QString &relative) const { return m_dir.filePath(relative); }

    void write(const QString &relative, const QByteArray &data)
    {
        const QString target = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile f(target);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(target));
        f.write(data);
    }
    void write(const QString &relative, const char *text) { write(relative, QByteArray(text)); }

    ContentLoader::Result load() const { return ContentLoader::load(path()); }

    /** Every problem, one per line, for messages and matching. */
    static QString describe(const ContentLoader::Result &result)
    {
        QStringList lines;
        for (const Problem &p : result.problems)
            lines.append(p.toString());
        return lines.join(u'\n');
    }

private:
    QTemporaryDir m_dir;
};

/** Fails unless loading gave exactly one problem and it reads like @p expected. */
#define EXPECT_ONE_PROBLEM(result, expected)                                                       \
    do {                                                                                           \
        const QString all = TestPack::describe(result);                                            \
        QVERIFY2((result).problems.size() == 1, qPrintable(QStringLiteral("got: ") + all));        \
        QVERIFY2(                                                                                  \
            all.contains(QStringLiteral(expected)), qPrintable(QStringLiteral("got: ") + all));    \
    } while (false)

#define EXPECT_CLEAN(result)                                                                       \
    QVERIFY2((result).ok(), qPrintable(QStringLiteral("problems: ") + TestPack::describe(result)))
