# systemd-analyze verify on a unit file; any complaint fails, because systemd-analyze exits 0 on
# unknown keys and values it ignores (a typo there silently turns a setting off):
#   cmake -DUNIT=<file.service> -P tests/unitverify.cmake
cmake_minimum_required(VERSION 3.25)
find_program(SYSTEMD_ANALYZE systemd-analyze REQUIRED)
execute_process(COMMAND "${SYSTEMD_ANALYZE}" verify --man=no "${UNIT}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "systemd-analyze verify ${UNIT} (exit ${rc}):\n${out}")
endif()
message(STATUS "systemd-analyze verify ${UNIT}: no complaint")
