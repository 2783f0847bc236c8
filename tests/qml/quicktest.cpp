// Runs one tst_*.qml against the real UI module on the built-in pack, at a fixed time.
#include "../unit/testkiosk.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Lactation_CorePlugin)
Q_IMPORT_QML_PLUGIN(Lactation_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // The staff source in memory: tests change room states as the staff panel would.
    void applicationAvailable() { m_kiosk = std::make_unique<KioskApp>(testKioskSetup()); }

    void qmlEngineAvailable(QQmlEngine *engine) { KioskApp::prepareEngine(engine); }

    void cleanupTestCase() { m_kiosk->visit().setLanguage(QStringLiteral("en")); }

private:
    std::unique_ptr<KioskApp> m_kiosk;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, Setup)

#include "quicktest.moc"
