#pragma once

#include <QString>

/**
 * Which scene graph draws the kiosk ([display] renderer = auto | gl | software). Auto takes
 * OpenGL where there is a GPU and Qt Quick's software renderer where the only OpenGL is a
 * software rasterizer (Mesa's llvmpipe, softpipe, swrast) or there is none: a GPU-less kiosk then
 * repaints only what changed (a video's rectangle, a clock) instead of the whole screen on the
 * CPU every frame. The choice and why is one line of the log at start.
 */
struct RenderChoice
{
    enum class Setting
    {
        Auto,
        Gl,
        Software
    };

    Setting setting = Setting::Auto;
    bool software = false; ///< what is used
    QString glRenderer; ///< GL_RENDERER of the probe; empty: not probed or no OpenGL
    QString why; ///< for the log
    qint64 probeMs = -1; ///< how long the OpenGL probe took; -1: none

    /** @p value from the INI; an unknown value is auto, with a sentence for the log in @p problem.
     */
    static Setting parse(const QString &value, QString *problem);
    /** Whether an OpenGL renderer string names a software rasterizer. */
    static bool isSoftwareRasterizer(const QString &glRenderer);
    /** The decision alone, for @p setting and what the probe found (@p probed false: no probe). */
    static RenderChoice decide(Setting setting, bool probed, const QString &glRenderer);
    /**
     * Decides for @p setting on this machine (probing OpenGL only for auto, with an offscreen
     * context of a few milliseconds) and tells Qt Quick, before any window is made. A
     * QT_QUICK_BACKEND set in the environment is left to win, and said so.
     */
    static RenderChoice applyFor(Setting setting);

    /** "software (OpenGL here is llvmpipe …, a software rasterizer)" */
    QString describe() const;
};
