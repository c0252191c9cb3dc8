/* fuzz_analyze.c: libFuzzer target for the analyzer (clang -fsanitize=fuzzer).
 * Invariants: no crash or sanitizer report; tokens in order, non-overlapping,
 * inside the input; word and sentence boundaries advance and stay inside; the
 * word boundaries of lt_seg_words are those of lt_seg_word_next. */
#include <stdint.h>
#include <stdlib.h>
#include "../../core/analyze.h"
#include "../../core/segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static lt_Analyzer *fr, *en;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  if (!fr) {
    lt_AnalyzerConfig a = { "fr", LT_FOLD_ACCENTS, 1 }, b = { "en", LT_FOLD_CASE, 0 };
    if (lt_an_new(&a, &fr) || lt_an_new(&b, &en)) abort();
    lt_an_add_abbrev(fr, "M", 1);
  }
  lt_Analyzer *an = size && (data[0] & 1) ? en : fr;
  lt_Cursor c;
  lt_Token t;
  size_t last = 0;
  lt_an_start(&c, text, size);
  while (lt_an_next(an, &c, &t)) {
    if (t.start < last || t.end <= t.start || t.end > size) abort();
    last = t.end;
    const char *term;
    size_t n;
    if (lt_an_term(an, text, &t, 1, &term, &n) == LT_ENOMEM) abort();
  }
  size_t ends[64], got = 0, bulk = 0, bi = 0;        /* lt_seg_words gives the same */
  for (size_t pos = 0; pos < size;) {
    size_t e = lt_seg_word_next(text, size, pos);
    if (e <= pos || e > size) abort();
    if (bi == 0 && (got = lt_seg_words(text, size, bulk, ends, 64)) > 0) bulk = ends[got - 1];
    if (ends[bi] != e) abort();
    bi = bi + 1 == got ? 0 : bi + 1;
    pos = e;
  }
  for (size_t pos = 0; pos < size;) {
    size_t e = lt_an_sentence_next(an, text, size, pos);
    if (e <= pos || e > size) abort();
    pos = e;
  }
  return 0;
}
