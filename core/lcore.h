/* lcore.h: the pieces of the lunette.core Lua module, one per binding file. */
#ifndef LT_LCORE_H
#define LT_LCORE_H
#include <stddef.h>
#include <lua.h>
/* each adds its functions to the module table at the top of the stack */
void lt_open_text(lua_State *L);      /* ltext.c */
void lt_open_analyzer(lua_State *L);  /* lanalyze.c */
void lt_open_store(lua_State *L);     /* lstore.c */
void lt_open_regex(lua_State *L);     /* lrx.c */
void lt_open_phrases(lua_State *L);   /* lphrases.c */
void lt_open_doc(lua_State *L);       /* ldoc.c (after lt_open_analyzer) */
void lt_open_sets(lua_State *L);      /* lset.c */
/* the string keys of the table at t as a map, while the table is unchanged:
 * NULL when it is not cached (first sight, a metatable of its own); a key
 * removed may stay in it (lset.c) */
struct lt_Map;
const struct lt_Map *lt_set_map(lua_State *L, int t);
int luaopen_lunette_core(lua_State *L);
/* processors online, at least 1 (core.cpus) */
int lt_cpus(void);
/* the analyzer of the lunette.Analyzer at i (raises when closed or not one) */
struct lt_Analyzer *lt_check_analyzer(lua_State *L, int i);
/* the dictionary of the lunette.Phrases at i; matches pushed as ph:find gives them */
struct lt_Phrases *lt_check_phrases(lua_State *L, int i);
struct lt_PhMatch;
void lt_push_matches(lua_State *L, const struct lt_PhMatch *m, size_t n);
#endif
