/* lphrases.c: Lua binding of phrases.h: lunette.Phrases. The entries' data
 * (type, id, value) is Lua's (lua/lunette/phrases.lua); C keeps the numbers. */
#include <lua.h>
#include <lauxlib.h>
#include "lcore.h"
#include "phrases.h"

typedef struct Ph { lt_Phrases *ph; } Ph;

static lt_Phrases *check_ph(lua_State *L, int i) {
  Ph *p = luaL_checkudata(L, i, "lunette.Phrases");
  if (!p->ph) luaL_error(L, "attempt to use a closed lunette.Phrases");
  return p->ph;
}

lt_Phrases *lt_check_phrases(lua_State *L, int i) { return check_ph(L, i); }

/* matches m[0..n) as {s1, e1, entry1, s2, ...} (1-based inclusive) */
void lt_push_matches(lua_State *L, const lt_PhMatch *m, size_t n) {
  lua_createtable(L, (int)(3 * n), 0);
  for (size_t i = 0; i < n; i++) {
    lua_pushinteger(L, (lua_Integer)m[i].start + 1); lua_rawseti(L, -2, (lua_Integer)(3 * i + 1));
    lua_pushinteger(L, (lua_Integer)m[i].end);       lua_rawseti(L, -2, (lua_Integer)(3 * i + 2));
    lua_pushinteger(L, m[i].entry);                  lua_rawseti(L, -2, (lua_Integer)(3 * i + 3));
  }
}

/* core.phrases(analyzer) -> phrases; the analyzer is kept alive with it */
static int ph_new(lua_State *L) {
  lt_Analyzer *an = lt_check_analyzer(L, 1);
  Ph *p = lua_newuserdatauv(L, sizeof *p, 1);
  p->ph = NULL;
  luaL_setmetatable(L, "lunette.Phrases");
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1);
  if (lt_ph_new(an, &p->ph)) return luaL_error(L, "out of memory");
  return 1;
}

static int ph_close(lua_State *L) {
  Ph *p = luaL_checkudata(L, 1, "lunette.Phrases");
  lt_Phrases *ph = p->ph;
  p->ph = NULL;
  lt_ph_free(ph);
  return 0;
}

/* ph:add(phrase, entry) -> true | nil, "no token" */
static int ph_add(lua_State *L) {
  lt_Phrases *ph = check_ph(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  int rc = lt_ph_add(ph, s, n, (int32_t)luaL_checkinteger(L, 3));
  if (rc == LT_EINVAL) { luaL_pushfail(L); lua_pushliteral(L, "no token in the phrase"); return 2; }
  if (rc) return luaL_error(L, "out of memory");
  lua_pushboolean(L, 1);
  return 1;
}

/* ph:find(text [, overlapping]) -> {s1, e1, entry1, s2, ...} (1-based inclusive) */
static int ph_find(lua_State *L) {
  lt_Phrases *ph = check_ph(L, 1);
  size_t len, n;
  const char *text = luaL_checklstring(L, 2, &len);
  lt_PhMatch *m;
  if (lt_ph_find(ph, text, len, lua_toboolean(L, 3), &m, &n)) return luaL_error(L, "out of memory");
  lt_push_matches(L, m, n);
  return 1;
}

/* ph:count(text) -> matches (leftmost-longest), without building a table */
static int ph_count(lua_State *L) {
  lt_Phrases *ph = check_ph(L, 1);
  size_t len, n;
  const char *text = luaL_checklstring(L, 2, &len);
  lt_PhMatch *m;
  if (lt_ph_find(ph, text, len, 0, &m, &n)) return luaL_error(L, "out of memory");
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

static int ph_size(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)lt_ph_size(check_ph(L, 1)));
  return 1;
}

static const luaL_Reg ph_meths[] = {
  {"add", ph_add}, {"find", ph_find}, {"count", ph_count}, {"size", ph_size},
  {"close", ph_close}, {NULL, NULL}
};
static const luaL_Reg ph_metameths[] = {
  {"__index", NULL}, {"__gc", ph_close}, {"__close", ph_close}, {NULL, NULL}
};

void lt_open_phrases(lua_State *L) {
  luaL_newmetatable(L, "lunette.Phrases");
  luaL_setfuncs(L, ph_metameths, 0);
  lua_newtable(L);
  luaL_setfuncs(L, ph_meths, 0);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  lua_pushcfunction(L, ph_new);
  lua_setfield(L, -2, "phrases");
}
