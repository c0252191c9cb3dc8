/* map.h: a string-keyed hash map with 64-bit integer values (XXH3 hashes,
 * open addressing, keys copied into one arena). Used for stopword and
 * abbreviation sets and for term and n-gram counts. The arena holds at most
 * 4 GiB of keys (LT_ENOMEM beyond).
 *
 *   lt_Map m = {0};
 *   lt_map_add(&m, "armée", 6, 1);        // insert or add 1
 *   int64_t *v = lt_map_get(&m, "armée", 6);
 *   for (size_t i = 0; i < m.cap; i++) if (m.slots[i].len) ... lt_map_key(&m, i) ...
 *   lt_map_free(&m);
 */
#ifndef LT_MAP_H
#define LT_MAP_H
#include <stddef.h>
#include <stdint.h>
#include "text.h"

/* A slot: the key's hash, value, length, arena offset, and its first 8 bytes,
 * so that a lookup of a key of up to 8 bytes reads nothing but the slot. */
typedef struct lt_MapSlot {
  uint64_t h;
  int64_t val;
  uint32_t len, off;
  char pre[8];
} lt_MapSlot;
typedef struct lt_Map { lt_MapSlot *slots; size_t cap, n; lt_Buf arena; } lt_Map;

/* Add delta to the value of key (inserting it with delta). LT_ENOMEM on failure.
 * Keys of length 0 are rejected with LT_EINVAL (len 0 marks an empty slot). */
int lt_map_add(lt_Map *m, const char *key, size_t len, int64_t delta);
/* The same, telling the key's slot (valid until the map grows: m->cap changes). */
int lt_map_add_at(lt_Map *m, const char *key, size_t len, int64_t delta, size_t *slot);
int64_t *lt_map_get(const lt_Map *m, const char *key, size_t len);
/* Does the next add grow the map (its slots move)? Load stays <= 3/4. */
static inline int lt_map_full(const lt_Map *m) { return (m->n + 1) * 4 > m->cap * 3; }
/* Double its capacity now; moved (m->cap entries before, or NULL) receives
 * where each slot's key went (UINT32_MAX: an empty slot). LT_ENOMEM on failure. */
int lt_map_grow(lt_Map *m, uint32_t *moved);
static inline const char *lt_map_key(const lt_Map *m, size_t slot) {
  return m->arena.p + m->slots[slot].off;
}
void lt_map_free(lt_Map *m);    /* accepts NULL; leaves an empty map */
/* Add every key of src with its value into dst (counts summed). LT_ENOMEM on failure. */
int lt_map_merge(lt_Map *dst, const lt_Map *src);
/* Room for n keys in all and bytes more of keys without growing. LT_ENOMEM on failure. */
int lt_map_reserve(lt_Map *m, size_t n, size_t bytes);
/* The hash the map uses (XXH3, 64 bits), for callers' own tables, and a
 * lookup with that hash computed already. */
uint64_t lt_map_hash(const char *key, size_t len);
int64_t *lt_map_get_hashed(const lt_Map *m, const char *key, size_t len, uint64_t h);
int lt_map_add_hashed(lt_Map *m, const char *key, size_t len, uint64_t h, int64_t delta, size_t *slot);

/* An integer-keyed map: 64-bit keys to non-zero 32-bit values, keys stored in
 * the slots (no arena, no key comparison beyond one integer): for the edges
 * of a trie, looked up once per token.
 *
 *   lt_IMap e = {0};
 *   lt_imap_put(&e, (uint64_t)node << 32 | term, child);
 *   uint32_t c = lt_imap_get(&e, (uint64_t)node << 32 | term);   // 0: absent
 */
typedef struct lt_IMapSlot { uint64_t key; uint32_t val; } lt_IMapSlot;
typedef struct lt_IMap { lt_IMapSlot *slots; size_t cap, n; } lt_IMap;
int lt_imap_put(lt_IMap *m, uint64_t key, uint32_t val);  /* LT_EINVAL for val 0 */
uint32_t lt_imap_get(const lt_IMap *m, uint64_t key);
void lt_imap_free(lt_IMap *m);

#endif
