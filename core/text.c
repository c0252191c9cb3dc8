/* text.c: UTF-8 checking and repair, Windows-1252 transcoding, folding. */
#include <stdlib.h>
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

/* Folds of U+00C0-U+00FF (the Latin-1 letters of French and most Western
 * languages), computed once through utf8proc itself so that the fast path
 * below gives exactly what the general path gives. [level][cp - 0xC0] */
static char latin1_fold[3][64][4];
static unsigned char latin1_len[3][64];
static int latin1_ready;

static int fold_general(const char *s, size_t len, int level, lt_Buf *b);

static void latin1_init(void) {
  lt_Buf tmp = {0};
  for (int level = 0; level < 3; level++)
    for (int k = 0; k < 64; k++) {
      unsigned char in[2] = { 0xC3, (unsigned char)(0x80 + k) };
      if (fold_general((const char *)in, 2, level, &tmp) == LT_OK && tmp.n <= 4) {
        memcpy(latin1_fold[level][k], tmp.p, tmp.n);
        latin1_len[level][k] = (unsigned char)tmp.n;
      }
    }
  lt_buf_free(&tmp);
  latin1_ready = 1;
}

int lt_text_fold(const char *s, size_t len, int level, lt_Buf *b) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i;
  b->n = 0;
  if (!latin1_ready) latin1_init();       /* idempotent: a benign race */
  /* ASCII and Latin-1 letters only (no combining mark may follow): a table
   * lookup per letter; anything else goes through utf8proc */
  if (lt_buf_reserve(b, len * 2 + 1)) return LT_ENOMEM;
  size_t n = 0;
  int lowcase = level >= LT_FOLD_CASE;
  for (i = 0; i < len; i++) {
    unsigned char c = u[i];
    if (c < 0x80) {
      b->p[n++] = (char)((lowcase && c >= 'A' && c <= 'Z') ? c + 32 : c);
    } else if (c == 0xC3 && i + 1 < len && u[i + 1] >= 0x80 && u[i + 1] <= 0xBF &&
               (i + 2 >= len || u[i + 2] < 0xCC || u[i + 2] > 0xCF)) {   /* no U+0300.. next */
      int k = u[++i] - 0x80;
      if (!latin1_len[level][k]) break;
      memcpy(b->p + n, latin1_fold[level][k], latin1_len[level][k]);
      n += latin1_len[level][k];
    } else break;
  }
  if (i == len) { b->n = n; b->p[n] = 0; return LT_OK; }
  return fold_general(s, len, level, b);
}

/* Fold through utf8proc: NFC, case folding, marks stripped, lumping. */
static int fold_general(const char *s, size_t len, int level, lt_Buf *b) {
  const unsigned char *u = (const unsigned char *)s;
  b->n = 0;
  utf8proc_option_t opt = UTF8PROC_LUMP;
  if (level >= LT_FOLD_CASE) opt |= UTF8PROC_CASEFOLD;
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
