#!/bin/sh
# run.sh MODE [FUZZ_SECONDS]: run the test suites and end with the line
# "N passed, N failed". MODE: normal (optimised build), asan (the same suites
# under AddressSanitizer and UBSan), all (both, lint and a bounded fuzz run).
mode=${1:-normal}
fuzz_secs=${2:-60}
root=$(pwd)
log=$(mktemp)
total_pass=0
total_fail=0

# suite NAME CMD...: run one suite; its "name: N passed, M failed" line counts;
# a suite that prints no such line (a crash) counts as one failure
suite() {
  name=$1; shift
  out=$("$@" 2>"$log.err")
  rc=$?
  printf '%s\n' "$out" | grep -v ': [0-9]* passed, [0-9]* failed$'
  line=$(printf '%s\n' "$out" | grep ': [0-9]* passed, [0-9]* failed$' | tail -1)
  if [ -n "$line" ]; then
    p=$(printf '%s' "$line" | sed 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\1/')
    f=$(printf '%s' "$line" | sed 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\2/')
  else
    p=0; f=1
  fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  [ "$f" -ne 0 ] && sed 's/^/    /' "$log.err" | tail -60
  echo "[$name] $p passed, $f failed"
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
}

run_suites() {   # $1: label, $2: build dir prefix for C tests, $3: lunette binary
  label=$1; cdir=$2; bin=$3
  suite "$label c/segment" "$cdir/test_segment" /usr/share/unicode
  if [ -x "$cdir/test_segment_portable" ]; then    # built in build/ only: no SIMD
    suite "$label c/segment portable" "$cdir/test_segment_portable" /usr/share/unicode
    suite "$label c/analyze portable" "$cdir/test_analyze_portable"
  fi
  suite "$label c/analyze" "$cdir/test_analyze"
  suite "$label c/store" "$cdir/test_store"
  for t in tests/lua/test_*.lua; do
    suite "$label lua/$(basename "$t" .lua)" "$bin" run "$t"
  done
  suite "$label cli" lua5.4 tests/cli/test_cli.lua "$bin"
}

case "$mode" in
  normal) run_suites normal build ./lunette ;;
  asan)
    export LUNETTE_HOME="$root" ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
    run_suites asan build/asan build/asan/lunette ;;
  all)
    run_suites normal build ./lunette
    (
      export LUNETTE_HOME="$root" ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
      run_suites asan build/asan build/asan/lunette
      echo "__totals $total_pass $total_fail"
    ) > "$log.asan"
    grep -v '^__totals' "$log.asan"
    set -- $(grep '^__totals' "$log.asan")
    total_pass=$2; total_fail=$3
    suite lint sh -c "luacheck -q lua scripts tests/lua tests/cli tools >&2 && echo 'lint: 1 passed, 0 failed' || echo 'lint: 0 passed, 1 failed'"
    suite fuzz sh tests/fuzz.sh "$fuzz_secs"
    ;;
esac
rm -f "$log" "$log.err" "$log.asan"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
