// libxml2 built with ICU pulls <unicode/ucnv.h> into every client, clashing with Foundation's
// own ICU module ("UErrorCode has different definitions"). Arvio never uses libxml2's ICU
// API, so the headers are read as if ICU were off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

// Some libxml2 errors bypass every structured handler and go through its generic error
// function, which prints to stderr ("xmlParseChunk: encoder error" for a part whose bytes do not
// fit its declared encoding). Arvio's contract is one line on stderr per refusal, so a parse
// swaps in a function that drops them (the structured handler has the error already) and puts
// the previous one back afterwards. The function is variadic, which Swift cannot write, hence C.
// libxml2 keeps the generic error function per thread, like the structured one.
static void arvio_discard_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

typedef struct {
    void *handler;
    void *context;
} arvio_generic_error_state;

static inline arvio_generic_error_state arvio_silence_generic_errors(void) {
    arvio_generic_error_state previous = { (void *)*__xmlGenericError(), *__xmlGenericErrorContext() };
    xmlSetGenericErrorFunc(NULL, arvio_discard_generic_error);
    return previous;
}

static inline void arvio_restore_generic_errors(arvio_generic_error_state previous) {
    xmlSetGenericErrorFunc(previous.context, (xmlGenericErrorFunc)previous.handler);
}
