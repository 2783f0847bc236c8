// Which scene graph draws the kiosk: [display] renderer read from the INI (a wrong value is
// named and auto is used), what counts as a software rasterizer, the decision for each setting,
// and this machine's own probe as the kiosk makes it.
#include "kiosksettings.h"
#include "renderchoice.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using Setting = RenderChoice::Setting;

class TestRenderChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSetting_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<int>("setting");
        QTest::addColumn<bool>("noted");
        QTest::newRow("absent") << QByteArray() << int(Setting::Auto) << false;
        QTest::newRow("auto") << QByteArray("renderer = auto\n") << int(Setting::Auto) << false;
        QTest::newRow("gl") << QByteArray("renderer = gl\n") << int(Setting::Gl) << false;
        QTest::newRow("GL") << QByteArray("renderer = GL\n") << int(Setting::Gl) << false;
        QTest::newRow("software") << QByteArray("renderer = software\n") << int(Setting::Software)
                                  << false;
        QTest::newRow("vulkan") << QByteArray("renderer = vulkan\n") << int(Setting::Auto) << true;
    }
    void readsTheSetting()
    {
        QFETCH(QByteArray, ini);
        QFETCH(int, setting);
        QFETCH(bool, noted);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kiosk.ini"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[display]\n" + ini);
        f.close();
        QStringList notes;
        QCOMPARE(int(KioskSettings::fromIni(file, &notes).renderer), setting);
        QCOMPARE(notes.size(), noted ? 1 : 0);
        if (noted) {
            QVERIFY2(notes.constFirst().contains(QStringLiteral("kiosk.ini"))
                    && notes.constFirst().contains(QStringLiteral("'vulkan'"))
                    && notes.constFirst().contains(QStringLiteral("auto, gl or software")),
                qPrintable(notes.constFirst()));
        }
    }

    void knowsSoftwareRasterizers()
    {
        QVERIFY(
            RenderChoice::isSoftwareRasterizer(QStringLiteral("llvmpipe (LLVM 15.0.6, 256 bits)")));
        QVERIFY(RenderChoice::isSoftwareRasterizer(QStringLiteral("softpipe")));
        QVERIFY(RenderChoice::isSoftwareRasterizer(QStringLiteral("Mesa X11 swrast")));
        QVERIFY(RenderChoice::isSoftwareRasterizer(QStringLiteral("Software Rasterizer")));
        QVERIFY(!RenderChoice::isSoftwareRasterizer(
            QStringLiteral("Mesa Intel(R) UHD Graphics 620 (KBL GT2)")));
        QVERIFY(!RenderChoice::isSoftwareRasterizer(
            QStringLiteral("AMD Radeon RX 6400 (navi24, LLVM 15.0.6, DRM 3.49)")));
        QVERIFY(!RenderChoice::isSoftwareRasterizer(QStringLiteral("V3D 4.2"))); // a Raspberry Pi 4
    }

    void decides()
    {
        const QString gpu = QStringLiteral("Mesa Intel(R) UHD Graphics 620 (KBL GT2)");
        const QString cpu = QStringLiteral("llvmpipe (LLVM 15.0.6, 256 bits)");
        QVERIFY(!RenderChoice::decide(Setting::Auto, true, gpu).software);
        QVERIFY(RenderChoice::decide(Setting::Auto, true, cpu).software);
        QVERIFY(RenderChoice::decide(Setting::Auto, true, QString()).software); // no OpenGL at all
        QVERIFY(!RenderChoice::decide(Setting::Gl, false, QString()).software);
        QVERIFY(RenderChoice::decide(Setting::Software, false, QString()).software);
        // The log line says what was chosen and why.
        QCOMPARE(RenderChoice::decide(Setting::Auto, true, cpu).describe(),
            QStringLiteral("software (OpenGL here is llvmpipe (LLVM 15.0.6, 256 bits), a software "
                           "rasterizer)"));
        QCOMPARE(RenderChoice::decide(Setting::Auto, true, gpu).describe(),
            QStringLiteral("OpenGL (OpenGL here is %1)").arg(gpu));
        QCOMPARE(RenderChoice::decide(Setting::Gl, false, QString()).describe(),
            QStringLiteral("OpenGL ([display] renderer = gl)"));
    }

    /** This machine has no GPU: whatever OpenGL it has (llvmpipe under Xvfb, none offscreen) is
     * the CPU's, so auto takes the software renderer, and Qt Quick is told so. */
    void thisMachineGetsTheSoftwareRenderer()
    {
        qunsetenv("QT_QUICK_BACKEND");
        const RenderChoice choice = RenderChoice::applyFor(Setting::Auto);
        qInfo("%s", qPrintable(choice.describe()));
        QVERIFY(choice.software);
        if (qEnvironmentVariableIsSet("KIOSK_EXPECT_LLVMPIPE")) {
            // Under Xvfb Mesa's OpenGL is there and is llvmpipe: the probe must have seen it.
            QVERIFY2(!choice.glRenderer.isEmpty(), "the probe found no OpenGL under Xvfb");
            QVERIFY2(choice.glRenderer.contains(QStringLiteral("llvmpipe"))
                    && RenderChoice::isSoftwareRasterizer(choice.glRenderer),
                qPrintable(choice.glRenderer));
        } else {
            QVERIFY(choice.glRenderer.isEmpty()
                || RenderChoice::isSoftwareRasterizer(choice.glRenderer));
        }
        QCOMPARE(QQuickWindow::sceneGraphBackend(), QStringLiteral("software"));
        // The probe's cost is in the log line.
        QVERIFY(choice.probeMs >= 0);
        QVERIFY(choice.describe().contains(QStringLiteral("; probed in ")));
        // A backend named in the environment wins, and the log says so.
        qputenv("QT_QUICK_BACKEND", "software");
        QVERIFY(
            RenderChoice::applyFor(Setting::Gl).why.contains(QStringLiteral("QT_QUICK_BACKEND")));
        qunsetenv("QT_QUICK_BACKEND");
    }
};

QTEST_MAIN(TestRenderChoice)
#include "tst_renderchoice.moc"
