#pragma once

#include "testkiosk.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <memory>

/** A finger on the middle of @p item. */
inline void tap(QQuickWindow *window, QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

/** Visible to a person: shown, not fully transparent, with an area. */
inline bool seen(const QQuickItem *item)
{
    if (!item->isVisible() || item->width() <= 0 || item->height() <= 0)
        return false;
    for (const QQuickItem *i = item; i; i = i->parentItem()) {
        if (i->opacity() <= 0.01)
            return false;
    }
    return true;
}

/** The real kiosk UI on the built-in pack at a fixed time, for tests that look at what it shows. */
class UiHarness
{
public:
    /** @p stateDir: where the room board and the staff console keep things (empty: nowhere). */
    explicit UiHarness(const QString &stateDir = {})
        : UiHarness(testKioskSetup(stateDir))
    {
    }
    /** The kiosk of @p setup (a test's own [speech] or [keypad]). */
    explicit UiHarness(KioskSetup setup)
        : app(std::make_unique<KioskApp>(withOwnClock(std::move(setup))))
        , store(&app->store())
        , visit(&app->visit())
        , rooms(&app->rooms())
        , session(&app->session())
        , staff(&app->console())
        , warnings(app->qmlWarnings())
    {
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
        QString why;
        QQuickWindow *window = app->loadUi(engine.get(),
            { { QStringLiteral("startScreen"), screen }, { QStringLiteral("width"), size.width() },
                { QStringLiteral("height"), size.height() } },
            &why);
        if (!window || !QTest::qWaitForWindowExposed(window))
            return nullptr;
        settle(window);
        return window;
    }

    qint64 ms = 0;
    std::unique_ptr<KioskApp> app; ///< the kiosk's own wiring; the four below are its parts
    ContentStore *store = nullptr;
    Visit *visit = nullptr;
    RoomStatus *rooms = nullptr;
    KioskSession *session = nullptr;
    StaffConsole *staff = nullptr;
    std::unique_ptr<QQmlApplicationEngine> engine;
    const QStringList &warnings; ///< what QML complained about since open(): a test fails on any

private:
    /** The session's clock is the harness's: idle() moves it on. */
    KioskSetup withOwnClock(KioskSetup setup)
    {
        setup.sessionClock = [this] {
            return ms;
        };
        return setup;
    }
};
