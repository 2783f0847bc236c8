// Runs one tst_*.qml against the real UI module on the built-in pack, at a fixed time.
#include "contentloader.h"
#include "kioskapp.h"

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
        KioskSetup setup;
        const auto result = ContentLoader::load(QStringLiteral(KIOSK_DEFAULT_PACK));
        if (!result.ok())
            qFatal("the built-in pack does not load");
        setup.content = result.content;
        // The staff source in memory: tests change room states as the staff panel would.
        // The staff PIN for tests is 2468, kept in memory.
        QString why;
        setup.kiosk.pinHash = StaffAccess::hashPin(QStringLiteral("2468"), &why);
        // Tuesday 1 December 2026, 09:30 in Chicago: a group meets at 10:00 today.
        setup.now = QDateTime::fromString(QStringLiteral("2026-12-01T09:30:00-06:00"), Qt::ISODate);
        m_kiosk = std::make_unique<KioskApp>(setup);
    }

    void qmlEngineAvailable(QQmlEngine *engine) { KioskApp::prepareEngine(engine); }

    void cleanupTestCase() { m_kiosk->store().setLanguage(QStringLiteral("en")); }

private:
    std::unique_ptr<KioskApp> m_kiosk;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, Setup)

#include "quicktest.moc"
