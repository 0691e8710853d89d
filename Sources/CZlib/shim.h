#ifndef FACTDRILL_CZLIB_SHIM_H
#define FACTDRILL_CZLIB_SHIM_H
/* Debian's zlib, for gzip-compressed saved pages (.html.gz). */
#include <zlib.h>

/* inflateInit2 is a macro Swift cannot call; 15 + 32 accepts gzip and zlib headers. */
static inline int factdrill_inflate_init(z_stream *_Nonnull stream) {
    return inflateInit2(stream, 15 + 32);
}
#endif
