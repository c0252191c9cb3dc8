/* test_segment.c: UAX #29 conformance against the Unicode test files, and the
 * generated property table against the UCD property files.
 *
 * usage: test_segment UCD_DIR   (Debian: /usr/share/unicode)
 * Every line of auxiliary/WordBreakTest.txt and SentenceBreakTest.txt is a
 * case; a failing one is printed with its line number and both boundary sets. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "../../core/segment.h"
#include "../../core/utf8.h"

typedef size_t (*next_fn)(const char *, size_t, size_t);

/* Parse "÷ 0041 × 0308 ÷" into UTF-8 text and the expected boundaries. */
static int parse_case(const char *line, char *text, size_t *len, size_t *want, int *nwant) {
  const char *p = line;
  *len = 0;
  *nwant = 0;
  while (*p && *p != '#') {
    if ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0xB7) {   /* ÷ */
      want[(*nwant)++] = *len;
      p += 2;
    } else if ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0x97) { /* × */
      p += 2;
    } else if ((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'F')) {
      char *end;
      unsigned long cp = strtoul(p, &end, 16);
      *len += (size_t)lt_utf8_encode((uint32_t)cp, (unsigned char *)text + *len);
      p = end;
    } else p++;
  }
  return *nwant > 0;
}

/* A way to check one case: its text and the boundaries the file wants
 * (0 and len included); prints what differs, returns 1 when all agree. */
typedef int (*case_fn)(const char *text, size_t len, const size_t *want, int nwant, void *ctx);

/* Every case of a conformance file through fn; a failing one is printed
 * with its line. */
static void conformance(const char *path, const char *what, case_fn fn, void *ctx) {
  FILE *f = fopen(path, "r");
  char line[4096], text[1024];
  size_t want[256], len;
  int nwant, lineno = 0, ncases = 0;
  check(path, f != NULL);
  if (!f) return;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    if (line[0] == '#' || !parse_case(line, text, &len, want, &nwant)) continue;
    int ok = fn(text, len, want, nwant, ctx);
    if (!ok) fprintf(stderr, "  %s line %d: %s", what, lineno, line);
    check(what, ok);
    ncases++;
  }
  fclose(f);
  printf("%s: %d conformance cases from %s\n", what, ncases, path);
}

/* One boundary at a time (ctx: the next_fn). */
static int one_by_one(const char *text, size_t len, const size_t *want, int nwant, void *ctx) {
  next_fn next = *(next_fn *)ctx;
  size_t got[256], pos = 0;
  int ngot = 0;
  got[ngot++] = 0;
  while (pos < len) { pos = next(text, len, pos); got[ngot++] = pos; }
  int ok = ngot == nwant && memcmp(got, want, sizeof(size_t) * (size_t)ngot) == 0;
  if (!ok) {
    fprintf(stderr, "  want:");
    for (int i = 0; i < nwant; i++) fprintf(stderr, " %zu", want[i]);
    fprintf(stderr, "\n  got: ");
    for (int i = 0; i < ngot; i++) fprintf(stderr, " %zu", got[i]);
    fprintf(stderr, "\n");
  }
  return ok;
}

/* All boundaries of text by lt_seg_words, asking max at a time, into got
 * (room for len + 1); returns their count. */
static size_t bulk_all(const char *text, size_t len, size_t max, size_t *got) {
  size_t pos = 0, n = 0, k;
  while ((k = lt_seg_words(text, len, pos, got + n, max)) > 0) {
    n += k;
    pos = got[n - 1];
  }
  return n;
}

/* lt_seg_words on a conformance case: the case repeated, a line feed after
 * each copy (WB3a and WB3b break on both sides of it), so that the copies
 * fill blocks of 64 bytes; the boundaries are the file's, shifted. A case
 * ending in CR is left out (CR x LF would join the copies). */
static int repeated(const char *text, size_t len, const size_t *want, int nwant, void *ctx) {
  char big[8192];
  size_t exp[2048], got[8192], blen = 0, nexp = 0;
  int ok = 1;
  (void)ctx;
  if (len && text[len - 1] == '\r') return 1;
  while (blen < 300) {
    for (int i = 1; i < nwant; i++) exp[nexp++] = blen + want[i];
    memcpy(big + blen, text, len);
    blen += len;
    big[blen++] = '\n';
    exp[nexp++] = blen;
  }
  for (size_t max = 1; max <= 257; max += 128) {
    size_t n = bulk_all(big, blen, max, got);
    if (n != nexp || memcmp(got, exp, n * sizeof(size_t)) != 0) {
      fprintf(stderr, "  lt_seg_words differs, %zu at a time\n", max);
      ok = 0;
    }
  }
  return ok;
}

/* lt_seg_words against lt_seg_word_next on random text drawn from code points
 * of every Word_Break value, ill-formed bytes included (fixed seed). */
static void bulk_random(void) {
  static const uint32_t pool[] = {
    'a', 'b', 'Z', 'e', '0', '7', ' ', ' ', ' ', '.', ',', ';', ':', '\'', '"', '_', '-', '\r',
    '\n', '\t', '(', '@', 0xE9, 0xC9, 0xA0, 0xAB, 0xBB, 0xB7, 0xAD, 0x2019, 0x2018, 0x202F,
    0x2009, 0x2013, 0x2026, 0x2028, 0x0301, 0x200D, 0x200B, 0x05D0, 0x30A2, 0x1F1E6, 0x1F600,
    0x0660, 0x4E2D, 0x0430, 0xFE52, 0xFF0E, 0x3000, 0x85, 0x0B };
  static const char *const bad[] = { "\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\x80" };
  char text[2048];
  size_t got[2048], one[2048];
  unsigned long long x = 88172645463325252ull;
  int fails = 0;
  for (int round = 0; round < 20000; round++) {
    size_t len = 0, target;
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    target = (size_t)(x % 1500);
    int letters = (int)(x >> 40) % 4;                 /* some texts mostly letters */
    while (len < target) {
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;
      unsigned r = (unsigned)(x >> 32);
      if (r % 50 == 0) {
        const char *b = bad[(r >> 8) % 5];
        memcpy(text + len, b, strlen(b));
        len += strlen(b);
      } else {
        uint32_t cp = (letters && r % 4 < (unsigned)letters) ? (r % 3 ? 'a' + (r >> 8) % 26 : 0xE0 + (r >> 8) % 0x1F)
                                                   : pool[(r >> 8) % (sizeof pool / sizeof *pool)];
        len += (size_t)lt_utf8_encode(cp == 0xF7 ? 'x' : cp, (unsigned char *)text + len);
      }
    }
    size_t n1 = 0;
    for (size_t pos = 0; pos < len;) one[n1++] = pos = lt_seg_word_next(text, len, pos);
    size_t max = 1 + (size_t)(x % 300);
    size_t n = bulk_all(text, len, max, got);
    int ok = n == n1 && memcmp(got, one, n * sizeof(size_t)) == 0;
    if (!ok && fails++ < 3) {
      fprintf(stderr, "bulk word differs on random text %d (len %zu, max %zu):", round, len, max);
      for (size_t i = 0; i < n && i < n1; i++)
        if (got[i] != one[i]) { fprintf(stderr, " first at %zu: %zu, one by one %zu", i, got[i], one[i]); break; }
      fprintf(stderr, "\n");
    }
  }
  check("lt_seg_words = lt_seg_word_next on 20 000 random texts", fails == 0);
}

/* The generated table must give every code point the value of the UCD file. */
static void table_agrees(const char *path, const char *const *names, int shift, int mask) {
  FILE *f = fopen(path, "r");
  char line[1024];
  static unsigned char want[0x110000];
  int bad = 0;
  check(path, f != NULL);
  if (!f) return;
  memset(want, 0, sizeof want);
  while (fgets(line, sizeof line, f)) {
    unsigned long lo, hi;
    char name[64];
    if (sscanf(line, "%lx..%lx ; %63[A-Za-z_]", &lo, &hi, name) != 3) {
      if (sscanf(line, "%lx ; %63[A-Za-z_]", &lo, name) != 2) continue;
      hi = lo;
    }
    int v = -1;
    for (int k = 0; names[k]; k++) if (strcmp(names[k], name) == 0) v = k;
    check(name, v >= 0);
    for (unsigned long cp = lo; cp <= hi && v >= 0; cp++) want[cp] = (unsigned char)v;
  }
  fclose(f);
  for (uint32_t cp = 0; cp < 0x110000; cp++)
    if (((lt_ucd_props(cp) >> shift) & mask) != want[cp] && bad++ < 5)
      fprintf(stderr, "table disagrees with %s at U+%04X\n", path, (unsigned)cp);
  check("generated table agrees with the UCD", bad == 0);
}

static const char *const WB_NAMES[] = { "Other", "CR", "LF", "Newline", "Extend", "ZWJ",
  "Regional_Indicator", "Format", "Katakana", "Hebrew_Letter", "ALetter", "Single_Quote",
  "Double_Quote", "MidNumLet", "MidLetter", "MidNum", "Numeric", "ExtendNumLet",
  "WSegSpace", NULL };
static const char *const SB_NAMES[] = { "Other", "CR", "LF", "Extend", "Sep", "Format",
  "Sp", "Lower", "Upper", "OLetter", "Numeric", "ATerm", "SContinue", "STerm", "Close", NULL };

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "/usr/share/unicode";
  char path[1024];
  snprintf(path, sizeof path, "%s/auxiliary/WordBreakTest.txt", dir);
  next_fn word = lt_seg_word_next, sentence = lt_seg_sentence_next;
  conformance(path, "word", one_by_one, &word);
  conformance(path, "word, lt_seg_words, repeated", repeated, NULL);
  bulk_random();
  snprintf(path, sizeof path, "%s/auxiliary/SentenceBreakTest.txt", dir);
  conformance(path, "sentence", one_by_one, &sentence);
  snprintf(path, sizeof path, "%s/auxiliary/WordBreakProperty.txt", dir);
  table_agrees(path, WB_NAMES, 0, 0x1F);
  snprintf(path, sizeof path, "%s/auxiliary/SentenceBreakProperty.txt", dir);
  table_agrees(path, SB_NAMES, 8, 0x0F);
  /* ill-formed input: boundaries stay inside the text and advance */
  const char bad[] = "a\xff\xc3(b\xed\xa0\x80\xf4\x90\x80\x80z\xe2\x82";
  size_t len = sizeof bad - 1, pos = 0, steps = 0;
  while (pos < len && steps < 100) {
    size_t e = lt_seg_word_next(bad, len, pos);
    check("ill-formed: word boundary advances", e > pos && e <= len);
    pos = e;
    steps++;
  }
  pos = 0;
  while (pos < len && steps < 200) {
    size_t e = lt_seg_sentence_next(bad, len, pos);
    check("ill-formed: sentence boundary advances", e > pos && e <= len);
    pos = e;
    steps++;
  }
  return check_report("test_segment");
}
