// Runs one tst_*.qml against the real UI module on the built-in pack, at a fixed time.
#include "contentloader.h"
#include "contentstore.h"
#include "iconprovider.h"
#include "kioskclock.h"
#include "kiosksession.h"
#include "roomstatus.h"
#include "staffconsole.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Lactation_CorePlugin)
Q_IMPORT_QML_PLUGIN(Lactation_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        const auto result = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK));
        if (!result.ok())
            qFatal("the built-in pack does not load");
        m_store = std::make_unique<ContentStore>(result.content);
        ContentStore::setInstance(m_store.get());
        // The staff source in memory: tests change room states as the staff panel would.
        m_rooms = std::make_unique<RoomStatus>(RoomSettings(), QString());
        RoomStatus::setInstance(m_rooms.get());
        m_rooms->follow(m_store.get());
        m_session = std::make_unique<KioskSession>(90);
        KioskSession::setInstance(m_session.get());
        // The staff PIN for tests is 2468, kept in memory.
        KioskSettings kiosk;
        QString why;
        kiosk.pinHash = StaffAccess::hashPin(QStringLiteral("2468"), &why);
        m_staff = std::make_unique<StaffConsole>(kiosk, QString(), m_store.get(), m_session.get());
        StaffConsole::setInstance(m_staff.get());
        // Tuesday 1 December 2026, 09:30 in Chicago: a group meets at 10:00 today.
        KioskClock::fix(
            QDateTime::fromString(QStringLiteral("2026-12-01T09:30:00-06:00"), Qt::ISODate));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->addImageProvider(QStringLiteral("icon"),
            new IconProvider(QStringLiteral(":/qt/qml/Lactation/Ui/icons")));
    }

    void cleanupTestCase() { m_store->setLanguage(QStringLiteral("en")); }

private:
    std::unique_ptr<ContentStore> m_store;
    std::unique_ptr<RoomStatus> m_rooms;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<StaffConsole> m_staff;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, Setup)

#include "quicktest.moc"
