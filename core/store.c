/* store.c: corpus database connections and the lunette FTS5 tokenizer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store.h"
#include "analyze.h"

/* {====== FTS5 tokenizer */

typedef struct Tok { lt_Analyzer *an; } Tok;

static int tok_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out) {
  lt_AnalyzerConfig cfg = { "", LT_FOLD_ACCENTS, -1 };
  (void)ctx;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "none")) cfg.fold = LT_FOLD_NONE;
    else if (!strcmp(a, "case")) cfg.fold = LT_FOLD_CASE;
    else if (!strcmp(a, "accents")) cfg.fold = LT_FOLD_ACCENTS;
    else if (!strcmp(a, "stem")) cfg.stem = 1;
    else if (!strcmp(a, "nostem")) cfg.stem = 0;
    else if (strlen(a) >= 2 && strlen(a) < 16) cfg.lang = a;
    else return SQLITE_ERROR;
  }
  Tok *t = calloc(1, sizeof *t);
  if (!t) return SQLITE_NOMEM;
  int want = cfg.stem;
  cfg.stem = want != 0 && cfg.lang[0];
  int rc = lt_an_new(&cfg, &t->an);
  if (rc == LT_EINVAL && want == -1) {     /* no stemmer for this language: fine */
    cfg.stem = 0;
    rc = lt_an_new(&cfg, &t->an);
  }
  if (rc) { free(t); return rc == LT_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR; }
  *out = (Fts5Tokenizer *)t;
  return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *p) {
  Tok *t = (Tok *)p;
  lt_an_free(t->an);
  free(t);
}

static int tok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int ntext,
                        int (*emit)(void *, int, const char *, int, int, int)) {
  Tok *t = (Tok *)p;
  lt_Cursor c;
  lt_Token k;
  int rc = SQLITE_OK;
  int stem = !(flags & FTS5_TOKENIZE_PREFIX);
  int parts = !(flags & (FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX));
  if (!text || ntext <= 0) return SQLITE_OK;
  lt_an_start(&c, text, (size_t)ntext);
  while (rc == SQLITE_OK && lt_an_next(t->an, &c, &k)) {
    const char *term;
    size_t n;
    if (k.type == LT_TOK_PUNCT || k.type == LT_TOK_SYMBOL) continue;
    if (lt_an_term(t->an, text, &k, stem, &term, &n)) return SQLITE_NOMEM;
    if (n == 0) continue;
    rc = emit(ctx, 0, term, (int)n, (int)k.start, (int)k.end);
    if (rc != SQLITE_OK || !parts || !(k.flags & LT_TF_COMPOUND)) continue;
    /* the parts of a compound, at the position of the whole */
    size_t a = k.start;
    for (size_t i = k.start; i <= k.end && rc == SQLITE_OK; i++) {
      if (i < k.end && text[i] != '-') continue;
      if (i > a) {
        if (lt_an_word_term(t->an, text + a, i - a, stem, &term, &n)) return SQLITE_NOMEM;
        if (n) rc = emit(ctx, FTS5_TOKEN_COLOCATED, term, (int)n, (int)a, (int)i);
      }
      a = i + 1;
    }
  }
  return rc;
}

int lt_store_register(sqlite3 *db) {
  fts5_api *api = NULL;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL);
  if (rc != SQLITE_OK) return rc;
  sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
  sqlite3_step(st);
  rc = sqlite3_finalize(st);
  if (rc != SQLITE_OK) return rc;
  if (!api || api->iVersion < 2) return SQLITE_ERROR;
  static fts5_tokenizer tok = { tok_create, tok_delete, tok_tokenize };
  return api->xCreateTokenizer(api, "lunette", NULL, &tok, NULL);
}

/* }====== */

int lt_store_open(const char *path, int readonly, int busy_ms, sqlite3 **out,
                  char *err, size_t errlen) {
  sqlite3 *db = NULL;
  /* a reader of a WAL database needs to write the -shm index, so "readonly"
   * opens read-write without creating the file, and refuses to write */
  int flags = readonly ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  *out = NULL;
  if (rc == SQLITE_OK) rc = sqlite3_extended_result_codes(db, 1);
  if (rc == SQLITE_OK) rc = sqlite3_busy_timeout(db, busy_ms);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec(db, readonly ? "PRAGMA query_only=1" : "PRAGMA journal_mode=WAL",
                      NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec(db, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL", NULL, NULL, NULL);
  if (rc == SQLITE_OK) rc = lt_store_register(db);
  if (rc != SQLITE_OK) {
    snprintf(err, errlen, "%s", db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    return rc;
  }
  *out = db;
  return SQLITE_OK;
}
