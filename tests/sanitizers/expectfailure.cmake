# Runs PROBE and passes only when it fails with a UBSan report: under the asan test preset's
# UBSAN_OPTIONS (halt_on_error=1) undefined behaviour must stop a test, not leave it green.
execute_process(COMMAND ${PROBE} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(code EQUAL 0)
    message(FATAL_ERROR "the probe's undefined behaviour left it exiting 0: UBSan only printed\n${err}")
endif()
if(NOT err MATCHES "runtime error: signed integer overflow")
    message(FATAL_ERROR "the probe failed, but not with UBSan's report (exit ${code}):\n${err}")
endif()
message(STATUS "UBSan stopped the probe (exit ${code})")
