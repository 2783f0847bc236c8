# Builds the Debian package and checks what it holds: the binaries, the built-in pack, the
# configuration (a conffile), the systemd unit and user, and the maintainer scripts.
#   cmake -DBUILD_DIR=<build> -P package.cmake
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target package
                RESULT_VARIABLE built OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT built EQUAL 0)
    message(FATAL_ERROR "the package did not build:\n${out}")
endif()
file(GLOB debs ${BUILD_DIR}/lactation-kiosk_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${BUILD_DIR}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
execute_process(COMMAND dpkg-deb --info ${debs} OUTPUT_VARIABLE info)
execute_process(COMMAND dpkg-deb --ctrl-tarfile ${debs} COMMAND tar -tf - OUTPUT_VARIABLE control)
foreach(expected
        "./usr/bin/lactation-kiosk"
        "./usr/bin/lactation-pack"
        "./usr/share/lactation-kiosk/content/default/pack.json"
        "./usr/share/lactation-kiosk/content/default/events.en.ics"
        "./etc/lactation-kiosk/kiosk.ini"
        "./lib/systemd/system/lactation-kiosk.service"
        "./usr/lib/sysusers.d/lactation-kiosk.conf"
        "./usr/share/doc/lactation-kiosk/README.md")
    string(FIND "${contents}" " ${expected}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${expected}:\n${contents}")
    endif()
endforeach()
foreach(expected "Depends:.*cage" "Depends:.*qml6-module-qtmultimedia" "Depends:.*libsodium"
        "Depends:.*libmosquitto" "Depends:.*libical" "Depends:.*qt6-speech-speechd-plugin"
        "Depends:.*speech-dispatcher-espeak-ng" "Depends:.*pulseaudio \\| pipewire-pulse"
        "Recommends:.*gstreamer1.0-libav")
    if(NOT info MATCHES "${expected}")
        message(FATAL_ERROR "the package's control lacks ${expected}:\n${info}")
    endif()
endforeach()
foreach(expected postinst prerm postrm conffiles)
    if(NOT control MATCHES "${expected}")
        message(FATAL_ERROR "the package lacks its ${expected}:\n${control}")
    endif()
endforeach()
message(STATUS "package ok: ${debs}")
