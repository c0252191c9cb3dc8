-- luacheck configuration: Lua 5.4, 120 columns
std = "lua54"
max_line_length = 120
-- the lunette host records where the bundled scripts are
read_globals = { package = { fields = { "lunette_scripts" } } }

files["lua/lunette/cli.lua"] = { globals = { "arg", "lunette" } }
-- test cases are data rows: long lines are clearer than wrapped ones
files["tests"] = { max_line_length = false, globals = { "arg" } }
-- data files: one row a line
files["lua/lunette/extract/gazetteer.lua"] = { max_line_length = false }
