# What `cmake --install` puts where, and the .deb (CPack). scripts/package.sh drives it with the
# "package" preset (portable binary) and also makes the tarball and the VS Code extension.
include(GNUInstallDirs)

# The man page and the bash completion come from the program's own parser (server/cli/
# help_export.cpp), generated at build time so that they always match the binary.
set(READOUT_GENERATED_DOCS ${PROJECT_BINARY_DIR}/generated-docs)
add_custom_command(
  OUTPUT ${READOUT_GENERATED_DOCS}/readout.1.gz ${READOUT_GENERATED_DOCS}/readout.bash
  COMMAND ${CMAKE_COMMAND} -E make_directory ${READOUT_GENERATED_DOCS}
  COMMAND sh -c "$<TARGET_FILE:readout> manpage | gzip -9n > ${READOUT_GENERATED_DOCS}/readout.1.gz"
  COMMAND sh -c "$<TARGET_FILE:readout> completion bash > ${READOUT_GENERATED_DOCS}/readout.bash"
  DEPENDS readout
  COMMENT "Writing readout(1) and the bash completion from the program's help" VERBATIM)
add_custom_target(readout_generated_docs ALL
                  DEPENDS ${READOUT_GENERATED_DOCS}/readout.1.gz ${READOUT_GENERATED_DOCS}/readout.bash)

install(TARGETS readout RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${READOUT_GENERATED_DOCS}/readout.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${READOUT_GENERATED_DOCS}/readout.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME readout)
set(READOUT_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/readout)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/packaging/copyright ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${READOUT_DOC_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/data/README.md DESTINATION ${READOUT_DOC_DIR} RENAME DATA.md)
# A native package's changelog, compressed as Debian's policy asks.
add_custom_command(
  OUTPUT ${READOUT_GENERATED_DOCS}/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${READOUT_GENERATED_DOCS}
  COMMAND sh -c "gzip -9n < ${PROJECT_SOURCE_DIR}/cmake/packaging/changelog > ${READOUT_GENERATED_DOCS}/changelog.gz"
  DEPENDS ${PROJECT_SOURCE_DIR}/cmake/packaging/changelog VERBATIM)
add_custom_target(readout_changelog ALL DEPENDS ${READOUT_GENERATED_DOCS}/changelog.gz)
install(FILES ${READOUT_GENERATED_DOCS}/changelog.gz DESTINATION ${READOUT_DOC_DIR})
# The copyright files of what the portable binary carries, as this build machine's Debian has them.
foreach(package libicu72 libtree-sitter0 libssl3 libpugixml1v5 libstdc++6 libboost1.74-dev
        libcli11-dev nlohmann-json3-dev)
  if(EXISTS /usr/share/doc/${package}/copyright)
    install(FILES /usr/share/doc/${package}/copyright
            DESTINATION ${READOUT_DOC_DIR}/third-party RENAME ${package}.copyright)
  endif()
endforeach()

set(CPACK_PACKAGE_NAME readout)
set(CPACK_PACKAGE_VENDOR "The Readout authors")
set(CPACK_PACKAGE_CONTACT "The Readout authors <readout@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "linter and language server for diplomatic meeting reports")
set(CPACK_PACKAGE_DESCRIPTION  # lines under 80 characters, as Debian's policy asks
    "Readout checks structured diplomatic meeting reports (.readout files)\n"
    "against a registry of officials built from public data: misspelt names,\n"
    "wrong titles, titles not held on the meeting date, wrong countries,\n"
    "commitments by people who did not attend. It runs as a linter (text,\n"
    "JSON, SARIF, GitHub annotations) and as an LSP language server.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # libc6 (>= the glibc the binary needs), found by dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
