#!/bin/sh
# fuzz.sh SECONDS: run the analyzer fuzzer, seeded with hostile inputs it
# writes itself (overlong and invalid UTF-8, encoded surrogates, 1 MB without a
# space, 1 MB of combining marks) plus the sample corpus.
secs=${1:-60}
seeds=build/fuzz-seeds
mkdir -p "$seeds" build/fuzz-corpus
printf 'a\300\257b\355\240\200c\364\220\200\200\377' > "$seeds/invalid"
head -c 1000000 /dev/zero | tr '\0' 'a' > "$seeds/nospace"
lua5.4 -e 'io.write(("e" .. utf8.char(0x301)):rep(1)); io.write(utf8.char(0x301):rep(500000))' > "$seeds/marks"
lua5.4 -e 'io.write(("11\194\160000 l\226\128\153arm\195\169e a-t-il 27/01/2025 "):rep(2000))' > "$seeds/french"
cp corpus/*.txt "$seeds/"
out=$(./build/fuzz_analyze -max_total_time="$secs" -max_len=1100000 -rss_limit_mb=4096 \
  -print_final_stats=1 build/fuzz-corpus "$seeds" 2>&1)
rc=$?
runs=$(printf '%s\n' "$out" | sed -n 's/^stat::number_of_executed_units: *//p')
if [ $rc -eq 0 ]; then
  echo "fuzz: ${runs:-?} inputs in ${secs}s, no crash"
  echo "fuzz: 1 passed, 0 failed"
else
  printf '%s\n' "$out" | tail -40 >&2
  echo "fuzz: 0 passed, 1 failed"
fi
