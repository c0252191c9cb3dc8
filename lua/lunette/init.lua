--- lunette: the public Lua API.
---
---   local lunette = require "lunette"
---   local corpus <close> = lunette.open("lunette.db")
---   for doc in corpus:documents{ where = "lang = ?", params = { "fr" } } do print(doc.title) end
---   local an = lunette.analyzer{ lang = "fr", fold = "accents", stem = true }
---   for s, e, type, term in an:tokens("L'armée nord-coréenne", true) do print(s, e, type, term) end
local core = require "lunette.core"

local lunette = {
  _VERSION = "lunette 0.1.0",
  version = "0.1.0",
  core = core,
  --- default database path: --db, then $LUNETTE_DB, then ./lunette.db
  default_db = os.getenv("LUNETTE_DB") or "lunette.db",
}

--- A failure the command line reports as one line, "lunette: message", with
--- the exit status code (1 by default), and no traceback: for the user's
--- errors (a missing database), not the program's.
lunette.Failure = {}
function lunette.fail(msg, code)
  error(setmetatable({ code = code or 1, msg = msg }, lunette.Failure), 0)
end

--- value, or a failure with err when value is nil:
---   local corpus <close> = lunette.must(lunette.open())
function lunette.must(value, err, code)
  if value == nil then lunette.fail(tostring(err), code) end
  return value
end

--- Open (creating and migrating when needed) a corpus database.
---@param path string|nil database file; default lunette.default_db
---@param opts table|nil { readonly = bool, must_exist = bool, busy_ms = integer, lang = "fr" }
---@return Corpus|nil corpus, string|nil err
function lunette.open(path, opts)
  return require("lunette.corpus").open(path or lunette.default_db, opts)
end

--- An analyzer: tokens, terms, sentences, counts (see lunette.analyzer).
---@param opts table|nil { lang = "fr", fold = "none"|"case"|"accents", stem = bool, stop = bool,
---                       stopwords = {...}, abbreviations = {...} }
function lunette.analyzer(opts)
  return require("lunette.analyzer").new(opts)
end

--- A compiled PCRE2 regex (cached): lunette.regex("\\d+ soldats", "ia").
---@param pattern string
---@param flags string|nil i m s x a (accent-insensitive)
function lunette.regex(pattern, flags)
  return require("lunette.regex").new(pattern, flags)
end

--- A phrase dictionary from entries { {"Corée du Nord", type = "place"}, ... }
--- or a TSV/CSV file (phrase, type, id, value).
function lunette.phrases(entries, opts)
  return require("lunette.phrases").new(entries, opts)
end

--- A token pattern (CQP-like): lunette.pattern('[type=number] "soldats"').
function lunette.pattern(src, opts)
  return require("lunette.pattern").compile(src, opts)
end

--- Fold a string: NFC, case, accents ("none", "case" or "accents", the default).
lunette.fold = core.fold

setmetatable(lunette, {
  -- submodules on first use: lunette.clean, lunette.report, lunette.ingest ...
  __index = function(t, k)
    local ok, mod = pcall(require, "lunette." .. k)
    if ok then rawset(t, k, mod); return mod end
    return nil
  end,
})

return lunette
