#ifndef THIDUA_CZLIB_SHIM_H
#define THIDUA_CZLIB_SHIM_H
#include <zlib.h>

/* deflateInit2 and inflateInit2 are macros (they pass the header's version and
 * the struct size), which Swift cannot call. Raw streams (window bits -15): a
 * zip entry holds bare deflate data, its CRC-32 and sizes live in the headers. */
static inline int thidua_deflate_init_raw(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}

static inline int thidua_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -15);
}
#endif
