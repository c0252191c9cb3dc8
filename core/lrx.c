/* lrx.c: Lua binding of rx.h: lunette.Regex.
 *
 * Positions are 1-based and inclusive in Lua. Finding nothing returns nil; a
 * match that hits a limit raises (it is not "no match"); gsub and split are
 * composed in Lua (lua/lunette/regex.lua) from these. */
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#include "lcore.h"
#include "rx.h"

typedef struct Rx { lt_Regex *re; } Rx;

static lt_Regex *check_rx(lua_State *L, int i) {
  Rx *r = luaL_checkudata(L, i, "lunette.Regex");
  if (!r->re) luaL_error(L, "attempt to use a closed lunette.Regex");
  return r->re;
}

/* 1-based init (negative from the end) to a 0-based offset */
static size_t posrelat(lua_Integer pos, size_t len) {
  if (pos > 0) return (size_t)pos - 1;
  if (pos == 0) return 0;
  if (pos < -(lua_Integer)len) return 0;
  return len + (size_t)pos;
}

static int rx_raise(lua_State *L, int rc) {
  char msg[256];
  return luaL_error(L, "regex: %s", lt_rx_errmsg(rc, msg, sizeof msg));
}

/* core.regex(pattern [, flags]) -> regex; flags: LT_RX_* bits. Raises
 * "bad pattern at N: why". */
static int rx_new(lua_State *L) {
  size_t n;
  const char *pat = luaL_checklstring(L, 1, &n);
  unsigned flags = (unsigned)luaL_optinteger(L, 2, 0);
  Rx *r = lua_newuserdatauv(L, sizeof *r, 0);
  r->re = NULL;
  luaL_setmetatable(L, "lunette.Regex");
  char err[300];
  if (lt_rx_new(pat, n, flags, &r->re, err, sizeof err)) return luaL_error(L, "%s", err);
  return 1;
}

static int rx_close(lua_State *L) {
  Rx *r = luaL_checkudata(L, 1, "lunette.Regex");
  lt_Regex *re = r->re;
  r->re = NULL;
  lt_rx_free(re);
  return 0;
}

/* push the captures of a match (strings, false when unset) */
static int push_caps(lua_State *L, const char *s, const size_t *ov, int n) {
  luaL_checkstack(L, n, "too many captures");
  for (int k = 1; k < n; k++) {
    if (ov[2 * k] == LT_RX_UNSET) lua_pushboolean(L, 0);
    else lua_pushlstring(L, s + ov[2 * k], ov[2 * k + 1] - ov[2 * k]);
  }
  return n - 1;
}

/* the match of re:find and re:match: regex at 1, subject at 2, init at 3;
 * raises on a limit; returns 1 + captures, or 0 for no match */
static int exec_args(lua_State *L, lt_Regex **re, const char **s, size_t **ov) {
  size_t len;
  *re = check_rx(L, 1);
  *s = luaL_checklstring(L, 2, &len);
  int rc = lt_rx_exec(*re, *s, len, posrelat(luaL_optinteger(L, 3, 1), len), 0, ov);
  if (rc < 0) return rx_raise(L, rc);
  return rc;
}

/* re:find(s [, init]) -> start, stop, captures... | nil */
static int rx_find(lua_State *L) {
  lt_Regex *re;
  const char *s;
  size_t *ov;
  int rc = exec_args(L, &re, &s, &ov);
  if (rc == 0) { luaL_pushfail(L); return 1; }
  lua_pushinteger(L, (lua_Integer)ov[0] + 1);
  lua_pushinteger(L, (lua_Integer)ov[1]);
  return 2 + push_caps(L, s, ov, rc);
}

/* re:match(s [, init]) -> {[0] = whole, captures..., name = capture}, start, stop | nil */
static int rx_match(lua_State *L) {
  lt_Regex *re;
  const char *s;
  size_t *ov;
  int rc = exec_args(L, &re, &s, &ov);
  if (rc == 0) { luaL_pushfail(L); return 1; }
  lua_createtable(L, rc - 1, 1);
  for (int k = 0; k < rc; k++) {
    if (ov[2 * k] == LT_RX_UNSET) lua_pushboolean(L, 0);
    else lua_pushlstring(L, s + ov[2 * k], ov[2 * k + 1] - ov[2 * k]);
    const char *name = lt_rx_group_name(re, k);
    if (name) {
      lua_pushvalue(L, -1);
      lua_setfield(L, -3, name);
    }
    lua_rawseti(L, -2, k);
  }
  lua_pushinteger(L, (lua_Integer)ov[0] + 1);
  lua_pushinteger(L, (lua_Integer)ov[1]);
  return 3;
}

/* gmatch state: the next offset, and whether the last match was empty there */
typedef struct GState { size_t pos; int empty_at_pos; } GState;

/* upvalues: regex, subject, state */
static int gmatch_next(lua_State *L) {
  lt_Regex *re = check_rx(L, lua_upvalueindex(1));
  size_t len, *ov;
  const char *s = lua_tolstring(L, lua_upvalueindex(2), &len);
  GState *g = lua_touserdata(L, lua_upvalueindex(3));
  if (g->pos > len) return 0;
  int rc = lt_rx_exec(re, s, len, g->pos, g->empty_at_pos, &ov);
  if (rc < 0) return rx_raise(L, rc);
  if (rc == 0) { g->pos = len + 1; return 0; }
  g->empty_at_pos = ov[0] == ov[1];
  g->pos = ov[1];
  lua_pushinteger(L, (lua_Integer)ov[0] + 1);
  lua_pushinteger(L, (lua_Integer)ov[1]);
  return 2 + push_caps(L, s, ov, rc);
}

/* re:gmatch(s [, init]) -> iterator of start, stop, captures... */
static int rx_gmatch(lua_State *L) {
  check_rx(L, 1);
  size_t len;
  luaL_checklstring(L, 2, &len);
  size_t init = posrelat(luaL_optinteger(L, 3, 1), len);
  lua_settop(L, 2);
  GState *g = lua_newuserdatauv(L, sizeof *g, 0);   /* regex, subject, state */
  g->pos = init;
  g->empty_at_pos = 0;
  lua_pushcclosure(L, gmatch_next, 3);
  return 1;
}

/* re:count(s) -> number of non-overlapping matches */
static int rx_count(lua_State *L) {
  lt_Regex *re = check_rx(L, 1);
  size_t len, *ov, pos = 0;
  const char *s = luaL_checklstring(L, 2, &len);
  lua_Integer n = 0;
  int empty = 0;
  for (;;) {
    int rc = lt_rx_exec(re, s, len, pos, empty, &ov);
    if (rc < 0) return rx_raise(L, rc);
    if (rc == 0) break;
    n++;
    empty = ov[0] == ov[1];
    pos = ov[1];
  }
  lua_pushinteger(L, n);
  return 1;
}

/* re:count_file(path [, threads]) -> lines with a match | nil, message.
 * Streams the file in blocks (lt_rx_count_file), as grep -c; threads
 * (default 1) search the parts of each block at once. */
static int rx_count_file(lua_State *L) {
  lt_Regex *re = check_rx(L, 1);
  const char *path = luaL_checkstring(L, 2);
  int threads = (int)luaL_optinteger(L, 3, 1);
  FILE *f = fopen(path, "rb");
  if (!f) return luaL_fileresult(L, 0, path);
  int64_t n = 0;
  int rc = lt_rx_count_file(re, f, threads, &n);
  int eio = rc == LT_RX_EIO;
  if (eio) { luaL_fileresult(L, 0, path); fclose(f); return 2; }
  fclose(f);
  if (rc == LT_RX_ENOMEM) return luaL_error(L, "out of memory");
  if (rc < 0) return rx_raise(L, rc);
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

/* re:lines(s [, count_only]) -> number of lines with a match, or with
 * count_only false a list {line1, line2, ...} of their numbers (1-based).
 * After a match the search goes on at the next line, as grep does. */
static int rx_lines(lua_State *L) {
  lt_Regex *re = check_rx(L, 1);
  size_t len, *ov, pos = 0, line_start = 0;
  const char *s = luaL_checklstring(L, 2, &len);
  lua_Integer n = 0, lineno = 1;
  if (lua_toboolean(L, 3)) {                      /* count only */
    int64_t c = 0;
    int rc = lt_rx_count_lines(re, s, len, &c);
    if (rc < 0) return rx_raise(L, rc);
    lua_pushinteger(L, (lua_Integer)c);
    return 1;
  }
  lua_newtable(L);
  while (pos <= len) {
    int rc = lt_rx_exec(re, s, len, pos, 0, &ov);
    if (rc < 0) return rx_raise(L, rc);
    if (rc == 0) break;
    /* the line number of the match: count the newlines since the last one */
    for (const char *p = s + line_start; p < s + ov[0]; ) {
      const char *nl = memchr(p, '\n', (size_t)(s + ov[0] - p));
      if (!nl) break;
      lineno++;
      p = nl + 1;
    }
    n++;
    lua_pushinteger(L, lineno);
    lua_rawseti(L, -2, n);
    const char *nl = memchr(s + ov[0], '\n', len - ov[0]);
    if (!nl) break;
    pos = (size_t)(nl - s) + 1;
    line_start = pos;
    lineno++;
  }
  return 1;
}

/* re:set_limits{match=, depth=, heap=} (heap in KiB; 0 or absent: default) */
static int rx_set_limits(lua_State *L) {
  lt_Regex *re = check_rx(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  lt_RxLimits lim = { 0, 0, 0 };
  lua_getfield(L, 2, "match"); lim.match = (uint32_t)luaL_optinteger(L, -1, 0);
  lua_getfield(L, 2, "depth"); lim.depth = (uint32_t)luaL_optinteger(L, -1, 0);
  lua_getfield(L, 2, "heap"); lim.heap_kib = (uint32_t)luaL_optinteger(L, -1, 0);
  lt_rx_set_limits(re, &lim);
  lua_settop(L, 1);
  return 1;
}

/* re:info() -> { jit = bool, captures = n, names = {i = name} } */
static int rx_info(lua_State *L) {
  lt_Regex *re = check_rx(L, 1);
  lua_createtable(L, 0, 3);
  lua_pushboolean(L, lt_rx_jit(re));
  lua_setfield(L, -2, "jit");
  lua_pushinteger(L, lt_rx_captures(re));
  lua_setfield(L, -2, "captures");
  lua_newtable(L);
  for (int i = 1; i <= lt_rx_captures(re); i++) {
    const char *name = lt_rx_group_name(re, i);
    if (name) { lua_pushstring(L, name); lua_rawseti(L, -2, i); }
  }
  lua_setfield(L, -2, "names");
  return 1;
}

static int rx_tostring(lua_State *L) {
  Rx *r = luaL_checkudata(L, 1, "lunette.Regex");
  lua_pushstring(L, r->re ? "lunette.Regex" : "lunette.Regex (closed)");
  return 1;
}

static const luaL_Reg rx_meths[] = {
  {"find", rx_find}, {"match", rx_match}, {"gmatch", rx_gmatch}, {"count", rx_count},
  {"lines", rx_lines}, {"count_file", rx_count_file},
  {"set_limits", rx_set_limits}, {"info", rx_info}, {"close", rx_close}, {NULL, NULL}
};
static const luaL_Reg rx_metameths[] = {
  {"__index", NULL}, {"__gc", rx_close}, {"__close", rx_close}, {"__tostring", rx_tostring},
  {NULL, NULL}
};

void lt_open_regex(lua_State *L) {
  luaL_newmetatable(L, "lunette.Regex");
  luaL_setfuncs(L, rx_metameths, 0);
  lua_newtable(L);
  luaL_setfuncs(L, rx_meths, 0);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  lua_pushcfunction(L, rx_new);
  lua_setfield(L, -2, "regex");
  lua_createtable(L, 0, 4);
  lua_pushinteger(L, LT_RX_CASELESS); lua_setfield(L, -2, "caseless");
  lua_pushinteger(L, LT_RX_MULTILINE); lua_setfield(L, -2, "multiline");
  lua_pushinteger(L, LT_RX_DOTALL); lua_setfield(L, -2, "dotall");
  lua_pushinteger(L, LT_RX_EXTENDED); lua_setfield(L, -2, "extended");
  lua_setfield(L, -2, "regex_flags");
}
