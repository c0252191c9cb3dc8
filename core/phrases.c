/* phrases.c: a trie over term ids (see phrases.h). */
#include <stdlib.h>
#include <string.h>
#include "phrases.h"
#include "map.h"
#include "tcache.h"

typedef struct Filter { uint64_t *bits; size_t n; } Filter;   /* n bits, a power of two */

struct lt_Phrases {
  lt_Analyzer *an;
  lt_Map terms;          /* term -> id + 1 */
  lt_IMap edges;         /* node << 32 | term id -> child node + 1 */
  int32_t ascii_id[128];  /* term id of each one-byte ASCII term (punctuation), or -1 */
  Filter efilter;        /* the edges: most lookups of an absent edge end there */
  Filter tfilter;        /* the terms: a word of the text in no entry ends there */
  lt_TCache words;       /* word as written -> term id, for the texts searched */
  int words_stale;       /* terms were added since the cache was filled */
  int32_t *entry;        /* node -> entry number, or -1 */
  uint32_t *root;        /* term id -> child of the root + 1 (0: none): most tokens stop here */
  size_t nroot;
  uint32_t nnodes, cap;
  size_t nphrases;
  lt_PhToken *toks;      /* the text, analyzed */
  size_t ntoks, tokcap;
  lt_PhMatch *m;
  size_t nm, mcap;
};

int lt_ph_new(lt_Analyzer *an, lt_Phrases **out) {
  lt_Phrases *ph = calloc(1, sizeof *ph);
  *out = NULL;
  if (!ph) return LT_ENOMEM;
  ph->an = an;
  for (int c = 0; c < 128; c++) ph->ascii_id[c] = -1;
  ph->cap = 1024;
  ph->entry = malloc(sizeof *ph->entry * ph->cap);
  if (!ph->entry) { free(ph); return LT_ENOMEM; }
  ph->entry[0] = -1;                    /* the root */
  ph->nnodes = 1;
  *out = ph;
  return LT_OK;
}

void lt_ph_free(lt_Phrases *ph) {
  if (!ph) return;
  lt_map_free(&ph->terms);
  lt_imap_free(&ph->edges);
  free(ph->efilter.bits);
  free(ph->tfilter.bits);
  free(ph->entry);
  free(ph->root);
  free(ph->toks);
  free(ph->m);
  lt_tc_free(&ph->words);
  free(ph);
}

size_t lt_ph_size(const lt_Phrases *ph) { return ph->nphrases; }

/* {====== Bit filters: one bit per hashed key, at least 16 bits per key; a key
 * whose bit is clear is surely absent, and nothing else is read */

static inline size_t fpos(const Filter *f, uint64_t h) { return (size_t)(h >> 29) & (f->n - 1); }

static inline int ftest(const Filter *f, uint64_t h) {
  if (!f->n) return 0;
  size_t b = fpos(f, h);
  return (int)(f->bits[b / 64] >> (b % 64) & 1);
}

static inline void fset(Filter *f, uint64_t h) {
  size_t b = fpos(f, h);
  f->bits[b / 64] |= (uint64_t)1 << (b % 64);
}

/* Room for keys keys: 1 when the filter was made anew, empty (the caller sets
 * every key again), 0 when it has room, -1 when out of memory. */
static int fgrow(Filter *f, size_t keys) {
  if (keys * 16 <= f->n) return 0;
  size_t bits = f->n ? f->n * 2 : 4096;
  while (keys * 16 > bits) bits *= 2;
  uint64_t *p = calloc(bits / 64, sizeof *p);
  if (!p) return -1;
  free(f->bits);
  f->bits = p;
  f->n = bits;
  return 1;
}

static inline uint64_t edge_hash(uint64_t key) { return key * 0xD6E8FEB86659FD93ull; }

/* }====== */

/* the child of node for term: node + 1, or 0 */
static uint32_t child(const lt_Phrases *ph, uint32_t node, uint32_t term) {
  if (node == 0) return term < ph->nroot ? ph->root[term] : 0;
  uint64_t key = (uint64_t)node << 32 | term;
  return ftest(&ph->efilter, edge_hash(key)) ? lt_imap_get(&ph->edges, key) : 0;
}

/* the id of term[0..n), or -1; with add, a new term gets the next id */
static int term_id(lt_Phrases *ph, const char *term, size_t n, int add, int32_t *id) {
  *id = -1;
  if (n == 1 && (unsigned char)term[0] < 128 && (!add || ph->ascii_id[(unsigned char)term[0]] >= 0)) {
    *id = ph->ascii_id[(unsigned char)term[0]];         /* a mark: no hash, no map */
    return LT_OK;
  }
  if (!n) return LT_OK;
  uint64_t h = lt_map_hash(term, n);
  int64_t *v = ftest(&ph->tfilter, h) ? lt_map_get_hashed(&ph->terms, term, n, h) : NULL;
  if (v) *id = (int32_t)(*v - 1);
  else if (add) {
    int rc;
    *id = (int32_t)ph->terms.n;
    if ((rc = lt_map_add(&ph->terms, term, n, *id + 1))) return rc;
    if (n == 1 && (unsigned char)term[0] < 128) ph->ascii_id[(unsigned char)term[0]] = *id;
    int g = fgrow(&ph->tfilter, ph->terms.n);
    if (g < 0) return LT_ENOMEM;
    for (size_t i = 0; g && i < ph->terms.cap; i++)     /* anew: every term's hash */
      if (ph->terms.slots[i].len) fset(&ph->tfilter, ph->terms.slots[i].h);
    fset(&ph->tfilter, h);
    ph->words_stale = 1;
  }
  return LT_OK;
}

/* analyze text into ph->toks; with add, unknown terms get new ids. Words
 * searched for go through the cache of words as written. */
static int analyze(lt_Phrases *ph, const char *text, size_t len, int add) {
  lt_Cursor c;
  lt_Token t;
  ph->ntoks = 0;
  if (!add && ph->words_stale) { lt_tc_clear(&ph->words); ph->words_stale = 0; }
  lt_an_start(&c, text, len);
  while (lt_an_next(ph->an, &c, &t)) {
    const char *term;
    size_t n;
    int rc = LT_OK;
    int32_t id;
    lt_TCKey key = { { 0, 0, 0 }, 0 };
    lt_TCSlot *slot = NULL;
    int hit = 0;
    unsigned tag = t.flags & LT_TF_ELISION ? 2 : 1;    /* an elision's term is not its folded text */
    if (!add && t.type == LT_TOK_WORD && lt_tc_key_short(&key, text + t.start, t.end - t.start, tag, text + len))
      slot = lt_tc_get(&ph->words, &key, &hit);
    if (hit) id = slot->val;
    else {
      if ((rc = lt_an_term(ph->an, text, &t, 0, &term, &n))) return rc;   /* plain: inline, no call */
      if ((rc = term_id(ph, term, n, add, &id))) return rc;
      if (slot) { lt_tc_put(slot, &key); slot->val = id; }
    }
    void *p = lt_grow(ph->toks, &ph->tokcap, ph->ntoks + 1, sizeof *ph->toks, 256);
    if (!p) return LT_ENOMEM;
    ph->toks = p;
    ph->toks[ph->ntoks].start = t.start;
    ph->toks[ph->ntoks].end = t.end;
    ph->toks[ph->ntoks++].id = id;
  }
  return LT_OK;
}

int lt_ph_add(lt_Phrases *ph, const char *phrase, size_t len, int32_t entry) {
  int rc = analyze(ph, phrase, len, 1);
  if (rc) return rc;
  if (ph->ntoks == 0) return LT_EINVAL;
  uint32_t node = 0;
  for (size_t i = 0; i < ph->ntoks; i++) {
    uint32_t term = (uint32_t)ph->toks[i].id;
    uint32_t c = child(ph, node, term);
    if (c) { node = c - 1; continue; }
    if (ph->nnodes == ph->cap) {
      int32_t *p = realloc(ph->entry, sizeof *p * ph->cap * 2);
      if (!p) return LT_ENOMEM;
      ph->entry = p;
      ph->cap *= 2;
    }
    if (node == 0) {                          /* a root child: in the array */
      if (term >= ph->nroot) {
        size_t n = ph->nroot ? ph->nroot : 1024;
        while (n <= term) n *= 2;
        uint32_t *r = realloc(ph->root, n * sizeof *r);
        if (!r) return LT_ENOMEM;
        memset(r + ph->nroot, 0, (n - ph->nroot) * sizeof *r);
        ph->root = r;
        ph->nroot = n;
      }
      ph->root[term] = ph->nnodes + 1;
    } else {
      uint64_t key = (uint64_t)node << 32 | term;
      if ((rc = lt_imap_put(&ph->edges, key, (uint32_t)ph->nnodes + 1))) return rc;
      int g = fgrow(&ph->efilter, ph->edges.n);
      if (g < 0) return LT_ENOMEM;
      for (size_t e = 0; g && e < ph->edges.cap; e++)       /* anew: every edge */
        if (ph->edges.slots[e].val) fset(&ph->efilter, edge_hash(ph->edges.slots[e].key));
      fset(&ph->efilter, edge_hash(key));
    }
    ph->entry[ph->nnodes] = -1;
    node = ph->nnodes++;
  }
  if (ph->entry[node] < 0) ph->nphrases++;
  ph->entry[node] = entry;
  return LT_OK;
}

static int emit(lt_Phrases *ph, size_t a, size_t b, int32_t entry) {
  void *p = lt_grow(ph->m, &ph->mcap, ph->nm + 1, sizeof *ph->m, 64);
  if (!p) return LT_ENOMEM;
  ph->m = p;
  ph->m[ph->nm].start = a;
  ph->m[ph->nm].end = b;
  ph->m[ph->nm++].entry = entry;
  return LT_OK;
}

int lt_ph_find_tokens(lt_Phrases *ph, const lt_PhToken *toks, size_t ntoks, int overlapping,
                      lt_PhMatch **out, size_t *n) {
  int rc = LT_OK;
  ph->nm = 0;
  for (size_t i = 0; rc == LT_OK && i < ntoks;) {
    uint32_t node = 0;
    size_t best = 0;                       /* tokens in the longest match from i */
    int32_t best_entry = -1;
    for (size_t j = i; j < ntoks && toks[j].id >= 0; j++) {
      uint32_t c = child(ph, node, (uint32_t)toks[j].id);
      if (!c) break;
      node = c - 1;
      if (ph->entry[node] >= 0) {
        if (overlapping) rc = emit(ph, toks[i].start, toks[j].end, ph->entry[node]);
        best = j - i + 1;
        best_entry = ph->entry[node];
      }
    }
    if (!overlapping && best) {
      rc = emit(ph, toks[i].start, toks[i + best - 1].end, best_entry);
      i += best;
    } else i++;
  }
  *out = ph->m;
  *n = ph->nm;
  return rc;
}

int lt_ph_find(lt_Phrases *ph, const char *text, size_t len, int overlapping,
               lt_PhMatch **out, size_t *n) {
  int rc = analyze(ph, text, len, 0);
  if (rc) { *out = ph->m; *n = ph->nm = 0; return rc; }
  return lt_ph_find_tokens(ph, ph->toks, ph->ntoks, overlapping, out, n);
}

int32_t lt_ph_term_id(const lt_Phrases *ph, const char *term, size_t n) {
  int64_t *v = n && ph->tfilter.n ? lt_map_get(&ph->terms, term, n) : NULL;
  return v ? (int32_t)(*v - 1) : -1;
}
