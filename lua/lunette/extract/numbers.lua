--- lunette.extract.numbers: number words (French and English) to values.
---
--- parse(terms, i) reads the longest number written in words from the folded
--- terms terms[i..] ("trois", "mille" / "vingt-cinq" / "quatre-vingt-dix",
--- "three", "thousand") and returns value, the index after it; nil when none.
--- "un"/"une"/"one" alone are not numbers here (articles); they count before
--- a multiplier ("un million", "une centaine" is an approximate noun).
local M = {}

-- units and tens, folded (accents off)
M.words = {
  zero = 0, un = 1, une = 1, deux = 2, trois = 3, quatre = 4, cinq = 5, six = 6, sept = 7, huit = 8,
  neuf = 9, dix = 10, onze = 11, douze = 12, treize = 13, quatorze = 14, quinze = 15, seize = 16,
  vingt = 20, vingts = 20, trente = 30, quarante = 40, cinquante = 50, soixante = 60,
  -- Belgian and Swiss French
  septante = 70, huitante = 80, octante = 80, nonante = 90,
  -- English
  one = 1, two = 2, three = 3, four = 4, five = 5, seven = 7, eight = 8, nine = 9, ten = 10,
  eleven = 11, twelve = 12, thirteen = 13, fourteen = 14, fifteen = 15, sixteen = 16,
  seventeen = 17, eighteen = 18, nineteen = 19, twenty = 20, thirty = 30, forty = 40, fifty = 50,
  sixty = 60, seventy = 70, eighty = 80, ninety = 90,
}
M.words["six"] = 6
-- hundreds and the scales
M.hundred = { cent = true, cents = true, hundred = true }
M.scales = { mille = 1000, milles = 1000, thousand = 1000, million = 1000000, millions = 1000000,
             milliard = 1000000000, milliards = 1000000000, billion = 1000000000, billions = 1000000000,
             trillion = 1000000000000, dozen = 12 }            -- two dozen aides: 24
--- multipliers after digits: 8 millions, 1,5 milliard, 3 mille (rare), 2.5 billion
M.multipliers = { mille = 1000, million = 1000000, millions = 1000000, milliard = 1000000000,
                  milliards = 1000000000, billion = 1000000000, billions = 1000000000, thousand = 1000,
                  trillion = 1000000000000, md = 1000000000, mds = 1000000000, mln = 1000000,
                  dozen = 12,
                  -- (Swiss abbreviations: "2,5 mios de francs", "1,2 mia")
                  mio = 1000000, mios = 1000000, mia = 1000000000, mias = 1000000000, mrd = 1000000000,
                  mrds = 1000000000 }
--- "et demi" after millions: "2 millions et demi", "un milliard et demi"
M.halves = { demi = true, demie = true }

--- Half of a scale of millions or more ("million", "milliards": 500000, ...), else nil
local function half_of(scale) return scale and scale >= 1000000 and scale / 2 or nil end

--- Half a scale of millions more when "et demi" follows the scale word at terms[j]:
--- half the scale and the index after "demi"; nil otherwise
function M.and_half(terms, j, scale)
  local half = half_of(scale)
  if half and terms[j + 1] == "et" and M.halves[terms[j + 2]] then return half, j + 3 end
  return nil
end
--- units of measure after a number (folded): how far, how big, how heavy, how much, not
--- how many ("600 km", "2 000 tonnes", "1500°C": neither a count nor, after "jusqu'à", a year)
M.measures = {}
for _, u in ipairs{ "km", "m", "kg", "kgs", "cm", "mm", "lb", "lbs", "ounces", "oz", "gallons", "ha",
                    "kilometres", "kilometre", "metres", "metre", "centimetres", "centimetre", "millimetres",
                    "millimetre", "millimeters", "millimeter", "centimeters", "centimeter", "miles",
                    "mile", "kilometers", "kilometer", "meters", "meter", "feet", "foot", "inches",
                    "degres", "degre", "degrees", "hectares", "hectare", "acres", "acre", "km2", "m2", "km²", "m²",
                    "g", "mg", "gramme", "grammes", "kilo", "kilos", "kilogramme", "kilogrammes", "tonne",
                    "tonnes", "l", "ml", "cl", "litre", "litres", "v", "volt", "volts", "w", "watt", "watts", "kw",
                    "kwh", "mw", "mwh", "gw", "gwh", "twh", "kilowatts", "megawatts", "gigawatts", "terawatts",
                    "kilowattheures", "megawattheures", "gigawattheures", "terawattheures", "db", "decibels", "hz",
                    "go", "mo", "ko", "gb", "mb", "tb",
                    "octets", "kilooctets", "megaoctets", "gigaoctets", "teraoctets", "bytes", "kilobytes",
                    "megabytes", "gigabytes", "terabytes",
                    "pouce", "pouces", "ghz", "mhz", "mah", "kcal", "calories", "carats", "hectolitres",
                    "hl", "m3", "m³", "cm3", "ppm", "°", "℃", "℉", "liters", "liter", "mph", "kmh", "kph", "knots",
                    "magnitude" } do
  M.measures[u] = true
end
--- the words of a time of day after its number (folded): the halves of the day ("at 3 pm", "9 a.m.",
--- "4:35 PM EST") and the time zones ("14.05 BST", "10:30 GMT"; not est, et: French words)
M.day_halves = { am = true, pm = true, ["a.m"] = true, ["p.m"] = true }
M.time_zones = {}
for _, z in ipairs{ "gmt", "utc", "bst", "cet", "cest", "edt", "pdt", "pst", "cdt", "mdt" } do
  M.time_zones[z] = true
end
--- approximate nouns: une dizaine (de), un millier (de), des centaines (de)
M.approx_nouns = { dizaine = 10, douzaine = 12, quinzaine = 15, vingtaine = 20, trentaine = 30,
                   quarantaine = 40, cinquantaine = 50, soixantaine = 60, centaine = 100, millier = 1000,
                   dizaines = 10, douzaines = 12, vingtaines = 20, centaines = 100, milliers = 1000,
                   dozen = 12, dozens = 12, tens = 10, hundreds = 100, thousands = 1000,
                   millions = 1000000, milliards = 1000000000 }

-- value of one word that may be a compound: vingt-cinq, quatre-vingt-dix, dix-sept
local function word_value(t)
  if M.words[t] then return M.words[t], "unit" end
  if M.hundred[t] then return 100, "hundred" end
  if M.scales[t] then return M.scales[t], "scale" end
  if t:find("-", 1, true) then
    local total, cur, digit = 0, 0, false
    for part in t:gmatch("[^-]+") do
      if part ~= "et" and part ~= "and" then      -- vingt-et-un: "et" only joins
        local v = M.words[part]
        -- two digits joined make no number: "trois-quatre personnes" is three or four, not seven
        if v and v < 10 and digit then return nil end
        digit = v ~= nil and v < 10
        if v then
          if part == "vingt" or part == "vingts" then
            cur = cur == 0 and 20 or cur * 20      -- quatre-vingt(s) = 4 * 20
          else cur = cur + v end
        elseif M.hundred[part] then cur = (cur == 0 and 1 or cur) * 100
        elseif M.scales[part] then total = total + (cur == 0 and 1 or cur) * M.scales[part]; cur = 0
        else return nil end
      end
    end
    return total + cur, "unit"
  end
  return nil
end

--- Longest number in words from terms[i]: value, next index; nil when none.
function M.parse(terms, i)
  local first = terms[i]
  -- "half a million", "un demi-million": half the scale
  local half = first == "half" and terms[i + 1] == "a" and half_of(M.scales[terms[i + 2]])
  if half then return half, i + 3 end
  local k = (first == "un" or first == "a") and i + 1 or i              -- (un demi-million, un demi million)
  local d = terms[k]
  half = d and d:find("^demi%-") and half_of(M.scales[d:sub(6)])
  if half then return half, k + 1 end
  half = d == "demi" and half_of(M.scales[terms[k + 1]])
  if half then return half, k + 2 end
  if not first or not (M.words[first] or M.hundred[first] or M.scales[first]
                       or (first:find("-", 1, true) and word_value(first))) then
    return nil                                     -- most words: one lookup
  end
  if M.scales[first] and first:find("s$") then return nil end   -- "millions d'euros": no count
  local total, cur, j, any, last = 0, 0, i, false, nil
  while terms[j] do
    local t = terms[j]
    local before_et = j
    if (t == "et" or t == "and") and any and terms[j + 1] and word_value(terms[j + 1]) then
      j = j + 1                                    -- vingt et un, one hundred and five
      t = terms[j]
    end
    local v, kind = word_value(t)
    if not v then j = before_et; break end
    if kind == "unit" then
      local tens = cur % 100
      if (t == "vingt" or t == "vingts") and last == "unit" and tens > 0 and tens < 20 then
        cur = cur - tens + tens * 20                                  -- quatre vingt
      elseif last ~= "unit" or tens == 0                              -- after cent, mille, or nothing
          or (tens % 10 == 0 and v < 10)                              -- vingt deux
          or ((tens == 60 or tens == 80) and v >= 10 and v < 20) then -- soixante et onze
        cur = cur + v
      else
        j = before_et                                                 -- (huit et trois: two numbers)
        break                                                         -- "deux trois": two numbers
      end
    elseif kind == "hundred" then
      cur = (cur == 0 and 1 or cur) * 100
    else                                           -- a scale
      total = total + (cur == 0 and 1 or cur) * v
      cur = 0
      -- "un million et demi", "deux milliards et demi": half the scale more
      local more, after = M.and_half(terms, j, v)
      if more then
        total = total + more
        any, j = true, after
        break
      end
    end
    any, last = true, kind
    j = j + 1
  end
  if not any then return nil end
  local value = total + cur
  -- "un"/"une"/"one" alone is an article, not a figure
  if j == i + 1 and (terms[i] == "un" or terms[i] == "une" or terms[i] == "one") then return nil end
  return value, j
end

return M
