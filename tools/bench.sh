#!/bin/sh
# bench.sh: the analyzer against its peers, side by side, on the real corpora
# in ../shared/bench-corpus (read from there, never copied into the project).
set -e
shared=${SHARED:-../shared/bench-corpus}
out=build/bench
mkdir -p $out
sh tools/deps.sh libicu-dev xz-utils
for c in fresada-fr-news eltec-fra-novels; do
  if [ ! -s $out/$c.txt ]; then
    [ -r "$shared/$c.jsonl.xz" ] || { echo "bench: $shared/$c.jsonl.xz not found" >&2; exit 1; }
    xz -dc "$shared/$c.jsonl.xz" | lua5.4 -e 'local cj = require "cjson"
      for l in io.lines() do io.write(cj.decode(l).text, "\30") end' > $out/$c.txt
  fi
done
${CC:-cc} -O2 -g -std=c99 -D_POSIX_C_SOURCE=200809L $(pkg-config --cflags icu-uc) -o $out/bench \
  tools/bench.c build/obj/segment.o build/obj/text.o build/obj/map.o build/obj/analyze.o \
  $(pkg-config --libs icu-uc sqlite3 libutf8proc libxxhash) -lstemmer -lm
for c in fresada-fr-news eltec-fra-novels; do
  echo "== $c"
  $out/bench $out/$c.txt 7 | tee $out/$c.c.txt
  ./lunette run tools/bench_lua.lua $out/$c.txt | tee $out/$c.lua.txt
  awk '
    { for (i = 2; i <= NF; i++) if ($i == "MB/s") v = $(i - 1) }
    /^lunette segmentation/       { seg = v }
    /^lunette analysis, no stems/ { ana = v }
    /^lunette analysis, stems/    { stem = v }
    /^sqlite unicode61/           { u61 = v }
    /^ICU word/                   { icu = v }
    /^lua gmatch tokenizer/       { gm = v }
    /^lunette iterator \(Lua\)/   { it = v }
    /^lua gmatch \+ table/        { gmc = v }
    /^lunette bulk counts  /      { bulk = v }
    /^lunette bulk counts, /      { bulkt = v; thr = $4 }
    END {
      printf "ratios: segmentation %.2fx ICU (target 10), %.2fx unicode61 (target 2)\n", seg / icu, seg / u61
      printf "        analysis %.2fx unicode61 (target 1), with stems %.2fx (target 0.5)\n", ana / u61, stem / u61
      printf "        Lua iteration %.2fx gmatch (target 3), bulk counts %.2fx gmatch+table (target 10),\n", it / gm, bulk / gmc
      printf "        a list of texts in one call over %s threads %.2fx\n", thr, bulkt / gmc
    }' $out/$c.c.txt $out/$c.lua.txt
done
# {====== matching (issue 4): whole processes, side by side
f=$out/fresada-fr-news.txt
runs() {   # runs N CMD...: seconds for N runs of a command
  n=$1; shift
  t0=$(date +%s.%N)
  i=0; while [ $i -lt $n ]; do "$@" > $out/runs.out; i=$((i + 1)); done   # not /dev/null: GNU grep stops at the first match there
  t1=$(date +%s.%N)
  echo "$t0 $t1 $n" | awk '{ printf "%.4f", ($2 - $1) / $3 }'
}
cpus=$(nproc 2>/dev/null || echo 1)
echo "== regex scan of $f (whole process, mean of 5 runs; matching lines counted)"
echo "   lunette grep -c reads parts of the file in $cpus thread(s) (-j); grep -P and pcre2grep use one."
printf '%s\n' "   GNU grep 3.8 -P compiles without PCRE2_UCP: its \\b is ASCII-only, hence other counts there."
for pat in '[0-9]+ (?:000|millions?)' '\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b' 'soldats?|militaires?|troupes'; do
  lt=$(runs 5 ./lunette grep -c "$pat" $f); ltn=$(cat $out/runs.out)
  l1=$(runs 5 ./lunette grep -j 1 -c "$pat" $f)
  gp=$(runs 5 env LC_ALL=C.UTF-8 grep -P -c "$pat" $f); gpn=$(cat $out/runs.out)
  pg=$(runs 5 env LC_ALL=C.UTF-8 pcre2grep -u -c "$pat" $f)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$pat" "$lt" "$gp" "$pg" "$l1" "$ltn" "$gpn" | awk -F'\t' '{
    printf "%-36s lunette %.3fs (%s lines; -j 1 %.3fs)  grep -P %.3fs (%s lines) ratio %.2fx  pcre2grep %.3fs (%.2fx)\n",
      $1, $2, $6, $5, $3, $7, $3 / $2, $4, $4 / $2 }'
done
./lunette run tools/bench_match.lua $f
echo "== kwic over the ingested FreSaDa database"
db=$out/fresada.db
if [ ! -s $db ]; then
  xz -dc "$shared/fresada-fr-news.jsonl.xz" > $out/fresada.jsonl
  /usr/bin/time -f "ingest: %e s, peak RSS %M KB" ./lunette --db $db ingest $out/fresada.jsonl
fi
/usr/bin/time -f "kwic gouvernement: %e s, peak RSS %M KB" ./lunette --db $db kwic gouvernement --format tsv > $out/kwic.tsv
echo "kwic gouvernement: $(($(wc -l < $out/kwic.tsv) - 1)) hits"
# }======

echo "== extractors over FreSaDa, beside SQLite's FTS5 insert of the same texts"
./lunette run tools/bench_extract.lua $out/fresada-fr-news.txt

# memory while streaming: peak RSS of the analyzer over one document and over all of them
head -c 100000 $out/fresada-fr-news.txt > $out/small.txt
for f in small fresada-fr-news eltec-fra-novels; do
  /usr/bin/time -f "peak RSS, lunette tokens --count $f.txt: %M KB" ./lunette tokens --count $out/$f.txt
done
