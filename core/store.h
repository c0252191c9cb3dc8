/* store.h: the SQLite side of lunette: opening a corpus database with the
 * settings every connection needs, and the `lunette` FTS5 tokenizer, which
 * runs the analyzer (analyze.h) so that the index and the Lua API agree.
 *
 *   sqlite3 *db;
 *   char err[256];
 *   if (lt_store_open("lunette.db", 0, 5000, &db, err, sizeof err)) ... err says why ...
 *   ... CREATE VIRTUAL TABLE t USING fts5(body, tokenize='lunette fr accents stem') ...
 *   sqlite3_close_v2(db);
 *
 * Tokenizer arguments, all optional and in any order: a language code
 * ("fr", "en", ...), a fold level ("none", "case", "accents", default accents)
 * and "stem" / "nostem" (default stem when the language has a stemmer).
 * Indexed: every token but punctuation and symbols. A hyphenated word is
 * indexed whole and, at the same position, each of its parts, so `coreens`
 * finds `nord-coréens`. Query tokens are not split, and prefix queries
 * (`cor*`) are folded but not stemmed. */
#ifndef LT_STORE_H
#define LT_STORE_H
#include <stddef.h>
#include <sqlite3.h>

/* Open (creating unless readonly) a database: WAL journal, busy timeout of
 * busy_ms, foreign keys on, the lunette tokenizer registered. A readonly
 * connection refuses writes (query_only) and does not create the file. On failure
 * returns an SQLite result code, *out is NULL and err holds the message. */
int lt_store_open(const char *path, int readonly, int busy_ms, sqlite3 **out,
                  char *err, size_t errlen);

/* Register the `lunette` FTS5 tokenizer on an open connection. */
int lt_store_register(sqlite3 *db);

#endif
