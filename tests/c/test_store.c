/* test_store.c: the store engine: WAL, the lunette FTS5 tokenizer (search and
 * analysis agree), busy timeout on a locked database. No Lua. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"
#include "../../core/store.h"

/* ids of the rows matching q, as "1,3" */
static void match(sqlite3 *db, const char *q, char *out, size_t cap) {
  sqlite3_stmt *st;
  size_t n = 0;
  out[0] = 0;
  if (sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", -1, &st, NULL)) {
    snprintf(out, cap, "error: %s", sqlite3_errmsg(db));
    return;
  }
  sqlite3_bind_text(st, 1, q, -1, SQLITE_STATIC);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW)
    n += (size_t)snprintf(out + n, cap - n, "%s%lld", n ? "," : "", sqlite3_column_int64(st, 0));
  if (rc != SQLITE_DONE) snprintf(out, cap, "error: %s", sqlite3_errmsg(db));
  sqlite3_finalize(st);
}

static const struct { const char *id, *query, *want; } QUERIES[] = {
  {"2.1", "coreen", "1,2"},                       /* Coréens, nord-coréens */
  {"2.2", "CORÉE", "1,3"},
  {"2.3", "\"11 000\"", "2"},                     /* written with U+00A0 */
  {"2.4", "\"11\xc2\xa0" "000 soldats\"", "2"},
  {"2.5", "nord", "2"},                           /* a part of nord-coréens */
  {"2.6", "\"nord-coréens\"", "2"},
  {"2.7", "armee", "3"},                          /* l'armée */
  {"2.8", "cor*", "1,2,3"},
  {"2.9", "soldat AND coreen", "2"},
  {"2.10", "l", ""},                              /* the elision l' is its own term */
  {NULL, NULL, NULL}
};

int main(void) {
  char path[] = "/tmp/lunette-test-store-XXXXXX", err[256], got[256], dbfile[300];
  check("mkdtemp", mkdtemp(path) != NULL);
  snprintf(dbfile, sizeof dbfile, "%s/t.db", path);
  sqlite3 *db = NULL, *db2 = NULL;
  check("1.1 open", lt_store_open(dbfile, 0, 5000, &db, err, sizeof err) == SQLITE_OK);
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL);
  sqlite3_step(st);
  check("1.2 WAL", strcmp((const char *)sqlite3_column_text(st, 0), "wal") == 0);
  sqlite3_finalize(st);
  int rc = sqlite3_exec(db,
    "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='lunette fr accents stem');"
    "INSERT INTO t(rowid, body) VALUES (1, 'Les Coréens et la Corée');"
    "INSERT INTO t(rowid, body) VALUES (2, 'plus de 11\xc2\xa0" "000 soldats nord-coréens');"
    "INSERT INTO t(rowid, body) VALUES (3, 'L''armée de CORÉE du Sud');", NULL, NULL, NULL);
  check("1.3 create and insert", rc == SQLITE_OK);
  for (int i = 0; QUERIES[i].id; i++) {
    match(db, QUERIES[i].query, got, sizeof got);
    int ok = strcmp(got, QUERIES[i].want) == 0;
    if (!ok) fprintf(stderr, "query %s %s: want '%s' got '%s'\n", QUERIES[i].id, QUERIES[i].query,
                     QUERIES[i].want, got);
    check(QUERIES[i].id, ok);
  }
  match(db, "AND (", got, sizeof got);
  check("3.1 syntax error reported", strstr(got, "fts5: syntax error") != NULL);
  check("3.2 bad tokenizer argument", sqlite3_exec(db,
    "CREATE VIRTUAL TABLE u USING fts5(b, tokenize='lunette fr bogus-argument-that-is-long')",
    NULL, NULL, NULL) != SQLITE_OK);
  /* a writer holds the lock: the second waits its busy timeout, then BUSY */
  check("4.1 second connection", lt_store_open(dbfile, 0, 100, &db2, err, sizeof err) == SQLITE_OK);
  check("4.2 writer begins", sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK);
  rc = sqlite3_exec(db2, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  check("4.3 locked", (rc & 0xFF) == SQLITE_BUSY);
  check("4.4 readers still read", sqlite3_exec(db2, "SELECT count(*) FROM t", NULL, NULL, NULL) == SQLITE_OK);
  sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
  check("4.5 free again", sqlite3_exec(db2, "BEGIN IMMEDIATE; COMMIT", NULL, NULL, NULL) == SQLITE_OK);
  sqlite3_close_v2(db2);
  sqlite3_close_v2(db);
  /* a readonly open does not create a database */
  snprintf(dbfile, sizeof dbfile, "%s/absent.db", path);
  check("5.1 readonly missing", lt_store_open(dbfile, 1, 100, &db, err, sizeof err) != SQLITE_OK &&
        db == NULL && access(dbfile, F_OK) != 0);
  char cmd[400];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
  check("cleanup", system(cmd) == 0);
  return check_report("test_store");
}
