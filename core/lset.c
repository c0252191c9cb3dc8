/* lset.c: a Lua set (word -> value) read as a C map while it is unchanged,
 * for the bindings that test many texts against the same rule sets
 * (doc:candidates): the keys are hashed once, not once per text.
 *
 * A plain table seen a second time gets a metatable whose __newindex adds the
 * key and bumps a counter ("lunette.setepoch" in the registry); every map made
 * before the bump is made again when next asked for. Assignments to keys
 * already present (a removal, a new value) fire no metamethod, so a caller
 * must only use a map where a key too many costs work, not a result (a
 * superset filter). A table with a metatable of its own is never cached. */
#include <lua.h>
#include <lauxlib.h>
#include "map.h"
#include "lcore.h"

#define WATCHED "lunette.WatchedSet"
#define COMPILED "lunette.CompiledSet"
#define CACHE "lunette.setcache"
#define EPOCH "lunette.setepoch"

typedef struct Compiled { lt_Map m; lua_Integer epoch; } Compiled;

static lua_Integer epoch(lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, EPOCH);
  lua_Integer e = lua_tointeger(L, -1);
  lua_pop(L, 1);
  return e;
}

/* __newindex of a watched set: (t, k, v) -> t[k] = v, the epoch bumped */
static int watched_newindex(lua_State *L) {
  lua_pushinteger(L, epoch(L) + 1);
  lua_setfield(L, LUA_REGISTRYINDEX, EPOCH);
  lua_settop(L, 3);
  lua_rawset(L, 1);
  return 0;
}

static int compiled_gc(lua_State *L) {
  lt_map_free(&((Compiled *)luaL_checkudata(L, 1, COMPILED))->m);
  return 0;
}

/* c->m made of the string keys of the table at t */
static void compile(lua_State *L, int t, Compiled *c) {
  lt_map_free(&c->m);
  c->epoch = epoch(L);
  lua_pushnil(L);
  while (lua_next(L, t)) {
    size_t n;
    if (lua_type(L, -2) == LUA_TSTRING) {
      const char *k = lua_tolstring(L, -2, &n);
      if (n && lt_map_add(&c->m, k, n, 1)) luaL_error(L, "out of memory");
    }
    lua_pop(L, 1);
  }
}

const lt_Map *lt_set_map(lua_State *L, int t) {
  t = lua_absindex(L, t);
  int watched = 0;
  if (lua_getmetatable(L, t)) {
    luaL_getmetatable(L, WATCHED);
    watched = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    if (!watched) return NULL;
  }
  lua_getfield(L, LUA_REGISTRYINDEX, CACHE);
  lua_pushvalue(L, t);
  int ty = lua_rawget(L, -2);
  Compiled *c = NULL;
  if (ty == LUA_TUSERDATA) {
    c = lua_touserdata(L, -1);
    if (c->epoch != epoch(L)) compile(L, t, c);
  } else if (watched || ty != LUA_TNIL) {       /* seen before: watch it from now on */
    c = lua_newuserdatauv(L, sizeof *c, 0);
    c->m = (lt_Map){0};
    luaL_setmetatable(L, COMPILED);
    compile(L, t, c);
    lua_pushvalue(L, t);
    lua_pushvalue(L, -2);
    lua_rawset(L, -5);
    if (!watched) {
      luaL_getmetatable(L, WATCHED);
      lua_setmetatable(L, t);
    }
    lua_pop(L, 1);
  } else {                                       /* first sight: a table made for one call, maybe */
    lua_pushvalue(L, t);
    lua_pushboolean(L, 1);
    lua_rawset(L, -4);
  }
  lua_pop(L, 2);
  return c ? &c->m : NULL;      /* kept alive by the cache as long as the set is */
}

void lt_open_sets(lua_State *L) {
  luaL_newmetatable(L, WATCHED);
  lua_pushcfunction(L, watched_newindex);
  lua_setfield(L, -2, "__newindex");
  lua_pop(L, 1);
  luaL_newmetatable(L, COMPILED);
  lua_pushcfunction(L, compiled_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  lua_newtable(L);
  lua_createtable(L, 0, 1);
  lua_pushliteral(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  lua_setfield(L, LUA_REGISTRYINDEX, CACHE);
  lua_pushinteger(L, 0);
  lua_setfield(L, LUA_REGISTRYINDEX, EPOCH);
}
