#pragma once

#include <QString>
#include <functional>

/**
 * Which scene graph draws the kiosk ([display] renderer = auto | gl | software). Auto takes
 * OpenGL where there is a GPU and Qt Quick's software renderer where the only OpenGL is a
 * software rasterizer (Mesa's llvmpipe, softpipe, swrast) or there is none: a GPU-less kiosk then
 * repaints only what changed (a video's rectangle, a clock) instead of the whole screen on the
 * CPU every frame. The choice and why is one line of the log at start.
 *
 * Auto opens no OpenGL context where the answer is known cheaply: a machine without a DRM render
 * node (nor NVIDIA's own device) has no GPU, so software at once; on one with a GPU the probe's
 * verdict is kept in the state folder's renderer.json for that GPU, driver, GL library and
 * platform, and a new card, driver or library probes again.
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
    qint64 probeMs = -1; ///< how long the decision took when auto (a probe, or a look); -1: none

    /** @p value from the INI; an unknown value is auto, with a sentence for the log in @p problem.
     */
    static Setting parse(const QString &value, QString *problem);
    /** Whether an OpenGL renderer string names a software rasterizer. */
    static bool isSoftwareRasterizer(const QString &glRenderer);
    /** The decision alone, for @p setting and what the probe found (@p probed false: no probe). */
    static RenderChoice decide(Setting setting, bool probed, const QString &glRenderer);
    /**
     * Decides for @p setting on this machine (for auto: chooseAuto, the verdict kept in
     * @p stateDir) and tells Qt Quick, before any window is made. A QT_QUICK_BACKEND set in the
     * environment is left to win, and said so.
     */
    static RenderChoice applyFor(Setting setting, const QString &stateDir = {});
    /**
     * This machine's GPUs as one line ("renderD128 i915 8086:46a6"): each DRM render node with its
     * kernel driver and PCI ids, and NVIDIA's own /dev/nvidia0; empty when there is none. @p root
     * stands for "/" (tests give a folder of their own).
     */
    static QString gpuIdentity(const QString &root = QStringLiteral("/"));
    /**
     * Auto's decision for the GPUs @p identity names: software at once when it is empty; else
     * the verdict @p stateDir's renderer.json keeps for exactly @p identity, or @p probe's (kept
     * there for the next start when there is a state folder).
     */
    static RenderChoice chooseAuto(
        const QString &identity, const QString &stateDir, const std::function<QString()> &probe);
    /** GL_RENDERER of an offscreen OpenGL context, or empty when this platform makes none. */
    static QString probeGlRenderer();

    /** "software (OpenGL here is llvmpipe …, a software rasterizer)" */
    QString describe() const;
};
