/* bench.c: the analyzer against its peers, side by side in one process run.
 *
 * usage: bench FILE [REPEAT]
 * FILE holds documents separated by the byte 0x1E (tools/bench.sh makes it
 * from the JSONL corpora in ../shared/bench-corpus). Every tokenizer is called
 * once per document, as an indexer would; the best of REPEAT runs is kept.
 * Prints one line per contender: name, MB/s, million tokens/s, tokens. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sqlite3.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include "../core/analyze.h"
#include "../core/segment.h"

typedef struct Doc { const char *p; size_t n; } Doc;
static Doc *docs;
static size_t ndocs, nbytes;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* {====== contenders: each returns the number of tokens of one document */

/* the floor: one table lookup per byte, counting runs of non-space bytes */
static size_t floor_bytes(const char *p, size_t n, void *ctx) {
  static unsigned char sp[256];
  (void)ctx;
  sp[' '] = sp['\n'] = sp['\t'] = sp['\r'] = 1;
  size_t k = 0;
  int in = 0;
  for (size_t i = 0; i < n; i++) {
    int s = sp[(unsigned char)p[i]];
    k += (size_t)(!s & !in);
    in = !s;
  }
  return k;
}

/* every UAX #29 word segment, many at a time (lt_seg_words) */
static size_t lt_segments(const char *p, size_t n, void *ctx) {
  (void)ctx;
  size_t k = 0, got, ends[256], pos = 0;
  while ((got = lt_seg_words(p, n, pos, ends, 256)) > 0) {
    k += got;
    pos = ends[got - 1];
  }
  return k;
}

/* the same, one boundary per call (lt_seg_word_next) */
static size_t lt_segments1(const char *p, size_t n, void *ctx) {
  (void)ctx;
  size_t k = 0;
  for (size_t pos = 0; pos < n; k++) pos = lt_seg_word_next(p, n, pos);
  return k;
}

typedef struct AnCtx { lt_Analyzer *an; int level; } AnCtx;

static size_t lt_tokens(const char *p, size_t n, void *ctx) {
  AnCtx *a = ctx;
  lt_Cursor c;
  lt_Token t;
  size_t k = 0;
  lt_an_start(&c, p, n);
  while (lt_an_next(a->an, &c, &t)) {
    k++;
    if (a->level) {
      const char *term;
      size_t tn;
      lt_an_term(a->an, p, &t, a->level > 1, &term, &tn);
    }
  }
  return k;
}

static size_t icu_words(const char *p, size_t n, void *ctx) {
  UBreakIterator *bi = ctx;
  UErrorCode err = U_ZERO_ERROR;
  UText *ut = utext_openUTF8(NULL, p, (int64_t)n, &err);
  ubrk_setUText(bi, ut, &err);
  size_t k = 0;
  for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) k++;
  utext_close(ut);
  return k - 1;
}

typedef struct U61 { fts5_tokenizer api; Fts5Tokenizer *tok; } U61;
static int count_cb(void *ctx, int flags, const char *t, int nt, int s, int e) {
  (void)flags; (void)t; (void)nt; (void)s; (void)e;
  ++*(size_t *)ctx;
  return SQLITE_OK;
}
static size_t unicode61(const char *p, size_t n, void *ctx) {
  U61 *u = ctx;
  size_t k = 0;
  u->api.xTokenize(u->tok, &k, FTS5_TOKENIZE_DOCUMENT, p, (int)n, count_cb);
  return k;
}

/* }====== */

/* The contenders, timed in turns: round after round, each once per round,
 * its best time kept. A slow spell of the machine (a shared VM) then falls on
 * all of them alike, not on whichever ran at that moment. */
typedef struct Contender {
  const char *name;
  size_t (*f)(const char *, size_t, void *);
  void *ctx;
  double best;
  size_t tokens;
} Contender;

static void run_all(Contender *cs, int n, int rounds) {
  for (int k = 0; k < n; k++) cs[k].best = 1e30;
  for (int r = 0; r < rounds; r++)
    for (int k = 0; k < n; k++) {
      double t0 = now();
      size_t tokens = 0;
      for (size_t i = 0; i < ndocs; i++) tokens += cs[k].f(docs[i].p, docs[i].n, cs[k].ctx);
      double dt = now() - t0;
      if (dt < cs[k].best) cs[k].best = dt;
      cs[k].tokens = tokens;
    }
  for (int k = 0; k < n; k++)
    printf("%-28s %9.1f MB/s %8.2f Mtok/s %10zu tokens\n", cs[k].name,
           (double)nbytes / cs[k].best / 1e6, (double)cs[k].tokens / cs[k].best / 1e6, cs[k].tokens);
  fflush(stdout);
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: bench FILE [ROUNDS]\n"); return 2; }
  int rounds = argc > 2 ? atoi(argv[2]) : 3;
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 1; }
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)size + 1);
  if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) { perror("read"); return 1; }
  fclose(f);
  docs = malloc(sizeof *docs * ((size_t)size / 2 + 2));
  for (char *p = buf, *end = buf + size; p < end;) {
    char *q = memchr(p, 0x1E, (size_t)(end - p));
    if (!q) q = end;
    docs[ndocs].p = p;
    docs[ndocs++].n = (size_t)(q - p);
    nbytes += (size_t)(q - p);
    p = q + 1;
  }
  printf("%zu documents, %.1f MB\n", ndocs, (double)nbytes / 1e6);
  /* each analysis with its own analyzer, as a user configures one: without
   * stems (lunette.analyzer{stem=false}) and with them */
  lt_AnalyzerConfig cfg = { "fr", LT_FOLD_ACCENTS, 0 }, cfg_stem = { "fr", LT_FOLD_ACCENTS, 1 };
  lt_Analyzer *an, *an_stem;
  if (lt_an_new(&cfg, &an) || lt_an_new(&cfg_stem, &an_stem)) return 1;
  AnCtx a0 = { an, 0 }, a1 = { an, 1 }, a2 = { an_stem, 2 };
  sqlite3 *db;
  sqlite3_open(":memory:", &db);
  fts5_api *api = NULL;
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL);
  sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
  sqlite3_step(st);
  sqlite3_finalize(st);
  U61 u;
  void *uctx;
  if (!api || api->xFindTokenizer(api, "unicode61", &uctx, &u.api) ||
      u.api.xCreate(uctx, NULL, 0, &u.tok)) { fprintf(stderr, "no unicode61\n"); return 1; }
  UErrorCode err = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_WORD, "fr", NULL, 0, &err);
  if (U_FAILURE(err)) { fprintf(stderr, "ICU: %s\n", u_errorName(err)); return 1; }
  Contender cs[] = {
    { "floor (byte classes)", floor_bytes, NULL, 0, 0 },
    { "lunette segmentation", lt_segments, NULL, 0, 0 },
    { "lunette segments, one a call", lt_segments1, NULL, 0, 0 },
    { "lunette tokens (typed)", lt_tokens, &a0, 0, 0 },
    { "lunette analysis, no stems", lt_tokens, &a1, 0, 0 },
    { "lunette analysis, stems", lt_tokens, &a2, 0, 0 },
    { "sqlite unicode61", unicode61, &u, 0, 0 },
    { "ICU word BreakIterator", icu_words, bi, 0, 0 },
  };
  run_all(cs, (int)(sizeof cs / sizeof cs[0]), rounds);
  ubrk_close(bi);
  u.api.xDelete(u.tok);
  sqlite3_close(db);
  lt_an_free(an);
  lt_an_free(an_stem);
  free(docs);
  free(buf);
  return 0;
}
