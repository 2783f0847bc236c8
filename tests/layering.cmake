# Checks the core's dependency direction from its #include lines (and the UI's from its imports):
#   cmake -DSOURCE_DIR=<checkout> -P tests/layering.cmake
# A folder of app/core may include headers of its own folder and of the folders below it only:
#   base  <-  content  <-  feed, rooms, takeaway, fleet (siblings, never each other)  <-  kiosk  <-  models
#   base  <-  speech  <-  kiosk
#   base  <-  reach  <-  kiosk
# Because that order has no loop, no include circle can span two folders. The executables may
# use what they link: lactation-pack the content, feed, fleet and reach libraries only. In qml/, controls/ and
# style/ never use Lactation.Core. Every breach is named FILE:LINE, and the check fails.
cmake_minimum_required(VERSION 3.25)

set(allowed_base base)
set(allowed_content content base)
set(allowed_feed feed content base)
set(allowed_rooms rooms content base)
set(allowed_takeaway takeaway content base)
set(allowed_fleet fleet content base)
set(allowed_speech speech base)
set(allowed_reach reach base)
set(allowed_kiosk kiosk speech reach feed rooms takeaway fleet content base)
set(allowed_models models kiosk speech reach feed rooms takeaway fleet content base)
set(allowed_pack content feed fleet reach base) # app/pack
set(allowed_app models kiosk speech reach feed rooms takeaway fleet content base) # app/kiosk
set(core "${SOURCE_DIR}/app/core")

# Which folder owns each header of the core.
file(GLOB_RECURSE headers RELATIVE "${core}" "${core}/*.h")
foreach(header IN LISTS headers)
    get_filename_component(folder "${header}" DIRECTORY)
    get_filename_component(name "${header}" NAME)
    if(DEFINED owner_${name})
        list(APPEND breaches "app/core/${header}: a header of this name is also in ${owner_${name}}/")
    endif()
    set(owner_${name} "${folder}")
endforeach()

function(check_file file layer)
    file(STRINGS "${file}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        # One MATCHES per if(): a second one in the same if() would clear CMAKE_MATCH_1.
        set(included "")
        if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\"")
            set(included "${CMAKE_MATCH_1}")
        elseif(line MATCHES "Q_MOC_INCLUDE\\(\"([^\"]+)\"\\)")
            set(included "${CMAKE_MATCH_1}")
        endif()
        if(included)
            get_filename_component(name "${included}" NAME)
            set(target "${owner_${name}}")
            if(target AND NOT target IN_LIST allowed_${layer})
                file(RELATIVE_PATH where "${SOURCE_DIR}" "${file}")
                list(APPEND breaches "${where}:${number}: ${layer} may not include ${name} (${target}/)")
            endif()
        endif()
    endforeach()
    set(breaches "${breaches}" PARENT_SCOPE)
endfunction()

file(GLOB folders RELATIVE "${core}" "${core}/*")
foreach(folder IN LISTS folders)
    if(NOT IS_DIRECTORY "${core}/${folder}")
        continue()
    endif()
    if(NOT DEFINED allowed_${folder})
        list(APPEND breaches "app/core/${folder}/: a folder the layer order does not name")
        continue()
    endif()
    file(GLOB_RECURSE sources "${core}/${folder}/*.h" "${core}/${folder}/*.cpp")
    foreach(source IN LISTS sources)
        check_file("${source}" ${folder})
    endforeach()
endforeach()
foreach(pair "pack;pack" "kiosk;app")
    list(GET pair 0 dir)
    list(GET pair 1 layer)
    file(GLOB_RECURSE sources "${SOURCE_DIR}/app/${dir}/*.cpp" "${SOURCE_DIR}/app/${dir}/*.h")
    foreach(source IN LISTS sources)
        check_file("${source}" ${layer})
    endforeach()
endforeach()

# The UI: controls and style know nothing of Lactation.Core.
file(GLOB qml_files "${SOURCE_DIR}/qml/controls/*.qml" "${SOURCE_DIR}/qml/style/*.qml")
foreach(qml IN LISTS qml_files)
    file(STRINGS "${qml}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "^import Lactation\\.Core"
           OR line MATCHES "(ContentStore|RoomStatus|KioskSession|StaffConsole|KioskClock)\\.")
            file(RELATIVE_PATH where "${SOURCE_DIR}" "${qml}")
            list(APPEND breaches "${where}:${number}: controls and style may not use Lactation.Core")
        endif()
    endforeach()
endforeach()

list(LENGTH headers header_count)
if(breaches)
    list(JOIN breaches "\n" text)
    message(FATAL_ERROR "the layer order is broken:\n${text}")
endif()
message("layers kept: ${header_count} headers in app/core, every include goes down or stays")
