/* ldoc.c: lunette.Doc, a text analysed once and kept in C arrays, for the
 * extractors: they ask for the tokens a rule can start at (candidates) and
 * build a Lua record only for the tokens they read (record).
 *
 *   local doc, sents = an._c:doc(text)
 *   #doc                                  -- number of tokens
 *   doc:record(i [, meta])                -- { start, stop, type, term, word, value, flags, sentence }
 *   doc:records([meta])                   -- every record, in a list
 *   doc:tokens([meta])                    -- the same, each record built when first read
 *   doc:columns()                         -- terms, sentences, starts, flags, types: lists of
 *                                            those fields of every token (no records)
 *   doc:phrases(ph [, overlapping])       -- ph:find(text), from these tokens
 *   doc:candidates(spec, ...)             -- the tokens a rule can start at:
 *     spec = { terms = set | {set, ...}, types = set, flags = bits, prefixes = list (16 at most),
 *              suffixes = list (16 at most), hyphen = bool | set | {set, ...},
 *              except = set | {set, ...},
 *              near = spec, back = n | through = spec }
 *
 * Spans are 1-based and inclusive, as string.sub takes them; sentences are
 * { {start, stop}, ... } trimmed of spaces; a token's sentence is the index of
 * the first sentence that does not end before it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#include "analyze.h"
#include "map.h"
#include "phrases.h"
#include "lcore.h"

typedef struct DocTok {
  size_t start, end;
  double value;
  uint32_t term;                /* term id */
  unsigned flags, sentence;
  int type;
} DocTok;

typedef struct Doc {
  DocTok *t;
  size_t n;
  lt_Map ids;                   /* term -> id + 1; its arena holds each distinct term once */
  struct { size_t off, len; uint64_t h; } *term;   /* id -> the term in that arena, its hash */
  size_t nterms, termcap;
} Doc;

/* the bytes of the term of id (its length: d->term[id].len) */
static const char *term_str(const Doc *d, size_t id) {
  return d->term[id].len ? d->ids.arena.p + d->term[id].off : "";
}

/* the id of term t[0..n), made when new (one lookup): -1 when out of memory */
static int64_t term_id(Doc *d, const char *t, size_t n) {
  uint64_t h = lt_map_hash(t, n);
  size_t slot = 0, before = d->ids.n;
  if (n && lt_map_add_hashed(&d->ids, t, n, h, 0, &slot)) return -1;
  if (n && d->ids.n == before) return d->ids.slots[slot].val - 1;
  void *p = lt_grow(d->term, &d->termcap, d->nterms + 1, sizeof *d->term, 256);
  if (!p) return -1;
  d->term = p;
  if (n) d->ids.slots[slot].val = (int64_t)d->nterms + 1;
  d->term[d->nterms].off = n ? d->ids.slots[slot].off : 0;
  d->term[d->nterms].len = n;
  d->term[d->nterms].h = h;
  return (int64_t)d->nterms++;
}

static Doc *check_doc(lua_State *L, int i) { return luaL_checkudata(L, i, "lunette.Doc"); }

static int doc_gc(lua_State *L) {
  Doc *d = check_doc(L, 1);
  free(d->t);
  free(d->term);
  lt_map_free(&d->ids);
  d->t = NULL;
  d->term = NULL;
  d->n = d->nterms = d->termcap = 0;
  return 0;
}

/* an:doc(text) -> doc, sentences */
static int an_doc(lua_State *L) {
  lt_Analyzer *an = lt_check_analyzer(L, 1);
  size_t len, pos = 0, nsent = 0, cap = 0;
  const char *text = luaL_checklstring(L, 2, &len);
  Doc *d = lua_newuserdatauv(L, sizeof *d, 2);                  /* 3 */
  memset(d, 0, sizeof *d);
  luaL_setmetatable(L, "lunette.Doc");
  lua_pushvalue(L, 2);
  lua_setiuservalue(L, 3, 1);                                    /* the text lives with it */
  lua_newtable(L);                                               /* 4: sentences */
  size_t *ends = NULL, ecap = 0;                                 /* sentence ends, 1-based */
  while (pos < len) {
    size_t e = lt_an_sentence_next(an, text, len, pos), a = pos, b = e;
    while (a < b && (unsigned char)text[a] <= ' ') a++;
    while (b > a && (unsigned char)text[b - 1] <= ' ') b--;
    if (b > a) {
      size_t *p = lt_grow(ends, &ecap, nsent + 1, sizeof *p, 64);
      if (!p) { free(ends); return luaL_error(L, "out of memory"); }
      ends = p;
      ends[nsent] = b;
      lua_createtable(L, 2, 0);
      lua_pushinteger(L, (lua_Integer)a + 1); lua_rawseti(L, -2, 1);
      lua_pushinteger(L, (lua_Integer)b); lua_rawseti(L, -2, 2);
      lua_rawseti(L, 4, (lua_Integer)++nsent);
    }
    pos = e;
  }
  lt_Cursor c;
  lt_Token t;
  size_t si = 0;
  /* room for what a text of this length holds in news (a token in 5 bytes, a new term in
   * 10): the arrays rarely grow, and the map never rehashes on the way */
  size_t est = len / 5 + 16;
  if (est > 1 << 16) est = 1 << 16;
  DocTok *first = lt_grow(d->t, &cap, est, sizeof *first, 256);
  if (!first || lt_map_reserve(&d->ids, est / 2, est * 2)) {
    free(first);
    free(ends);
    return luaL_error(L, "out of memory");
  }
  d->t = first;
  lt_an_start(&c, text, len);
  while (lt_an_next(an, &c, &t)) {
    const char *term;
    size_t tn;
    DocTok *p = lt_grow(d->t, &cap, d->n + 1, sizeof *p, 256);
    if (!p) { free(ends); return luaL_error(L, "out of memory"); }
    d->t = p;
    int64_t id = -1;
    if (lt_an_term(an, text, &t, 0, &term, &tn) || (id = term_id(d, term, tn)) < 0) {
      free(ends);
      return luaL_error(L, "out of memory");
    }
    while (si < nsent && ends[si] < t.start + 1) si++;
    DocTok *k = &d->t[d->n++];
    k->start = t.start;
    k->end = t.end;
    k->term = (uint32_t)id;
    k->value = t.value;
    k->flags = t.flags;
    k->sentence = (unsigned)si + 1;
    k->type = t.type;
  }
  free(ends);
  lua_createtable(L, d->nterms > 0x7fffffff ? 0 : (int)d->nterms, 0);
  lua_setiuservalue(L, 3, 2);                                    /* term strings, made when read */
  /* the arrays live outside Lua's heap: tell the collector, so that the docs
   * of past texts are freed at the pace they are made (not after thousands) */
  size_t bytes = d->n * sizeof *d->t + d->nterms * sizeof *d->term + d->ids.arena.cap + d->ids.cap * sizeof *d->ids.slots;
  lua_gc(L, LUA_GCSTEP, (int)(bytes >> 10));
  return 2;
}

static int doc_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)check_doc(L, 1)->n);
  return 1;
}

/* the fields of a record, in the order of the table at "lunette.recordkeys" */
enum { K_START = 1, K_STOP, K_TYPE, K_TERM, K_WORD, K_VALUE, K_FLAGS, K_SENTENCE };
static const char *const RECORD_KEYS[] = { "start", "stop", "type", "term", "word", "value", "flags", "sentence" };

/* push the string of term id, made once per doc (kept in the table at index terms) */
static void push_term(lua_State *L, Doc *d, int terms, uint32_t id) {
  if (lua_rawgeti(L, terms, (lua_Integer)id + 1) != LUA_TNIL) return;
  lua_pop(L, 1);
  lua_pushlstring(L, term_str(d, id), d->term[id].len);
  lua_pushvalue(L, -1);
  lua_rawseti(L, terms, (lua_Integer)id + 1);
}

/* push the record of token i (0-based); the type names, the record keys and
 * the term strings at indexes types, keys, terms (keys made once: raw sets, no
 * string lookups); meta at index meta when nonzero */
static void push_record(lua_State *L, Doc *d, const char *text, int types, int keys, int terms, size_t i, int meta) {
  DocTok *k = &d->t[i];
  const char *term = term_str(d, k->term);
  size_t tn = d->term[k->term].len, wn = k->end - k->start;
  lua_createtable(L, 0, 8);
  lua_rawgeti(L, keys, K_START); lua_pushinteger(L, (lua_Integer)k->start + 1); lua_rawset(L, -3);
  lua_rawgeti(L, keys, K_STOP); lua_pushinteger(L, (lua_Integer)k->end); lua_rawset(L, -3);
  lua_rawgeti(L, keys, K_TYPE); lua_rawgeti(L, types, k->type); lua_rawset(L, -3);
  lua_rawgeti(L, keys, K_TERM); push_term(L, d, terms, k->term);
  lua_rawgeti(L, keys, K_WORD);
  if (wn == tn && memcmp(text + k->start, term, tn) == 0) lua_pushvalue(L, -2);   /* the word is its term */
  else lua_pushlstring(L, text + k->start, wn);
  lua_rawset(L, -5);                                     /* word */
  lua_rawset(L, -3);                                     /* term */
  if (k->type >= LT_TOK_NUMBER && k->type <= LT_TOK_DATE) {
    lua_rawgeti(L, keys, K_VALUE);
    lua_pushnumber(L, k->value);
    lua_rawset(L, -3);
  }
  lua_rawgeti(L, keys, K_FLAGS); lua_pushinteger(L, k->flags); lua_rawset(L, -3);
  lua_rawgeti(L, keys, K_SENTENCE); lua_pushinteger(L, k->sentence); lua_rawset(L, -3);
  if (meta) { lua_pushvalue(L, meta); lua_setmetatable(L, -2); }
}

/* the text, the token type names, the record keys and the term strings,
 * pushed; returns the text */
static const char *prepare(lua_State *L, int doc) {
  lua_getiuservalue(L, doc, 1);
  const char *text = lua_tostring(L, -1);
  lua_getfield(L, LUA_REGISTRYINDEX, "lunette.tokentypes");
  lua_getfield(L, LUA_REGISTRYINDEX, "lunette.recordkeys");
  lua_getiuservalue(L, doc, 2);
  return text;
}

/* doc:record(i [, meta]) -> the record of token i (1-based), or nil */
static int doc_record(lua_State *L) {
  Doc *d = check_doc(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  int meta = lua_isnoneornil(L, 3) ? 0 : 3;
  lua_settop(L, 3);
  if (i < 1 || (size_t)i > d->n) return 0;
  const char *text = prepare(L, 1);
  push_record(L, d, text, 5, 6, 7, (size_t)i - 1, meta);
  return 1;
}

/* doc:token(i) -> start, stop, type, term, word, value, flags, sentence of token i (1-based) */
static int doc_token(lua_State *L) {
  Doc *d = check_doc(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  if (i < 1 || (size_t)i > d->n) return 0;
  lua_getiuservalue(L, 1, 1);
  const char *text = lua_tostring(L, -1);
  lua_getfield(L, LUA_REGISTRYINDEX, "lunette.tokentypes");
  DocTok *k = &d->t[i - 1];
  lua_pushinteger(L, (lua_Integer)k->start + 1);
  lua_pushinteger(L, (lua_Integer)k->end);
  lua_rawgeti(L, -3, k->type);
  lua_pushlstring(L, term_str(d, k->term), d->term[k->term].len);
  lua_pushlstring(L, text + k->start, k->end - k->start);
  if (k->type >= LT_TOK_NUMBER && k->type <= LT_TOK_DATE) lua_pushnumber(L, k->value); else lua_pushnil(L);
  lua_pushinteger(L, k->flags);
  lua_pushinteger(L, k->sentence);
  return 8;
}

/* doc:columns() -> terms, sentences, starts, flags, types: the term, sentence,
 * start and flags of every token and its type name, lists indexed as the
 * records (for rules that read no more of a neighbour: no record) */
static int doc_columns(lua_State *L) {
  Doc *d = check_doc(L, 1);
  lua_settop(L, 1);
  lua_getiuservalue(L, 1, 2);               /* 2: the term strings made so far */
  lua_getfield(L, LUA_REGISTRYINDEX, "lunette.tokentypes");   /* 3 */
  int n = d->n > 0x7fffffff ? 0 : (int)d->n;
  for (int c = 0; c < 5; c++) lua_createtable(L, n, 0);       /* 4..8 */
  for (size_t i = 0; i < d->n; i++) {
    const DocTok *k = &d->t[i];
    lua_Integer at = (lua_Integer)i + 1;
    push_term(L, d, 2, k->term);
    lua_rawseti(L, 4, at);
    lua_pushinteger(L, k->sentence);
    lua_rawseti(L, 5, at);
    lua_pushinteger(L, (lua_Integer)k->start + 1);
    lua_rawseti(L, 6, at);
    lua_pushinteger(L, k->flags);
    lua_rawseti(L, 7, at);
    lua_rawgeti(L, 3, k->type);
    lua_rawseti(L, 8, at);
  }
  return 5;
}

/* doc:records([meta]) -> every record */
static int doc_records(lua_State *L) {
  Doc *d = check_doc(L, 1);
  int meta = lua_isnoneornil(L, 2) ? 0 : 2;
  lua_settop(L, 2);
  const char *text = prepare(L, 1);
  lua_createtable(L, d->n > 0x7fffffff ? 0 : (int)d->n, 0);
  for (size_t i = 0; i < d->n; i++) {
    push_record(L, d, text, 4, 5, 6, i, meta);
    lua_rawseti(L, 7, (lua_Integer)i + 1);
  }
  return 1;
}

/* __index of doc:tokens(): (t, i) -> the record of token i, kept in t.
 * upvalues: doc, meta (or nil), text, token type names, record keys, term strings */
static int proxy_index(lua_State *L) {
  Doc *d = lua_touserdata(L, lua_upvalueindex(1));
  int isnum;
  lua_Integer i = lua_tointegerx(L, 2, &isnum);
  if (!isnum || i < 1 || (size_t)i > d->n) return 0;
  int meta = lua_isnil(L, lua_upvalueindex(2)) ? 0 : lua_upvalueindex(2);
  push_record(L, d, lua_tostring(L, lua_upvalueindex(3)), lua_upvalueindex(4), lua_upvalueindex(5),
              lua_upvalueindex(6), (size_t)i - 1, meta);
  lua_pushvalue(L, -1);
  lua_rawseti(L, 1, i);
  return 1;
}

static int proxy_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)((Doc *)lua_touserdata(L, lua_upvalueindex(1)))->n);
  return 1;
}

/* doc:tokens([meta]) -> a table whose element i is the record of token i,
 * built when first read (#t and ipairs work) */
static int doc_tokens(lua_State *L) {
  Doc *d = check_doc(L, 1);
  lua_settop(L, 2);
  /* 3: the proxy, its slots made (nil), and two hash slots for toks.doc and toks.columns
   * (set without a rehash, which would shrink the array to the records built so far) */
  lua_createtable(L, d->n > 0x7fffffff ? 0 : (int)d->n, 2);
  lua_createtable(L, 0, 2);                 /* 4: its metatable */
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  prepare(L, 1);
  lua_pushcclosure(L, proxy_index, 6);
  lua_setfield(L, 4, "__index");
  lua_pushvalue(L, 1);
  lua_pushcclosure(L, proxy_len, 1);
  lua_setfield(L, 4, "__len");
  lua_setmetatable(L, 3);
  return 1;
}

static void set_bit(uint64_t *bits, int64_t id) { bits[id / 64] |= (uint64_t)1 << (id % 64); }

/* the bits of the doc's terms in the set at index set: through its map
 * (lset.c) when it has one, from the smaller side; else key by key */
static void set_bits(lua_State *L, Doc *d, int set, int cached, uint64_t *bits) {
  const lt_Map *m = cached ? lt_set_map(L, set) : NULL;
  if (m && m->n <= d->nterms) {
    for (size_t i = 0; i < m->cap; i++) {
      const lt_MapSlot *s = &m->slots[i];
      int64_t *v = s->len ? lt_map_get_hashed(&d->ids, lt_map_key(m, i), s->len, s->h) : NULL;
      if (v) set_bit(bits, *v - 1);
    }
  } else if (m) {
    for (size_t id = 0; id < d->nterms; id++)
      if (d->term[id].len && lt_map_get_hashed(m, term_str(d, id), d->term[id].len, d->term[id].h))
        set_bit(bits, (int64_t)id);
  } else {
    lua_pushnil(L);
    while (lua_next(L, set)) {
      size_t n;
      if (lua_type(L, -2) == LUA_TSTRING) {
        const char *k = lua_tolstring(L, -2, &n);
        int64_t *v = n ? lt_map_get(&d->ids, k, n) : NULL;
        if (v) set_bit(bits, *v - 1);
      }
      lua_pop(L, 1);
    }
  }
}

/* One bit per term id: the terms of spec[field] (a set, or a list of sets)
 * that occur in the text. The sets are read through their maps (lset.c) when
 * cached is set: where a term too many costs work only. NULL when out of memory. */
static uint64_t *term_bits(lua_State *L, Doc *d, int spec, const char *field, int cached) {
  uint64_t *bits = calloc(d->nterms / 64 + 1, sizeof *bits);
  if (!bits) return NULL;
  if (lua_getfield(L, spec, field) == LUA_TTABLE) {
    int list = lua_rawgeti(L, -1, 1) == LUA_TTABLE;
    lua_pop(L, 1);
    for (int s = 1; !list || lua_rawgeti(L, -1, s) == LUA_TTABLE; s++) {
      set_bits(L, d, lua_gettop(L), cached, bits);   /* the set: the field itself, or its s-th */
      if (!list) break;
      lua_pop(L, 1);
    }
    if (list) lua_pop(L, 1);                   /* the non-table after the last set */
  }
  lua_pop(L, 1);
  return bits;
}

/* Is the string k[0..n) a key of the set at index t, or of one of its sets when it is a list? */
static int in_sets(lua_State *L, int t, const char *k, size_t n) {
  int list = lua_rawgeti(L, t, 1) == LUA_TTABLE, found = 0;
  lua_pop(L, 1);
  for (int s = 1; !found; s++) {
    if (list && lua_rawgeti(L, t, s) != LUA_TTABLE) { lua_pop(L, 1); break; }
    lua_pushlstring(L, k, n);
    found = lua_rawget(L, list ? -2 : t) != LUA_TNIL;
    lua_pop(L, list ? 2 : 1);
    if (!list) break;
  }
  return found;
}

/* Read the strings of the list spec[field] (16 at most, up to its first non-string)
 * into str and len: their count. The strings stay alive with spec. */
static int read_strings(lua_State *L, int spec, const char *field, const char *str[16], size_t len[16]) {
  int n = 0, top = lua_gettop(L);
  if (lua_getfield(L, spec, field) == LUA_TTABLE)
    for (; n < 16 && lua_rawgeti(L, -1, n + 1) == LUA_TSTRING; n++) {
      str[n] = lua_tolstring(L, -1, &len[n]);
      lua_pop(L, 1);
    }
  lua_settop(L, top);
  return n;
}

/* Set hit[i] for the tokens matching the spec at index spec (see
 * doc:candidates), but those whose term is in spec.except; 0, or -1 when out
 * of memory. */
static int mark(lua_State *L, Doc *d, int spec, unsigned char *hit) {
  unsigned typebits = 0, flags;
  int hyphen;
  const char *pre[16], *suf[16];
  size_t prelen[16], suflen[16];
  uint64_t *want = term_bits(L, d, spec, "terms", 1);
  if (!want) return -1;
  if (lua_getfield(L, spec, "types") == LUA_TTABLE)
    for (int ty = 1; ty < LT_TOK_NTYPES; ty++) {
      if (lua_getfield(L, -1, lt_tok_names[ty]) != LUA_TNIL && lua_toboolean(L, -1)) typebits |= 1u << ty;
      lua_pop(L, 1);
    }
  lua_pop(L, 1);
  lua_getfield(L, spec, "flags");
  flags = (unsigned)lua_tointeger(L, -1);
  /* hyphen: true, or a set (or a list of sets) of the first parts a hyphenated term may have */
  int hyphen_sets = lua_getfield(L, spec, "hyphen") == LUA_TTABLE;
  hyphen = lua_toboolean(L, -1);
  if (hyphen_sets) {                         /* the sets stay on the stack while read */
    lua_remove(L, -2);
    hyphen_sets = lua_gettop(L);
  } else {
    lua_pop(L, 2);
  }
  int npre = read_strings(L, spec, "prefixes", pre, prelen);
  int nsuf = read_strings(L, spec, "suffixes", suf, suflen);
  if (npre || nsuf || hyphen) {            /* prefixes, suffixes, hyphens: once per distinct term */
    unsigned char first[256] = {0};        /* the first bytes of the prefixes; an empty one: all */
    for (int p = 0; p < npre; p++)
      if (prelen[p]) first[(unsigned char)pre[p][0]] = 1;
      else memset(first, 1, sizeof first);
    for (size_t id = 0; id < d->nterms; id++) {
      const char *term = term_str(d, id);
      size_t tl = d->term[id].len;
      const char *dash = hyphen && tl ? memchr(term, '-', tl) : NULL;
      int h = dash && (!hyphen_sets || in_sets(L, hyphen_sets, term, (size_t)(dash - term)));
      for (int p = 0; !h && p < npre && (!tl || first[(unsigned char)term[0]]); p++)
        h = tl >= prelen[p] && memcmp(term, pre[p], prelen[p]) == 0;
      for (int p = 0; !h && p < nsuf; p++)
        h = tl >= suflen[p] && memcmp(term + tl - suflen[p], suf[p], suflen[p]) == 0;
      if (h) set_bit(want, (int64_t)id);
    }
  }
  if (hyphen_sets) lua_remove(L, hyphen_sets);
  unsigned char types[LT_TOK_NTYPES + 1], *tw = malloc(d->nterms + 1);   /* by type, by term */
  if (!tw) { free(want); return -1; }
  for (int ty = 0; ty <= LT_TOK_NTYPES; ty++) types[ty] = typebits >> ty & 1;
  for (size_t id = 0; id < d->nterms; id++) tw[id] = want[id / 64] >> (id % 64) & 1;
  for (size_t i = 0; i < d->n; i++) {
    const DocTok *k = &d->t[i];
    hit[i] = types[k->type] | tw[k->term] | ((k->flags & flags) != 0);
  }
  free(tw);
  free(want);
  if (lua_getfield(L, spec, "except") == LUA_TTABLE) {
    uint64_t *no = term_bits(L, d, spec, "except", 0);      /* a key removed must count */
    if (!no) { lua_pop(L, 1); return -1; }
    for (size_t i = 0; i < d->n; i++)
      if (no[d->t[i].term / 64] >> (d->t[i].term % 64) & 1) hit[i] = 0;
    free(no);
  }
  lua_pop(L, 1);
  return 0;
}

/* doc:candidates(spec, ...) -> the indexes (1-based, ascending) of the tokens
 * that match one of the specs. A token matches a spec when its term is a key
 * of spec.terms (a set, or a list of sets), or its type a key of spec.types, or it has one of the bits
 * spec.flags, or its term starts with one of spec.prefixes or ends with one of spec.suffixes, or (spec.hyphen)
 * holds a hyphen (spec.hyphen a set, or a list of sets: after a first part
 * that is one of its keys), and its term is not in spec.except; and, when spec.near is a spec, a token matching it lies at
 * most spec.back (default 0) tokens after it (an anchor the rule must reach),
 * or, with spec.through a spec, after it past tokens matching that one only. */
static int doc_candidates(lua_State *L) {
  Doc *d = check_doc(L, 1);
  int nspec = lua_gettop(L) - 1;
  for (int k = 2; k <= nspec + 1; k++) luaL_checktype(L, k, LUA_TTABLE);
  unsigned char *any = calloc(d->n + 1, 3);      /* any, hit, anchor: d->n + 1 each */
  if (!any) return luaL_error(L, "out of memory");
  unsigned char *hit = any + d->n + 1, *anc = hit + d->n + 1;
  int rc = 0;
  for (int k = 2; rc == 0 && k <= nspec + 1; k++) {
    if ((rc = mark(L, d, k, hit))) break;
    if (lua_getfield(L, k, "near") == LUA_TTABLE && (rc = mark(L, d, lua_gettop(L), anc)) == 0) {
      if (lua_getfield(L, k, "through") == LUA_TTABLE) {
        /* an anchor after the token, past tokens of spec.through only */
        unsigned char *thr = malloc(d->n + 1);
        if (!thr || mark(L, d, lua_gettop(L), thr)) { free(thr); rc = -1; }
        size_t reach = (size_t)-1;            /* the first anchor reachable from i + 1 on */
        for (size_t i = d->n; rc == 0 && i-- > 0;) {
          if (hit[i] && (reach == (size_t)-1)) hit[i] = 0;
          if (anc[i]) reach = i;
          else if (!thr[i]) reach = (size_t)-1;
        }
        free(thr);
      } else {
        lua_getfield(L, k, "back");
        size_t back = (size_t)luaL_optinteger(L, -1, 0), next = (size_t)-1;
        lua_pop(L, 1);
        for (size_t i = d->n; i-- > 0;) {     /* from the right: the next anchor */
          if (anc[i]) next = i;
          if (hit[i] && (next == (size_t)-1 || next - i > back)) hit[i] = 0;
        }
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
    for (size_t i = 0; i < d->n; i++) any[i] |= hit[i];
  }
  if (rc) { free(any); return luaL_error(L, "out of memory"); }
  lua_newtable(L);
  lua_Integer out = 0;
  for (size_t i = 0; i < d->n; i++)
    if (any[i]) {
      lua_pushinteger(L, (lua_Integer)i + 1);
      lua_rawseti(L, -2, ++out);
    }
  free(any);
  return 1;
}

/* doc:phrases(ph [, overlapping]) -> as ph:find(text) gives them, from the
 * tokens at hand (the dictionary's analyzer must be configured as the doc's) */
static int doc_phrases(lua_State *L) {
  Doc *d = check_doc(L, 1);
  lt_Phrases *ph = lt_check_phrases(L, 2);
  int32_t *ids = malloc((d->nterms + 1) * sizeof *ids);      /* doc term id -> dictionary's */
  lt_PhToken *toks = malloc((d->n + 1) * sizeof *toks);
  if (!ids || !toks) { free(ids); free(toks); return luaL_error(L, "out of memory"); }
  for (size_t k = 0; k < d->nterms; k++)
    ids[k] = lt_ph_term_id(ph, term_str(d, k), d->term[k].len);
  for (size_t i = 0; i < d->n; i++) {
    toks[i].start = d->t[i].start;
    toks[i].end = d->t[i].end;
    toks[i].id = ids[d->t[i].term];
  }
  lt_PhMatch *m;
  size_t n;
  int rc = lt_ph_find_tokens(ph, toks, d->n, lua_toboolean(L, 3), &m, &n);
  free(ids);
  free(toks);
  if (rc) return luaL_error(L, "out of memory");
  lt_push_matches(L, m, n);
  return 1;
}

static const luaL_Reg doc_meths[] = {
  {"record", doc_record}, {"token", doc_token}, {"records", doc_records}, {"tokens", doc_tokens},
  {"columns", doc_columns},
  {"candidates", doc_candidates}, {"phrases", doc_phrases},
  {"close", doc_gc}, {NULL, NULL}
};
static const luaL_Reg doc_metameths[] = {
  {"__index", NULL}, {"__gc", doc_gc}, {"__close", doc_gc}, {"__len", doc_len}, {NULL, NULL}
};

/* adds Analyzer:doc; the analyzer's metatable must exist (lanalyze.c) */
void lt_open_doc(lua_State *L) {
  luaL_newmetatable(L, "lunette.Doc");
  luaL_setfuncs(L, doc_metameths, 0);
  lua_newtable(L);
  luaL_setfuncs(L, doc_meths, 0);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  luaL_getmetatable(L, "lunette.Analyzer");
  lua_createtable(L, 8, 0);
  for (int k = K_START; k <= K_SENTENCE; k++) {
    lua_pushstring(L, RECORD_KEYS[k - 1]);
    lua_rawseti(L, -2, k);
  }
  lua_setfield(L, LUA_REGISTRYINDEX, "lunette.recordkeys");
  lua_getfield(L, -1, "__index");
  lua_pushcfunction(L, an_doc);
  lua_setfield(L, -2, "doc");
  lua_pop(L, 2);
}
