/* lcore.c: the lunette.core module: every binding in one table. Loaded by
 * require "lunette.core" from plain Lua, or preloaded by the lunette host. */
#include <time.h>
#include <unistd.h>
#include <lua.h>
#include <lauxlib.h>
#include "lcore.h"
#include "segment.h"

/* core.isatty(fd) -> is the file descriptor a terminal? (1 stdout, 2 stderr) */
static int l_isatty(lua_State *L) {
  lua_pushboolean(L, isatty((int)luaL_checkinteger(L, 1)));
  return 1;
}

/* core.clock() -> seconds on a monotonic wall clock (for rates and ETAs) */
static int l_clock(lua_State *L) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  lua_pushnumber(L, (lua_Number)t.tv_sec + (lua_Number)t.tv_nsec * 1e-9);
  return 1;
}

int lt_cpus(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

/* core.cpus() -> processors online (at least 1), for the number of threads */
static int l_cpus(lua_State *L) {
  lua_pushinteger(L, lt_cpus());
  return 1;
}

int luaopen_lunette_core(lua_State *L) {
  lua_newtable(L);
  lua_pushcfunction(L, l_isatty);
  lua_setfield(L, -2, "isatty");
  lua_pushcfunction(L, l_clock);
  lua_setfield(L, -2, "clock");
  lua_pushcfunction(L, l_cpus);
  lua_setfield(L, -2, "cpus");
  lt_open_sets(L);
  lt_open_text(L);
  lt_open_analyzer(L);
  lt_open_doc(L);
  lt_open_store(L);
  lt_open_regex(L);
  lt_open_phrases(L);
  lua_pushstring(L, lt_ucd_version());
  lua_setfield(L, -2, "unicode_version");
  return 1;
}
