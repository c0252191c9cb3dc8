--- lunette.phrases: phrase dictionaries (gazetteers).
---
---   local ph = lunette.phrases{ { "Corée du Nord", type = "place" },
---                               { "Kim Jong-un", type = "person", id = "Q56226" } }
---   for s, e, entry in ph:gmatch(text) do print(text:sub(s, e), entry.type) end
---   local all = ph:find_all(text, { overlapping = true })
---
--- Entries go through the analyzer (accents and case folded, no stems), so
--- "Corée du Nord" matches "CORÉE DU NORD" and "Coree du nord". Matching is one
--- pass over the tokens, leftmost-longest unless overlapping is asked.
local lunette_analyzer = require "lunette.analyzer"
local core = require "lunette.core"

local M = {}

---@class Phrases
local Phrases = {}
Phrases.__index = Phrases

local function split_line(line, sep)
  local out, i = {}, 1
  if sep == "," then     -- CSV with "quoted, fields" and "" escapes
    while i <= #line + 1 do
      if line:sub(i, i) == '"' then
        local buf, j = {}, i + 1
        while j <= #line do
          local c = line:sub(j, j)
          if c == '"' and line:sub(j + 1, j + 1) == '"' then buf[#buf + 1] = '"'; j = j + 2
          elseif c == '"' then break
          else buf[#buf + 1] = c; j = j + 1 end
        end
        out[#out + 1] = table.concat(buf)
        i = (line:find(",", j, true) or #line + 1) + 1
      else
        local e = line:find(",", i, true) or #line + 1
        out[#out + 1] = line:sub(i, e - 1)
        i = e + 1
      end
    end
    return out
  end
  for field in (line .. "\t"):gmatch("(.-)\t") do out[#out + 1] = field end
  return out
end

--- Read entries from a TSV or CSV file: phrase, type, id, value (a header
--- line starting with "phrase" is skipped). Returns the list or nil, message.
function M.read(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local sep = path:lower():match("%.csv$") and "," or "\t"
  local entries, lineno = {}, 0
  for line in f:lines() do
    lineno = lineno + 1
    line = line:gsub("\r$", "")
    if line ~= "" and not (lineno == 1 and line:lower():find("^phrase")) then
      local fl = split_line(line, sep)
      entries[#entries + 1] = { fl[1], type = fl[2] ~= "" and fl[2] or nil,
                                id = fl[3] ~= "" and fl[3] or nil, value = fl[4] ~= "" and fl[4] or nil,
                                line = lineno }
    end
  end
  f:close()
  return entries
end

--- New dictionary from a list of entries ({ phrase, type=, id=, value= }) or a
--- TSV/CSV path. opts: analyzer options (default { lang = "fr" }, no stems).
function M.new(entries, opts)
  if type(entries) == "string" then
    local list, err = M.read(entries)
    if not list then error(err, 2) end
    entries = list
  end
  local an = lunette_analyzer.new(opts or { lang = "fr" })
  local c = core.phrases(an._c)
  local self = setmetatable({ entries = {}, skipped = {}, _c = c, analyzer = an }, Phrases)
  for _, e in ipairs(entries) do self:add(e) end
  return self
end

--- Add one entry; returns its number, or nil and why (a phrase with no token).
function Phrases:add(e)
  if type(e) == "string" then e = { e } end
  local n = #self.entries + 1
  local ok, err = self._c:add(e[1] or e.phrase or "", n)
  if not ok then
    self.skipped[#self.skipped + 1] = { entry = e, reason = err }
    return nil, err
  end
  self.entries[n] = e
  return n
end

--- Every occurrence as a list of { start, stop, entry } (1-based inclusive).
---@param opts table|nil { overlapping = bool }
-- the records of matches given flat (start, stop, entry number, ...)
local function records(self, flat)
  local out = {}
  for i = 1, #flat, 3 do
    out[#out + 1] = { start = flat[i], stop = flat[i + 1], entry = self.entries[flat[i + 2]] }
  end
  return out
end

function Phrases:find_all(text, opts)
  return records(self, self._c:find(text, opts and opts.overlapping))
end

--- find_all over a text analyzed already (a lunette.Doc, as
--- lunette.pattern.lazy_tokens returns it) by an analyzer configured as this
--- dictionary's (same lang and fold): no second analysis of the text.
function Phrases:find_doc(doc, opts)
  return records(self, doc:phrases(self._c, opts and opts.overlapping))
end

--- Iterator over occurrences: start, stop, entry.
function Phrases:gmatch(text, opts)
  local flat, i = self._c:find(text, opts and opts.overlapping), -2
  return function()
    i = i + 3
    if flat[i] then return flat[i], flat[i + 1], self.entries[flat[i + 2]] end
  end
end

--- Number of occurrences (leftmost-longest), counted in C.
function Phrases:count(text) return self._c:count(text) end
function Phrases:size() return self._c:size() end
function Phrases:close() self._c:close() end

M.Phrases = Phrases
return M
