/* main.c: the lunette executable: a Lua state with lunette.core preloaded,
 * the Lua library found next to the executable (checkout or install), then
 * lunette.cli.main(args) run in protected mode with a traceback handler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include "lcore.h"

#ifndef LUNETTE_LUADIR
#define LUNETTE_LUADIR "/usr/local/share/lunette/lua"
#endif
#ifndef LUNETTE_SCRIPTDIR
#define LUNETTE_SCRIPTDIR "/usr/local/share/lunette/scripts"
#endif

static int is_file(const char *path) {
  FILE *f = fopen(path, "r");
  if (f) fclose(f);
  return f != NULL;
}

/* Find the Lua library and scripts: beside the executable in a checkout
 * (./lua, ./scripts), then ../share/lunette (a relocated install), then the
 * directories compiled in. LUNETTE_HOME, when set, names the tree to use. */
static void find_dirs(char *lua, char *scripts, size_t n) {
  char exe[2048], probe[2200];
  const char *home = getenv("LUNETTE_HOME");   /* a source tree, for sanitizer builds */
  if (home && *home) {
    snprintf(lua, n, "%s/lua", home);
    snprintf(scripts, n, "%s/scripts", home);
    return;
  }
  ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (k > 0) {
    exe[k] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    snprintf(probe, sizeof probe, "%s/lua/lunette/init.lua", exe);
    if (is_file(probe)) {
      snprintf(lua, n, "%s/lua", exe);
      snprintf(scripts, n, "%s/scripts", exe);
      return;
    }
    snprintf(probe, sizeof probe, "%s/../share/lunette/lua/lunette/init.lua", exe);
    if (is_file(probe)) {
      snprintf(lua, n, "%s/../share/lunette/lua", exe);
      snprintf(scripts, n, "%s/../share/lunette/scripts", exe);
      return;
    }
  }
  snprintf(lua, n, "%s", LUNETTE_LUADIR);
  snprintf(scripts, n, "%s", LUNETTE_SCRIPTDIR);
}

/* message handler: the error message with a traceback (lua.c msghandler) */
static int msghandler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

static int pmain(lua_State *L) {
  int argc = (int)lua_tointeger(L, 1);
  char **argv = lua_touserdata(L, 2);
  char lua[4096], scripts[4096];
  luaL_openlibs(L);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, luaopen_lunette_core);
  lua_setfield(L, -2, "lunette.core");
  lua_pop(L, 1);
  find_dirs(lua, scripts, sizeof lua);
  /* package.path = <lua>/?.lua;<lua>/?/init.lua;<default> */
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "path");
  lua_pushfstring(L, "%s/?.lua;%s/?/init.lua;%s", lua, lua, lua_tostring(L, -1));
  lua_setfield(L, -3, "path");
  lua_pop(L, 1);
  lua_pushstring(L, scripts);
  lua_setfield(L, -2, "lunette_scripts");    /* package.lunette_scripts */
  lua_pop(L, 1);
  /* global arg as lua.c makes it: arg[0] the program, arg[1..] the words */
  lua_createtable(L, argc, 1);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i);
  }
  lua_setglobal(L, "arg");
  lua_pushcfunction(L, msghandler);
  lua_getglobal(L, "require");
  lua_pushliteral(L, "lunette.cli");
  if (lua_pcall(L, 1, 1, 3) != LUA_OK) return lua_error(L);
  lua_getfield(L, -1, "main");
  lua_getglobal(L, "arg");
  if (lua_pcall(L, 1, 1, 3) != LUA_OK) return lua_error(L);
  return 1;
}

int main(int argc, char **argv) {
  lua_State *L = luaL_newstate();
  if (!L) { fprintf(stderr, "lunette: cannot create the Lua state (out of memory)\n"); return 1; }
  lua_pushcfunction(L, pmain);
  lua_pushinteger(L, argc);
  lua_pushlightuserdata(L, argv);
  int status = lua_pcall(L, 2, 1, 0), code;
  if (status != LUA_OK) {
    fprintf(stderr, "lunette: %s\n", lua_tostring(L, -1));
    code = 1;
  } else code = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
  fflush(stdout);
  lua_close(L);
  return code;
}
