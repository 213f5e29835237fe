# Install layout and the Debian package (CPack). Included from the top-level CMakeLists.txt.
#
#   cmake --install BUILD --prefix /opt/threatbench   any prefix: nothing below is absolute
#   cd BUILD && cpack -G DEB                           threatbench_VERSION_ARCH.deb
#
# The executables carry the template library as resources; the installed copy under
# share/threatbench/templates is for reading and for the example projects.

include(GNUInstallDirs)

set(_linux ${PROJECT_SOURCE_DIR}/resources/linux)
set(THREATBENCH_APP_ID io.github.threatbench.Threatbench)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/templates/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/threatbench/templates)
install(FILES ${_linux}/${THREATBENCH_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_linux}/${THREATBENCH_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${_linux}/threatbench-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${THREATBENCH_APP_ID}.xml)
install(FILES ${_linux}/${THREATBENCH_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Man pages and the changelog go in compressed the way Debian policy wants (gzip -9n: no name,
# no time stamp, so the package is reproducible).
find_program(THREATBENCH_GZIP gzip)
set(_docdir ${CMAKE_INSTALL_DATADIR}/doc/threatbench)
foreach(_page threatbench-cli.1 threatbench.1 changelog)
    set(_in ${CMAKE_CURRENT_LIST_DIR}/${_page})
    if(THREATBENCH_GZIP)
        set(_out ${CMAKE_BINARY_DIR}/packaging/${_page}.gz)
        add_custom_command(OUTPUT ${_out}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
            COMMAND ${THREATBENCH_GZIP} -9nc ${_in} > ${_out}
            DEPENDS ${_in} VERBATIM)
        list(APPEND _compressed ${_out})
    else()
        set(_out ${_in})
    endif()
    if(_page STREQUAL "changelog")
        install(FILES ${_out} DESTINATION ${_docdir})
    else()
        install(FILES ${_out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endforeach()
if(_compressed)
    add_custom_target(threatbench_manpages ALL DEPENDS ${_compressed})
endif()
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${_docdir})

set(CPACK_PACKAGE_NAME threatbench)
set(CPACK_PACKAGE_VENDOR "The Threatbench authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "threat modeling and CRA risk workbench")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/threatbench/threatbench")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Threatbench maintainers <maintainers@threatbench.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Qt offscreen/xcb platform plugins are loaded at run time, so shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# One string (separate arguments would be joined with ";"); CPack puts the summary above it.
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Threatbench draws the data flow diagram of a connected product, derives\n"
    "STRIDE threats from templates, rates and treats the risks (ISO/IEC 27005,\n"
    "EBIOS Risk Manager) and traces every threat to Annex I of the EU Cyber\n"
    "Resilience Act. It imports CycloneDX SBOMs and writes VEX documents.\n"
    "\n"
    "threatbench-cli runs the same model headless, for CI pipelines.")
include(CPack)
