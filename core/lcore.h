/* lcore.h: the pieces of the lunette.core Lua module, one per binding file. */
#ifndef LT_LCORE_H
#define LT_LCORE_H
#include <lua.h>
/* each adds its functions to the module table at the top of the stack */
void lt_open_text(lua_State *L);      /* ltext.c */
void lt_open_analyzer(lua_State *L);  /* lanalyze.c */
void lt_open_store(lua_State *L);     /* lstore.c */
int luaopen_lunette_core(lua_State *L);
#endif
