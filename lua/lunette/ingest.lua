--- lunette.ingest: reading files into document records.
---
--- Policy for what a file is and how it is decoded lives here; storing is
--- lunette.corpus's. Each record: { key, path, raw, text, encoding, meta, warnings }.
--- Problems never stop the walk: a file that cannot be read becomes a skip
--- with its reason; a file that can be read with repairs gives warnings.
local core = require "lunette.core"
local lfs = require "lfs"
local cjson = require "cjson.safe"
local clean = require "lunette.clean"

local M = {}

M.extensions = { txt = "text", md = "text", markdown = "text", text = "text",
                 html = "html", htm = "html", xhtml = "html", jsonl = "jsonl", ndjson = "jsonl" }
--- files larger than this are skipped (bytes); lunette ingest --max-size changes it
M.max_size = 256 * 1024 * 1024

local function kind_of(path)
  local ext = path:match("%.([%w]+)$")
  return ext and M.extensions[ext:lower()]
end

--- Absolute, normalised path (no symlink resolution): the key of a file.
function M.absolute(path)
  if path:sub(1, 1) ~= "/" then path = lfs.currentdir() .. "/" .. path end
  local parts = {}
  for p in path:gmatch("[^/]+") do
    if p == ".." then parts[#parts] = nil elseif p ~= "." then parts[#parts + 1] = p end
  end
  return "/" .. table.concat(parts, "/")
end

--- Walk paths (files and folders, recursively, sorted): calls visit(path, kind)
--- for every text file, skip(path, reason) for what cannot be taken.
function M.walk(paths, visit, skip)
  local function dir(path)
    local names = {}
    local ok, iter, state = pcall(lfs.dir, path)
    if not ok then return skip(path, "cannot read folder: " .. tostring(iter):gsub("^.-: ", "")) end
    for name in iter, state do
      if name ~= "." and name ~= ".." and name:sub(1, 1) ~= "." then names[#names + 1] = name end
    end
    table.sort(names)
    local found = 0
    for _, name in ipairs(names) do
      local p = path:gsub("/$", "") .. "/" .. name
      local mode = lfs.attributes(p, "mode")
      if mode == "directory" then found = found + dir(p)
      elseif mode == "file" and kind_of(p) then visit(p, kind_of(p)); found = found + 1 end
    end
    return found
  end
  for _, path in ipairs(paths) do
    local mode, err = lfs.attributes(path, "mode")
    if not mode then
      skip(path, "no such file or folder" .. (err and not err:find("No such file") and (": " .. err) or ""))
    elseif mode == "directory" then
      if dir(path) == 0 then skip(path, "no text files (.txt .md .html .jsonl) in this folder") end
    elseif kind_of(path) then visit(path, kind_of(path))
    else skip(path, "not a known text file type (.txt .md .html .jsonl)") end
  end
end

--- Decode bytes to UTF-8 text for the body. Returns text, encoding, warnings
--- (a list of strings), or nil and a reason when the bytes are not text.
function M.decode(bytes)
  local warnings = {}
  local nul = bytes:find("\0", 1, true)
  if nul then return nil, ("binary file (NUL byte at byte offset %d)"):format(nul - 1) end
  local text, encoding = bytes, "utf-8"
  local nbad, first = core.utf8_errors(bytes)
  if nbad > 0 then
    local _, high = bytes:gsub("[\128-\255]", "")
    if nbad == high then
      -- no valid multi-byte sequence at all: a single-byte encoding
      text, encoding = core.from_cp1252(bytes), "windows-1252"
      warnings[#warnings + 1] = ("not UTF-8 (first non-UTF-8 byte at offset %d): read as Windows-1252")
        :format(first - 1)
    else
      text, encoding = core.utf8_repair(bytes), "utf-8 (repaired)"
      warnings[#warnings + 1] = ("%d invalid UTF-8 sequence%s replaced by U+FFFD (first at byte offset %d)")
        :format(nbad, nbad > 1 and "s" or "", first - 1)
    end
  end
  if text:sub(1, 3) == "\239\187\191" then text = text:sub(4) end     -- BOM
  return clean.lf(text), encoding, warnings
end

local function read_file(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, "cannot read: " .. (err or "?"):gsub("^[^:]*: ", "") end
  local size = f:seek("end")
  if not size then
    f:close()
    return nil, "cannot read: not a regular file"
  end
  if size > M.max_size then
    f:close()
    return nil, ("too large (%d bytes; the limit is %d, see --max-size)"):format(size, M.max_size)
  end
  f:seek("set")
  local bytes, rerr = f:read("a")
  f:close()
  if not bytes then return nil, "cannot read: " .. tostring(rerr) end
  return bytes
end

local function blank(s) return not s:find("%S") end

--- Records of one file: calls emit(record) for each document, skip(where,
--- reason) for what is skipped, warn(where, message) for repairs.
function M.file(path, kind, emit, skip, warn)
  local key = M.absolute(path)
  local bytes, err = read_file(path)
  if not bytes then return skip(path, err) end
  if #bytes == 0 or blank(bytes) then return skip(path, "empty file") end
  if kind == "jsonl" then return M.jsonl(path, key, bytes, emit, skip, warn) end
  local text, encoding, warnings = M.decode(bytes)
  if not text then return skip(path, encoding) end
  for _, w in ipairs(warnings) do warn(path, w) end
  local meta = {}
  if kind == "html" then text, meta = core.html_text(text) end
  if blank(text) then return skip(path, "no text") end
  emit{ key = key, path = path, raw = bytes, text = text, encoding = encoding, meta = meta }
end

--- JSON Lines: one object per line with "text"; title, author, published, url,
--- id, lang optional. A bad line is skipped with its number; the rest go on.
function M.jsonl(path, key, bytes, emit, skip, warn)
  local lineno = 0
  for line in clean.lines(bytes, true) do
    lineno = lineno + 1
    local where = path .. ":" .. lineno
    if not blank(line) then
      local text, encoding, warnings = M.decode(line)
      if not text then skip(where, encoding) goto continue end
      local obj, jerr = cjson.decode(text)
      if type(obj) ~= "table" then
        skip(where, "not a JSON object" .. (jerr and (": " .. jerr) or ""))
      elseif type(obj.text) ~= "string" then
        skip(where, 'no "text" string field')
      elseif blank(obj.text) then
        skip(where, "empty text")
      else
        for _, w in ipairs(warnings) do warn(where, w) end
        local meta = {}
        for _, f in ipairs{ "title", "author", "published", "url", "lang" } do
          if type(obj[f]) == "string" and obj[f] ~= "" then meta[f] = obj[f] end
        end
        local id = obj.id
        if type(id) == "number" then id = math.tointeger(id) or id end
        id = id ~= nil and id ~= cjson.null and tostring(id) or nil
        emit{ key = key .. (id and ("#" .. id) or (":" .. lineno)), path = path, raw = line,
              text = clean.lf(obj.text), encoding = encoding, meta = meta, id = id }
      end
    end
    ::continue::
  end
end

return M
