--- lunette.output: rows to the screen or a file, in the formats of every
--- command: table (aligned, for terminals), csv, tsv, jsonl, json, md.
---
---   local output = require "lunette.output"
---   output.print(rows, { "doc", "title" })            -- the format chosen by --format
---   output.print(rows, { "doc", "title" }, { format = "csv", out = io.stdout })
local core = require "lunette.core"
local cjson = require "cjson"

local M = {}

M.formats = { "table", "csv", "tsv", "jsonl", "json", "md", "html" }
--- the format chosen on the command line (nil: table on a terminal, jsonl to a pipe)
M.format = nil

function M.is_tty(fd) return core.isatty(fd or 1) end

--- The format to use when none was chosen.
function M.default(fallback)
  return M.format or (M.is_tty(1) and "table") or fallback or "jsonl"
end

local function width(s)
  return utf8.len(s) or #s
end

--- Keep the first n rows of a list (all of them when n is nil or 0); returns the list.
function M.limit(rows, n)
  if n and n > 0 then for i = n + 1, #rows do rows[i] = nil end end
  return rows
end

--- Cut s to n characters (with … when cut).
function M.clip(s, n)
  if width(s) <= n then return s end
  local cut = utf8.offset(s, n) or n
  return s:sub(1, cut - 1) .. "…"
end

local function cell(v)
  if v == nil or v == cjson.null then return "" end
  if type(v) == "number" and math.type(v) == "float" then
    if v == math.floor(v) and math.abs(v) < 1e15 then return ("%d"):format(v) end
    return ("%.4g"):format(v)
  end
  if type(v) == "table" then return cjson.encode(v) end
  return (tostring(v):gsub("[\r\n\t]", " "))
end

-- the JSON keys of a list of columns ("\"start\":"), made once per list
local json_keys = setmetatable({}, { __mode = "k" })

-- cjson escapes every / (a URL's too): unescaped, where there is one
local function json(v)
  local s = cjson.encode(v)
  return s:find("\\/", 1, true) and (s:gsub("\\/", "/")) or s
end

--- One JSON object with its keys in the order of columns (absent ones null).
function M.json_object(row, columns)
  local keys = json_keys[columns]
  if not keys or #keys ~= #columns then
    keys = {}
    for i, c in ipairs(columns) do keys[i] = json(c) .. ":" end
    json_keys[columns] = keys
  end
  local parts = {}
  for i, c in ipairs(columns) do
    local v = row[c]
    if v == nil then v = cjson.null end
    parts[i] = keys[i] .. json(v)
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

local function csv_field(s, sep)
  if s:find('[' .. sep .. '"\r\n]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

--- Write rows (a list of tables) with the given columns.
---@param rows table[]
---@param columns string[]
--- The format: opts.format, else the one chosen with --format, else table.
---@param opts table|nil { format=, out=file, max_width=60, right={col=true}, header=true }
function M.print(rows, columns, opts)
  opts = opts or {}
  local fmt = opts.format or M.format or "table"
  local out = opts.out or io.stdout
  if fmt == "jsonl" then
    for _, r in ipairs(rows) do out:write(M.json_object(r, columns), "\n") end
  elseif fmt == "json" then
    out:write("[")
    for i, r in ipairs(rows) do out:write(i > 1 and ",\n " or "", M.json_object(r, columns)) end
    out:write("]\n")
  elseif fmt == "csv" or fmt == "tsv" then
    local sep = fmt == "csv" and "," or "\t"
    local line = {}
    for i, c in ipairs(columns) do line[i] = csv_field(c, sep) end
    out:write(table.concat(line, sep), "\n")
    for _, r in ipairs(rows) do
      for i, c in ipairs(columns) do line[i] = csv_field(cell(r[c]), sep) end
      out:write(table.concat(line, sep), "\n")
    end
  elseif fmt == "md" then
    out:write("| ", table.concat(columns, " | "), " |\n|")
    for _ in ipairs(columns) do out:write(" --- |") end
    out:write("\n")
    for _, r in ipairs(rows) do
      local line = {}
      for i, c in ipairs(columns) do line[i] = cell(r[c]):gsub("|", "\\|") end
      out:write("| ", table.concat(line, " | "), " |\n")
    end
  elseif fmt == "table" then
    local maxw, w, cells = opts.max_width or 60, {}, {}
    for i, c in ipairs(columns) do w[i] = width(c) end
    for k, r in ipairs(rows) do
      cells[k] = {}
      for i, c in ipairs(columns) do
        local s = M.clip(cell(r[c]), maxw)
        cells[k][i] = s
        if width(s) > w[i] then w[i] = width(s) end
      end
    end
    local function line(vals, numeric)
      local parts = {}
      for i, s in ipairs(vals) do
        local pad = (" "):rep(w[i] - width(s))
        parts[i] = numeric and numeric[i] and pad .. s or (i < #vals and s .. pad or s)
      end
      out:write(table.concat(parts, "  "), "\n")
    end
    if opts.header ~= false then line(columns) end
    for k, r in ipairs(rows) do
      local numeric = {}
      for i, c in ipairs(columns) do numeric[i] = type(r[c]) == "number" or (opts.right or {})[c] end
      line(cells[k], numeric)
    end
  elseif fmt == "html" then
    local page = require("lunette.report").page(opts.title or "lunette")
    page:table(rows, columns)
    out:write(page:html())
  else
    error("unknown format '" .. tostring(fmt) .. "' (table, csv, tsv, jsonl, json, md, html)", 2)
  end
end

return M
