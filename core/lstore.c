/* lstore.c: Lua binding of SQLite: lunette.Db and lunette.Stmt.
 * Thin: open, exec, prepare, bind, step, row; the corpus policy (schema,
 * migrations, ingest) is Lua's (lua/lunette/corpus.lua). Environment failures
 * return nil, message, code; misuse raises. */
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#include "lcore.h"
#include "store.h"

typedef struct Db { sqlite3 *db; } Db;
typedef struct Stmt { sqlite3_stmt *st; } Stmt;

static Db *check_db(lua_State *L, int i) {
  Db *d = luaL_checkudata(L, i, "lunette.Db");
  if (!d->db) luaL_error(L, "attempt to use a closed lunette.Db");
  return d;
}

static Stmt *check_stmt(lua_State *L, int i) {
  Stmt *s = luaL_checkudata(L, i, "lunette.Stmt");
  if (!s->st) luaL_error(L, "attempt to use a closed lunette.Stmt");
  return s;
}

/* nil, message, code: the SQLite error of db */
static int fail(lua_State *L, sqlite3 *db, int rc) {
  luaL_pushfail(L);
  lua_pushstring(L, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  lua_pushinteger(L, rc);
  return 3;
}

/* core.open(path [, readonly [, busy_ms]]) -> db | nil, msg, code */
static int db_open(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  int ro = lua_toboolean(L, 2);
  int busy = (int)luaL_optinteger(L, 3, 5000);
  Db *d = lua_newuserdatauv(L, sizeof *d, 0);
  d->db = NULL;                               /* closed until opened: __gc is safe */
  luaL_setmetatable(L, "lunette.Db");
  char err[512];
  int rc = lt_store_open(path, ro, busy, &d->db, err, sizeof err);
  if (rc != SQLITE_OK) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, err);
    lua_pushinteger(L, rc);
    return 3;
  }
  return 1;
}

static int db_close(lua_State *L) {
  Db *d = luaL_checkudata(L, 1, "lunette.Db");
  sqlite3 *db = d->db;
  d->db = NULL;                               /* closed before freeing */
  if (db) sqlite3_close_v2(db);               /* waits for unfinalized statements */
  return 0;
}

/* db:exec(sql) -> true | nil, msg, code (several statements allowed) */
static int db_exec(lua_State *L) {
  Db *d = check_db(L, 1);
  int rc = sqlite3_exec(d->db, luaL_checkstring(L, 2), NULL, NULL, NULL);
  if (rc != SQLITE_OK) return fail(L, d->db, rc);
  lua_pushboolean(L, 1);
  return 1;
}

/* db:prepare(sql) -> stmt | nil, msg, code. The statement keeps db alive. */
static int db_prepare(lua_State *L) {
  Db *d = check_db(L, 1);
  size_t n;
  const char *sql = luaL_checklstring(L, 2, &n);
  Stmt *s = lua_newuserdatauv(L, sizeof *s, 1);
  s->st = NULL;
  luaL_setmetatable(L, "lunette.Stmt");
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1);                /* stmt.uservalue = db */
  int rc = sqlite3_prepare_v2(d->db, sql, (int)n, &s->st, NULL);
  if (rc != SQLITE_OK) return fail(L, d->db, rc);
  if (!s->st) return luaL_error(L, "empty SQL statement");
  return 1;
}

static int db_changes(lua_State *L) {
  lua_pushinteger(L, sqlite3_changes(check_db(L, 1)->db));
  return 1;
}

static int db_last_id(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)sqlite3_last_insert_rowid(check_db(L, 1)->db));
  return 1;
}

static int db_autocommit(lua_State *L) {
  lua_pushboolean(L, sqlite3_get_autocommit(check_db(L, 1)->db));
  return 1;
}

static int db_tostring(lua_State *L) {
  Db *d = luaL_checkudata(L, 1, "lunette.Db");
  if (!d->db) lua_pushliteral(L, "lunette.Db (closed)");
  else lua_pushfstring(L, "lunette.Db (%s)", sqlite3_db_filename(d->db, "main"));
  return 1;
}

/* stmt:bind(i, value): i is 1-based or a name (":id"); nil binds NULL */
static int bind_one(lua_State *L, sqlite3_stmt *st, int i, int v) {
  switch (lua_type(L, v)) {
    case LUA_TNIL: return sqlite3_bind_null(st, i);
    case LUA_TBOOLEAN: return sqlite3_bind_int(st, i, lua_toboolean(L, v));
    case LUA_TNUMBER:
      if (lua_isinteger(L, v)) return sqlite3_bind_int64(st, i, lua_tointeger(L, v));
      return sqlite3_bind_double(st, i, lua_tonumber(L, v));
    case LUA_TSTRING: {
      size_t n;
      const char *s = lua_tolstring(L, v, &n);
      return sqlite3_bind_text64(st, i, s, n, SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    default:
      return luaL_error(L, "cannot bind a %s to parameter %d", luaL_typename(L, v), i);
  }
}

/* stmt:bind(v1, v2, ...) binds by position; stmt:bind{name=v} by name */
static int stmt_bind(lua_State *L) {
  Stmt *s = check_stmt(L, 1);
  int top = lua_gettop(L), rc = SQLITE_OK;
  sqlite3_reset(s->st);
  sqlite3_clear_bindings(s->st);
  if (top == 2 && lua_type(L, 2) == LUA_TTABLE) {
    int n = sqlite3_bind_parameter_count(s->st);
    for (int i = 1; i <= n && rc == SQLITE_OK; i++) {
      const char *name = sqlite3_bind_parameter_name(s->st, i);
      if (name) lua_getfield(L, 2, name + 1);  /* skip the ':' '@' '$' */
      else lua_rawgeti(L, 2, i);
      rc = bind_one(L, s->st, i, -1);
      lua_pop(L, 1);
    }
  } else {
    if (top - 1 > sqlite3_bind_parameter_count(s->st))
      return luaL_error(L, "%d values for %d parameters", top - 1,
                        sqlite3_bind_parameter_count(s->st));
    for (int i = 2; i <= top && rc == SQLITE_OK; i++) rc = bind_one(L, s->st, i - 1, i);
  }
  if (rc != SQLITE_OK) return fail(L, sqlite3_db_handle(s->st), rc);
  lua_settop(L, 1);
  return 1;
}

/* stmt:step() -> true (a row), false (done) | nil, msg, code */
static int stmt_step(lua_State *L) {
  Stmt *s = check_stmt(L, 1);
  int rc = sqlite3_step(s->st);
  if (rc == SQLITE_ROW) { lua_pushboolean(L, 1); return 1; }
  if (rc == SQLITE_DONE) { lua_pushboolean(L, 0); return 1; }
  sqlite3_reset(s->st);
  return fail(L, sqlite3_db_handle(s->st), rc);
}

static void push_column(lua_State *L, sqlite3_stmt *st, int i) {
  switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER: lua_pushinteger(L, sqlite3_column_int64(st, i)); break;
    case SQLITE_FLOAT: lua_pushnumber(L, sqlite3_column_double(st, i)); break;
    case SQLITE_NULL: lua_pushnil(L); break;
    default: {   /* text and blobs alike: bytes, NULs included */
      const void *p = sqlite3_column_blob(st, i);
      lua_pushlstring(L, p ? p : "", (size_t)sqlite3_column_bytes(st, i));
    }
  }
}

/* stmt:row() -> {name = value, ...} of the current row */
static int stmt_row(lua_State *L) {
  Stmt *s = check_stmt(L, 1);
  int n = sqlite3_column_count(s->st);
  lua_createtable(L, 0, n);
  for (int i = 0; i < n; i++) {
    push_column(L, s->st, i);
    lua_setfield(L, -2, sqlite3_column_name(s->st, i));
  }
  return 1;
}

/* stmt:values() -> v1, v2, ... of the current row */
static int stmt_values(lua_State *L) {
  Stmt *s = check_stmt(L, 1);
  int n = sqlite3_column_count(s->st);
  luaL_checkstack(L, n, "too many columns");
  for (int i = 0; i < n; i++) push_column(L, s->st, i);
  return n;
}

static int stmt_columns(lua_State *L) {
  Stmt *s = check_stmt(L, 1);
  int n = sqlite3_column_count(s->st);
  lua_createtable(L, n, 0);
  for (int i = 0; i < n; i++) {
    lua_pushstring(L, sqlite3_column_name(s->st, i));
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

static int stmt_reset(lua_State *L) {
  sqlite3_reset(check_stmt(L, 1)->st);
  return 0;
}

static int stmt_close(lua_State *L) {
  Stmt *s = luaL_checkudata(L, 1, "lunette.Stmt");
  sqlite3_stmt *st = s->st;
  s->st = NULL;
  if (st) sqlite3_finalize(st);
  return 0;
}

static int stmt_sql(lua_State *L) {
  lua_pushstring(L, sqlite3_sql(check_stmt(L, 1)->st));
  return 1;
}

static const luaL_Reg db_meths[] = {
  {"exec", db_exec}, {"prepare", db_prepare}, {"changes", db_changes},
  {"last_id", db_last_id}, {"autocommit", db_autocommit}, {"close", db_close},
  {NULL, NULL}
};
static const luaL_Reg db_metameths[] = {
  {"__index", NULL}, {"__gc", db_close}, {"__close", db_close},
  {"__tostring", db_tostring}, {NULL, NULL}
};
static const luaL_Reg stmt_meths[] = {
  {"bind", stmt_bind}, {"step", stmt_step}, {"row", stmt_row}, {"values", stmt_values},
  {"columns", stmt_columns}, {"reset", stmt_reset}, {"close", stmt_close}, {"sql", stmt_sql},
  {NULL, NULL}
};
static const luaL_Reg stmt_metameths[] = {
  {"__index", NULL}, {"__gc", stmt_close}, {"__close", stmt_close}, {NULL, NULL}
};

static void createmeta(lua_State *L, const char *name, const luaL_Reg *meta,
                       const luaL_Reg *meths) {
  luaL_newmetatable(L, name);
  luaL_setfuncs(L, meta, 0);
  lua_newtable(L);         /* ... meta, methods */
  luaL_setfuncs(L, meths, 0);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
}

void lt_open_store(lua_State *L) {
  createmeta(L, "lunette.Db", db_metameths, db_meths);
  createmeta(L, "lunette.Stmt", stmt_metameths, stmt_meths);
  lua_pushcfunction(L, db_open);
  lua_setfield(L, -2, "open");
  lua_pushstring(L, sqlite3_libversion());
  lua_setfield(L, -2, "sqlite_version");
}
