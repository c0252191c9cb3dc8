--- lunette.report: HTML reports with inline SVG charts, standalone files that
--- any browser opens (no script, no network).
---
---   local report = require "lunette.report"
---   local page = report.page("Figures")
---   page:heading("soldats")
---   page:svg(report.timeline(points, { unit = "soldats" }))
---   page:table(rows, { "published", "text", "source" })
---   page:write("figures.html")
local M = {}

--- Escape text for HTML.
function M.escape(s)
  return (tostring(s == nil and "" or s):gsub("[&<>\"']", { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;",
                                                              ['"'] = "&quot;", ["'"] = "&#39;" }))
end
local esc = M.escape

---@class Page
local Page = {}
Page.__index = Page

local STYLE = [[
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;color:#222;padding:0 1em}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .4em;border-bottom:1px solid #ddd}
p.meta{color:#666;margin:.2em 0 1em}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
th,td{padding:.3em .6em;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
th{background:#f6f6f6;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
svg{display:block;margin:.5em 0;max-width:100%}svg text{font:12px system-ui,sans-serif;fill:#444}
]]

--- A new page with a title (and an optional line under it).
function M.page(title, subtitle)
  return setmetatable({ parts = {}, title = title, subtitle = subtitle }, Page)
end

function Page:heading(text, id)
  self.parts[#self.parts + 1] = ("<h2%s>%s</h2>"):format(id and (' id="' .. esc(id) .. '"') or "", esc(text))
end

function Page:paragraph(text)
  self.parts[#self.parts + 1] = "<p>" .. esc(text) .. "</p>"
end

function Page:svg(svg) self.parts[#self.parts + 1] = svg end

--- A table of rows (tables) over columns; numbers are right-aligned.
function Page:table(rows, columns, opts)
  opts = opts or {}
  local out = { ('<table%s><thead><tr>'):format(opts.class and (' class="' .. esc(opts.class) .. '"') or "") }
  for _, c in ipairs(columns) do out[#out + 1] = "<th>" .. esc(opts.labels and opts.labels[c] or c) .. "</th>" end
  out[#out + 1] = "</tr></thead><tbody>"
  for _, r in ipairs(rows) do
    out[#out + 1] = "<tr>"
    for _, c in ipairs(columns) do
      local v = r[c]
      if type(v) == "number" then
        out[#out + 1] = '<td class="num">' .. esc(math.tointeger(v) or ("%.4g"):format(v)) .. "</td>"
      else
        out[#out + 1] = "<td>" .. esc(v == nil and "" or tostring(v)) .. "</td>"
      end
    end
    out[#out + 1] = "</tr>"
  end
  out[#out + 1] = "</tbody></table>"
  self.parts[#self.parts + 1] = table.concat(out)
end

--- The whole document.
function Page:html()
  return table.concat({
    "<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">",
    "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">",
    "<title>", esc(self.title), "</title><style>", STYLE, "</style></head><body>\n",
    "<h1>", esc(self.title), "</h1>", self.subtitle and ('<p class="meta">' .. esc(self.subtitle) .. "</p>") or "",
    "\n", table.concat(self.parts, "\n"), "\n</body></html>\n" })
end

--- Write the document to a path, or to io.stdout.
function Page:write(path)
  local f = path and assert(io.open(path, "w")) or io.stdout
  f:write(self:html())
  if path then f:close() end
end

-- {====== charts

local function day_number(iso)
  local y, m, d = tostring(iso or ""):match("^(%d%d%d%d)%-?(%d?%d?)%-?(%d?%d?)")
  if not y then return nil end
  return os.time{ year = tonumber(y), month = tonumber(m) or 7, day = tonumber(d) or 1, hour = 12 } // 86400
end

--- A timeline of reported values: points { date = ISO, low = n, high = n,
--- label = "..." }; a range is drawn as a bar from low to high. opts: unit,
--- width (720), height (240). Returns an SVG string (points without a date
--- are left out).
function M.timeline(points, opts)
  opts = opts or {}
  local w, h, pad = opts.width or 720, opts.height or 240, 56
  local pts = {}
  for _, p in ipairs(points) do
    local x = day_number(p.date)
    if x and p.low then
      pts[#pts + 1] = { x = x, low = p.low, high = p.high or p.low, label = p.label, date = p.date }
    end
  end
  local label = esc(("values of %s over time"):format(opts.unit or "figures"))
  if #pts == 0 then
    return ('<svg xmlns="http://www.w3.org/2000/svg" class="timeline empty" width="%d" height="24" role="img" '
      .. 'aria-label="%s"><text x="%d" y="16">no dated figure</text></svg>'):format(w, label, pad)
  end
  local out = { ('<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="%d" height="%d" role="img" '
    .. 'aria-label="%s">'):format(w, h, label) }
  local x0, x1, vmax = math.huge, -math.huge, 0
  for _, p in ipairs(pts) do
    x0, x1 = math.min(x0, p.x), math.max(x1, p.x)
    vmax = math.max(vmax, p.high)
  end
  if x1 == x0 then x0, x1 = x0 - 15, x1 + 15 end
  local function X(x) return pad + (x - x0) / (x1 - x0) * (w - 2 * pad) end
  local function Y(v) return h - pad + 10 - v / vmax * (h - pad - 20) end
  out[#out + 1] = ('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#999"/>')
    :format(pad, h - pad + 10, w - pad, h - pad + 10)
  out[#out + 1] = ('<line x1="%d" y1="10" x2="%d" y2="%d" stroke="#999"/>'):format(pad, pad, h - pad + 10)
  out[#out + 1] = ('<text x="4" y="18">%s</text>'):format(esc(math.tointeger(vmax) or vmax))
  out[#out + 1] = ('<text x="4" y="%d">0</text>'):format(h - pad + 14)
  out[#out + 1] = ('<text x="%d" y="%d">%s</text>'):format(pad, h - pad + 30, esc(os.date("!%Y-%m-%d", x0 * 86400)))
  out[#out + 1] = ('<text x="%d" y="%d" text-anchor="end">%s</text>'):format(w - pad, h - pad + 30,
    esc(os.date("!%Y-%m-%d", x1 * 86400)))
  for _, p in ipairs(pts) do
    local x = X(p.x)
    local title = ("<title>%s: %s</title>"):format(esc(p.date), esc(p.label or p.low))
    if p.high > p.low then
      out[#out + 1] = ('<rect class="range" x="%.1f" y="%.1f" width="6" height="%.1f" fill="#3b7dd8" '
        .. 'opacity=".6">%s</rect>'):format(x - 3, Y(p.high), math.max(Y(p.low) - Y(p.high), 1), title)
    else
      out[#out + 1] = ('<circle class="point" cx="%.1f" cy="%.1f" r="4" fill="#d8543b">%s</circle>')
        :format(x, Y(p.low), title)
    end
  end
  out[#out + 1] = "</svg>"
  return table.concat(out)
end

-- }======

M.Page = Page
return M
