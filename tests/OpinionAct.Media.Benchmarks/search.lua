-- Rotates through many different realistic reader queries (French and English, one to four words, phrases,
-- typos, a topic filter, page 2), so that no cache keyed on the query could serve two consecutive requests.
-- Usage: wrk -s search.lua http://host/demo/api/search   (or .../demo/search): the path is taken from the URL.
local words = {
  "pompe", "chaleur", "rénovation", "renovation", "énergétique", "dpe", "chauffage", "isolation", "solaire",
  "panneaux", "photovoltaïque", "électricité", "electricite", "réseau", "précarité", "sobriété", "logement",
  "maison", "audit", "aides", "maprimerénov", "linky", "consommation", "tarif", "autoconsommation", "bbc",
  "performance", "étapes", "facture", "gaz", "fioul", "chaudière", "bois", "biomasse", "hydrogène", "éolien",
  "climat", "carbone", "émissions", "ademe", "anah", "rge", "copropriété", "locataire", "propriétaire",
  "heat", "pumps", "grid", "solar", "energy", "efficiency", "renewables", "insulation", "poverty", "home",
  "renovaton", "chauffge", "electrcité", "photovoltaique", "precarite", "sobriete", "pompes", "réseaux",
}
local phrases = {
  '"pompe à chaleur"', '"rénovation globale"', '"précarité énergétique"', '"heat pumps"', '"panneaux solaires"',
  '"réseau électrique"', '"maison ancienne"', '"coefficient de l\'électricité"',
}
local topics = { "renovation-energetique", "pompes-a-chaleur", "reseaux-electriques", "precarite-energetique" }

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local queries = {}
local seed = 12345
local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648; return (seed % n) + 1 end
for i = 1, 2000 do
  local kind = rand(10)
  local q
  if kind <= 3 then q = words[rand(#words)]
  elseif kind <= 6 then q = words[rand(#words)] .. " " .. words[rand(#words)]
  elseif kind <= 7 then q = words[rand(#words)] .. " " .. words[rand(#words)] .. " " .. words[rand(#words)]
  elseif kind <= 8 then q = phrases[rand(#phrases)]
  else q = words[rand(#words)] .. " " .. words[rand(#words)] .. " " .. words[rand(#words)] .. " " .. words[rand(#words)] end
  local extra = ""
  if i % 17 == 0 then extra = "&topic=" .. topics[rand(#topics)] end
  if i % 23 == 0 then extra = extra .. "&page=2&pageSize=5" end
  queries[i] = "q=" .. encode(q) .. extra
end

local counter = 0
local path
function setup(thread)
  -- Each wrk thread starts at a different point of the list.
  counter = counter + 1
  thread:set("offset", counter * 997)
end

function init(args)
  path = wrk.path
  offset = offset or 0
  n = offset
end

function request()
  n = n + 1
  return wrk.format("GET", path .. "?" .. queries[(n % #queries) + 1])
end
