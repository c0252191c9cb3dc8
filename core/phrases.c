/* phrases.c: a trie over term ids (see phrases.h). */
#include <stdlib.h>
#include <string.h>
#include "phrases.h"
#include "map.h"

struct lt_Phrases {
  lt_Analyzer *an;
  lt_Map terms;          /* term -> id + 1 */
  lt_IMap edges;         /* node << 32 | term id -> child node + 1 */
  uint64_t *filter;      /* one bit per hashed edge key, >= 16 bits per edge: most */
  size_t fbits;          /* lookups of an absent edge end in this small array */
  uint64_t *tfilter;     /* the same for the terms: a word of the text in no entry */
  size_t tbits;          /* ends at one bit, not in the term map */
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
  free(ph->filter);
  free(ph->tfilter);
  free(ph->entry);
  free(ph->root);
  free(ph->toks);
  free(ph->m);
  free(ph);
}

size_t lt_ph_size(const lt_Phrases *ph) { return ph->nphrases; }

static inline size_t fbit(const lt_Phrases *ph, uint64_t key) {
  return (size_t)((key * 0xD6E8FEB86659FD93ull) >> 29) & (ph->fbits - 1);
}

/* Record an edge key in the filter, rebuilt twice as large when it would
 * hold fewer than 16 bits per edge. */
static int filter_add(lt_Phrases *ph, uint64_t key) {
  if (ph->edges.n * 16 > ph->fbits) {
    size_t bits = ph->fbits ? ph->fbits * 2 : 4096;
    while (ph->edges.n * 16 > bits) bits *= 2;
    uint64_t *f = calloc(bits / 64, sizeof *f);
    if (!f) return LT_ENOMEM;
    free(ph->filter);
    ph->filter = f;
    ph->fbits = bits;
    for (size_t i = 0; i < ph->edges.cap; i++)
      if (ph->edges.slots[i].val) {
        size_t b = fbit(ph, ph->edges.slots[i].key);
        f[b / 64] |= (uint64_t)1 << (b % 64);
      }
  }
  size_t b = fbit(ph, key);
  ph->filter[b / 64] |= (uint64_t)1 << (b % 64);
  return LT_OK;
}

/* the child of node for term: node + 1, or 0 */
static uint32_t child(const lt_Phrases *ph, uint32_t node, uint32_t term) {
  if (node == 0) return term < ph->nroot ? ph->root[term] : 0;
  uint64_t key = (uint64_t)node << 32 | term;
  if (!ph->fbits) return 0;
  size_t b = fbit(ph, key);
  if (!(ph->filter[b / 64] >> (b % 64) & 1)) return 0;
  return lt_imap_get(&ph->edges, key);
}

static inline size_t tbit(const lt_Phrases *ph, uint64_t h) { return (size_t)(h >> 37) & (ph->tbits - 1); }

/* Record the hash of a new term in the term filter, rebuilt twice as large
 * (from the hashes the map keeps) when it would hold fewer than 16 bits per term. */
static int tfilter_add(lt_Phrases *ph, uint64_t h) {
  if (ph->terms.n * 16 > ph->tbits) {
    size_t bits = ph->tbits ? ph->tbits * 2 : 4096;
    while (ph->terms.n * 16 > bits) bits *= 2;
    uint64_t *f = calloc(bits / 64, sizeof *f);
    if (!f) return LT_ENOMEM;
    free(ph->tfilter);
    ph->tfilter = f;
    ph->tbits = bits;
    for (size_t i = 0; i < ph->terms.cap; i++)
      if (ph->terms.slots[i].len) {
        size_t b = tbit(ph, ph->terms.slots[i].h);
        f[b / 64] |= (uint64_t)1 << (b % 64);
      }
  }
  size_t b = tbit(ph, h);
  ph->tfilter[b / 64] |= (uint64_t)1 << (b % 64);
  return LT_OK;
}

/* analyze text into ph->toks; with add, unknown terms get new ids */
static int analyze(lt_Phrases *ph, const char *text, size_t len, int add) {
  lt_Cursor c;
  lt_Token t;
  ph->ntoks = 0;
  lt_an_start(&c, text, len);
  while (lt_an_next(ph->an, &c, &t)) {
    const char *term;
    size_t n;
    int rc = LT_OK;
    if (t.flags & LT_TF_PLAIN) {           /* the common case, without the call */
      term = text + t.start;
      n = t.end - t.start;
    } else if ((rc = lt_an_term(ph->an, text, &t, 0, &term, &n))) {
      return rc;
    }
    int32_t id = -1;
    if (n) {
      uint64_t h = lt_map_hash(term, n);
      int64_t *v = NULL;
      if (ph->tbits) {
        size_t b = tbit(ph, h);
        if (ph->tfilter[b / 64] >> (b % 64) & 1) v = lt_map_get_hashed(&ph->terms, term, n, h);
      }
      if (v) id = (int32_t)(*v - 1);
      else if (add) {
        id = (int32_t)ph->terms.n;
        if ((rc = lt_map_add(&ph->terms, term, n, id + 1)) || (rc = tfilter_add(ph, h))) return rc;
      }
    }
    if (ph->ntoks == ph->tokcap) {
      size_t cap = ph->tokcap ? ph->tokcap * 2 : 256;
      void *p = realloc(ph->toks, cap * sizeof *ph->toks);
      if (!p) return LT_ENOMEM;
      ph->toks = p;
      ph->tokcap = cap;
    }
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
      if ((rc = lt_imap_put(&ph->edges, key, (uint32_t)ph->nnodes + 1)) || (rc = filter_add(ph, key)))
        return rc;
    }
    ph->entry[ph->nnodes] = -1;
    node = ph->nnodes++;
  }
  if (ph->entry[node] < 0) ph->nphrases++;
  ph->entry[node] = entry;
  return LT_OK;
}

static int emit(lt_Phrases *ph, size_t a, size_t b, int32_t entry) {
  if (ph->nm == ph->mcap) {
    size_t cap = ph->mcap ? ph->mcap * 2 : 64;
    void *p = realloc(ph->m, cap * sizeof *ph->m);
    if (!p) return LT_ENOMEM;
    ph->m = p;
    ph->mcap = cap;
  }
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
  int64_t *v = n && ph->tbits ? lt_map_get(&ph->terms, term, n) : NULL;
  return v ? (int32_t)(*v - 1) : -1;
}
