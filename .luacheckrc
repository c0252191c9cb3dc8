-- luacheck configuration: Lua 5.4, 120 columns
std = "lua54"
max_line_length = 120
-- the lunette host records where the bundled scripts are
read_globals = { package = { fields = { "lunette_scripts" } } }
files["tests/lua"] = { globals = { "arg" } }
files["lua/lunette/cli.lua"] = { globals = { "arg", "lunette" } }
