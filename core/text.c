/* text.c: UTF-8 checking and repair, Windows-1252 transcoding, folding. */
#define _DEFAULT_SOURCE   /* madvise, posix_memalign */
#include <stdlib.h>
#include <sys/mman.h>
#include <string.h>
#include <stdint.h>
#include <utf8proc.h>
#include "text.h"
#include "utf8.h"

int lt_buf_reserve(lt_Buf *b, size_t need) {
  if (need <= b->cap) return LT_OK;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need) cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) return LT_ENOMEM;
  b->p = p;
  b->cap = cap;
  return LT_OK;
}

void *lt_zalloc(size_t n) {
#ifdef MADV_HUGEPAGE
  void *p = NULL;
  if (n >= ((size_t)2 << 20)) {
    if (posix_memalign(&p, (size_t)2 << 20, n)) return NULL;
    madvise(p, n, MADV_HUGEPAGE);
    return memset(p, 0, n);
  }
#endif
  return calloc(1, n);
}

void *lt_grow_to(void *p, size_t *cap, size_t need, size_t elem, size_t first) {
  size_t n = *cap ? *cap : first;
  while (n < need) n *= 2;
  void *q = realloc(p, n * elem);
  if (q) *cap = n;
  return q;
}

void lt_buf_free(lt_Buf *b) {
  if (!b) return;
  free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
}

size_t lt_text_utf8_errors(const char *s, size_t len, size_t *first) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, nbad = 0;
  *first = len;
  while (i < len) {
    if (u[i] < 0x80) { i++; continue; }
    uint32_t cp;
    int n = lt_utf8_decode(u + i, len - i, &cp);
    if (cp == LT_REPLACEMENT && n == 1) {
      if (!nbad) *first = i;
      nbad++;
    }
    i += (size_t)n;
  }
  return nbad;
}

size_t lt_text_utf8_repair(const char *s, size_t len, char *out) {
  const unsigned char *u = (const unsigned char *)s;
  unsigned char *o = (unsigned char *)out;
  size_t i = 0, k = 0;
  while (i < len) {
    uint32_t cp;
    int n = lt_utf8_decode(u + i, len - i, &cp);
    if (cp == LT_REPLACEMENT && n == 1) k += (size_t)lt_utf8_encode(LT_REPLACEMENT, o + k);
    else { memcpy(o + k, u + i, (size_t)n); k += (size_t)n; }
    i += (size_t)n;
  }
  return k;
}

/* Windows-1252 0x80-0x9F; 0 marks the five undefined bytes (kept as C1). */
static const uint16_t CP1252[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

size_t lt_text_from_cp1252(const char *s, size_t len, char *out) {
  const unsigned char *u = (const unsigned char *)s;
  unsigned char *o = (unsigned char *)out;
  size_t k = 0;
  for (size_t i = 0; i < len; i++) {
    uint32_t cp = u[i];
    if (cp >= 0x80 && cp < 0xA0 && CP1252[cp - 0x80]) cp = CP1252[cp - 0x80];
    k += (size_t)lt_utf8_encode(cp, o + k);
  }
  return k;
}

/* Folds of the code points most text is made of beyond ASCII, computed once
 * through utf8proc itself so that the fast path below gives exactly what the
 * general path gives: U+0080-U+00FF (Latin-1 letters, NBSP, guillemets) and
 * U+2000-U+203F (typographic spaces, quotes, dashes). None of them combines
 * with its neighbours; a text with anything else (a combining mark too) goes
 * to utf8proc whole.
 * [level][lead][cp & 63]: lead 0 for C2, 1 for C3, 2 for E2 80 */
#define FAST_MAX 6
static char fast_fold[3][3][64][FAST_MAX];
static signed char fast_len[3][3][64];   /* -1: not in the table (folds longer) */
static int fast_ready;

static int fold_general(const char *s, size_t len, int level, lt_Buf *b);

static void fast_init(void) {
  lt_Buf tmp = {0};
  for (int level = 0; level < 3; level++)
    for (int lead = 0; lead < 3; lead++)
      for (int k = 0; k < 64; k++) {
        unsigned char in[3] = { 0xC2, (unsigned char)(0x80 + k), 0 };
        size_t n = 2;
        if (lead == 1) in[0] = 0xC3;
        if (lead == 2) { in[0] = 0xE2; in[1] = 0x80; in[2] = (unsigned char)(0x80 + k); n = 3; }
        fast_len[level][lead][k] = -1;
        if (fold_general((const char *)in, n, level, &tmp) == LT_OK && tmp.n <= FAST_MAX) {
          memcpy(fast_fold[level][lead][k], tmp.p, tmp.n);
          fast_len[level][lead][k] = (signed char)tmp.n;
        }
      }
  lt_buf_free(&tmp);
  fast_ready = 1;
}

int lt_text_fold(const char *s, size_t len, int level, lt_Buf *b) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i;
  b->n = 0;
  if (!fast_ready) fast_init();           /* idempotent: a benign race */
  /* ASCII and the table's code points: a table lookup each */
  if (lt_buf_reserve(b, len * 3 + 1)) return LT_ENOMEM;
  size_t n = 0;
  int lowcase = level >= LT_FOLD_CASE;
  for (i = 0; i < len; i++) {
    unsigned char c = u[i];
    if (c < 0x80) {
      b->p[n++] = (char)((lowcase && c >= 'A' && c <= 'Z') ? c + 32 : c);
      continue;
    }
    int lead, k;
    size_t next;
    if ((c == 0xC2 || c == 0xC3) && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
      lead = c - 0xC2; k = u[i + 1] & 63; next = i + 2;
    } else if (c == 0xE2 && i + 2 < len && u[i + 1] == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
      lead = 2; k = u[i + 2] & 63; next = i + 3;
    } else break;
    if (fast_len[level][lead][k] < 0) break;
    memcpy(b->p + n, fast_fold[level][lead][k], FAST_MAX);
    n += (size_t)fast_len[level][lead][k];
    i = next - 1;
  }
  if (i == len) { b->n = n; b->p[n] = 0; return LT_OK; }
  return fold_general(s, len, level, b);
}

/* Fold through utf8proc: NFC, case folding, marks stripped, lumping, default
 * ignorables dropped. */
static int fold_general(const char *s, size_t len, int level, lt_Buf *b) {
  const unsigned char *u = (const unsigned char *)s;
  b->n = 0;
  utf8proc_option_t opt = UTF8PROC_LUMP;
  /* folded terms lose the default ignorables a page hides in words (soft
   * hyphen, zero-width space and joiners, BOM): "inter\u00ADnational" is "international" */
  if (level >= LT_FOLD_CASE) opt |= UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;
  if (level >= LT_FOLD_ACCENTS) opt |= UTF8PROC_STRIPMARK;
  /* utf8proc decomposes (with canonical ordering) into an int32 buffer, then
   * composes and re-encodes in place. A code point may expand (ß -> ss). */
  size_t cap = len + 16;
  for (;;) {
    if (lt_buf_reserve(b, cap * sizeof(utf8proc_int32_t))) return LT_ENOMEM;
    utf8proc_int32_t *cps = (utf8proc_int32_t *)(void *)b->p;
    utf8proc_ssize_t n = utf8proc_decompose(u, (utf8proc_ssize_t)len, cps,
                                            (utf8proc_ssize_t)cap, opt | UTF8PROC_DECOMPOSE);
    if (n == UTF8PROC_ERROR_INVALIDUTF8) {
      /* ill-formed input: fold its repaired copy (rare path) */
      char *fixed = malloc(len * 3 + 1);
      if (!fixed) return LT_ENOMEM;
      size_t m = lt_text_utf8_repair(s, len, fixed);
      int rc = fold_general(fixed, m, level, b);
      free(fixed);
      return rc;
    }
    if (n < 0) return LT_EINVAL;
    if ((size_t)n > cap) { cap = (size_t)n; continue; }
    n = utf8proc_reencode(cps, n, opt | UTF8PROC_COMPOSE);
    if (n < 0) return LT_EINVAL;
    b->n = (size_t)n;
    return LT_OK;
  }
}
