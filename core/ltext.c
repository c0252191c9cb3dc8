/* ltext.c: Lua binding of text.h: UTF-8 checks and repair, Windows-1252,
 * folding, content hashes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#define XXH_INLINE_ALL
#include <xxhash.h>
#include "lcore.h"
#include "text.h"
#include "html.h"

/* core.utf8_errors(s) -> count, first (1-based byte position, or nil) */
static int t_utf8_errors(lua_State *L) {
  size_t n, first;
  const char *s = luaL_checklstring(L, 1, &n);
  size_t bad = lt_text_utf8_errors(s, n, &first);
  lua_pushinteger(L, (lua_Integer)bad);
  if (bad) lua_pushinteger(L, (lua_Integer)first + 1);
  else lua_pushnil(L);
  return 2;
}

/* Run a 3x-expanding transcoder f over the string argument. */
static int expand(lua_State *L, size_t (*f)(const char *, size_t, char *)) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  luaL_Buffer b;
  char *out = luaL_buffinitsize(L, &b, n * 3 + 1);
  luaL_pushresultsize(&b, f(s, n, out));
  return 1;
}

static int t_utf8_repair(lua_State *L) { return expand(L, lt_text_utf8_repair); }
static int t_from_cp1252(lua_State *L) { return expand(L, lt_text_from_cp1252); }

static const char *const FOLDS[] = { "none", "case", "accents", NULL };

/* core.fold(s [, "none"|"case"|"accents"]) -> NFC, case- and accent-folded s */
static int t_fold(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  int level = luaL_checkoption(L, 2, "accents", FOLDS);
  lt_Buf b = {0};
  int rc = lt_text_fold(s, n, level, &b);
  if (rc == LT_OK) lua_pushlstring(L, b.p ? b.p : "", b.n);
  lt_buf_free(&b);
  if (rc != LT_OK) return luaL_error(L, "fold: %s", rc == LT_ENOMEM ? "out of memory" : "invalid input");
  return 1;
}

/* core.hash(s) -> 32 hex digits of XXH3-128 */
static int t_hash(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  XXH128_hash_t h = XXH3_128bits(s, n);
  char hex[33];
  snprintf(hex, sizeof hex, "%016llx%016llx", (unsigned long long)h.high64,
           (unsigned long long)h.low64);
  lua_pushlstring(L, hex, 32);
  return 1;
}

/* core.html_text(s) -> text, {title=, lang=, author=, published=, url=} */
static int t_html_text(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lt_Html h;
  memset(&h, 0, sizeof h);
  int rc = lt_html_text(s, n, &h);
  if (rc == LT_OK) {
    lua_pushlstring(L, h.text.p ? h.text.p : "", h.text.n);
    lua_createtable(L, 0, 5);
    const char *const names[] = { "title", "lang", "author", "published", "url" };
    const lt_Buf *vals[] = { &h.title, &h.lang, &h.author, &h.published, &h.url };
    for (int i = 0; i < 5; i++) {
      if (!vals[i]->n) continue;
      lua_pushlstring(L, vals[i]->p, vals[i]->n);
      lua_setfield(L, -2, names[i]);
    }
  }
  lt_html_free(&h);
  if (rc != LT_OK) return luaL_error(L, "html: out of memory");
  return 2;
}

/* core.readfile(path) -> bytes | nil, message: the whole file in one read,
 * its size taken first (io.read("a") grows its buffer by doubling). */
static int t_readfile(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  FILE *f = fopen(path, "rb");
  if (!f) return luaL_fileresult(L, 0, path);
  long size = -1;
  if (fseek(f, 0, SEEK_END) == 0) size = ftell(f);
  if (size < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: not a regular file", path);
    return 2;
  }
  luaL_Buffer b;
  char *p = luaL_buffinitsize(L, &b, (size_t)size);
  size_t n = fread(p, 1, (size_t)size, f);
  int err = ferror(f);
  fclose(f);
  if (err) return luaL_fileresult(L, 0, path);
  luaL_pushresultsize(&b, n);
  return 1;
}

void lt_open_text(lua_State *L) {
  static const luaL_Reg funcs[] = {
    {"utf8_errors", t_utf8_errors}, {"utf8_repair", t_utf8_repair},
    {"from_cp1252", t_from_cp1252}, {"fold", t_fold}, {"hash", t_hash},
    {"html_text", t_html_text}, {"readfile", t_readfile}, {NULL, NULL}
  };
  luaL_setfuncs(L, funcs, 0);
}
