/* tcache.h: small caches keyed by a word as written (its bytes and a tag
 * the caller chooses), for what a caller computes from a word: its folded or
 * stemmed term (analyze.c: one slot a key, lt_TCKey of up to LT_TC_KEY bytes),
 * the id of its term in a dictionary or its slot in a counter's map
 * (lt_TCache below: sets of two slots, keys of up to LT_TC_SHORT bytes).
 * Frequent words (a few thousand make most of a text) then skip folding,
 * hashing and the dictionary's own lookup.
 *
 *   lt_TCKey k;                                   // analyze.c's term cache
 *   if (lt_tc_key(&k, word, n, tag)) { slot = &slots[lt_tc_index(&k, bits)];
 *     if (lt_tc_same(&slot->key, &k)) ...hit...; else { ...; slot->key = k; } }
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

/* {====== word -> int32
 *
 *   lt_TCache c = {0};
 *   int hit = 0;
 *   lt_TCSlot *s = lt_tc_key_short(&k, word, n, tag, end) ? lt_tc_get(&c, &k, &hit) : NULL;   // NULL: not cached
 *   if (hit) v = s->val;
 *   else { v = ...; if (s) { ...s->val, s->n: the word it held...; lt_tc_put(s, &k); s->val = v; } }
 *   lt_tc_clear(&c);      // when what the words map to may have changed
 *   lt_tc_free(&c);
 *
 * Sets of two 32-byte slots, one cache line each, the word used last in
 * front: a word meets another of its set without evicting it (a third one
 * evicts the older), which misses a third fewer than one slot per set of the
 * same memory on news text (FreSaDa: 211 000 misses in 5.1 million words,
 * 311 000 direct-mapped). Words of at most LT_TC_SHORT bytes only (98.5 % of
 * French news words; longer: not cached). */

#define LT_TC_BITS 15              /* 32768 slots of 32 bytes: 1 MiB */
#define LT_TC_SHORT 16

/* val: what the word maps to; n: free for the caller (a counter keeps there
 * the occurrences not yet added to its map) */
typedef struct lt_TCSlot { uint64_t k[2]; uint32_t ntag; int32_t val; uint32_t n, spare; } lt_TCSlot;
typedef struct lt_TCache { lt_TCSlot *slots; void *mem; } lt_TCache;

/* The key of a word of at most LT_TC_SHORT bytes, w[0..n) in a text ending
 * at end, for lt_tc_get: its bytes as two 8-byte words, zero past n (loaded
 * whole and masked when 16 bytes can be read: no branch on its length). 0 when
 * not cached (empty or too long). */
static inline int lt_tc_key_short(lt_TCKey *key, const char *w, size_t n, unsigned tag, const char *end) {
  if (n == 0 || n > LT_TC_SHORT) return 0;
  if (end - w >= 16) {
    static const uint64_t mask[LT_TC_SHORT + 1][2] = {   /* the bytes of n: little-endian */
#define LT_TC_M(n) ((uint64_t)1 << (8 * (n))) - 1
      { 0, 0 }, { LT_TC_M(1), 0 }, { LT_TC_M(2), 0 }, { LT_TC_M(3), 0 }, { LT_TC_M(4), 0 },
      { LT_TC_M(5), 0 }, { LT_TC_M(6), 0 }, { LT_TC_M(7), 0 }, { ~(uint64_t)0, 0 },
      { ~(uint64_t)0, LT_TC_M(1) }, { ~(uint64_t)0, LT_TC_M(2) }, { ~(uint64_t)0, LT_TC_M(3) },
      { ~(uint64_t)0, LT_TC_M(4) }, { ~(uint64_t)0, LT_TC_M(5) }, { ~(uint64_t)0, LT_TC_M(6) },
      { ~(uint64_t)0, LT_TC_M(7) }, { ~(uint64_t)0, ~(uint64_t)0 },
#undef LT_TC_M
    };
    key->k[0] = lt_tc_load8(w) & mask[n][0];
    key->k[1] = lt_tc_load8(w + 8) & mask[n][1];
  } else {
    char b[16] = { 0 };
    memcpy(b, w, n);
    key->k[0] = lt_tc_load8(b);
    key->k[1] = lt_tc_load8(b + 8);
  }
  key->k[2] = 0;
  key->ntag = (uint32_t)n | tag << 8;
  return 1;
}

static inline int lt_tc_holds(const lt_TCSlot *s, const lt_TCKey *key) {
  return ((s->ntag ^ key->ntag) | (s->k[0] ^ key->k[0]) | (s->k[1] ^ key->k[1])) == 0;   /* one branch */
}

/* The front slot of key's set (made on first use), *hit when it holds key:
 * a hit in the second slot swaps the two; a miss brings the older one to the
 * front, to be taken by the caller (lt_tc_put). NULL when out of memory or
 * the key is too long. An empty slot's key has ntag 0, which no word's has. */
static inline lt_TCSlot *lt_tc_get(lt_TCache *c, const lt_TCKey *key, int *hit) {
  if ((key->ntag & 0xFF) > LT_TC_SHORT) return NULL;
  if (!c->slots) {
    if (!(c->mem = calloc(((size_t)1 << LT_TC_BITS) + 2, sizeof *c->slots))) return NULL;
    c->slots = (lt_TCSlot *)(((uintptr_t)c->mem + 63) & ~(uintptr_t)63);   /* a set in one line */
  }
  lt_TCSlot *s = &c->slots[lt_tc_index(key, LT_TC_BITS - 1) * 2];
  if (lt_tc_holds(&s[0], key)) { *hit = 1; return s; }
  lt_TCSlot t = s[1];
  s[1] = s[0];
  s[0] = t;
  *hit = lt_tc_holds(&s[0], key);
  return s;
}

static inline void lt_tc_put(lt_TCSlot *s, const lt_TCKey *key) {
  s->k[0] = key->k[0];
  s->k[1] = key->k[1];
  s->ntag = key->ntag;
}

static inline void lt_tc_clear(lt_TCache *c) {
  if (c->slots) memset(c->slots, 0, sizeof *c->slots << LT_TC_BITS);
}

static inline void lt_tc_free(lt_TCache *c) {
  free(c->mem);
  c->slots = NULL;
  c->mem = NULL;
}

/* }====== */

#endif
