// Which scene graph draws the kiosk: [display] renderer read from the INI (a wrong value is
// named and auto is used), what counts as a software rasterizer, the decision for each setting,
// and this machine's own probe as the kiosk makes it.
#include "kiosksettings.h"
#include "renderchoice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        QTemporaryDir state;
        const RenderChoice choice = RenderChoice::applyFor(Setting::Auto, state.path());
        qInfo("%s", qPrintable(choice.describe()));
        QVERIFY(choice.software);
        if (RenderChoice::gpuIdentity().isEmpty()) {
            // No render node: no OpenGL context is opened at all, and the log says why.
            QVERIFY(choice.glRenderer.isEmpty());
            QVERIFY(choice.why.contains(QStringLiteral("no DRM render node")));
            QVERIFY(!QFileInfo::exists(state.filePath(QStringLiteral("renderer.json"))));
        } else {
            QVERIFY(choice.glRenderer.isEmpty()
                || RenderChoice::isSoftwareRasterizer(choice.glRenderer));
        }
        if (qEnvironmentVariableIsSet("KIOSK_EXPECT_LLVMPIPE")) {
            // Under Xvfb Mesa's OpenGL is there and is llvmpipe: the probe must see it (a kiosk
            // with a GPU under Xvfb would be told software by it).
            const QString probed = RenderChoice::probeGlRenderer();
            QVERIFY2(probed.contains(QStringLiteral("llvmpipe"))
                    && RenderChoice::isSoftwareRasterizer(probed),
                qPrintable(probed));
        }
        QCOMPARE(QQuickWindow::sceneGraphBackend(), QStringLiteral("software"));
        // The decision's cost is in the log line.
        QVERIFY(choice.probeMs >= 0);
        QVERIFY(choice.describe().contains(QStringLiteral("; decided in ")));
        // A backend named in the environment wins, and the log says so.
        qputenv("QT_QUICK_BACKEND", "software");
        QVERIFY(
            RenderChoice::applyFor(Setting::Gl).why.contains(QStringLiteral("QT_QUICK_BACKEND")));
        qunsetenv("QT_QUICK_BACKEND");
    }

    /** The GPUs by their render nodes, drivers and PCI ids, read from a made-up /dev and /sys. */
    void namesTheGpus()
    {
        QTemporaryDir root;
        QCOMPARE(RenderChoice::gpuIdentity(root.path()), QString());
        const QString device = root.filePath(QStringLiteral("sys/class/drm/renderD128/device"));
        QVERIFY(QDir().mkpath(device));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("sys/bus/pci/drivers/i915"))));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("dev/dri"))));
        const auto write = [](const QString &file, const QByteArray &text) {
            QFile f(file);
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        QVERIFY(write(root.filePath(QStringLiteral("dev/dri/renderD128")), {}));
        QVERIFY(write(device + QStringLiteral("/vendor"), "0x8086\n"));
        QVERIFY(write(device + QStringLiteral("/device"), "0x46a6\n"));
        QVERIFY(QFile::link(root.filePath(QStringLiteral("sys/bus/pci/drivers/i915")),
            device + QStringLiteral("/driver")));
        QCOMPARE(
            RenderChoice::gpuIdentity(root.path()), QStringLiteral("renderD128 i915 8086:46a6"));
    }

    /** Auto opens no OpenGL context without a GPU, probes a GPU once and keeps the verdict for it,
     * and probes again for another GPU or driver. */
    void keepsTheVerdictPerGpu()
    {
        QTemporaryDir state;
        int probes = 0;
        const auto probe = [&probes] {
            ++probes;
            return QStringLiteral("Mesa Intel(R) UHD Graphics (ADL-S GT1)");
        };
        const RenderChoice none = RenderChoice::chooseAuto({}, state.path(), probe);
        QVERIFY(none.software);
        QCOMPARE(probes, 0);

        const QString intel = QStringLiteral("renderD128 i915 8086:4680 | wayland | mesa 1");
        const RenderChoice first = RenderChoice::chooseAuto(intel, state.path(), probe);
        QVERIFY(!first.software);
        QCOMPARE(probes, 1);
        const RenderChoice again = RenderChoice::chooseAuto(intel, state.path(), probe);
        QCOMPARE(probes, 1); // known: no context opened
        QVERIFY(!again.software);
        QCOMPARE(again.glRenderer, first.glRenderer);
        QVERIFY(again.why.contains(QStringLiteral("as probed before on this GPU and driver")));
        // A new driver (or card, or platform) is another identity: probed again.
        RenderChoice::chooseAuto(
            QStringLiteral("renderD128 i915 8086:4680 | wayland | mesa 2"), state.path(), probe);
        QCOMPARE(probes, 2);
        // Without a state folder it probes every time, and keeps nothing.
        RenderChoice::chooseAuto(intel, QString(), probe);
        QCOMPARE(probes, 3);
    }
};

QTEST_MAIN(TestRenderChoice)
#include "tst_renderchoice.moc"
