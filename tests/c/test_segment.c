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

static void conformance(const char *path, next_fn next, const char *what) {
  FILE *f = fopen(path, "r");
  char line[4096], text[1024];
  size_t want[256], got[256], len;
  int nwant, lineno = 0, ncases = 0;
  check(path, f != NULL);
  if (!f) return;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    if (line[0] == '#' || !parse_case(line, text, &len, want, &nwant)) continue;
    int ngot = 0;
    size_t pos = 0;
    got[ngot++] = 0;
    while (pos < len) { pos = next(text, len, pos); got[ngot++] = pos; }
    int ok = ngot == nwant && memcmp(got, want, sizeof(size_t) * (size_t)ngot) == 0;
    ncases++;
    if (!ok) {
      fprintf(stderr, "%s line %d: %s", what, lineno, line);
      fprintf(stderr, "  want:");
      for (int i = 0; i < nwant; i++) fprintf(stderr, " %zu", want[i]);
      fprintf(stderr, "\n  got: ");
      for (int i = 0; i < ngot; i++) fprintf(stderr, " %zu", got[i]);
      fprintf(stderr, "\n");
    }
    check(what, ok);
  }
  fclose(f);
  printf("%s: %d conformance cases from %s\n", what, ncases, path);
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
  conformance(path, lt_seg_word_next, "word");
  snprintf(path, sizeof path, "%s/auxiliary/SentenceBreakTest.txt", dir);
  conformance(path, lt_seg_sentence_next, "sentence");
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
