// libxml2 built with ICU pulls <unicode/ucnv.h> into every client, clashing with Foundation's
// own ICU module ("UErrorCode has different definitions"). Arvio never uses libxml2's ICU
// API, so the headers are read as if ICU were off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
