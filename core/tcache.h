/* tcache.h: a small direct-mapped cache from a word as written (its bytes and
 * a tag the caller chooses) to an integer the caller computed for it, such
 * as the id of its term in a dictionary. Frequent words (a few thousand make
 * most of a text) then skip folding, hashing and the dictionary's own lookup.
 *
 *   lt_TCache c = {0};
 *   lt_TCSlot *s = lt_tc_slot(&c, text + a, b - a, len - a, tag);   // NULL: not cacheable
 *   if (s && lt_tc_hit(&c, s)) v = s->val;
 *   else { v = ...; if (s) lt_tc_put(&c, s, v); }
 *   lt_tc_clear(&c);      // when what the words map to may have changed
 *   lt_tc_free(&c);
 *
 * A word is read as (at most) three 8-byte words, never past its end but
 * when the caller says more bytes are readable (avail): first, last and
 * middle eight bytes; words longer than LT_TC_KEY bytes are not cached. */
#ifndef LT_TCACHE_H
#define LT_TCACHE_H
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define LT_TC_KEY 24
#define LT_TC_BITS 13              /* 8192 slots of 32 bytes: 256 KiB */

typedef struct lt_TCSlot { uint64_t k[3]; int32_t val; uint32_t ntag; } lt_TCSlot;
typedef struct lt_TCache {
  lt_TCSlot *slots;
  uint64_t k[3];                   /* the key of the last lt_tc_slot */
  uint32_t ntag;
} lt_TCache;

static inline uint64_t lt_tc_load8(const char *p) {
  uint64_t x;
  memcpy(&x, p, 8);
  return x;
}

/* The slot of w[0..n) with tag (< 256), avail >= n bytes readable at w; NULL
 * when it is not cached (too long, or no memory). */
static inline lt_TCSlot *lt_tc_slot(lt_TCache *c, const char *w, size_t n, size_t avail,
                                    unsigned tag) {
  if (n == 0 || n > LT_TC_KEY) return NULL;
  if (!c->slots && !(c->slots = calloc((size_t)1 << LT_TC_BITS, sizeof *c->slots))) return NULL;
  uint64_t k0, k1 = 0, k2 = 0;
  if (n >= 8) {
    k0 = lt_tc_load8(w);
    k1 = lt_tc_load8(w + n - 8);
    if (n > 16) k2 = lt_tc_load8(w + 8);
  } else {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (avail >= 8) k0 = lt_tc_load8(w) & (((uint64_t)1 << (8 * n)) - 1);
    else
#endif
    { char b[8] = {0}; memcpy(b, w, n); k0 = lt_tc_load8(b); }
  }
  c->k[0] = k0; c->k[1] = k1; c->k[2] = k2;
  c->ntag = (uint32_t)n | tag << 8;
  uint64_t h = (k0 * 0x9E3779B97F4A7C15ull) ^ ((k1 ^ k2) * 0xC2B2AE3D27D4EB4Full) ^
               (c->ntag * 0x165667B19E3779F9ull);
  return &c->slots[(h ^ h >> 29) >> (64 - LT_TC_BITS)];
}

/* Does the slot hold the word of the last lt_tc_slot? */
static inline int lt_tc_hit(const lt_TCache *c, const lt_TCSlot *s) {
  return s->ntag == c->ntag && s->k[0] == c->k[0] && s->k[1] == c->k[1] && s->k[2] == c->k[2];
}

/* Store val in the slot for the word of the last lt_tc_slot. */
static inline void lt_tc_put(const lt_TCache *c, lt_TCSlot *s, int32_t val) {
  s->k[0] = c->k[0]; s->k[1] = c->k[1]; s->k[2] = c->k[2];
  s->ntag = c->ntag;
  s->val = val;
}

static inline void lt_tc_clear(lt_TCache *c) {
  if (c->slots) memset(c->slots, 0, sizeof *c->slots << LT_TC_BITS);
}

static inline void lt_tc_free(lt_TCache *c) {
  free(c->slots);
  c->slots = NULL;
}

#endif
