/* utf8.h: inline UTF-8 decoding shared by the engine files.
 *
 * lt_utf8_decode never fails: an ill-formed sequence (bad lead byte,
 * truncated, overlong, surrogate, > U+10FFFF) decodes as U+FFFD with a
 * length of 1, so callers always advance and offsets stay inside the input. */
#ifndef LT_UTF8_H
#define LT_UTF8_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define LT_REPLACEMENT 0xFFFDu

/* Decode the code point at s[0..len). len must be > 0. Returns its length in
 * bytes (1..4) and stores the code point in *cp. */
static inline int lt_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp) {
  unsigned c = s[0];
  if (c < 0x80) { *cp = c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) {
    if (len >= 2 && (s[1] & 0xC0) == 0x80) {
      *cp = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
      return 2;
    }
  } else if (c >= 0xE0 && c <= 0xEF) {
    if (len >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
      uint32_t v = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
      if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) { *cp = v; return 3; }
    }
  } else if (c >= 0xF0 && c <= 0xF4) {
    if (len >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
      uint32_t v = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
      if (v >= 0x10000 && v <= 0x10FFFF) { *cp = v; return 4; }
    }
  }
  *cp = LT_REPLACEMENT;
  return 1;
}

/* Encode cp (must be valid) into out (4 bytes room). Returns the length. */
static inline int lt_utf8_encode(uint32_t cp, unsigned char *out) {
  if (cp < 0x80) { out[0] = (unsigned char)cp; return 1; }
  if (cp < 0x800) {
    out[0] = (unsigned char)(0xC0 | (cp >> 6)); out[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (unsigned char)(0xE0 | (cp >> 12)); out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (unsigned char)(0xF0 | (cp >> 18)); out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

#define LT_ANY_CASE 0x2020202020202020ull   /* lt_ascii_letters8: A-Z count too */
#define LT_LOWER_ONLY 0                      /* lt_ascii_letters8: a-z only */
/* How many of the 8 bytes at p (all readable) are ASCII letters, from the
 * first on: one word-wide test instead of a branch per byte (SWAR). With
 * LT_ANY_CASE, OR 0x20 maps A-Z to a-z and no other byte into a-z. */
static inline unsigned lt_ascii_letters8(const unsigned char *p, uint64_t anycase) {
  const uint64_t H = 0x8080808080808080ull, L7 = 0x7F7F7F7F7F7F7F7Full;
  uint64_t x;
  memcpy(&x, p, 8);
  uint64_t x7 = (x & L7) | anycase;          /* no carry between bytes below */
  uint64_t ok = ((x7 + 0x1F1F1F1F1F1F1F1Full) & ~(x7 + 0x0505050505050505ull) & ~x) & H;
  uint64_t bad = ~ok & H;                    /* high bit of each byte not a letter */
  if (!bad) return 8;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return (unsigned)__builtin_clzll(bad) / 8;
#else
  return (unsigned)__builtin_ctzll(bad) / 8;
#endif
}

#if defined(__SSE2__)
#include <emmintrin.h>
/* Which of the 16 bytes of v lie in [lo, lo + n), n <= 128: 0xFF each, else 0.
 * Moving the range to start at -128 makes it one signed compare. */
static inline __m128i lt_bytes_in(__m128i v, unsigned lo, int n) {
  return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo))), _mm_set1_epi8((char)(n - 128)));
}
#endif
#endif
