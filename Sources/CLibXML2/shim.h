#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its ICU headers clash with Foundation's own ICU module. Nothing
// here uses the ICU converter fields, so the ICU part of the headers is switched off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/// Frees memory that libxml2 allocated (`xmlFree` is a global function pointer Swift 6 rejects).
static inline void briefing_xml_free(void *pointer) { xmlFree(pointer); }

/// The options for reading real-world HTML: recover from errors, stay quiet, never use the network.
static inline int briefing_html_options(void) {
  return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
}

/// The options for reading broken XML: recover, stay quiet, never use the network or expand
/// external entities.
static inline int briefing_xml_recover_options(void) {
  return XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET
    | XML_PARSE_NOCDATA | XML_PARSE_HUGE;
}

#endif
