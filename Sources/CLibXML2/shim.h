#ifndef FACTDRILL_CLIBXML2_SHIM_H
#define FACTDRILL_CLIBXML2_SHIM_H

/* libxml2's HTML parser. The include path (/usr/include/libxml2) comes from pkg-config's
   libxml-2.0, whose flags SwiftPM accepts without a warning.
   Debian builds libxml2 with ICU, and encoding.h then includes the system's ICU headers,
   which clash with the copy inside Foundation ("'UErrorCode' has different definitions").
   Nothing here uses libxml2's ICU converter, so its declarations are left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

/* Errors are reported through a global handler; silence it once for the process so a
   broken page never writes to stderr (the library must not print). */
static void factdrill_xml_ignore_error(void *_Nullable context, const char *_Nonnull message, ...) {
    (void)context; (void)message;
}
static inline void factdrill_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, factdrill_xml_ignore_error);
}

#endif
