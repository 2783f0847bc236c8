#include "audiolength.h"

#include <QUrl>
#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>

qint64 audioLengthMs(const QString &path, QString *why)
{
    static const bool initialised = gst_init_check(nullptr, nullptr, nullptr);
    if (!initialised) {
        *why = QStringLiteral("GStreamer did not start");
        return -1;
    }
    GError *error = nullptr;
    GstDiscoverer *discoverer = gst_discoverer_new(10 * GST_SECOND, &error);
    if (!discoverer) {
        *why = QString::fromUtf8(error ? error->message : "GStreamer has no discoverer");
        g_clear_error(&error);
        return -1;
    }
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded();
    GstDiscovererInfo *info = gst_discoverer_discover_uri(discoverer, uri.constData(), &error);
    qint64 ms = -1;
    if (!info || gst_discoverer_info_get_result(info) != GST_DISCOVERER_OK) {
        *why = error ? QString::fromUtf8(error->message)
                     : QStringLiteral("GStreamer could not read it");
    } else if (GList *streams = gst_discoverer_info_get_audio_streams(info); !streams) {
        *why = QStringLiteral("it holds no sound");
    } else {
        gst_discoverer_stream_info_list_free(streams);
        ms = qint64(gst_discoverer_info_get_duration(info) / GST_MSECOND);
    }
    g_clear_error(&error);
    if (info)
        g_object_unref(info);
    g_object_unref(discoverer);
    return ms;
}
