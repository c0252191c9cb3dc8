/* lanalyze.c: Lua binding of analyze.h: lunette.Analyzer.
 *
 * Positions given to Lua are 1-based and inclusive (text:sub(s, e) is the
 * token). Per-token work stays here: the token iterator builds a term string
 * only when asked, and the bulk calls (count, ngrams, sentences, stats) run
 * the whole text in C and return tables. */
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <stdatomic.h>
#include <lua.h>
#include <lauxlib.h>
#include "lcore.h"
#include "analyze.h"
#include "map.h"
#include "tcache.h"
#include "segment.h"

typedef struct An { lt_Analyzer *an; } An;

static lt_Analyzer *check_an(lua_State *L, int i) {
  An *a = luaL_checkudata(L, i, "lunette.Analyzer");
  if (!a->an) luaL_error(L, "attempt to use a closed lunette.Analyzer");
  return a->an;
}

lt_Analyzer *lt_check_analyzer(lua_State *L, int i) { return check_an(L, i); }

static const char *const FOLDS[] = { "none", "case", "accents", NULL };

/* core.analyzer(lang, fold, stem) -> analyzer; raises when lang has no stemmer */
static int an_new(lua_State *L) {
  lt_AnalyzerConfig cfg;
  cfg.lang = luaL_optstring(L, 1, "");
  cfg.fold = luaL_checkoption(L, 2, "accents", FOLDS);
  cfg.stem = lua_toboolean(L, 3);
  An *a = lua_newuserdatauv(L, sizeof *a, 0);
  a->an = NULL;
  luaL_setmetatable(L, "lunette.Analyzer");
  int rc = lt_an_new(&cfg, &a->an);
  if (rc == LT_EINVAL) return luaL_error(L, "no Snowball stemmer for language '%s'", cfg.lang);
  if (rc) return luaL_error(L, "analyzer: %s", lt_an_errmsg(rc));
  return 1;
}

static int an_close(lua_State *L) {
  An *a = luaL_checkudata(L, 1, "lunette.Analyzer");
  lt_Analyzer *an = a->an;
  a->an = NULL;
  lt_an_free(an);
  return 0;
}

/* an:add_stopwords({w, ...} [, weight]) (weight: added to each word's, 1 by
 * default; see an:count_stops) and an:add_abbrevs{w, ...} */
static int add_words(lua_State *L, int stops) {
  lt_Analyzer *an = check_an(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_Integer weight = stops ? luaL_optinteger(L, 3, 1) : 1;
  luaL_argcheck(L, weight > 0, 3, "weight must be positive");
  lua_Integer n = luaL_len(L, 2);
  for (lua_Integer i = 1; i <= n; i++) {
    size_t len;
    lua_geti(L, 2, i);
    const char *w = luaL_checklstring(L, -1, &len);
    if (len && (stops ? lt_an_add_stopword_weight(an, w, len, weight) : lt_an_add_abbrev(an, w, len)))
      return luaL_error(L, "out of memory");
    lua_pop(L, 1);
  }
  return 0;
}
static int an_add_stopwords(lua_State *L) { return add_words(L, 1); }
static int an_add_abbrevs(lua_State *L) { return add_words(L, 0); }

static int an_is_stop(lua_State *L) {
  lt_Analyzer *an = check_an(L, 1);
  size_t n;
  const char *t = luaL_checklstring(L, 2, &n);
  lua_pushboolean(L, lt_an_is_stop(an, t, n));
  return 1;
}

/* an:term(word [, stem]) -> the normalised term of any word */
static int an_term(lua_State *L) {
  lt_Analyzer *an = check_an(L, 1);
  size_t n, tn;
  const char *w = luaL_checklstring(L, 2, &n), *t;
  if (lt_an_word_term(an, w, n, lua_toboolean(L, 3), &t, &tn))
    return luaL_error(L, "out of memory");
  lua_pushlstring(L, t, tn);
  return 1;
}

/* {====== Token iterator */

typedef struct Iter { lt_Cursor c; An *a; int terms, stem; } Iter;   /* a: upvalue 1's, kept alive there */

/* upvalues: analyzer, text, iter state, then the type names by number (4 + type) */
static int tokens_next(lua_State *L) {
  Iter *it = lua_touserdata(L, lua_upvalueindex(3));
  lt_Analyzer *an = it->a->an;                        /* checked when the iterator was made */
  if (!an) return luaL_error(L, "attempt to use a closed lunette.Analyzer");
  lt_Token t;
  if (!lt_an_next(an, &it->c, &t)) return 0;
  lua_pushinteger(L, (lua_Integer)t.start + 1);
  lua_pushinteger(L, (lua_Integer)t.end);
  lua_pushvalue(L, lua_upvalueindex(4 + t.type));   /* the type's name */
  if (!it->terms) return 3;           /* the cheap form: start, stop, type */
  {
    const char *term;
    size_t n;
    if (lt_an_term(an, it->c.text, &t, it->stem, &term, &n)) return luaL_error(L, "out of memory");
    lua_pushlstring(L, term, n);
  }
  if (t.type >= LT_TOK_NUMBER && t.type <= LT_TOK_DATE) lua_pushnumber(L, t.value);
  else lua_pushnil(L);
  lua_pushinteger(L, t.flags);
  return 6;
}

/* an:tokens(text [, terms [, stem]]) -> iterator of start, stop, type; with
 * terms: start, stop, type, term, value|nil, flags */
static int an_tokens(lua_State *L) {
  check_an(L, 1);
  size_t n;
  const char *text = luaL_checklstring(L, 2, &n);
  int terms = lua_toboolean(L, 3), stem = lua_toboolean(L, 4);
  lua_settop(L, 2);
  Iter *it = lua_newuserdatauv(L, sizeof *it, 0);   /* an, text, iter */
  lt_an_start(&it->c, text, n);                     /* text stays alive as an upvalue */
  it->a = lua_touserdata(L, 1);
  it->terms = terms;
  it->stem = stem;
  lua_getfield(L, LUA_REGISTRYINDEX, "lunette.tokentypes");   /* the names, as upvalues: */
  for (int ty = 0; ty < LT_TOK_NTYPES; ty++) lua_rawgeti(L, 4, ty);   /* cheaper to push */
  lua_remove(L, 4);
  lua_pushcclosure(L, tokens_next, 3 + LT_TOK_NTYPES);   /* an, text, iter, type names */
  return 1;
}

/* }====== */

/* {====== Bulk calls */

/* opts of the bulk calls: stem (stemmed terms), skip_stop (drop stopwords
 * and elisions), numbers (false: words only) */
typedef struct Opts { int stem, stop, numbers; } Opts;

static Opts check_opts(lua_State *L, int i) {
  Opts o = { 0, 0, 1 };
  if (lua_isnoneornil(L, i)) return o;
  luaL_checktype(L, i, LUA_TTABLE);
  lua_getfield(L, i, "stem"); o.stem = lua_toboolean(L, -1);
  lua_getfield(L, i, "skip_stop"); o.stop = lua_toboolean(L, -1);
  lua_getfield(L, i, "numbers"); o.numbers = lua_isnil(L, -1) ? 1 : lua_toboolean(L, -1);
  lua_pop(L, 3);
  return o;
}

/* Is this token counted under o (o.stop set means: drop stopwords)? 1 with
 * its term in *term, *n; 0 not; -1 out of memory. A stopword is known by its folded
 * term, not its stem ("armées" a stopword: "arme" is not one). */
static int counted_term(lt_Analyzer *an, const char *text, const lt_Token *t, const Opts *o,
                        const char **term, size_t *n) {
  if (t->type == LT_TOK_PUNCT || t->type == LT_TOK_SYMBOL) return 0;
  if (!o->numbers && t->type != LT_TOK_WORD) return 0;
  if (o->stop && (t->flags & LT_TF_ELISION)) return 0;
  int stemmed = o->stem && t->type == LT_TOK_WORD;
  if (o->stop && stemmed) {               /* the folded term first, for the stopword */
    if (lt_an_term(an, text, t, 0, term, n)) return -1;
    if (lt_an_is_stop(an, *term, *n)) return 0;
  }
  if (lt_an_term(an, text, t, o->stem, term, n)) return -1;
  if (o->stop && !stemmed && lt_an_is_stop(an, *term, *n)) return 0;
  return *n > 0;
}

/* Push the entries of count min or more of the map as a Lua table term ->
 * count, or add them into the table at `into`. */
static void push_map(lua_State *L, lt_Map *m, int into, int64_t min) {
  if (into) lua_pushvalue(L, into);
  else lua_createtable(L, 0, min > 1 ? 0 : (int)m->n);
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->slots[i].len || m->slots[i].val < min) continue;
    lua_pushlstring(L, lt_map_key(m, i), m->slots[i].len);
    if (!into) {                         /* a new table: each key once */
      lua_pushinteger(L, m->slots[i].val);
      lua_rawset(L, -3);
      continue;
    }
    lua_pushvalue(L, -1);
    lua_rawget(L, -3);
    lua_Integer prev = lua_tointeger(L, -1);
    lua_pop(L, 1);
    lua_pushinteger(L, prev + m->slots[i].val);
    lua_rawset(L, -3);
  }
}

static int count_into(lt_Analyzer *an, const char *text, size_t len, const Opts *o, lt_Map *m,
                      lt_TCache *words, size_t *words_cap);
/* n of an n-gram count (an:ngrams, an:counter), argument arg: 1 to 5 */
static int check_ngram_n(lua_State *L, lua_Integer n, int arg) {
  luaL_argcheck(L, n >= 1 && n <= 5, arg, "n must be 1 to 5");
  return (int)n;
}
static int ngrams_into(lt_Analyzer *an, const char *text, size_t len, int n, const Opts *o, lt_Map *m);

/* an:count(text [, opts [, into]]) -> {term = count}; into: add to that table */
static int an_count(lua_State *L) {
  lt_Analyzer *an = check_an(L, 1);
  size_t len;
  const char *text = luaL_checklstring(L, 2, &len);
  Opts o = check_opts(L, 3);
  int into = lua_istable(L, 4) ? 4 : 0;
  lt_Map m = {0};
  int rc = count_into(an, text, len, &o, &m, NULL, NULL);
  if (rc == LT_OK) push_map(L, &m, into, 1);
  lt_map_free(&m);
  if (rc != LT_OK) return luaL_error(L, "count: out of memory");
  return 1;
}

/* Call each(ctx, term, n) for every term of text that o counts (no
 * punctuation; stopwords and numbers per o). Stops at the first nonzero status. */
static int each_term(lt_Analyzer *an, const char *text, size_t len, const Opts *o,
                     int (*each)(void *, const char *, size_t), void *ctx) {
  lt_Cursor c;
  lt_Token t;
  int rc = LT_OK;
  lt_an_start(&c, text, len);
  while (rc == LT_OK && lt_an_next(an, &c, &t)) {
    const char *term;
    size_t n;
    int k = counted_term(an, text, &t, o, &term, &n);
    if (k < 0) rc = LT_ENOMEM;
    else if (k) rc = each(ctx, term, n);
  }
  return rc;
}

/* Add the occurrences a word cache holds (slot n) into m, whose slots its
 * vals are. */
static void flush_words(lt_Map *m, lt_TCache *words) {
  if (!words || !words->slots) return;
  for (size_t i = 0; i < (size_t)1 << LT_TC_BITS; i++) {
    lt_TCSlot *s = &words->slots[i];
    if (s->n) { m->slots[s->val].val += s->n; s->n = 0; }
  }
}

/* Grow m, whose slots the cache words holds (vals), moving them with their
 * keys: the cache stays full and its counts where they are. */
static int grow_cached(lt_Map *m, lt_TCache *words) {
  uint32_t *moved = malloc(sizeof *moved * (m->cap ? m->cap : 1));
  int rc = moved ? lt_map_grow(m, moved) : LT_ENOMEM;
  for (size_t i = 0; rc == LT_OK && words->slots && i < (size_t)1 << LT_TC_BITS; i++) {
    lt_TCSlot *s = &words->slots[i];
    if (s->ntag && s->val >= 0) s->val = (int32_t)moved[s->val];
  }
  free(moved);
  return rc;
}

/* Count the terms of text into m (an:count, counter:add). With a cache of
 * words as written -> slot of m (-1: not counted), valid while m keeps the
 * capacity *words_cap or grows here, a word seen before costs a lookup: no
 * term, no hash, and its count stays in the cache slot (n) until the slot is
 * taken by another word or flush_words: frequent words never touch the map,
 * which is far larger than the cache. */
static int count_into(lt_Analyzer *an, const char *text, size_t len, const Opts *o, lt_Map *m,
                      lt_TCache *words, size_t *words_cap) {
  lt_Cursor c;
  lt_Token t;
  int rc = LT_OK;
  lt_an_start(&c, text, len);
  while (rc == LT_OK && lt_an_next(an, &c, &t)) {
    if (t.type == LT_TOK_PUNCT || t.type == LT_TOK_SYMBOL) continue;
    lt_TCKey key = { { 0, 0, 0 }, 0 };
    lt_TCSlot *slot = NULL;
    int hit = 0;
    if (words && t.type == LT_TOK_WORD &&
        lt_tc_key_short(&key, text + t.start, t.end - t.start, t.flags & LT_TF_ELISION ? 2 : 1, text + len))
      slot = lt_tc_get(words, &key, &hit);
    if (hit) {
      if (slot->val >= 0 && ++slot->n == UINT32_MAX) { m->slots[slot->val].val += slot->n; slot->n = 0; }
      continue;
    }
    const char *term;
    size_t n, at = 0;
    int32_t val = -1;
    int k = counted_term(an, text, &t, o, &term, &n);
    if (k < 0) { rc = LT_ENOMEM; break; }
    if (k) {
      if (words && lt_map_full(m)) {
        if ((rc = grow_cached(m, words))) break;
        *words_cap = m->cap;
      }
      if ((rc = lt_map_add_at(m, term, n, 1, &at))) break;
      val = (int32_t)at;
    }
    if (slot) {
      if (slot->n) m->slots[slot->val].val += slot->n;   /* the word it held */
      lt_tc_put(slot, &key); slot->val = val; slot->n = 0;
    }
  }
  return rc;
}

/* A counter: term counts accumulated in C over many texts, turned into a Lua
 * table once at the end. upvalue/uservalue 1: the analyzer. */
typedef struct Counter {
  lt_Map m;
  Opts o;
  int open;
  int n;                /* 1: terms; 2-5: n-grams */
  lt_TCache words;      /* word as written -> its slot in m (see count_into) */
  size_t words_cap;
} Counter;

static Counter *check_counter(lua_State *L, int i) {
  Counter *k = luaL_checkudata(L, i, "lunette.Counter");
  if (!k->open) luaL_error(L, "attempt to use a closed lunette.Counter");
  return k;
}

/* an:counter([opts]) -> counter (opts as for an:count, and n: n-grams of n
 * terms, 1 to 5, as an:ngrams counts them) */
static int an_counter(lua_State *L) {
  check_an(L, 1);
  Opts o = check_opts(L, 2);
  int n = 1;
  if (lua_istable(L, 2)) {
    lua_getfield(L, 2, "n");
    n = check_ngram_n(L, luaL_optinteger(L, -1, 1), 2);
    lua_pop(L, 1);
  }
  Counter *k = lua_newuserdatauv(L, sizeof *k, 1);
  memset(k, 0, sizeof *k);
  luaL_setmetatable(L, "lunette.Counter");
  k->o = o;
  k->n = n;
  k->open = 1;
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1);           /* the counter keeps its analyzer */
  return 1;
}

/* A list of texts handed out to the threads of counter:add in batches of
 * step texts (about 64 KB at the list's mean length, and 8 batches a thread
 * at least): thread w counts batch w, then takes the next batch not taken
 * whenever done with one, so a slower processor (a busy core, a shared
 * machine) counts fewer of them and none waits for it. */
typedef struct Queue {
  const char **text;
  const size_t *len;
  size_t n, step;
  atomic_size_t next;                    /* the first batch not taken */
} Queue;

/* One thread's part (counter:add): the batches it takes, counted with its own
 * analyzer into its own map, or the counter's own for the first. */
typedef struct Share {
  const Counter *k;
  Queue *q;
  size_t first;                          /* its first batch */
  lt_Analyzer *an;
  lt_Map *m, own;
  lt_TCache *words, own_words;
  size_t *words_cap, own_cap;
  int rc;
} Share;

static void *share_run(void *arg) {
  Share *s = arg;
  Queue *q = s->q;
  for (size_t b = s->first; s->rc == LT_OK && b * q->step < q->n; b = atomic_fetch_add(&q->next, 1))
    for (size_t i = b * q->step; i < q->n && i < (b + 1) * q->step && s->rc == LT_OK; i++)
      s->rc = s->k->n > 1 ? ngrams_into(s->an, q->text[i], q->len[i], s->k->n, &s->k->o, s->m)
                          : count_into(s->an, q->text[i], q->len[i], &s->k->o, s->m, s->words, s->words_cap);
  if (s->words == &s->own_words) flush_words(s->m, s->words);   /* the counter's stays */
  return NULL;
}

/* Count texts[0..n) into k with up to nthreads threads taking batches from
 * one queue; each thread past the first clones the analyzer and counts into a
 * map of its own, added to k's at the end. The counts are the same whatever
 * the number of threads and whichever thread counts which text. */
static int count_texts(Counter *k, lt_Analyzer *an, const char **text, const size_t *len,
                       size_t n, int nthreads) {
  enum { MAXT = 64, BATCH = 1 << 16 };
  size_t total = 0;
  for (size_t j = 0; j < n; j++) total += len[j];
  int t = nthreads < 1 ? 1 : nthreads > MAXT ? MAXT : nthreads;
  if ((size_t)t > n) t = n ? (int)n : 1;
  size_t step = total > BATCH ? (size_t)((double)n * BATCH / (double)total) : n;
  size_t most = n / (8 * (size_t)t);     /* 8 batches a thread at least, when there are as many texts */
  if (most && step > most) step = most;
  if (step < 1) step = 1;
  Queue q = { text, len, n, step, (size_t)t };
  Share s[MAXT];
  pthread_t tid[MAXT];
  int started[MAXT] = { 0 }, rc = LT_OK;
  memset(s, 0, sizeof s);
  for (int w = 0; w < t; w++) {
    s[w].k = k; s[w].q = &q; s[w].first = (size_t)w;
    if (w == 0) {
      s[w].an = an; s[w].m = &k->m; s[w].words = &k->words; s[w].words_cap = &k->words_cap;
    } else {
      s[w].m = &s[w].own; s[w].words = &s[w].own_words; s[w].words_cap = &s[w].own_cap;
      s[w].rc = lt_an_clone(an, &s[w].an);   /* on failure, counts nothing */
    }
  }
  for (int w = 1; w < t; w++) started[w] = pthread_create(&tid[w], NULL, share_run, &s[w]) == 0;
  share_run(&s[0]);
  for (int w = 1; w < t; w++) {
    if (started[w]) pthread_join(tid[w], NULL);
    else share_run(&s[w]);                /* no thread: counted here */
  }
  if (t > 1) flush_words(&k->m, &k->words);  /* before k->m grows, its cache emptied then */
  for (int w = 0; w < t; w++) {
    if (rc == LT_OK) rc = s[w].rc;
    if (w == 0) continue;
    if (rc == LT_OK) rc = lt_map_merge(&k->m, &s[w].own);
    lt_map_free(&s[w].own);
    lt_tc_free(&s[w].own_words);
    lt_an_free(s[w].an);
  }
  if (k->m.cap != k->words_cap) { lt_tc_clear(&k->words); k->words_cap = k->m.cap; }
  return rc;
}

/* counter:add(text) -> counter; counter:add({text, ...} [, threads]): the
 * texts of a list counted with threads threads (default: the processors online) */
static int counter_add(lua_State *L) {
  Counter *k = check_counter(L, 1);
  int list = lua_istable(L, 2);
  size_t n = list ? (size_t)lua_rawlen(L, 2) : 1;
  int nthreads = (int)luaL_optinteger(L, 3, list ? lt_cpus() : 1);
  lua_getiuservalue(L, 1, 1);
  lt_Analyzer *an = check_an(L, -1);
  const char **text = lua_newuserdatauv(L, n * (sizeof *text + sizeof(size_t)), 0);
  size_t *len = (size_t *)(void *)(text + n);   /* freed by the collector, on error too */
  if (!list) text[0] = luaL_checklstring(L, 2, &len[0]);
  for (size_t i = 0; list && i < n; i++) {
    if (lua_rawgeti(L, 2, (lua_Integer)i + 1) != LUA_TSTRING)
      return luaL_error(L, "counter:add: item %d of the list is a %s, not a string", (int)i + 1,
                        luaL_typename(L, -1));
    text[i] = lua_tolstring(L, -1, &len[i]);   /* the list keeps it */
    lua_pop(L, 1);
  }
  if (count_texts(k, an, text, len, n, nthreads) != LT_OK)
    return luaL_error(L, "count: out of memory");
  lua_settop(L, 1);
  return 1;
}

/* counter:table([min]) -> {term = count}, the terms counted min times or more (1) */
static int counter_table(lua_State *L) {
  Counter *k = check_counter(L, 1);
  flush_words(&k->m, &k->words);
  push_map(L, &k->m, 0, (int64_t)luaL_optinteger(L, 2, 1));
  return 1;
}

/* counter:total() -> distinct terms, occurrences */
static int counter_total(lua_State *L) {
  Counter *k = check_counter(L, 1);
  flush_words(&k->m, &k->words);
  lua_Integer total = 0;
  for (size_t i = 0; i < k->m.cap; i++) if (k->m.slots[i].len) total += k->m.slots[i].val;
  lua_pushinteger(L, (lua_Integer)k->m.n);
  lua_pushinteger(L, total);
  return 2;
}

static int counter_close(lua_State *L) {
  Counter *k = luaL_checkudata(L, 1, "lunette.Counter");
  k->open = 0;
  lt_map_free(&k->m);
  lt_tc_free(&k->words);
  return 0;
}

/* the counted terms of a text in order: offsets and lengths into one arena */
typedef struct Terms { lt_Buf arena; size_t *off, *len, n, cap; } Terms;

static int add_term(void *p, const char *term, size_t n) {
  Terms *tm = p;
  if (tm->n == tm->cap) {
    size_t cap = tm->cap ? tm->cap * 2 : 256;
    size_t *a = realloc(tm->off, cap * sizeof *a);
    if (!a) return LT_ENOMEM;
    tm->off = a;
    size_t *b = realloc(tm->len, cap * sizeof *b);
    if (!b) return LT_ENOMEM;
    tm->len = b;
    tm->cap = cap;
  }
  if (lt_buf_reserve(&tm->arena, tm->arena.n + n)) return LT_ENOMEM;
  memcpy(tm->arena.p + tm->arena.n, term, n);
  tm->off[tm->n] = tm->arena.n;
  tm->len[tm->n++] = n;
  tm->arena.n += n;
  return LT_OK;
}

/* an:cooc(text, term, window [, opts [, into]]) -> {term = count}, hits, slots:
 * the terms within window tokens left and right of each occurrence of term
 * (punctuation and symbols are not counted and do not take a slot; with
 * opts.skip_stop, neither do stopwords). hits: occurrences of term; slots:
 * the window positions seen around them (the R1 of the collocation tables). */
static int an_cooc(lua_State *L) {
  lt_Analyzer *an = check_an(L, 1);
  size_t len, tlen;
  const char *text = luaL_checklstring(L, 2, &len);
  const char *target = luaL_checklstring(L, 3, &tlen);
  int w = (int)luaL_checkinteger(L, 4);
  luaL_argcheck(L, w >= 1 && w <= 50, 4, "window must be 1 to 50");
  Opts o = check_opts(L, 5);
  int into = lua_istable(L, 6) ? 6 : 0;
  /* the text's counted terms, as offsets into one arena */
  Terms tm = { {0}, NULL, NULL, 0, 0 };
  int rc = each_term(an, text, len, &o, add_term, &tm);
  lt_Buf arena = tm.arena;
  size_t *off = tm.off, *tl = tm.len, n = tm.n;
  lt_Map m = {0};
  lua_Integer hits = 0, slots = 0;
  for (size_t i = 0; rc == LT_OK && i < n; i++) {
    if (tl[i] != tlen || memcmp(arena.p + off[i], target, tlen) != 0) continue;
    hits++;
    size_t a = i >= (size_t)w ? i - (size_t)w : 0, b = i + (size_t)w < n ? i + (size_t)w : n - 1;
    for (size_t k = a; k <= b && rc == LT_OK; k++) {
      if (k == i) continue;
      slots++;
      rc = lt_map_add(&m, arena.p + off[k], tl[k], 1);
    }
  }
  if (rc == LT_OK) push_map(L, &m, into, 1);
  lt_map_free(&m);
  lt_buf_free(&arena);
  free(off);
  free(tl);
  if (rc != LT_OK) return luaL_error(L, "cooc: out of memory");
  lua_pushinteger(L, hits);
  lua_pushinteger(L, slots);
  return 3;
}

/* Count the n-grams (n = 1..5) of text into m: the counted terms of a run
 * with no punctuation, joined by one space (stopwords left out, not breaking
 * a run, when o skips them). */
static int ngrams_into(lt_Analyzer *an, const char *text, size_t len, int n, const Opts *o, lt_Map *m) {
  lt_Buf win[5] = {{0}}, key = {0};
  int have = 0, rc = LT_OK;
  lt_Cursor c;
  lt_Token t;
  lt_an_start(&c, text, len);
  while (rc == LT_OK && lt_an_next(an, &c, &t)) {
    const char *term;
    size_t tn;
    if (t.type == LT_TOK_PUNCT || t.type == LT_TOK_SYMBOL) { have = 0; continue; }
    int counted = counted_term(an, text, &t, o, &term, &tn);
    if (counted < 0) { rc = LT_ENOMEM; break; }
    if (!counted) { if (o->stop) continue; have = 0; continue; }
    lt_Buf slot = win[0];                     /* shift the window left by one */
    memmove(win, win + 1, sizeof(lt_Buf) * (size_t)(n - 1));
    win[n - 1] = slot;
    if ((rc = lt_buf_reserve(&win[n - 1], tn + 1))) break;
    memcpy(win[n - 1].p, term, tn);
    win[n - 1].n = tn;
    if (++have < n) continue;
    key.n = 0;
    for (int k = 0; k < n && rc == LT_OK; k++) {
      if ((rc = lt_buf_reserve(&key, key.n + win[k].n + 1))) break;
      if (k) key.p[key.n++] = ' ';
      memcpy(key.p + key.n, win[k].p, win[k].n);
      key.n += win[k].n;
    }
    if (rc == LT_OK) rc = lt_map_add(m, key.p, key.n, 1);
  }
  for (int k = 0; k < 5; k++) lt_buf_free(&win[k]);
  lt_buf_free(&key);
  return rc;
}

/* an:ngrams(text, n [, opts [, into]]) -> {"t1 t2 ..." = count}; n-grams do
 * not cross punctuation */
static int an_ngrams(lua_State *L) {
  lt_Analyzer *an = check_an(L, 1);
  size_t len;
  const char *text = luaL_checklstring(L, 2, &len);
  int n = check_ngram_n(L, luaL_checkinteger(L, 3), 3);
  Opts o = check_opts(L, 4);
  int into = lua_istable(L, 5) ? 5 : 0;
  lt_Map m = {0};
  int rc = ngrams_into(an, text, len, n, &o, &m);
  if (rc == LT_OK) push_map(L, &m, into, 1);
  lt_map_free(&m);
  if (rc != LT_OK) return luaL_error(L, "ngrams: out of memory");
  return 1;
}

/* an:sentences(text) -> {s1, e1, s2, e2, ...} (1-based, inclusive), empty
 * sentences (only spaces) left out */
static int an_sentences(lua_State *L) {
  lt_Analyzer *an = check_an(L, 1);
  size_t len, pos = 0;
  const char *text = luaL_checklstring(L, 2, &len);
  lua_Integer k = 0;
  lua_newtable(L);
  while (pos < len) {
    size_t e = lt_an_sentence_next(an, text, len, pos), a = pos, b = e;
    while (a < b && (unsigned char)text[a] <= ' ') a++;
    while (b > a && (unsigned char)text[b - 1] <= ' ') b--;
    if (b > a) {
      lua_pushinteger(L, (lua_Integer)a + 1); lua_rawseti(L, -2, ++k);
      lua_pushinteger(L, (lua_Integer)b); lua_rawseti(L, -2, ++k);
    }
    pos = e;
  }
  return 1;
}

/* an:stats(text) -> tokens, words, sentences */
static int an_stats(lua_State *L) {
  lt_Analyzer *an = check_an(L, 1);
  size_t len, pos = 0;
  const char *text = luaL_checklstring(L, 2, &len);
  lua_Integer ntok = 0, nword = 0, nsent = 0;
  lt_Cursor c;
  lt_Token t;
  lt_an_start(&c, text, len);
  while (lt_an_next(an, &c, &t)) {
    ntok++;
    if (t.type == LT_TOK_WORD) nword++;
  }
  while (pos < len) {
    size_t e = lt_an_sentence_next(an, text, len, pos);
    for (size_t i = pos; i < e; i++)
      if ((unsigned char)text[i] > ' ') { nsent++; break; }
    pos = e;
  }
  lua_pushinteger(L, ntok);
  lua_pushinteger(L, nword);
  lua_pushinteger(L, nsent);
  return 3;
}

/* an:count_stops(text [, others]) -> stopwords, words [, stopwords of each
 * of others]: the word tokens of text that are stopwords of the analyzer
 * (each as many times as its list holds it), and all its word tokens (no
 * numbers, no punctuation): a language profile's share. others: a list of
 * analyzers whose stopword lists are read too, over the same tokens (one pass
 * for several profiles). */
#define MAX_PROFILES 32
typedef struct StopCount { lt_Analyzer *an[MAX_PROFILES + 1]; int n; lua_Integer stops[MAX_PROFILES + 1], words; } StopCount;
static int add_stop(void *p, const char *term, size_t n) {
  StopCount *sc = p;
  sc->words++;
  uint64_t h = lt_map_hash(term, n);          /* one hash for every list */
  for (int i = 0; i < sc->n; i++) sc->stops[i] += lt_an_stop_weight_hashed(sc->an[i], term, n, h);
  return LT_OK;
}
static int an_count_stops(lua_State *L) {
  StopCount sc = { { check_an(L, 1) }, 1, { 0 }, 0 };
  size_t len;
  const char *text = luaL_checklstring(L, 2, &len);
  if (!lua_isnoneornil(L, 3)) {
    luaL_checktype(L, 3, LUA_TTABLE);
    lua_Integer k = luaL_len(L, 3);
    luaL_argcheck(L, k <= MAX_PROFILES, 3, "too many analyzers");
    for (lua_Integer i = 1; i <= k; i++) {
      lua_geti(L, 3, i);
      sc.an[sc.n++] = check_an(L, -1);      /* (the list keeps it) */
      lua_pop(L, 1);
    }
  }
  Opts o = { 0, 0, 0 };                     /* words only, stopwords kept */
  if (each_term(sc.an[0], text, len, &o, add_stop, &sc)) return luaL_error(L, "count_stops: out of memory");
  lua_pushinteger(L, sc.stops[0]);
  lua_pushinteger(L, sc.words);
  for (int i = 1; i < sc.n; i++) lua_pushinteger(L, sc.stops[i]);
  return sc.n + 1;
}

/* an:measure(text, level) -> tokens: 0 counts UAX #29 word segments only,
 * 1 tokens, 2 tokens with their terms, 3 with stemmed terms. For timing the
 * analyzer as a whole (lunette tokens --count, make bench). */
static int an_measure(lua_State *L) {
  lt_Analyzer *an = check_an(L, 1);
  size_t len;
  const char *text = luaL_checklstring(L, 2, &len);
  int level = (int)luaL_optinteger(L, 3, 2);
  lua_Integer n = 0;
  if (level == 0) {
    size_t ends[256], got, pos = 0;
    while ((got = lt_seg_words(text, len, pos, ends, 256)) > 0) {
      n += (lua_Integer)got;
      pos = ends[got - 1];
    }
  } else {
    lt_Cursor c;
    lt_Token t;
    lt_an_start(&c, text, len);
    while (lt_an_next(an, &c, &t)) {
      const char *term;
      size_t tn;
      n++;
      if (level >= 2 && lt_an_term(an, text, &t, level >= 3, &term, &tn))
        return luaL_error(L, "out of memory");
    }
  }
  lua_pushinteger(L, n);
  return 1;
}

/* }====== */

static const luaL_Reg counter_meths[] = {
  {"add", counter_add}, {"table", counter_table}, {"total", counter_total},
  {"close", counter_close}, {NULL, NULL}
};
static const luaL_Reg counter_metameths[] = {
  {"__index", NULL}, {"__gc", counter_close}, {"__close", counter_close}, {NULL, NULL}
};

static const luaL_Reg an_meths[] = {
  {"measure", an_measure}, {"counter", an_counter}, {"cooc", an_cooc},
  {"add_stopwords", an_add_stopwords}, {"add_abbrevs", an_add_abbrevs},
  {"is_stop", an_is_stop}, {"term", an_term}, {"tokens", an_tokens}, {"count", an_count},
  {"ngrams", an_ngrams}, {"sentences", an_sentences}, {"stats", an_stats}, {"count_stops", an_count_stops},
  {"close", an_close}, {NULL, NULL}
};
static const luaL_Reg an_metameths[] = {
  {"__index", NULL}, {"__gc", an_close}, {"__close", an_close}, {NULL, NULL}
};

void lt_open_analyzer(lua_State *L) {
  luaL_newmetatable(L, "lunette.Analyzer");
  luaL_setfuncs(L, an_metameths, 0);
  luaL_newlib(L, an_meths);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  luaL_newmetatable(L, "lunette.Counter");
  luaL_setfuncs(L, counter_metameths, 0);
  luaL_newlib(L, counter_meths);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  lua_createtable(L, LT_TOK_NTYPES, 0);     /* type names, shared by iterators */
  for (int i = 1; i < LT_TOK_NTYPES; i++) {
    lua_pushstring(L, lt_tok_names[i]);
    lua_rawseti(L, -2, i);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, "lunette.tokentypes");
  lua_setfield(L, -2, "token_types");
  lua_pushcfunction(L, an_new);
  lua_setfield(L, -2, "analyzer");
  lua_pushinteger(L, LT_ANALYZER_VERSION);
  lua_setfield(L, -2, "analyzer_version");
}
