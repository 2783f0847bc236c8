#pragma once

#include <QJSEngine>

class QQmlEngine;

/**
 * The one instance of a QML singleton type that main() (or a test) made, which T::create hands
 * to QML. The types stay not default-constructible on purpose: Qt 6.4 would otherwise build an
 * instance of its own for QML instead of calling create().
 *
 *   class RoomStatus : public QObject, public MainInstance<RoomStatus> { QML_SINGLETON … };
 */
template<typename T> class MainInstance
{
public:
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(s_instance);
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static void setInstance(T *instance) { s_instance = instance; }
    /** The instance main() (or a test) made, or null. */
    static T *instance() { return s_instance; }

protected:
    ~MainInstance()
    {
        if (s_instance == static_cast<T *>(this))
            s_instance = nullptr;
    }

private:
    static inline T *s_instance = nullptr;
};
