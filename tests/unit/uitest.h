#pragma once

#include "contentloader.h"
#include "contentstore.h"
#include "iconprovider.h"
#include "kioskclock.h"
#include "kiosksession.h"
#include "roomstatus.h"
#include "staffconsole.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <memory>

/** The real kiosk UI on the built-in pack at a fixed time, for tests that look at what it shows. */
class UiHarness
{
public:
    /** @p stateDir: where the room board and the staff console keep things (empty: nowhere). */
    explicit UiHarness(const QString &stateDir = {})
    {
        const auto result = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK));
        if (!result.ok())
            qFatal("the built-in pack does not load");
        store = std::make_unique<ContentStore>(result.content);
        ContentStore::setInstance(store.get());
        rooms = std::make_unique<RoomStatus>(RoomSettings(), stateDir);
        RoomStatus::setInstance(rooms.get());
        rooms->follow(store.get());
        // The session's clock is the harness's: idle() moves it on.
        session = std::make_unique<KioskSession>(90, 30, [this] {
            return ms;
        });
        KioskSession::setInstance(session.get());
        // The staff PIN in tests is 2468.
        KioskSettings kiosk;
        QString why;
        kiosk.pinHash = StaffAccess::hashPin(QStringLiteral("2468"), &why);
        staff = std::make_unique<StaffConsole>(kiosk, stateDir, store.get(), session.get());
        StaffConsole::setInstance(staff.get());
        KioskClock::fix(
            QDateTime::fromString(QStringLiteral("2026-12-01T09:30:00-06:00"), Qt::ISODate));
    }

    /** Nobody touches the kiosk for @p seconds. */
    void idle(int seconds)
    {
        ms += qint64(seconds) * 1000;
        session->poll();
    }

    /** @p item and every item under it, in tree order. */
    static QList<QQuickItem *> items(QQuickItem *item)
    {
        QList<QQuickItem *> out { item };
        for (QQuickItem *child : item->childItems())
            out += items(child);
        return out;
    }

    /** The item named @p name anywhere in @p window (the last one, if several), or null. */
    static QQuickItem *find(QQuickWindow *window, const QString &name)
    {
        QQuickItem *found = nullptr;
        for (QQuickItem *item : items(window->contentItem()))
            found = item->objectName() == name ? item : found;
        return found;
    }

    /** Lets layouts, images and lazily created delegates settle. */
    static void settle(QQuickWindow *window)
    {
        for (int i = 0; i < 5; ++i) {
            window->requestUpdate();
            QTest::qWait(20);
        }
    }

    /** Opens Main.qml on @p screen at @p size and waits until it has drawn. */
    QQuickWindow *open(const QString &screen, const QSize &size)
    {
        engine = std::make_unique<QQmlApplicationEngine>();
        warnings.clear();
        QObject::connect(engine.get(), &QQmlEngine::warnings, engine.get(),
            [this](const QList<QQmlError> &errors) {
                for (const QQmlError &e : errors)
                    warnings.append(e.toString());
            });
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->addImageProvider(QStringLiteral("icon"),
            new IconProvider(QStringLiteral(":/qt/qml/Lactation/Ui/icons")));
        engine->setInitialProperties(
            { { QStringLiteral("startScreen"), screen }, { QStringLiteral("width"), size.width() },
                { QStringLiteral("height"), size.height() } });
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Lactation/Ui/Main.qml")));
        if (engine->rootObjects().isEmpty())
            return nullptr;
        auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        if (!window || !QTest::qWaitForWindowExposed(window))
            return nullptr;
        settle(window);
        return window;
    }

    qint64 ms = 0;
    std::unique_ptr<ContentStore> store;
    std::unique_ptr<RoomStatus> rooms; ///< staff source only, in memory: the pack's states
    std::unique_ptr<KioskSession> session;
    std::unique_ptr<StaffConsole> staff;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QStringList warnings; ///< what QML complained about since open(): a test fails on any
};
