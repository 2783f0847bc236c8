#include "renderchoice.h"

#include "durablefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace {

/** The first line of @p file, trimmed; empty when there is none. */
QString firstLine(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readLine()).trimmed() : QString();
}

/** Which GL library a probe goes through, and its version as its file's time: a driver update
 * (Mesa) changes it. */
QString glLibraryStamp()
{
    for (const char *name : { "libGLX_mesa.so.0", "libEGL_mesa.so.0", "libGL.so.1" }) {
        const QFileInfo library(QStringLiteral("/usr/lib/x86_64-linux-gnu/") + QLatin1String(name));
        if (library.exists())
            return QStringLiteral("%1 %2")
                .arg(library.canonicalFilePath())
                .arg(library.lastModified().toSecsSinceEpoch());
    }
    return {};
}

} // namespace

QString RenderChoice::probeGlRenderer()
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return {};
    const auto *name
        = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QString renderer = name ? QString::fromLatin1(name) : QString();
    context.doneCurrent();
    return renderer;
}

QString RenderChoice::gpuIdentity(const QString &root)
{
    QStringList gpus;
    const QDir dri(root + QStringLiteral("/dev/dri"));
    for (const QString &node :
        dri.entryList({ QStringLiteral("renderD*") }, QDir::System | QDir::Files)) {
        const QString device
            = root + QStringLiteral("/sys/class/drm/") + node + QStringLiteral("/device");
        const QString driver
            = QFileInfo(device + QStringLiteral("/driver")).symLinkTarget().section(u'/', -1);
        const auto id = [&](const char *file) {
            return firstLine(device + u'/' + QLatin1String(file)).remove(QStringLiteral("0x"));
        };
        gpus.append(QStringLiteral("%1 %2 %3:%4").arg(node, driver, id("vendor"), id("device")));
    }
    if (QFileInfo::exists(root + QStringLiteral("/dev/nvidia0")))
        gpus.append(QStringLiteral("nvidia0 %1")
                        .arg(firstLine(root + QStringLiteral("/sys/module/nvidia/version"))));
    return gpus.join(QStringLiteral("; "));
}

RenderChoice RenderChoice::chooseAuto(
    const QString &identity, const QString &stateDir, const std::function<QString()> &probe)
{
    if (identity.isEmpty()) {
        RenderChoice c = decide(Setting::Auto, false, QString());
        c.software = true;
        c.why = QStringLiteral("no GPU here: no DRM render node");
        return c;
    }
    const QString file
        = stateDir.isEmpty() ? QString() : stateDir + QStringLiteral("/renderer.json");
    const QJsonObject kept = file.isEmpty() ? QJsonObject() : readJsonObject(file);
    if (!kept.isEmpty() && kept.value(QStringLiteral("gpu")).toString() == identity) {
        RenderChoice c
            = decide(Setting::Auto, true, kept.value(QStringLiteral("glRenderer")).toString());
        c.why += QStringLiteral(", as probed before on this GPU and driver");
        return c;
    }
    const QString renderer = probe();
    if (!file.isEmpty()) {
        QString why;
        const QJsonObject verdict { { QStringLiteral("gpu"), identity },
            { QStringLiteral("glRenderer"), renderer } };
        if (!writeDurably(file, QJsonDocument(verdict).toJson(), &why))
            qWarning("display: the renderer's verdict is not kept: %s", qPrintable(why));
    }
    return decide(Setting::Auto, true, renderer);
}

RenderChoice::Setting RenderChoice::parse(const QString &value, QString *problem)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty() || v == u"auto")
        return Setting::Auto;
    if (v == u"gl" || v == u"opengl")
        return Setting::Gl;
    if (v == u"software")
        return Setting::Software;
    if (problem)
        *problem
            = QStringLiteral("[display] renderer '%1' is not auto, gl or software; auto is used")
                  .arg(value);
    return Setting::Auto;
}

bool RenderChoice::isSoftwareRasterizer(const QString &glRenderer)
{
    const QString r = glRenderer.toLower();
    return r.contains(u"llvmpipe") || r.contains(u"softpipe") || r.contains(u"swrast")
        || r.contains(u"software rasterizer");
}

RenderChoice RenderChoice::decide(Setting setting, bool probed, const QString &glRenderer)
{
    RenderChoice c;
    c.setting = setting;
    c.glRenderer = glRenderer;
    switch (setting) {
    case Setting::Gl:
        c.why = QStringLiteral("[display] renderer = gl");
        break;
    case Setting::Software:
        c.software = true;
        c.why = QStringLiteral("[display] renderer = software");
        break;
    case Setting::Auto:
        if (probed && glRenderer.isEmpty()) {
            c.software = true;
            c.why = QStringLiteral("no OpenGL here");
        } else if (isSoftwareRasterizer(glRenderer)) {
            c.software = true;
            c.why = QStringLiteral("OpenGL here is %1, a software rasterizer").arg(glRenderer);
        } else {
            c.why = QStringLiteral("OpenGL here is %1").arg(glRenderer);
        }
        break;
    }
    return c;
}

RenderChoice RenderChoice::applyFor(Setting setting, const QString &stateDir)
{
    if (const QByteArray forced = qgetenv("QT_QUICK_BACKEND"); !forced.isEmpty()) {
        RenderChoice c;
        c.setting = setting;
        c.software = forced == "software";
        c.why = QStringLiteral("QT_QUICK_BACKEND=%1 in the environment")
                    .arg(QString::fromLatin1(forced));
        return c;
    }
    QElapsedTimer deciding;
    deciding.start();
    RenderChoice c = decide(setting, false, QString());
    if (setting == Setting::Auto) {
        QString gpu = gpuIdentity();
        // The same GPU under another platform (Xvfb's llvmpipe) or GL library is another answer.
        if (!gpu.isEmpty())
            gpu += QStringLiteral(" | %1 | %2")
                       .arg(QGuiApplication::platformName(), glLibraryStamp());
        c = chooseAuto(gpu, stateDir, &RenderChoice::probeGlRenderer);
        c.probeMs = deciding.elapsed();
    }
    // OpenGL is Qt Quick's own default here; naming it (setGraphicsApi(OpenGL)) left Qt
    // Multimedia's VideoOutput without frames in Qt 6.4, so only the software renderer is asked
    // for.
    if (c.software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    return c;
}

QString RenderChoice::describe() const
{
    const QString probed
        = probeMs >= 0 ? QStringLiteral("; decided in %1 ms").arg(probeMs) : QString();
    return QStringLiteral("%1 (%2%3)")
        .arg(software ? QStringLiteral("software") : QStringLiteral("OpenGL"), why, probed);
}
