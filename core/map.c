/* map.c: string-keyed hash map with integer values. */
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>
#include "map.h"

/* the first 8 bytes of a key, zero-padded */
static inline void prefix(char pre[8], const char *key, size_t len) {
  memset(pre, 0, 8);
  memcpy(pre, key, len < 8 ? len : 8);
}

static size_t find(const lt_Map *m, uint64_t h, const char *key, size_t len) {
  size_t mask = m->cap - 1, i = (size_t)h & mask;
  char pre[8];
  prefix(pre, key, len);
  for (;;) {
    const lt_MapSlot *s = &m->slots[i];
    if (s->len == 0) return i;
    if (s->h == h && s->len == len && memcmp(s->pre, pre, 8) == 0 &&
        (len <= 8 || memcmp(m->arena.p + s->off + 8, key + 8, len - 8) == 0))
      return i;
    i = (i + 1) & mask;
  }
}

static int grow_to(lt_Map *m, size_t ncap, uint32_t *moved) {
  lt_MapSlot *ns = ncap > SIZE_MAX / sizeof *ns ? NULL : lt_zalloc(ncap * sizeof *ns);
  if (!ns) return LT_ENOMEM;
  for (size_t i = 0; i < m->cap; i++) {
    lt_MapSlot *s = &m->slots[i];
    if (moved) moved[i] = UINT32_MAX;
    if (!s->len) continue;
    size_t j = (size_t)s->h & (ncap - 1);
    while (ns[j].len) j = (j + 1) & (ncap - 1);
    ns[j] = *s;
    if (moved) moved[i] = (uint32_t)j;
  }
  free(m->slots);
  m->slots = ns;
  m->cap = ncap;
  return LT_OK;
}

/* double m (64 slots first); moved as for lt_map_grow, or NULL */
static int grow(lt_Map *m, uint32_t *moved) { return grow_to(m, m->cap ? m->cap * 2 : 64, m->cap ? moved : NULL); }

int lt_map_grow(lt_Map *m, uint32_t *moved) {
  if (m->cap * 2 > UINT32_MAX) return LT_ENOMEM;     /* (moved holds slots in 32 bits) */
  return grow(m, moved);
}

int lt_map_reserve(lt_Map *m, size_t n, size_t bytes) {
  size_t cap = m->cap ? m->cap : 64;
  while (n * 4 > cap * 3) cap *= 2;
  if (cap > m->cap && grow_to(m, cap, NULL)) return LT_ENOMEM;
  return lt_buf_reserve(&m->arena, m->arena.n + bytes) ? LT_ENOMEM : LT_OK;
}

int lt_map_add(lt_Map *m, const char *key, size_t len, int64_t delta) {
  size_t slot;
  return lt_map_add_at(m, key, len, delta, &slot);
}

int lt_map_add_at(lt_Map *m, const char *key, size_t len, int64_t delta, size_t *slot) {
  return lt_map_add_hashed(m, key, len, XXH3_64bits(key, len), delta, slot);
}

int lt_map_add_hashed(lt_Map *m, const char *key, size_t len, uint64_t h, int64_t delta, size_t *slot) {
  if (len == 0 || len > UINT32_MAX) return LT_EINVAL;
  if (lt_map_full(m) && grow(m, NULL)) return LT_ENOMEM;
  size_t i = find(m, h, key, len);
  lt_MapSlot *s = &m->slots[i];
  *slot = i;
  if (s->len) { s->val += delta; return LT_OK; }
  if (m->arena.n + len + 1 > UINT32_MAX || lt_buf_reserve(&m->arena, m->arena.n + len + 1))
    return LT_ENOMEM;
  memcpy(m->arena.p + m->arena.n, key, len);
  m->arena.p[m->arena.n + len] = 0;
  s->h = h;
  s->off = (uint32_t)m->arena.n;
  s->len = (uint32_t)len;
  prefix(s->pre, key, len);
  s->val = delta;
  m->arena.n += len + 1;
  m->n++;
  return LT_OK;
}

int lt_map_merge(lt_Map *dst, const lt_Map *src) {
  size_t slot;
  for (size_t i = 0; i < src->cap; i++) {
    const lt_MapSlot *s = &src->slots[i];
    if (!s->len) continue;
    int rc = lt_map_add_hashed(dst, lt_map_key(src, i), s->len, s->h, s->val, &slot);
    if (rc) return rc;
  }
  return LT_OK;
}

int64_t *lt_map_get_hashed(const lt_Map *m, const char *key, size_t len, uint64_t h) {
  if (!m->cap || len == 0) return NULL;
  size_t i = find(m, h, key, len);
  return m->slots[i].len ? &((lt_Map *)m)->slots[i].val : NULL;
}

int64_t *lt_map_get(const lt_Map *m, const char *key, size_t len) {
  return lt_map_get_hashed(m, key, len, XXH3_64bits(key, len));
}

void lt_map_free(lt_Map *m) {
  if (!m) return;
  free(m->slots);
  lt_buf_free(&m->arena);
  m->slots = NULL;
  m->cap = m->n = 0;
}

uint64_t lt_map_hash(const char *key, size_t len) { return XXH3_64bits(key, len); }

/* {====== integer keys: open addressing, load <= 1/2, Fibonacci hashing */

static size_t islot(const lt_IMap *m, uint64_t key) {
  size_t mask = m->cap - 1, i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
  while (m->slots[i].val && m->slots[i].key != key) i = (i + 1) & mask;
  return i;
}

int lt_imap_put(lt_IMap *m, uint64_t key, uint32_t val) {
  if (!val) return LT_EINVAL;
  if ((m->n + 1) * 2 > m->cap) {
    lt_IMap g = { calloc(m->cap ? m->cap * 2 : 64, sizeof(lt_IMapSlot)), m->cap ? m->cap * 2 : 64, m->n };
    if (!g.slots) return LT_ENOMEM;
    for (size_t i = 0; i < m->cap; i++)
      if (m->slots[i].val) g.slots[islot(&g, m->slots[i].key)] = m->slots[i];
    free(m->slots);
    *m = g;
  }
  lt_IMapSlot *s = &m->slots[islot(m, key)];
  if (!s->val) m->n++;
  s->key = key;
  s->val = val;
  return LT_OK;
}

uint32_t lt_imap_get(const lt_IMap *m, uint64_t key) {
  return m->cap ? m->slots[islot(m, key)].val : 0;
}

void lt_imap_free(lt_IMap *m) {
  if (!m) return;
  free(m->slots);
  m->slots = NULL;
  m->cap = m->n = 0;
}

/* }====== */
