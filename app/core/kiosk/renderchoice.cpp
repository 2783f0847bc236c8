#include "renderchoice.h"

#include <QElapsedTimer>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace {

/** GL_RENDERER of an offscreen OpenGL context, or empty when this platform makes none. */
QString probeGlRenderer()
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

} // namespace

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

RenderChoice RenderChoice::applyFor(Setting setting)
{
    if (const QByteArray forced = qgetenv("QT_QUICK_BACKEND"); !forced.isEmpty()) {
        RenderChoice c;
        c.setting = setting;
        c.software = forced == "software";
        c.why = QStringLiteral("QT_QUICK_BACKEND=%1 in the environment")
                    .arg(QString::fromLatin1(forced));
        return c;
    }
    const bool probe = setting == Setting::Auto;
    QElapsedTimer probing;
    probing.start();
    RenderChoice c = decide(setting, probe, probe ? probeGlRenderer() : QString());
    if (probe)
        c.probeMs = probing.elapsed();
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
        = probeMs >= 0 ? QStringLiteral("; probed in %1 ms").arg(probeMs) : QString();
    return QStringLiteral("%1 (%2%3)").arg(
        software ? QStringLiteral("software") : QStringLiteral("OpenGL"), why, probed);
}
