/* segment.c: UAX #29 word and sentence boundaries over UTF-8 text. */
#include <string.h>
#include "segment.h"
#include "ucd_tables.h"
#include "utf8.h"

const char *lt_ucd_version(void) { return LT_UCD_VERSION; }

uint16_t lt_ucd_props(uint32_t cp) {
  if (cp >= 0x110000) return 0;
  return lt_ucd_stage2[(size_t)lt_ucd_stage1[cp >> 8] * 256 + (cp & 0xFF)];
}

/* Decode at s[i] and return the property word; *n gets the byte length.
 * ASCII goes straight to the table without the decoder. */
static inline uint16_t prop_at(const unsigned char *s, size_t len, size_t i, int *n) {
  uint32_t cp;
  if (s[i] < 0x80) { *n = 1; return lt_ucd_stage2[s[i]]; }
  *n = lt_utf8_decode(s + i, len - i, &cp);
  return lt_ucd_props(cp);
}

/* {====== Words */

#define IGNORED(w) ((w) == LT_WB_EXTEND || (w) == LT_WB_FORMAT || (w) == LT_WB_ZWJ)
#define AHLETTER(w) ((w) == LT_WB_ALETTER || (w) == LT_WB_HEBREW)
#define MIDNUMLETQ(w) ((w) == LT_WB_MIDNUMLET || (w) == LT_WB_SQUOTE)
#define NEWLINE(w) ((w) == LT_WB_CR || (w) == LT_WB_LF || (w) == LT_WB_NEWLINE)
#define NONE 0xFF

/* Word_Break of the first code point at or after i that is not
 * Extend/Format/ZWJ (WB4 makes those transparent); NONE at the end. */
static int wb_after(const unsigned char *s, size_t len, size_t i) {
  while (i < len) {
    int n, w = LT_WB(prop_at(s, len, i, &n));
    if (!IGNORED(w)) return w;
    i += (size_t)n;
  }
  return NONE;
}

/* The rules from position i on, given the properties before it: raw (the
 * code point just before i), prev and prev2 (the last two not absorbed by
 * WB4) and ri (the run of regional indicators ending at prev). */
static size_t word_rules(const unsigned char *s, size_t len, size_t i, int raw, int prev,
                         int prev2, int ri) {
  int n;
  while (i < len) {
    /* fast path: ASCII letters after a letter never break (WB5) */
    if (prev == LT_WB_ALETTER && raw == LT_WB_ALETTER) {
      while (i < len && s[i] < 0x80 && lt_ucd_stage2[s[i]] == LT_WB_ALETTER) i++;
      if (i >= len) break;
    }
    uint16_t p = prop_at(s, len, i, &n);
    int c = LT_WB(p);
    int nobreak;
    if (raw == LT_WB_CR && c == LT_WB_LF) nobreak = 1;                    /* WB3 */
    else if (NEWLINE(raw)) nobreak = 0;                                    /* WB3a */
    else if (NEWLINE(c)) nobreak = 0;                                      /* WB3b */
    else if (raw == LT_WB_ZWJ && LT_EXTPICT(p)) nobreak = 1;               /* WB3c */
    else if (raw == LT_WB_WSEGSPACE && c == LT_WB_WSEGSPACE) nobreak = 1;  /* WB3d */
    else if (IGNORED(c)) nobreak = 1;                                      /* WB4 */
    else if (AHLETTER(prev) && AHLETTER(c)) nobreak = 1;                   /* WB5 */
    else if (AHLETTER(prev) && (c == LT_WB_MIDLETTER || MIDNUMLETQ(c)) &&
             AHLETTER(wb_after(s, len, i + (size_t)n))) nobreak = 1;       /* WB6 */
    else if (AHLETTER(prev2) && (prev == LT_WB_MIDLETTER || MIDNUMLETQ(prev)) &&
             AHLETTER(c)) nobreak = 1;                                     /* WB7 */
    else if (prev == LT_WB_HEBREW && c == LT_WB_SQUOTE) nobreak = 1;       /* WB7a */
    else if (prev == LT_WB_HEBREW && c == LT_WB_DQUOTE &&
             wb_after(s, len, i + (size_t)n) == LT_WB_HEBREW) nobreak = 1; /* WB7b */
    else if (prev2 == LT_WB_HEBREW && prev == LT_WB_DQUOTE &&
             c == LT_WB_HEBREW) nobreak = 1;                               /* WB7c */
    else if (prev == LT_WB_NUMERIC && c == LT_WB_NUMERIC) nobreak = 1;     /* WB8 */
    else if (AHLETTER(prev) && c == LT_WB_NUMERIC) nobreak = 1;            /* WB9 */
    else if (prev == LT_WB_NUMERIC && AHLETTER(c)) nobreak = 1;            /* WB10 */
    else if (prev2 == LT_WB_NUMERIC && (prev == LT_WB_MIDNUM || MIDNUMLETQ(prev)) &&
             c == LT_WB_NUMERIC) nobreak = 1;                              /* WB11 */
    else if (prev == LT_WB_NUMERIC && (c == LT_WB_MIDNUM || MIDNUMLETQ(c)) &&
             wb_after(s, len, i + (size_t)n) == LT_WB_NUMERIC) nobreak = 1; /* WB12 */
    else if (prev == LT_WB_KATAKANA && c == LT_WB_KATAKANA) nobreak = 1;   /* WB13 */
    else if ((AHLETTER(prev) || prev == LT_WB_NUMERIC || prev == LT_WB_KATAKANA ||
              prev == LT_WB_EXTENDNUMLET) && c == LT_WB_EXTENDNUMLET) nobreak = 1; /* WB13a */
    else if (prev == LT_WB_EXTENDNUMLET && (AHLETTER(c) || c == LT_WB_NUMERIC ||
             c == LT_WB_KATAKANA)) nobreak = 1;                            /* WB13b */
    else if (prev == LT_WB_RI && c == LT_WB_RI && (ri & 1)) nobreak = 1;   /* WB15, WB16 */
    else nobreak = 0;                                                      /* WB999 */
    if (!nobreak) return i;
    if (!IGNORED(c)) {
      prev2 = prev;
      prev = c;
      ri = (c == LT_WB_RI) ? ri + 1 : 0;
    }
    raw = c;
    i += (size_t)n;
  }
  return len;
}

/* Byte classes for the fast paths: ASCII letters, digits, bytes that may
 * continue a word after a letter or a digit, and spaces. Everything else in
 * ASCII ends a word (see lt_seg_word_next). */
enum { B_OTHER, B_LETTER, B_DIGIT, B_MID, B_SPACE, B_NL, B_HIGH };
static unsigned char bclass[256];
/* After a run of letters (L) or digits (D), an ASCII byte that ends the word
 * always, or unless a letter (a digit) comes right after it. */
enum { END_L = 1, END_L_UNLESS = 2, END_D = 4, END_D_UNLESS = 8 };
static unsigned char word_end[256];

static void init_classes(void) {
  for (int c = 0; c < 256; c++) {
    unsigned char k = B_OTHER;
    if (c >= 0x80) k = B_HIGH;
    else if ((c | 32) >= 'a' && (c | 32) <= 'z') k = B_LETTER;
    else if (c >= '0' && c <= '9') k = B_DIGIT;
    else if (c == ' ') k = B_SPACE;
    else if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) k = B_NL;
    else {
      int w = LT_WB(lt_ucd_stage2[c]);
      /* MidLetter, MidNum, MidNumLet, Single/Double quote, ExtendNumLet */
      if (w == LT_WB_MIDLETTER || w == LT_WB_MIDNUM || w == LT_WB_MIDNUMLET ||
          w == LT_WB_SQUOTE || w == LT_WB_DQUOTE || w == LT_WB_EXTENDNUMLET) k = B_MID;
    }
    bclass[c] = k;
    /* after a run of letters or of digits, does ASCII c end the word? */
    int w = LT_WB(lt_ucd_stage2[c]);
    unsigned char e = 0;
    if (c >= 0x80) e = 0;
    else if (k == B_OTHER || k == B_SPACE || k == B_NL) e = END_L | END_D;
    else if (w == LT_WB_DQUOTE) e = END_L | END_D;                    /* joins Hebrew only */
    else if (w == LT_WB_MIDNUM) e = END_L | END_D_UNLESS;              /* WB11, WB12 */
    else if (w == LT_WB_MIDLETTER) e = END_L_UNLESS | END_D;           /* WB6, WB7 */
    else if (MIDNUMLETQ(w)) e = END_L_UNLESS | END_D_UNLESS;
    word_end[c] = e;
  }
}

/* Is s[i] the start of a Latin-1 letter (U+00C0-U+00FF but U+00D7, U+00F7)?
 * All of them are ALetter. */
static inline int latin1_letter(const unsigned char *s, size_t len, size_t i) {
  return s[i] == 0xC3 && i + 1 < len && s[i + 1] >= 0x80 && s[i + 1] <= 0xBF &&
         s[i + 1] != 0x97 && s[i + 1] != 0xB7;
}

/* Does the byte at i end a run of letters (digits: digits set) for sure?
 * ASCII punctuation and spaces, a Mid* mark that only joins the other kind,
 * one not followed by an ASCII letter (digit), and the end. An ASCII byte
 * after the mark leaves no room for WB4 (Extend, Format and ZWJ are not ASCII). */
static inline int hard_end(const unsigned char *s, size_t len, size_t i, int digits) {
  if (i >= len) return 1;
  if (s[i] >= 0x80) {                     /* a code point no rule joins to a letter or digit */
    int n, w = LT_WB(prop_at(s, len, i, &n));
    return w == LT_WB_OTHER || w == LT_WB_WSEGSPACE || NEWLINE(w) || w == LT_WB_DQUOTE ||
           w == LT_WB_KATAKANA || w == LT_WB_RI || (w == LT_WB_MIDNUM && !digits) ||
           (w == LT_WB_MIDLETTER && digits);
  }
  unsigned char e = word_end[s[i]];
  if (e & (digits ? END_D : END_L)) return 1;
  if (!(e & (digits ? END_D_UNLESS : END_L_UNLESS))) return 0;
  if (i + 1 >= len) return 1;
  unsigned char b = bclass[s[i + 1]];
  return s[i + 1] < 0x80 && b != (digits ? B_DIGIT : B_LETTER);
}

size_t lt_seg_word_next_rules(const char *text, size_t len, size_t pos) {
  const unsigned char *s = (const unsigned char *)text;
  int n;
  if (pos >= len) return len;
  if (!bclass['a']) init_classes();      /* idempotent: a benign race */
  unsigned char k = bclass[s[pos]];
  size_t i = pos;
  /* fast paths for the segments that make most of Latin-script text; when
   * what follows is not plain, they hand their state to the rules */
  switch (k) {
    case B_LETTER:
    letters:
      for (;;) {
        if (i + 8 <= len) {
          unsigned r = lt_ascii_letters8(s + i, LT_ANY_CASE);
          i += r;
          if (r == 8) continue;
        } else {
          while (i < len && bclass[s[i]] == B_LETTER) i++;
        }
        if (i >= len || s[i] < 0x80) break;   /* the common end: ASCII after the word */
        if (latin1_letter(s, len, i)) i += 2;
        else if (i + 3 < len && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99 &&
                 (bclass[s[i + 3]] == B_LETTER || latin1_letter(s, len, i + 3)))
          i += 3;                       /* l’armée: ’ (MidNumLet) between letters, WB6 WB7 */
        else break;
      }
      if (hard_end(s, len, i, 0)) return i;
      return word_rules(s, len, i, LT_WB_ALETTER, LT_WB_ALETTER,
                        i - pos >= 2 ? LT_WB_ALETTER : NONE, 0);
    case B_DIGIT:
      while (i < len && bclass[s[i]] == B_DIGIT) i++;
      if (hard_end(s, len, i, 1)) return i;
      return word_rules(s, len, i, LT_WB_NUMERIC, LT_WB_NUMERIC,
                        i - pos >= 2 ? LT_WB_NUMERIC : NONE, 0);
    case B_SPACE: {                     /* WB3d: spaces stay together */
      while (i < len && s[i] == ' ') i++;
      if (i >= len || s[i] < 0x80) return i;
      int w = LT_WB(prop_at(s, len, i, &n));
      if (!IGNORED(w) && w != LT_WB_WSEGSPACE) return i;   /* nothing joins it: WB999 */
      return word_rules(s, len, i, LT_WB_WSEGSPACE, LT_WB_WSEGSPACE, NONE, 0);
    }
    case B_MID:                          /* , . : ' " alone: no rule joins them to what */
      if (LT_WB(lt_ucd_stage2[s[i]]) != LT_WB_EXTENDNUMLET &&     /* follows, but WB4 */
          (i + 1 >= len || s[i + 1] < 0x80))
        return i + 1;
      break;
    case B_OTHER:                        /* one ASCII punctuation mark */
      if (i + 1 >= len || s[i + 1] < 0x80) return i + 1;
      break;
    case B_HIGH: {                       /* « » U+00A0 – …: one code point before ASCII */
      if (latin1_letter(s, len, i)) goto letters;
      uint16_t p = prop_at(s, len, i, &n);
      if (LT_WB(p) == LT_WB_OTHER && (i + (size_t)n >= len || s[i + (size_t)n] < 0x80))
        return i + (size_t)n;
      break;
    }
    case B_NL:
      if (s[i] == '\n') return i + 1;   /* WB3a */
      break;
    default:
      break;
  }
  uint16_t p = prop_at(s, len, pos, &n);
  int raw = LT_WB(p);
  return word_rules(s, len, pos + (size_t)n, raw, raw, NONE, raw == LT_WB_RI);
}

/* }====== */

/* {====== Sentences */

#define PARASEP(b) ((b) == LT_SB_SEP || (b) == LT_SB_CR || (b) == LT_SB_LF)
#define SATERM(b) ((b) == LT_SB_ATERM || (b) == LT_SB_STERM)
#define SB_IGNORED(b) ((b) == LT_SB_EXTEND || (b) == LT_SB_FORMAT)

/* Sentence_Break at i after skipping Extend/Format (SB5); *at gets the
 * position of that code point and *n its length. NONE at the end. */
static int sb_at(const unsigned char *s, size_t len, size_t i, size_t *at, int *n) {
  while (i < len) {
    int b = LT_SB(prop_at(s, len, i, n));
    if (!SB_IGNORED(b)) { *at = i; return b; }
    i += (size_t)*n;
  }
  *at = len;
  *n = 0;
  return NONE;
}

/* SB8: does (not OLetter/Upper/Lower/ParaSep/SATerm)* Lower follow at i? */
static int lower_follows(const unsigned char *s, size_t len, size_t i) {
  for (;;) {
    size_t at; int n;
    int b = sb_at(s, len, i, &at, &n);
    if (b == LT_SB_LOWER) return 1;
    if (b == NONE || b == LT_SB_OLETTER || b == LT_SB_UPPER || PARASEP(b) || SATERM(b))
      return 0;
    i = at + (size_t)n;
  }
}

/* After a ParaSep at at (length n): the boundary is after it, CR LF kept whole. */
static size_t after_parasep(const unsigned char *s, size_t len, size_t at, int n, int b) {
  size_t e = at + (size_t)n;
  if (b == LT_SB_CR && e < len && s[e] == '\n') e++;          /* SB3 */
  return e;
}

/* ASCII bytes the sentence rules stop at: ATerm, STerm, CR, LF (1); 0 for
 * the others, which no rule looks at but as the code point before a terminator */
static unsigned char sb_stops[128];

static void init_sb_stops(void) {
  for (int c = 1; c < 128; c++) {
    int b = LT_SB(lt_ucd_stage2[c]);
    sb_stops[c] = (unsigned char)(SATERM(b) || PARASEP(b));
  }
  sb_stops[0] = 1;                        /* marks the table as made */
}

size_t lt_seg_sentence_next(const char *text, size_t len, size_t pos) {
  const unsigned char *s = (const unsigned char *)text;
  int n;
  size_t at;
  if (pos >= len) return len;
  if (!sb_stops[0]) init_sb_stops();      /* idempotent: a benign race */
  /* the first code point is taken as it is (SB5 does not apply after sot) */
  int b = LT_SB(prop_at(s, len, pos, &n));
  at = pos;
  int before = NONE;             /* the code point before the current one */
  for (;;) {
    if (PARASEP(b)) return after_parasep(s, len, at, n, b);       /* SB4 */
    if (!SATERM(b)) {
      before = b;
      /* fast path: ASCII that is no terminator nor line end leaves every rule
       * where it is; only the last of them counts as the one before */
      size_t p = at + (size_t)n, q = p;
      while (q < len && s[q] < 0x80 && !sb_stops[s[q]]) q++;
      if (q > p) before = LT_SB(lt_ucd_stage2[s[q - 1]]);
      b = sb_at(s, len, q, &at, &n);
      if (b == NONE) return len;
      continue;
    }
    int term = b, upper_lower_before = (before == LT_SB_UPPER || before == LT_SB_LOWER);
    b = sb_at(s, len, at + (size_t)n, &at, &n);
    if (b == NONE) return len;
    if (term == LT_SB_ATERM && b == LT_SB_NUMERIC) { before = term; continue; }   /* SB6 */
    if (term == LT_SB_ATERM && upper_lower_before && b == LT_SB_UPPER) {         /* SB7 */
      before = term;
      continue;
    }
    while (b == LT_SB_CLOSE) b = sb_at(s, len, at + (size_t)n, &at, &n);  /* SB9 */
    while (b == LT_SB_SP) b = sb_at(s, len, at + (size_t)n, &at, &n);     /* SB10 */
    if (b == NONE) return len;
    if (PARASEP(b)) return after_parasep(s, len, at, n, b);               /* SB11 */
    if (term == LT_SB_ATERM && lower_follows(s, len, at)) { before = NONE; continue; } /* SB8 */
    if (b == LT_SB_SCONTINUE || SATERM(b)) { before = NONE; continue; }  /* SB8a */
    return at;                                                            /* SB11 */
  }
}

/* }====== */
