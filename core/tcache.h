/* tcache.h: small direct-mapped caches keyed by a word as written (its bytes
 * and a tag the caller chooses), for what a caller computes from a word: the
 * id of its term in a dictionary (lt_TCache here), its folded or stemmed term
 * (analyze.c). Frequent words (a few thousand make most of a text) then skip
 * folding, hashing and the dictionary's own lookup.
 *
 *   lt_TCKey k;
 *   lt_TCache c = {0};
 *   lt_TCSlot *s = lt_tc_key(&k, word, n, tag) ? lt_tc_slot(&c, &k) : NULL;   // NULL: not cached
 *   if (s && lt_tc_same(&s->key, &k)) v = s->val;
 *   else { v = ...; if (s) { s->key = k; s->val = v; } }
 *   lt_tc_clear(&c);      // when what the words map to may have changed
 *   lt_tc_free(&c);
 *
 * A key is a word of at most LT_TC_KEY bytes read as three 8-byte words
 * (first, last and middle eight bytes, overlapping when shorter; shorter
 * than 8: as 4-byte pieces or bytes), never past its end, with its length
 * and tag: two words have the same key when they are the same. */
#ifndef LT_TCACHE_H
#define LT_TCACHE_H
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define LT_TC_KEY 24

typedef struct lt_TCKey { uint64_t k[3]; uint32_t ntag; } lt_TCKey;

static inline uint64_t lt_tc_load8(const char *p) { uint64_t x; memcpy(&x, p, 8); return x; }
static inline uint64_t lt_tc_load4(const char *p) { uint32_t x; memcpy(&x, p, 4); return x; }

/* The key of w[0..n) with tag (< 256): 1, or 0 when the word is not cached
 * (empty or longer than LT_TC_KEY). */
static inline int lt_tc_key(lt_TCKey *key, const char *w, size_t n, unsigned tag) {
  if (n == 0 || n > LT_TC_KEY) return 0;
  const unsigned char *u = (const unsigned char *)w;
  if (n >= 8) {
    key->k[0] = lt_tc_load8(w);
    key->k[1] = lt_tc_load8(w + n - 8);
    key->k[2] = n > 16 ? lt_tc_load8(w + 8) : 0;
  } else {
    key->k[0] = n >= 4 ? lt_tc_load4(w) | lt_tc_load4(w + n - 4) << 32
                       : (uint64_t)u[0] | (uint64_t)u[n / 2] << 8 | (uint64_t)u[n - 1] << 16;
    key->k[1] = key->k[2] = 0;
  }
  key->ntag = (uint32_t)n | tag << 8;
  return 1;
}

/* Its slot among 2^bits: the key's hash, top bits */
static inline size_t lt_tc_index(const lt_TCKey *key, unsigned bits) {
  uint64_t h = (key->k[0] * 0x9E3779B97F4A7C15ull) ^ ((key->k[1] ^ key->k[2]) * 0xC2B2AE3D27D4EB4Full) ^
               (key->ntag * 0x165667B19E3779F9ull);
  return (size_t)((h ^ h >> 29) >> (64 - bits));
}

static inline int lt_tc_same(const lt_TCKey *a, const lt_TCKey *b) {
  return a->ntag == b->ntag && a->k[0] == b->k[0] && a->k[1] == b->k[1] && a->k[2] == b->k[2];
}

/* {====== word -> int32 */

#define LT_TC_BITS 15              /* 32768 slots of 40 bytes: 1.25 MiB */

/* val: what the word maps to; n: free for the caller (a counter keeps there
 * the occurrences not yet added to its map), in what would be padding */
typedef struct lt_TCSlot { lt_TCKey key; int32_t val; uint32_t n; } lt_TCSlot;
typedef struct lt_TCache { lt_TCSlot *slots; } lt_TCache;

/* The slot of key (made on first use); NULL when out of memory. An empty
 * slot's key has ntag 0, which no word's has. */
static inline lt_TCSlot *lt_tc_slot(lt_TCache *c, const lt_TCKey *key) {
  if (!c->slots && !(c->slots = calloc((size_t)1 << LT_TC_BITS, sizeof *c->slots))) return NULL;
  return &c->slots[lt_tc_index(key, LT_TC_BITS)];
}

static inline void lt_tc_clear(lt_TCache *c) {
  if (c->slots) memset(c->slots, 0, sizeof *c->slots << LT_TC_BITS);
}

static inline void lt_tc_free(lt_TCache *c) {
  free(c->slots);
  c->slots = NULL;
}

/* }====== */

#endif
