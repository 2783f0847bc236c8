#pragma once

#include <QTest>

/**
 * A test function that cannot run on this machine (no X server, not root) skips with
 * KIOSK_SKIP(reason) instead of QSKIP: the run then exits with 77, which ctest shows as Skipped
 * (SKIP_RETURN_CODE 77), never as Passed. A failure anywhere still fails the run.
 */
inline bool &kioskSkipped()
{
    static bool skipped = false;
    return skipped;
}

#define KIOSK_SKIP(reason)                                                                         \
    do {                                                                                           \
        kioskSkipped() = true;                                                                     \
        QSKIP(reason);                                                                             \
    } while (false)

/** QTEST_MAIN with @p App (QGuiApplication, QCoreApplication), exiting 77 when anything skipped. */
#define KIOSK_TEST_MAIN(App, TestObject)                                                           \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        App app(argc, argv);                                                                       \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        const int failed = QTest::qExec(&test, argc, argv);                                        \
        return failed == 0 && kioskSkipped() ? 77 : failed;                                        \
    }
