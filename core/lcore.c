/* lcore.c: the lunette.core module: every binding in one table. Loaded by
 * require "lunette.core" from plain Lua, or preloaded by the lunette host. */
#include <lua.h>
#include <lauxlib.h>
#include "lcore.h"
#include "segment.h"

int luaopen_lunette_core(lua_State *L) {
  lua_newtable(L);
  lt_open_text(L);
  lt_open_analyzer(L);
  lt_open_store(L);
  lua_pushstring(L, lt_ucd_version());
  lua_setfield(L, -2, "unicode_version");
  return 1;
}
