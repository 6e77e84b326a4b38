# Writes one gzipped man page from a program's --help and --version output with help2man:
#   cmake -DHELP2MAN=... -DBIN_DIR=... -DPAGE=negvae-train -DPROGRAM=negvae -DHELP_OPTION="train --help"
#         -DDESCRIPTION="..." -DINCLUDE=see-also.h2m -DOUTPUT=negvae-train.1.gz -P manpage.cmake
# The program runs from BIN_DIR through PATH so that its usage line names it, not the build path.
# help2man titles every page after the program; a subcommand's page is renamed to PAGE here.
set(ENV{PATH} "${BIN_DIR}:$ENV{PATH}")
set(ENV{QT_QPA_PLATFORM} offscreen) # the GUI parses --help only after starting its QApplication
set(ENV{LC_ALL} C.UTF-8) # the help texts in English, whatever the build machine's locale
set(ENV{LANGUAGE} "")
get_filename_component(out_dir "${OUTPUT}" DIRECTORY)
set(troff "${out_dir}/${PAGE}.1")
execute_process(
  COMMAND "${HELP2MAN}" --no-info "--help-option=${HELP_OPTION}" --version-option=--version
          "--name=${DESCRIPTION}" "--include=${INCLUDE}" --output=${troff} ${PROGRAM}
  RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "help2man could not write the man page ${PAGE}(1): ${errors}")
endif()
file(READ "${troff}" text)
string(TOUPPER "${PAGE}" title)
string(REPLACE "-" "\\\\-" page_name "${PAGE}") # doubled: it goes into a regex replacement
string(REGEX REPLACE "\n\\.TH [^ ]+ " "\n.TH ${title} " text "${text}")
string(REGEX REPLACE "\n\\.SH NAME\n[^\n]* \\\\- " "\n.SH NAME\n${page_name} \\\\- " text "${text}")
file(WRITE "${troff}" "${text}")
file(ARCHIVE_CREATE OUTPUT "${OUTPUT}" PATHS "${troff}" FORMAT raw COMPRESSION GZip)
