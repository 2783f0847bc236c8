#pragma once

#include "feedpublisher.h"
#include "packstore.h"
#include "statusfile.h"
#include "testpack.h"

/** A pack, its signing keys, the feed folder it is published to, and a kiosk state folder. */
struct FeedSite
{
    TestPack pack;
    QTemporaryDir dir;
    QString keys = dir.filePath(QStringLiteral("keys"));
    QString feed = dir.filePath(QStringLiteral("feed"));
    QString state = dir.filePath(QStringLiteral("state"));

    /** Publishes a small pack whose English page reads "Text one"; @p big adds a 200 kB image. */
    explicit FeedSite(bool big = false)
    {
        pack.write(QStringLiteral("rooms.json"), R"({ "rooms": [ { "id": "a",
            "name": { "en": "Room A", "es": "Sala A" }, "location": { "en": "Here", "es": "Aquí" } } ] })");
        setText(QStringLiteral("Text one"));
        pack.write(QStringLiteral("pages/es/a.md"), "---\ntitle: A\nsection: basics\n---\nTexto\n");
        if (big)
            pack.write(QStringLiteral("media/big.png"),
                QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200000, 'p'));
        QString why;
        if (!FeedPublisher::initKeys(keys, &why))
            qFatal("keys: %s", qPrintable(why));
        publish();
    }

    /** Changes the English page's text (publish() to make it a new version). */
    void setText(const QString &text)
    {
        pack.write(QStringLiteral("pages/en/a.md"),
            QByteArray("---\ntitle: A\nsection: basics\n---\n") + text.toUtf8() + '\n');
    }

    void publish(const QDateTime &now = QDateTime::currentDateTimeUtc(), int days = 30)
    {
        QStringList problems;
        if (!FeedPublisher::publish({ pack.path(), feed, keys, days, now }, &problems))
            qFatal("publish: %s", qPrintable(problems.join(u'\n')));
    }

    QByteArray root() const { return readFile(feed + QStringLiteral("/1.root.json")); }
    int current() const { return PackStore(state).currentVersion(); }
    QJsonObject status() const { return StatusFile(state).read(); }

    /** The current pack's English page, or why the pack does not load whole. */
    QString currentText() const
    {
        const auto loaded = ContentLoader::load(PackStore(state).currentPath());
        if (!loaded.ok())
            return QStringLiteral("BROKEN: ") + TestPack::describe(loaded);
        return loaded.content->pagesIn(QStringLiteral("en")).value(0).markdown;
    }
};
