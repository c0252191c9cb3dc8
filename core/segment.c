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

/* {====== Many word boundaries at once
 *
 * A block is the 64 bytes from a boundary b. Each byte gets the Word_Break
 * class of the code point it belongs to, as bit masks (bit k: byte b + k);
 * then "no break before byte k" is a handful of shifts and ANDs, each the
 * word of a rule. Valid when the block holds no code point that WB4, WB3c,
 * WB7a-c, WB13 or WB15-16 would look at (Extend, Format, ZWJ, Hebrew,
 * Katakana, regional indicators: the mask unk); else the rules decide. Bits
 * before 0 read as nothing: b is the start of the segment, as for
 * lt_seg_word_next, and no rule joins across a boundary of its own (WB7 and
 * WB11 mirror WB6 and WB12). Boundaries are taken at bits 1..LAST only, so
 * that every bit a rule looks at lies inside the block. */

#define LAST 59    /* a mid code point at 59 (at most 4 bytes) has its follower at 63 */

typedef struct Masks {
  uint64_t l, d, x, s, ml, mn, cr, lf, cont, unk, join;
} Masks;

#if defined(__SSE2__)
/* ASCII classes of 16 bytes at p into bit k0.. of the masks; returns the
 * mask of bytes >= 0x80 */
static inline uint64_t ascii16(const unsigned char *p, int k0, Masks *m) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  __m128i l = lt_bytes_in(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);   /* A-Z as a-z */
  __m128i d = lt_bytes_in(v, '0', 10);
  __m128i dot = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
  __m128i ml = _mm_or_si128(dot, _mm_cmpeq_epi8(v, _mm_set1_epi8(':')));
  __m128i mn = _mm_or_si128(dot, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')),
                                               _mm_cmpeq_epi8(v, _mm_set1_epi8(';'))));
  m->l |= (uint64_t)(unsigned)_mm_movemask_epi8(l) << k0;
  m->d |= (uint64_t)(unsigned)_mm_movemask_epi8(d) << k0;
  m->x |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('_'))) << k0;
  m->s |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))) << k0;
  m->ml |= (uint64_t)(unsigned)_mm_movemask_epi8(ml) << k0;
  m->mn |= (uint64_t)(unsigned)_mm_movemask_epi8(mn) << k0;
  m->cr |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))) << k0;
  m->lf |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))) << k0;
  return (uint64_t)(unsigned)_mm_movemask_epi8(v) << k0;
}
#endif

/* Mark the bytes span (one code point) with the Word_Break class w; 1 for a
 * mid (MidLetter, MidNum, MidNumLet, Single_Quote), whose neighbours a rule
 * reads. Other, Newline and Double_Quote need no mask; Extend, Format, ZWJ,
 * Hebrew, Katakana and regional indicators go to unk. */
static inline int mark_class(Masks *m, int w, uint64_t span) {
  switch (w) {
    case LT_WB_ALETTER: m->l |= span; return 0;
    case LT_WB_NUMERIC: m->d |= span; return 0;
    case LT_WB_EXTENDNUMLET: m->x |= span; return 0;
    case LT_WB_WSEGSPACE: m->s |= span; return 0;
    case LT_WB_CR: m->cr |= span; return 0;
    case LT_WB_LF: m->lf |= span; return 0;
    case LT_WB_MIDLETTER: m->ml |= span; return 1;
    case LT_WB_MIDNUM: m->mn |= span; return 1;
    case LT_WB_MIDNUMLET: case LT_WB_SQUOTE: m->ml |= span; m->mn |= span; return 1;
    case LT_WB_OTHER: case LT_WB_NEWLINE: case LT_WB_DQUOTE: return 0;
    default: m->unk |= span; return 0;
  }
}

/* The masks of the block at s[b..b+64) (b + 64 <= len). */
static void block_masks(const unsigned char *s, size_t len, size_t b, Masks *m) {
  const unsigned char *p = s + b;
  uint64_t hi = 0;
  memset(m, 0, sizeof *m);
#if defined(__SSE2__)
  hi = ascii16(p, 0, m) | ascii16(p + 16, 16, m) | ascii16(p + 32, 32, m) | ascii16(p + 48, 48, m);
#else
  for (int k = 0; k < 64; k++) {   /* one-byte mids: block_breaks reads their neighbours */
    if (p[k] >= 0x80) hi |= 1ull << k;
    else mark_class(m, LT_WB(lt_ucd_stage2[p[k]]), 1ull << k);
  }
#endif
  /* code points beyond ASCII, one by one (a few per block in Latin text) */
  uint64_t mids = 0;
  while (hi) {
    int k = __builtin_ctzll(hi), n;
    uint16_t props = prop_at(s, len, b + (size_t)k, &n);
    uint64_t span = k + n >= 64 ? ~0ull << k : ((1ull << n) - 1) << k;
    m->cont |= span & (span - 1);          /* every byte of it but the first */
    hi &= ~span;
    if (mark_class(m, LT_WB(props), span)) mids |= 1ull << k;
  }
  /* WB6 WB7 WB11 WB12 around a mid of several bytes: its neighbours are the
   * code points before its lead and after its last byte */
  while (mids) {
    int k = __builtin_ctzll(mids);
    mids &= mids - 1;
    uint64_t after = ~m->cont & ~((2ull << k) - 1);     /* code point starts after k */
    if (!k || !after) continue;
    int a = __builtin_ctzll(after);
    uint64_t before = 1ull << (k - 1), next = 1ull << a;
    if (((m->ml >> k) & 1) && (m->l & before) && (m->l & next)) m->join |= (1ull << k) | next;
    if (((m->mn >> k) & 1) && (m->d & before) && (m->d & next)) m->join |= (1ull << k) | next;
  }
}

/* The boundaries in bits 1..LAST of a block (see above). */
static inline uint64_t block_breaks(const Masks *m) {
  uint64_t w = m->l | m->d | m->x;
  uint64_t nb = m->cont | m->join
              | ((w << 1) & w)                              /* WB5 WB8-10 WB13a-b */
              | ((m->s << 1) & m->s)                        /* WB3d */
              | ((m->cr << 1) & m->lf)                      /* WB3 */
              | ((m->l << 1) & m->ml & (m->l >> 1))         /* WB6, one-byte mids */
              | ((m->l << 2) & (m->ml << 1) & m->l)         /* WB7 */
              | ((m->d << 1) & m->mn & (m->d >> 1))         /* WB12 */
              | ((m->d << 2) & (m->mn << 1) & m->d);        /* WB11 */
  return ~nb & (((1ull << LAST) - 1) << 1);
}

size_t lt_seg_words(const char *text, size_t len, size_t pos, size_t *ends, size_t max) {
  const unsigned char *s = (const unsigned char *)text;
  size_t n = 0;
  Masks m;
  while (pos < len && n < max) {
    if (len - pos < 64) {                          /* the tail: one by one */
      pos = ends[n++] = lt_seg_word_next(text, len, pos);
      continue;
    }
    block_masks(s, len, pos, &m);
    if (m.unk) {                                   /* the rules, past the last such code point */
      size_t past = pos + 64 - (size_t)__builtin_clzll(m.unk);
      while (pos < past && n < max) pos = ends[n++] = lt_seg_word_next_rules(text, len, pos);
      continue;
    }
    uint64_t br = block_breaks(&m);
    if (!br) {                                     /* a segment longer than the block */
      pos = ends[n++] = lt_seg_word_next_rules(text, len, pos);
      continue;
    }
    size_t b = pos;
    do {
      pos = ends[n++] = b + (size_t)__builtin_ctzll(br);
      br &= br - 1;
    } while (br && n < max);
  }
  return n;
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
