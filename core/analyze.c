/* analyze.c: tokens with types and terms on top of UAX #29 (see analyze.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <libstemmer.h>
#include "analyze.h"
#include "map.h"
#include "segment.h"
#include "tcache.h"
#include "utf8.h"

const char *const lt_tok_names[LT_TOK_NTYPES] = {
  "?", "word", "number", "percent", "ordinal", "date", "url", "email", "mention",
  "hashtag", "punct", "symbol"
};

#define CACHE_SLOTS 65536  /* stem cache: direct-mapped, power of two (4 MB) */
#define CACHE_KEY 31

typedef struct StemSlot { unsigned char klen, vlen; char key[CACHE_KEY], val[CACHE_KEY]; } StemSlot;

/* terms of words as written (folded, or stemmed: tag 1 or 2), before any of
 * that work: slots of 64 bytes, direct-mapped (see tcache.h); 4096 of them
 * (256 KiB) for folded terms, 131072 (8 MiB) when the analyzer stems, for a
 * stem costs a Snowball call (about 1 000 cycles) when it is in no cache, and
 * the words of a corpus (120 000 as written in FreSaDa's 31 MB) then mostly
 * keep their slot: against 65536 slots, stems 12 % faster on FreSaDa */
#define TERM_BITS 12
#define TERM_BITS_STEM 17
typedef struct TermSlot { lt_TCKey key; unsigned char n; char val[31]; } TermSlot;

struct lt_Analyzer {
  char lang[16];
  int fold, stem;
  int elide;          /* split French-style elisions (every language but en) */
  int dec_comma;      /* ',' is the decimal mark and '.' groups thousands */
  struct sb_stemmer *stemmer;
  lt_Map stops, abbrevs;
  lt_Buf fbuf, term;  /* scratch for lt_an_term */
  StemSlot *cache;
  TermSlot *terms;    /* made on first use */
  unsigned term_bits;
};

const char *lt_an_errmsg(int rc) {
  switch (rc) {
    case LT_OK: return "ok";
    case LT_ENOMEM: return "out of memory";
    case LT_EINVAL: return "no Snowball stemmer for this language";
    default: return "unknown error";
  }
}

static void init_tables(void);

int lt_an_new(const lt_AnalyzerConfig *cfg, lt_Analyzer **out) {
  lt_Analyzer *an = calloc(1, sizeof *an);
  *out = NULL;
  if (!an) return LT_ENOMEM;
  init_tables();                          /* the tokenizer's tables, made once */
  if (cfg->lang) snprintf(an->lang, sizeof an->lang, "%s", cfg->lang);
  an->fold = cfg->fold;
  an->stem = cfg->stem;
  an->elide = strcmp(an->lang, "en") != 0;
  an->dec_comma = strcmp(an->lang, "en") != 0;
  if (cfg->stem) {
    an->stemmer = an->lang[0] ? sb_stemmer_new(an->lang, "UTF_8") : NULL;
    if (!an->stemmer) { lt_an_free(an); return LT_EINVAL; }
    an->cache = lt_zalloc(CACHE_SLOTS * sizeof *an->cache);
    if (!an->cache) { lt_an_free(an); return LT_ENOMEM; }
  }
  an->term_bits = an->stemmer ? TERM_BITS_STEM : TERM_BITS;
  *out = an;
  return LT_OK;
}

int lt_an_clone(const lt_Analyzer *an, lt_Analyzer **out) {
  lt_AnalyzerConfig cfg = { an->lang, an->fold, an->stem };
  int rc = lt_an_new(&cfg, out);
  /* the fold tables made now, by the thread that clones, not by two at once */
  if (rc == LT_OK && ((rc = lt_text_fold("", 0, LT_FOLD_NONE, &(*out)->fbuf)) ||
                      (rc = lt_map_merge(&(*out)->stops, &an->stops)) ||
                      (rc = lt_map_merge(&(*out)->abbrevs, &an->abbrevs)))) {
    lt_an_free(*out);
    *out = NULL;
  }
  return rc;
}

void lt_an_free(lt_Analyzer *an) {
  if (!an) return;
  if (an->stemmer) sb_stemmer_delete(an->stemmer);
  lt_map_free(&an->stops);
  lt_map_free(&an->abbrevs);
  lt_buf_free(&an->fbuf);
  lt_buf_free(&an->term);
  free(an->cache);
  free(an->terms);
  free(an);
}

int lt_an_add_stopword_weight(lt_Analyzer *an, const char *w, size_t n, int64_t weight) {
  int rc = lt_text_fold(w, n, an->fold, &an->fbuf);
  if (rc) return rc;
  return lt_map_add(&an->stops, an->fbuf.p, an->fbuf.n, weight);
}

int lt_an_add_stopword(lt_Analyzer *an, const char *w, size_t n) {
  return lt_an_add_stopword_weight(an, w, n, 1);
}

int lt_an_is_stop(const lt_Analyzer *an, const char *t, size_t n) {
  return lt_map_get(&an->stops, t, n) != NULL;
}

int64_t lt_an_stop_weight_hashed(const lt_Analyzer *an, const char *t, size_t n, uint64_t h) {
  const int64_t *w = an->stops.n ? lt_map_get_hashed(&an->stops, t, n, h) : NULL;
  return w ? *w : 0;
}

int lt_an_add_abbrev(lt_Analyzer *an, const char *w, size_t n) {
  return lt_map_add(&an->abbrevs, w, n, 1);
}

/* {====== Character helpers */

static inline int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static inline int is_alnum(unsigned char c) { return is_digit(c) || is_alpha(c); }
static inline int lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Code point at s[i] with its length. */
static inline uint32_t cp_at(const unsigned char *s, size_t len, size_t i, int *n) {
  uint32_t cp;
  if (s[i] < 0x80) { *n = 1; return s[i]; }
  *n = lt_utf8_decode(s + i, len - i, &cp);
  return cp;
}

/* Is the code point at i a letter (any script)? */
static int letter_at(const unsigned char *s, size_t len, size_t i) {
  int n;
  if (i >= len) return 0;
  if (s[i] < 0x80) return is_alpha(s[i]);
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp_at(s, len, i, &n));
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* Length of an apostrophe at i (' ’ ʼ, and ` ´ when loose), else 0. */
static int apostrophe_at(const unsigned char *s, size_t len, size_t i, int loose) {
  if (i >= len) return 0;
  if (s[i] == '\'') return 1;
  if (i + 2 < len && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99) return 3;
  if (i + 1 < len && s[i] == 0xCA && s[i + 1] == 0xBC) return 2;
  if (loose && s[i] == '`') return 1;
  if (loose && i + 1 < len && s[i] == 0xC2 && s[i + 1] == 0xB4) return 2;
  return 0;
}

/* Length of a hyphen joining compound words at i (- U+2010 U+2011), with the
 * soft hyphens (U+00AD) a page may leave after it ("quatre-\u00ADvingts"), else 0. */
static int hyphen_at(const unsigned char *s, size_t len, size_t i) {
  if (i >= len) return 0;
  int n = 0;
  if (s[i] == '-') n = 1;
  else if (i + 2 < len && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0x90 || s[i + 2] == 0x91))
    n = 3;
  while (n && i + (size_t)n + 1 < len && s[i + n] == 0xC2 && s[i + n + 1] == 0xAD) n += 2;
  return n;
}

/* Length of a space that may separate digit groups at i, else 0. */
static int group_space_at(const unsigned char *s, size_t len, size_t i) {
  if (i >= len) return 0;
  if (s[i] == ' ') return 1;
  if (i + 1 < len && s[i] == 0xC2 && s[i + 1] == 0xA0) return 2;              /* U+00A0 */
  if (i + 2 < len && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0xAF || s[i + 2] == 0x89 || s[i + 2] == 0x87))
    return 3;                                                         /* U+202F, U+2009, U+2007 (figure space) */
  return 0;
}

/* Does a word of text[a..b) match, ASCII case-insensitively, one of list? */
static int word_in(const unsigned char *s, size_t a, size_t b, const char *const *list) {
  size_t n = b - a;
  for (; *list; list++) {
    const unsigned char *w = (const unsigned char *)*list;
    size_t k = 0;
    while (k < n && w[k] && lower(s[a + k]) == w[k]) k++;
    if (k == n && !w[k]) return 1;
  }
  return 0;
}

/* }====== */

/* {====== Token recognisers: each returns the end of what it recognised, or 0 */

static size_t scan_url(const unsigned char *s, size_t len, size_t i) {
  size_t p = i;
  static const char *const PFX[] = { "https://", "http://", "www.", NULL };
  int ok = 0;
  for (int k = 0; PFX[k] && !ok; k++) {
    size_t n = strlen(PFX[k]), j = 0;
    while (j < n && p + j < len && lower(s[p + j]) == (unsigned char)PFX[k][j]) j++;
    if (j == n && p + n < len && is_alnum(s[p + n])) { ok = 1; p += n; }
  }
  if (!ok) return 0;
  int paren = 0;
  while (p < len && s[p] > 0x20 && s[p] != '<' && s[p] != '>' && s[p] != '"' && s[p] != 0x7F) {
    if (s[p] == 0xC2 && p + 1 < len && (s[p + 1] == 0xA0 || s[p + 1] == 0xBB)) break; /* NBSP » */
    if (s[p] == 0xE2 && p + 2 < len && s[p + 1] == 0x80) break;   /* typographic quotes, spaces */
    if (s[p] == '(') paren++;
    if (s[p] == ')' && --paren < 0) break;
    p++;
  }
  while (p > i && strchr(".,;:!?'*]}", s[p - 1])) p--;    /* trailing sentence punctuation */
  return p;
}

/* name@domain.tld with an ASCII local part and at least one dot in the domain */
static size_t scan_email(const unsigned char *s, size_t len, size_t i) {
  size_t p = i;
  while (p < len && (is_alnum(s[p]) || (s[p] && strchr("._%+-", s[p])))) p++;
  if (p == i || p >= len || s[p] != '@') return 0;
  size_t d = ++p, lastdot = 0;
  while (p < len && (is_alnum(s[p]) || s[p] == '-' || s[p] == '.')) {
    if (s[p] == '.') lastdot = p;
    p++;
  }
  while (p > d && s[p - 1] == '.') p--;
  if (!lastdot || lastdot >= p || lastdot == d) return 0;
  for (size_t k = lastdot + 1; k < p; k++) if (!is_alpha(s[k])) return 0;
  return p - lastdot > 2 ? p : 0;
}

/* @handle or #tag: the sigil, then a word (letters, digits, _), not after a
 * letter or digit; a hashtag needs a letter. */
static size_t scan_tag(const unsigned char *s, size_t len, size_t i, int hashtag) {
  if (i > 0 && (is_alnum(s[i - 1]) || s[i - 1] == '&' || s[i - 1] >= 0x80)) return 0;
  size_t p = i + 1;
  int letters = 0;
  while (p < len) {
    int n;
    uint32_t cp = cp_at(s, len, p, &n);
    int w = LT_WB(lt_ucd_props(cp));
    if (w == LT_WB_ALETTER || w == LT_WB_HEBREW || w == LT_WB_KATAKANA || w == LT_WB_EXTEND) letters++;
    else if (w != LT_WB_NUMERIC && cp != '_') break;
    p += (size_t)n;
  }
  if (p == i + 1 || (hashtag && !letters)) return 0;
  return p;
}

static size_t digits(const unsigned char *s, size_t len, size_t i) {
  size_t p = i;
  while (p < len && is_digit(s[p])) p++;
  return p - i;
}

static int num(const unsigned char *s, size_t i, size_t n) {
  int v = 0;
  while (n--) v = v * 10 + (s[i++] - '0');
  return v;
}

/* 27/01/2025, 21.8.2025, 27-01-2025, 2024-11-22; *ymd = YYYYMMDD */
static size_t scan_date(const lt_Analyzer *an, const unsigned char *s, size_t len, size_t i,
                        double *ymd) {
  size_t a = digits(s, len, i), p, b, c;
  int y, m, d;
  if (a == 4 && i + 4 < len && s[i + 4] == '-') {            /* ISO 8601 */
    p = i + 5;
    if ((b = digits(s, len, p)) != 2 || p + 2 >= len || s[p + 2] != '-') return 0;
    if ((c = digits(s, len, p + 3)) != 2) return 0;
    y = num(s, i, 4); m = num(s, p, 2); d = num(s, p + 3, 2);
    p += 5;
  } else if (a == 1 || a == 2) {
    unsigned char sep = i + a < len ? s[i + a] : 0;
    if (sep != '/' && sep != '.' && sep != '-') return 0;
    p = i + a + 1;
    b = digits(s, len, p);
    if ((b != 1 && b != 2) || p + b >= len || s[p + b] != sep) return 0;
    c = digits(s, len, p + b + 1);
    if (c != 4 && (c != 2 || sep == '-')) return 0;
    d = num(s, i, a); m = num(s, p, b); y = num(s, p + b + 1, c);
    if (c == 2) y += y >= 50 ? 1900 : 2000;
    if (!an->dec_comma && d <= 12 && m > 12) { int t = d; d = m; m = t; }   /* en: M/D/Y */
    else if (!an->dec_comma && d <= 12 && m <= 12) { int t = d; d = m; m = t; }
    p = p + b + 1 + c;
  } else return 0;
  if (p < len && (is_alnum(s[p]) || (s[p] == '.' && p + 1 < len && is_digit(s[p + 1])))) return 0;
  if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
  *ymd = y * 10000.0 + m * 100 + d;
  return p;
}

/* How many groups ",ddd" follow from s[p] (each three digits, not a fourth):
 * where ',' is the decimal mark (French), two of them ("1,000,000") or one of
 * "000" ("250,000": no decimals are written so) still group thousands. */
static int comma_groups(const unsigned char *s, size_t len, size_t p, int *zeros) {
  int n = 0;
  *zeros = 0;
  while (p + 3 < len && s[p] == ',' && digits(s, len, p + 1) == 3) {
    if (n == 0) *zeros = s[p + 1] == '0' && s[p + 2] == '0' && s[p + 3] == '0';
    n++;
    p += 4;
  }
  return n;
}

/* A number starting at the digit s[i]: groups of three, decimal part, per the
 * analyzer's language. Returns its end and the value. */
static size_t scan_number(const lt_Analyzer *an, const unsigned char *s, size_t len,
                          size_t i, double *value) {
  size_t k = digits(s, len, i), p = i + k;
  double v = 0;
  for (size_t j = i; j < p; j++) v = v * 10 + (s[j] - '0');
  int grouped = 0, sepkind = 0;    /* 1 space-like, 2 '.', 3 '\'', 4 ',' */
  if (k <= 3) {
    for (;;) {
      int sl = group_space_at(s, len, p), kind = 1;
      if (!sl) {
        if (p < len && s[p] == '.' && an->dec_comma) { sl = 1; kind = 2; }
        else if (p < len && s[p] == ',' && !an->dec_comma) { sl = 1; kind = 4; }
        else if (p < len && s[p] == ',' && !sepkind) {
          int zeros, n = comma_groups(s, len, p, &zeros);
          if (n >= 2 || (n == 1 && zeros)) { sl = 1; kind = 4; }
        } else if (p < len && s[p] == ',' && sepkind == 4) { sl = 1; kind = 4; }
        else if (apostrophe_at(s, len, p, 0)) { sl = apostrophe_at(s, len, p, 0); kind = 3; }
      }
      if (!sl || (sepkind && kind != sepkind)) break;
      if (digits(s, len, p + (size_t)sl) != 3) break;
      size_t q = p + (size_t)sl + 3;
      if (q < len && is_alpha(s[q])) break;              /* 3 000abc: not a group */
      for (size_t j = p + (size_t)sl; j < q; j++) v = v * 10 + (s[j] - '0');
      p = q;
      grouped = 1;
      sepkind = kind;
    }
  }
  /* decimal part */
  unsigned char mark = an->dec_comma ? ',' : '.';
  int dec = p + 1 < len && s[p] == mark && is_digit(s[p + 1]);
  if (!dec && an->dec_comma && !grouped && p + 1 < len && s[p] == '.' && is_digit(s[p + 1]))
    dec = 1;                                              /* "1.5" written the English way */
  if (dec) {
    size_t f = digits(s, len, p + 1);
    double scale = 0.1;
    for (size_t j = p + 1; j < p + 1 + f; j++, scale /= 10) v += (s[j] - '0') * scale;
    p += 1 + f;
  }
  *value = v;
  return p;
}

/* Ordinal suffix of a number: 1er 1re 2e 2ème 2eme 2nde 1st 2nd 3rd 4th */
static size_t ordinal_suffix(const unsigned char *s, size_t len, size_t p) {
  static const char *const SUF[] = { "er", "re", "e", "ème", "eme", "ère", "nd", "nde", "st",
                                     "rd", "th", "ᵉ", "ʳᵉ", "ᵉʳ", NULL };
  size_t q = p;
  while (q < len && letter_at(s, len, q)) { int n; cp_at(s, len, q, &n); q += (size_t)n; }
  if (q == p || (q < len && is_digit(s[q]))) return 0;
  return word_in(s, p, q, SUF) ? q : 0;
}

static inline int is_roman(unsigned char c) {     /* C D I L M V X, without a branch */
  const uint32_t set = 1u << 0 | 1u << 1 | 1u << 6 | 1u << 9 | 1u << 10 | 1u << 19 | 1u << 21;
  unsigned k = (unsigned)c - 'C';
  return k < 32 && (set >> k & 1);
}

/* Roman numeral ordinal: XXe, IIIe, Ve, XIXème; value in *v */
static int roman_ordinal(const unsigned char *s, size_t a, size_t b, double *v) {
  static const char *const SUF[] = { "e", "er", "re", "ème", "eme", NULL };
  size_t p = a;
  int total = 0, prev = 1000000;
  while (p < b && is_roman(s[p])) {
    int val = s[p] == 'I' ? 1 : s[p] == 'V' ? 5 : s[p] == 'X' ? 10 : s[p] == 'L' ? 50 :
              s[p] == 'C' ? 100 : s[p] == 'D' ? 500 : 1000;
    total += val > prev ? val - 2 * prev : val;
    prev = val;
    p++;
  }
  if (p == a || p == b) return 0;
  if (p - a == 1 && s[a] != 'I' && s[a] != 'V' && s[a] != 'X') return 0;   /* De, Le, Me, Ce */
  if ((s[p] != 'e' && s[p] != 0xC3) || !word_in(s, p, b, SUF)) return 0;   /* every SUF: e or è */
  *v = total;
  return 1;
}

/* }====== */

/* {====== The cursor */

static void push(lt_Cursor *c, size_t a, size_t b, int type, unsigned flags, double v) {
  if (c->qn >= (int)(sizeof c->q / sizeof c->q[0])) return;
  lt_Token *t = &c->q[c->qn++];
  t->start = a; t->end = b; t->type = type; t->flags = flags; t->value = v;
}

/* Capitalisation flags of the letters of s[a..b). */
static unsigned case_flags(const unsigned char *s, size_t len, size_t a, size_t b) {
  unsigned f = 0;
  int letters = 0, upper = 0, first = 1;
  for (size_t i = a; i < b;) {
    int n, up, low;
    if (s[i] < 0x80) {
      up = s[i] >= 'A' && s[i] <= 'Z'; low = s[i] >= 'a' && s[i] <= 'z'; n = 1;
    } else {
      utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp_at(s, len, i, &n));
      up = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
      low = c == UTF8PROC_CATEGORY_LL;
    }
    if (up || low) {
      if (first && up) f |= LT_TF_UPPER;
      first = 0;
      letters++;
      upper += up;
    }
    i += (size_t)n;
  }
  if (letters >= 2 && upper == letters) f |= LT_TF_ALLCAPS;
  return f;
}

static const char *const ELISIONS[] = { "l", "d", "n", "s", "c", "j", "m", "t", "qu",
  "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", NULL };
static const char *const PRONOUNS[] = { "je", "tu", "il", "elle", "on", "nous", "vous", "ils",
  "elles", "ce", "moi", "toi", "lui", "leur", "le", "la", "les", "y", "en", "eux", NULL };
static const char *const NOT_INVERSIONS[] = { "rendez-vous", "chez-moi", "chez-toi", "chez-soi",
  "chez-lui", "chez-nous", "chez-vous", "chez-eux", NULL };

/* Is s[a..b) an elided word this analyzer splits? Returns the apostrophe end. */
static size_t elision(const lt_Analyzer *an, const unsigned char *s, size_t len, size_t a,
                      size_t b) {
  if (!an->elide) return 0;
  size_t p = a;
  while (p < b && p - a < 7 && is_alpha(s[p])) p++;
  int al = apostrophe_at(s, len, p, 1);
  if (!al || p == a || !word_in(s, a, p, ELISIONS)) return 0;
  size_t q = p + (size_t)al;
  /* before a letter, a digit or an opening quote: « d'« injuste » », l'"affaire" */
  int quote = q + 1 < len && ((s[q] == 0xC2 && s[q + 1] == 0xAB) || s[q] == '"' ||
                              (q + 2 < len && s[q] == 0xE2 && s[q + 1] == 0x80 && s[q + 2] == 0x9C));
  if (!letter_at(s, len, q) && !(q < len && is_digit(s[q])) && !quote) return 0;
  /* presqu'île is a word (not puisqu'il) */
  if (p - a == 6 && lower(s[a]) == 'p' && lower(s[a + 1]) == 'r' && q + 1 < len && (s[q] == 0xC3 || s[q] == 'i')) {
    if ((s[q] == 'i' || (s[q] == 0xC3 && s[q + 1] == 0xAE))) return 0;
  }
  return q;
}

static size_t glued(const lt_Analyzer *an, const unsigned char *s, size_t len, size_t a, size_t b);

/* English (the languages that split no elision): the possessive 's (or ’s) at
 * the end of the word just queued is a token of its own, as the Penn
 * Treebank has it (Korea's -> Korea 's, Jong-un's -> Jong-un 's, it's -> it 's):
 * every queued token ending there loses it. */
static void split_possessive(const lt_Analyzer *an, lt_Cursor *c) {
  if (an->elide || c->qn == 0) return;
  const unsigned char *s = (const unsigned char *)c->text;
  lt_Token *last = &c->q[c->qn - 1];
  size_t e = last->end, p;
  if (e < 2 || (s[e - 1] | 32) != 's') return;
  if (s[e - 2] == '\'') p = e - 2;
  else if (e >= 4 && s[e - 4] == 0xE2 && s[e - 3] == 0x80 && s[e - 2] == 0x99) p = e - 4;
  else return;
  if (p <= last->start || !letter_at(s, c->len, p - 1) || last->type != LT_TOK_WORD) return;
  for (int i = 0; i < c->qn; i++)
    if (c->q[i].end == e) c->q[i].end = p;
  push(c, p, e, LT_TOK_WORD, 0, 0);
}

static void word_parts(const lt_Analyzer *an, lt_Cursor *c, size_t a, size_t e);

/* The end of a word's segment [a, e) from lt_seg_word_next, cut at a U+202F inside it: the
 * narrow no-break space of French typography (« Nous », dit-il : oui !) is ExtendNumLet in
 * UAX #29 and joins letters; between words it is a space. */
static size_t word_seg_end(const unsigned char *s, size_t e, size_t a) {
  for (size_t k = a + 1; k + 2 < e; k++)
    if (s[k] == 0xE2 && s[k + 1] == 0x80 && s[k + 2] == 0xAF) return k;
  return e;
}

/* A word segment [a, e): elision, compound, inversion, roman ordinal,
 * possessive; a period glued between two sentences (décembre.Cette) ends the word. */
static void word(const lt_Analyzer *an, lt_Cursor *c, size_t a, size_t e) {
  word_parts(an, c, a, e);
  split_possessive(an, c);
}

static void word_parts(const lt_Analyzer *an, lt_Cursor *c, size_t a, size_t e) {
  const unsigned char *s = (const unsigned char *)c->text;
  size_t len = c->len;
  size_t q = glued(an, s, len, a, e);
  if (q) e = q - 1;
  q = elision(an, s, len, a, e);
  if (q) {
    push(c, a, q, LT_TOK_WORD, LT_TF_ELISION | case_flags(s, len, a, q), 0);
    c->pos = q;
    return;
  }
  /* hyphenated compound: parts[k] = [ps[k], pe[k]) */
  size_t ps[16], pe[16];
  int np = 1;
  ps[0] = a; pe[0] = e;
  for (;;) {
    int hl = hyphen_at(s, len, pe[np - 1]);
    if (!hl || np == 16) break;
    size_t b = pe[np - 1] + (size_t)hl;
    if (b >= len) break;
    int n;
    int w = LT_WB(lt_ucd_props(cp_at(s, len, b, &n)));
    if (w != LT_WB_ALETTER && w != LT_WB_HEBREW && w != LT_WB_NUMERIC) break;
    ps[np] = b;
    pe[np] = word_seg_end(s, lt_seg_word_next(c->text, len, b), b);
    np++;
  }
  double v;
  if (np == 1) {
    if (roman_ordinal(s, a, e, &v)) push(c, a, e, LT_TOK_ORDINAL, 0, v);
    else push(c, a, e, LT_TOK_WORD, case_flags(s, len, a, e), 0);
    c->pos = e;
    return;
  }
  /* inversions: a-t-il, dit-elle, allez-vous; the head keeps the other parts */
  int head = np - 1, euph = 0;
  for (int k = 1; k + 1 < np; k++)
    if (pe[k] - ps[k] == 1 && lower(s[ps[k]]) == 't' &&
        word_in(s, ps[k + 1], pe[k + 1], PRONOUNS)) { head = k - 1; euph = 1; break; }
  int checked = euph;                      /* chez-moi, rendez-vous: no inversion (asked once) */
  while (!euph && head >= 1 && word_in(s, ps[head], pe[head], PRONOUNS) && s[ps[head]] >= 'a') {
    if (!checked++ && word_in(s, a, pe[np - 1], NOT_INVERSIONS)) break;
    head--;
  }
  push(c, a, pe[head], LT_TOK_WORD, (head ? LT_TF_COMPOUND : 0) | case_flags(s, len, a, pe[head]), 0);
  int k = head + 1;
  if (euph) {                              /* "-t-" as one punctuation token */
    push(c, pe[head], ps[head + 2], LT_TOK_PUNCT, 0, 0);
    k = head + 2;
    push(c, ps[k], pe[k], LT_TOK_WORD, 0, 0);
    k++;
  }
  for (; k < np; k++) {
    push(c, pe[k - 1], ps[k], LT_TOK_PUNCT, 0, 0);
    push(c, ps[k], pe[k], LT_TOK_WORD, 0, 0);
  }
  c->pos = pe[np - 1];
}

/* A number, percent, ordinal or date at the ASCII digit s[i] (sign at sign). */
static int number(const lt_Analyzer *an, lt_Cursor *c, size_t start, size_t i, int neg) {
  const unsigned char *s = (const unsigned char *)c->text;
  size_t len = c->len, p;
  double v;
  if (!neg && (p = scan_date(an, s, len, i, &v))) {
    push(c, i, p, LT_TOK_DATE, 0, v);
    c->pos = p;
    return 1;
  }
  p = scan_number(an, s, len, i, &v);
  if (neg) v = -v;
  if (p < len && letter_at(s, len, p)) {
    size_t q = ordinal_suffix(s, len, p);
    if (q && !neg && p - i <= 4 && digits(s, len, i) == p - i) {
      push(c, start, q, LT_TOK_ORDINAL, 0, v);
      c->pos = q;
      return 1;
    }
    return 0;                                   /* 3D, 10km: a word */
  }
  size_t q = p + (size_t)group_space_at(s, len, p);
  if (q < len && s[q] == '%') {
    push(c, start, q + 1, LT_TOK_PERCENT, 0, v);
    c->pos = q + 1;
    return 1;
  }
  push(c, start, p, LT_TOK_NUMBER, 0, v);
  c->pos = p;
  return 1;
}

void lt_an_start(lt_Cursor *c, const char *text, size_t len) {
  c->text = text;
  c->len = len;
  c->pos = 0;
  c->qn = c->qi = 0;
  c->mbase = (size_t)-64;                  /* pos - mbase >= 64 for every pos: no block yet */
}

/* Cut the tokens starting at c->pos into the queue; advances c->pos. The slow
 * path (a token in twenty): kept out of lt_an_next, whose fast paths then
 * need fewer registers saved on each call. */
static __attribute__((noinline)) void scan(lt_Analyzer *an, lt_Cursor *c) {
  const unsigned char *s = (const unsigned char *)c->text;
  size_t len = c->len, i = c->pos, e;
  unsigned char b = s[i];
  /* whitespace and control characters are not tokens */
  if (b <= 0x20 || b == 0x7F) { c->pos = i + 1; return; }
  switch (b) {
    case 'h': case 'H': case 'w': case 'W':
      if ((e = scan_url(s, len, i))) { push(c, i, e, LT_TOK_URL, 0, 0); c->pos = e; return; }
      break;
    case '@': case '#':
      if ((e = scan_tag(s, len, i, b == '#'))) {
        push(c, i, e, b == '#' ? LT_TOK_HASHTAG : LT_TOK_MENTION, 0, 0);
        c->pos = e;
        return;
      }
      break;
    case '-': case '+':     /* a sign after a space or an opening bracket */
      if (i + 1 < len && is_digit(s[i + 1]) &&
          (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '\n' || s[i - 1] == '\t') &&
          number(an, c, i, i + 1, b == '-'))
        return;
      break;
    default:
      if (is_digit(b) && number(an, c, i, i, 0)) return;
  }
  int n;
  uint32_t cp = cp_at(s, len, i, &n);
  uint16_t props = lt_ucd_props(cp);
  int w = LT_WB(props);
  e = lt_seg_word_next(c->text, len, i);
  if (w == LT_WB_ALETTER || w == LT_WB_HEBREW || w == LT_WB_NUMERIC || w == LT_WB_KATAKANA) {
    if (b < 0x80 && e < len && s[e] && strchr("@.-+_", s[e])) {
      size_t m = scan_email(s, len, i);
      if (m) { push(c, i, m, LT_TOK_EMAIL, 0, 0); c->pos = m; return; }
    }
    word(an, c, i, word_seg_end(s, e, i));
    return;
  }
  if (w == LT_WB_WSEGSPACE || w == LT_WB_CR || w == LT_WB_LF || w == LT_WB_NEWLINE) {
    c->pos = e;
    return;
  }
  utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
  int type;
  switch (cat) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_ND:
      type = LT_TOK_WORD; break;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      type = LT_TOK_PUNCT; break;
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      type = LT_TOK_SYMBOL; break;
    case UTF8PROC_CATEGORY_ZS:   /* a space opening a segment (U+202F: "«\u202fNous"): */
      c->pos = i + (size_t)n;    /* the rest is read again */
      return;
    default:
      type = 0;    /* controls, format, unassigned: not tokens */
  }
  if (type) push(c, i, e, type, type == LT_TOK_WORD ? case_flags(s, len, i, e) : 0, 0);
  c->pos = e;
}

/* {====== Fast paths: the plain word and the lone ASCII mark */

/* ASCII bytes after which a word of letters surely ends, for the analyzer.
 * 1: always (UAX #29 breaks after a letter, and no rule of ours joins: spaces,
 * most punctuation, and MidNum , ; which join digits only); 2: when the byte
 * after it is no letter or digit (. : ' join letters in UAX #29, - makes
 * compounds, @ + e-mails, ` elisions: all need a word character next). */
static unsigned char word_end[128];
/* ASCII punctuation (1) and symbols (2) that are one token on their own; 0
 * for letters, digits, spaces and the marks that start something (- + @ #). */
static unsigned char lone_mark[128];
/* The same for U+0080-U+00FF (« » ° ×) and U+2000-U+206F (’ – — … “ ”), and 3
 * for the spaces and controls there, no token (U+00A0, U+2009, U+2028): at
 * the start of a segment and before an ASCII byte, each is a segment alone
 * (see mark_kind). 0: the rules decide (letters, numbers, Extend, Format,
 * ExtendNumLet such as U+202F). */
static unsigned char latin_mark[128], punct_mark[112];
/* The one-letter words of ELISIONS (l d n s c j m t), bit c - 'a'. */
static uint32_t elided_one;

/* What scan makes of the code point cp when a segment starts with it and an
 * ASCII byte follows: 1 punctuation, 2 symbol, 3 no token, 0 ask the rules.
 * Other and the Mid* marks are segments alone there: WB6, WB7, WB11, WB12
 * need a letter or digit before, WB4 a mark after. */
static unsigned char mark_kind(uint32_t cp) {
  int w = LT_WB(lt_ucd_props(cp));
  if (w != LT_WB_OTHER && w != LT_WB_MIDNUM && w != LT_WB_MIDNUMLET && w != LT_WB_MIDLETTER &&
      w != LT_WB_SQUOTE && w != LT_WB_DQUOTE && w != LT_WB_WSEGSPACE && w != LT_WB_NEWLINE)
    return 0;
  utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
  if (w == LT_WB_WSEGSPACE || w == LT_WB_NEWLINE) return 3;
  if (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO) return 1;
  if (cat >= UTF8PROC_CATEGORY_SM && cat <= UTF8PROC_CATEGORY_SO) return 2;
  if (cat >= UTF8PROC_CATEGORY_ZS) return 3;        /* separators, controls, format, unassigned */
  return 0;                                         /* letters and numbers: word rules */
}

/* Made by the first lt_an_new (the tokenizer needs no check of its own); a
 * race between two threads writes the same bytes twice. */
static void init_tables(void) {
  if (word_end[0]) return;
  for (int k = 0; k < 128; k++) latin_mark[k] = mark_kind(0x80 + (uint32_t)k);
  for (int k = 0; k < 112; k++) punct_mark[k] = mark_kind(0x2000 + (uint32_t)k);
  for (int k = 0; ELISIONS[k]; k++)
    if (!ELISIONS[k][1]) elided_one |= 1u << (ELISIONS[k][0] - 'a');
  for (int c = 0; c < 128; c++) {
    int w = LT_WB(lt_ucd_props((uint32_t)c));
    int plain = w == LT_WB_OTHER || w == LT_WB_WSEGSPACE || w == LT_WB_CR || w == LT_WB_LF ||
                w == LT_WB_NEWLINE;
    word_end[c] = (unsigned char)(plain && !strchr("-@`+", c) ? 1 : 0);
    if (w == LT_WB_MIDNUM) word_end[c] = 1;
    if (w == LT_WB_MIDLETTER || w == LT_WB_MIDNUMLET || w == LT_WB_SQUOTE || strchr("-@`+", c))
      word_end[c] = 2;
    utf8proc_category_t cat = utf8proc_category(c);
    /* . , : ; ' " too: at the start of a segment no rule joins them to an
     * ASCII byte (WB6, WB7, WB11, WB12 need the letter or digit before) */
    int mark = w == LT_WB_OTHER || w == LT_WB_MIDNUM || w == LT_WB_MIDNUMLET ||
               w == LT_WB_MIDLETTER || w == LT_WB_SQUOTE || w == LT_WB_DQUOTE;
    if (mark && c > 0x20 && c < 0x7F && !strchr("-+@#", c))
      lone_mark[c] = (unsigned char)(cat >= UTF8PROC_CATEGORY_SM && cat <= UTF8PROC_CATEGORY_SO ? 2 : 1);
  }
  word_end[0] = 1;
}

/* The token of the letters s[i..j) (ASCII and Latin-1; i < j) when nothing
 * special follows them; 0 when something may (an elision, a compound, an
 * e-mail, a URL, a combining mark, any other code point): the general
 * machinery decides. first_upper: the first letter is upper case; upper: some
 * letter is; allcaps: at least two letters, all upper case; latin: some
 * letter is Latin-1. */
static inline __attribute__((always_inline)) int
word_token(const unsigned char *s, size_t len, size_t i, size_t j, int first_upper, int upper,
           int allcaps, int latin, lt_Token *t) {
  if (j < len) {
    unsigned char b = s[j];
    if (b < 0x80) {
      if (!word_end[b]) return 0;
      if (word_end[b] == 2) {
        if (j + 1 < len && (s[j + 1] >= 0x80 || is_alnum(s[j + 1]) || (b == '\'' && s[j + 1] == '"')))
          return 0;                                /* (an elision before a quote: l'"affaire") */
        if ((b == ':' || b == '.') && ((s[i] | 32) == 'h' || (s[i] | 32) == 'w')) return 0; /* URLs */
      }
    }
    else if (!(b == 0xC2 && j + 1 < len && (s[j + 1] == 0xA0 || s[j + 1] == 0xAB || s[j + 1] == 0xBB)))
      return 0;                                    /* NBSP « » end it; anything else: the rules */
    else if (j + 2 < len && (s[j + 2] == 0xCC || s[j + 2] == 0xCD)) return 0;
  }
  t->start = i;
  t->end = j;
  if (is_roman(s[i]) && roman_ordinal(s, i, j, &t->value)) {   /* XXe, IIIe */
    t->type = LT_TOK_ORDINAL;
    t->flags = 0;
    return 1;
  }
  t->type = LT_TOK_WORD;
  t->flags = (first_upper ? LT_TF_UPPER : 0) | (allcaps ? LT_TF_ALLCAPS : 0) |
             (!upper && !latin ? LT_TF_PLAIN : 0);
  t->value = 0;
  return 1;
}

/* A word of ASCII and Latin-1 letters that nothing special follows (see
 * word_token), byte by byte; runs of lower-case ASCII letters go eight bytes
 * at a time. */
static int fast_word(const unsigned char *s, size_t len, size_t i, lt_Token *t) {
  size_t j = i;
  int letters = 0, upper = 0, latin = 0;
  for (;;) {
    if (j + 8 <= len) {
      unsigned r = lt_ascii_letters8(s + j, LT_LOWER_ONLY);
      j += r;
      letters += (int)r;
      if (r == 8) continue;
    }
    if (j >= len) break;
    unsigned char b = s[j];
    if ((b | 32) >= 'a' && (b | 32) <= 'z') {
      upper += b < 'a';
      letters++;
      j++;
    } else if (b == 0xC3 && j + 1 < len && s[j + 1] >= 0x80 && s[j + 1] <= 0xBF &&
               s[j + 1] != 0x97 && s[j + 1] != 0xB7) {
      upper += s[j + 1] <= 0x9E;                   /* U+00C0-U+00DE upper, but U+00D7 */
      letters++;
      latin = 1;
      j += 2;
    } else break;
  }
  if (!letters) return 0;
  int first_upper = s[i] == 0xC3 ? s[i + 1] <= 0x9E : s[i] < 'a';
  return word_token(s, len, i, j, first_upper, upper > 0, letters >= 2 && upper == letters, latin, t);
}

#if defined(__SSE2__)
/* The letter masks of the cursor for the 64 bytes from b (b + 65 <= len: the
 * byte after each is read too), 16 bytes at a time: the same letters as
 * fast_word's, so both give the same tokens. */
static void letter_masks(lt_Cursor *c, const unsigned char *s, size_t b) {
  uint64_t let = 0, start = 0, up = 0, lat = 0;
  for (int k = 0; k < 64; k += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + b + (size_t)k));
    __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(s + b + (size_t)k + 1));
    __m128i ascii = lt_bytes_in(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);   /* A-Z as a-z */
    __m128i aup = lt_bytes_in(v, 'A', 26);
    /* C3 then 80-BF but 97 (x) and B7 (/): U+00C0-U+00FF letters; 80-9E upper */
    __m128i cont = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x97)),
                                                 _mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0xB7))),
                                    lt_bytes_in(v1, 0x80, 0x40));
    __m128i lead = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC3)), cont);
    __m128i lup = _mm_and_si128(lead, lt_bytes_in(v1, 0x80, 0x1F));
    uint64_t a = (unsigned)_mm_movemask_epi8(ascii), l = (unsigned)_mm_movemask_epi8(lead);
    start |= (a | l) << k;
    lat |= l << k;
    up |= (uint64_t)((unsigned)_mm_movemask_epi8(aup) | (unsigned)_mm_movemask_epi8(lup)) << k;
  }
  let = start | (lat << 1);
  c->mbase = b;
  c->mlet = let;
  c->mstart = start;
  c->mupper = up;
  c->mlatin = lat;
}

/* fast_word from the cursor's masks: the end of the word without a loop. */
static inline int mask_word(lt_Cursor *c, const unsigned char *s, size_t len, size_t i, lt_Token *t) {
  size_t off = i - c->mbase;
  uint64_t run;                             /* its bits from the first that is no letter */
  unsigned n;
  if (off >= 64 || !(run = ~(c->mlet >> off)) || off + (n = (unsigned)__builtin_ctzll(run)) >= 64) {
    if (len - i < 65) return fast_word(s, len, i, t);    /* outside the block, or to its end */
    letter_masks(c, s, i);
    off = 0;
    if (!(run = ~c->mlet)) return fast_word(s, len, i, t);  /* 64 letters and more */
    n = (unsigned)__builtin_ctzll(run);
  }
  if (!((c->mstart >> off) & 1)) return 0;  /* no letter starts here (fast_word: 0 too) */
  uint64_t range = ((1ull << n) - 1) << off, starts = c->mstart & range, up = c->mupper & range;
  int allcaps = up && (starts & (starts - 1)) && !(starts & ~up);   /* two letters or more */
  return word_token(s, len, i, i + n, (int)(up >> off & 1), up != 0, allcaps,
                    (c->mlatin & range) != 0, t);
}
#else
#define mask_word(c, s, len, i, t) fast_word(s, len, i, t)
#endif

/* }====== */

int lt_an_next(lt_Analyzer *an, lt_Cursor *c, lt_Token *t) {
  if (c->qi < c->qn) { *t = c->q[c->qi++]; return 1; }
  const unsigned char *s = (const unsigned char *)c->text;
  size_t pos = c->pos, len = c->len;     /* in registers: s may alias *c */
  for (;;) {
    c->qi = c->qn = 0;
    while (pos < len && (s[pos] == ' ' || s[pos] == '\n')) pos++;
    if (pos >= len) { c->pos = pos; return 0; }
    unsigned char b = s[pos];
    /* the commonest token first; a word starts with a letter, the marks below
     * with no letter: the order changes no token */
    if (mask_word(c, s, len, pos, t)) { c->pos = t->end; return 1; }
    if (b < 0x80 && lone_mark[b] && (pos + 1 >= len || s[pos + 1] < 0x80)) {
      t->start = pos;                      /* nothing can join a lone ASCII mark */
      t->end = c->pos = pos + 1;
      t->type = lone_mark[b] == 2 ? LT_TOK_SYMBOL : LT_TOK_PUNCT;
      t->flags = LT_TF_PLAIN;
      t->value = 0;
      return 1;
    }
    if (b >= 0xC2 && b <= 0xE2) {          /* « » – — … ’ NBSP: a table, no rules */
      int k = 0, n = 0;
      if (b <= 0xC3 && pos + 1 < len && (s[pos + 1] & 0xC0) == 0x80) {
        k = latin_mark[(b & 1) << 6 | (s[pos + 1] & 0x3F)];
        n = 2;
      } else if (b == 0xE2 && pos + 2 < len && (s[pos + 1] == 0x80 || s[pos + 1] == 0x81) &&
                 (s[pos + 2] & 0xC0) == 0x80 && (s[pos + 1] == 0x80 || s[pos + 2] < 0xB0)) {
        k = punct_mark[(s[pos + 1] & 1) << 6 | (s[pos + 2] & 0x3F)];
        n = 3;
      }
      if (k && (pos + (size_t)n >= len || s[pos + (size_t)n] < 0x80)) {
        if (k == 3) { pos += (size_t)n; continue; }
        t->start = pos;
        t->end = c->pos = pos + (size_t)n;
        t->type = k == 2 ? LT_TOK_SYMBOL : LT_TOK_PUNCT;
        t->flags = 0;
        t->value = 0;
        return 1;
      }
    }
    if (is_alpha(b)) {                     /* l' d' qu' before a word: the elision */
      /* the commonest first: a one-letter elision (elided_one), an apostrophe,
       * an ASCII letter or digit: what elision() finds there too, and the
       * flags case_flags gives one letter */
      size_t q = 0, ap = 0;
      if (an->elide && (elided_one >> ((b | 32) - 'a') & 1))
        ap = (size_t)apostrophe_at(s, len, pos + 1, 1);
      if (ap && pos + 1 + ap < len && is_alnum(s[pos + 1 + ap])) {
        q = pos + 1 + ap;
        t->flags = LT_TF_ELISION | (b < 'a' ? LT_TF_UPPER : 0);
      } else if ((q = elision(an, s, len, pos, len)) != 0) {
        t->flags = LT_TF_ELISION | case_flags(s, len, pos, q);
      }
      if (q) {
        t->start = pos;
        t->end = c->pos = q;
        t->type = LT_TOK_WORD;
        t->value = 0;
        return 1;
      }
    }
    c->pos = pos;
    scan(an, c);
    if (c->qi < c->qn) { *t = c->q[c->qi++]; return 1; }
    pos = c->pos;
  }
}

/* }====== */

/* {====== Terms */

/* Stem the case-folded word w[0..n) into an->term (through the cache). */
static int stem_word(lt_Analyzer *an, const char *w, size_t n) {
  StemSlot *slot = NULL;
  if (n < CACHE_KEY) {
    slot = &an->cache[lt_map_hash(w, n) & (CACHE_SLOTS - 1)];
    if (slot->klen == n && memcmp(slot->key, w, n) == 0) {
      if (lt_buf_reserve(&an->term, slot->vlen + 1)) return LT_ENOMEM;
      memcpy(an->term.p, slot->val, slot->vlen);
      an->term.n = slot->vlen;
      return LT_OK;
    }
  }
  const sb_symbol *st = sb_stemmer_stem(an->stemmer, (const sb_symbol *)w, (int)n);
  if (!st) return LT_ENOMEM;
  size_t sn = (size_t)sb_stemmer_length(an->stemmer);
  if (an->fold >= LT_FOLD_ACCENTS) {
    int rc = lt_text_fold((const char *)st, sn, LT_FOLD_ACCENTS, &an->term);
    if (rc) return rc;
  } else {
    if (lt_buf_reserve(&an->term, sn + 1)) return LT_ENOMEM;
    memcpy(an->term.p, st, sn);
    an->term.n = sn;
  }
  if (slot && an->term.n < CACHE_KEY) {
    slot->klen = (unsigned char)n;
    memcpy(slot->key, w, n);
    slot->vlen = (unsigned char)an->term.n;
    memcpy(slot->val, an->term.p, an->term.n);
  }
  return LT_OK;
}

int lt_an_word_term(lt_Analyzer *an, const char *w, size_t len, int stem,
                    const char **term, size_t *n) {
  int rc;
  if (stem && an->stemmer) {
    if ((rc = lt_text_fold(w, len, LT_FOLD_CASE, &an->fbuf))) return rc;
    if ((rc = stem_word(an, an->fbuf.p, an->fbuf.n))) return rc;
  } else {
    if ((rc = lt_text_fold(w, len, an->fold, &an->term))) return rc;
  }
  *term = an->term.p;
  *n = an->term.n;
  return LT_OK;
}

static int print_term(lt_Analyzer *an, const char *fmt, double v, const char *suffix) {
  if (lt_buf_reserve(&an->term, 64)) return LT_ENOMEM;
  if (v > 0 && v < 1e15 && v == (double)(int64_t)v) {    /* integers: as %.15g writes them */
    char d[24];
    int64_t x = (int64_t)v;
    size_t k = 0, m = 0;
    do { d[k++] = (char)('0' + x % 10); x /= 10; } while (x);
    while (k) an->term.p[m++] = d[--k];
    while (*suffix) an->term.p[m++] = *suffix++;
    an->term.n = m;
    return LT_OK;
  }
  int k = snprintf(an->term.p, 64, fmt, v, suffix);
  an->term.n = k > 0 && k < 64 ? (size_t)k : 0;
  return LT_OK;
}

int lt_an_term_general(lt_Analyzer *an, const char *text, const lt_Token *t, int stem,
                       const char **term, size_t *n) {
  const unsigned char *s = (const unsigned char *)text;
  int rc = LT_OK;
  if ((t->flags & LT_TF_PLAIN) && !(stem && an->stemmer && t->type == LT_TOK_WORD)) {
    *term = text + t->start;              /* no folding changes it */
    *n = t->end - t->start;
    return LT_OK;
  }
#if defined(__SSE2__)
  /* a word of ASCII bytes, 16 at most, when no stem is asked: its term is its
   * text in lower case, 16 bytes at a time (read back from its end: never
   * before the text nor past the token) */
  size_t wn = t->end - t->start;
  if (t->type == LT_TOK_WORD && !(t->flags & LT_TF_ELISION) && !(stem && an->stemmer) &&
      an->fold >= LT_FOLD_CASE && wn <= 16 && t->end >= 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + t->end - 16));
    unsigned high = (unsigned)_mm_movemask_epi8(v) >> (16 - wn);
    if (!high && an->term.cap >= 16) {
      __m128i up = _mm_and_si128(lt_bytes_in(v, 'A', 26), _mm_set1_epi8(0x20));
      _mm_storeu_si128((__m128i *)(void *)an->term.p, _mm_or_si128(v, up));
      an->term.n = wn;
      *term = an->term.p + 16 - wn;
      *n = wn;
      return LT_OK;
    }
  }
#endif
  if (t->type == LT_TOK_WORD && !(t->flags & LT_TF_ELISION)) {
    int stemmed = stem && an->stemmer;
    lt_TCKey key;
    TermSlot *slot = NULL;
    if (lt_tc_key(&key, text + t->start, t->end - t->start, stemmed ? 2 : 1) &&
        (an->terms || (an->terms = lt_zalloc(sizeof *an->terms << an->term_bits)))) {
      slot = &an->terms[lt_tc_index(&key, an->term_bits)];
      if (lt_tc_same(&slot->key, &key)) { *term = slot->val; *n = slot->n; return LT_OK; }
    }
    if (t->flags & LT_TF_PLAIN) {          /* already case-folded */
      if ((rc = stem_word(an, text + t->start, t->end - t->start))) return rc;
      *term = an->term.p;
      *n = an->term.n;
    } else if ((rc = lt_an_word_term(an, text + t->start, t->end - t->start, stem, term, n))) {
      return rc;
    }
    if (slot && *n <= sizeof slot->val) {
      slot->key = key;
      slot->n = (unsigned char)*n;
      memcpy(slot->val, *term, *n);
    }
    return LT_OK;
  }
  switch (t->type) {
    case LT_TOK_WORD:
      if (t->flags & LT_TF_ELISION) {      /* l' d' qu': letters, then ASCII ' */
        size_t k = t->start;
        if (lt_buf_reserve(&an->term, t->end - t->start + 2)) return LT_ENOMEM;
        an->term.n = 0;
        while (k < t->end && is_alpha(s[k])) an->term.p[an->term.n++] = (char)lower(s[k++]);
        an->term.p[an->term.n++] = '\'';
      }
      break;
    case LT_TOK_NUMBER: rc = print_term(an, "%.15g%s", t->value, ""); break;
    case LT_TOK_PERCENT: rc = print_term(an, "%.15g%s", t->value, "%"); break;
    case LT_TOK_ORDINAL: rc = print_term(an, "%.15g%s", t->value, "e"); break;
    case LT_TOK_DATE: {
      long v = (long)t->value;
      if (lt_buf_reserve(&an->term, 32)) return LT_ENOMEM;
      an->term.n = (size_t)snprintf(an->term.p, 32, "%04ld-%02ld-%02ld", v / 10000,
                                    v / 100 % 100, v % 100);
      break;
    }
    case LT_TOK_URL: case LT_TOK_EMAIL: case LT_TOK_MENTION: case LT_TOK_HASHTAG:
      rc = lt_text_fold(text + t->start, t->end - t->start, LT_FOLD_CASE, &an->term);
      break;
    default:
      rc = lt_text_fold(text + t->start, t->end - t->start, LT_FOLD_NONE, &an->term);
  }
  *term = an->term.p;
  *n = an->term.n;
  return rc;
}

/* }====== */

/* {====== Sentences */

/* Does the initial [a, a+1) before the boundary b end a sentence? It does when
 * a lower-case word comes before it and a stopword after ("réagi sur X. Pour
 * le politologue", "le plan B. Les syndicats"), not in a name ("Peter H.
 * Smith", "selon J. Dupont"). The stopword is looked up lower-cased, ASCII only. */
static int initial_ends(const lt_Analyzer *an, const unsigned char *s, size_t len, size_t a, size_t b) {
  size_t k = a;
  if (k == 0 || s[k - 1] != ' ') return 0;
  while (k > 0 && s[k - 1] == ' ') k--;
  size_t w = k;                          /* the word before: [w, k) */
  while (w > 0 && (letter_at(s, len, w - 1) || (s[w - 1] & 0xC0) == 0x80)) w--;
  int n;
  if (w == k || utf8proc_category((utf8proc_int32_t)cp_at(s, len, w, &n)) != UTF8PROC_CATEGORY_LL) return 0;
  char next[16];
  size_t m = 0;
  while (b + m < len && m < sizeof next && is_alpha(s[b + m])) {
    next[m] = (char)lower(s[b + m]);
    m++;
  }
  if (m == 0 || m == sizeof next || (b + m < len && s[b + m] >= 0x80)) return 0;
  /* (a particle before a capitalised word is a name's: "J. Le Pen", "C. de Gaulle") */
  if (m == 2 && (!memcmp(next, "le", 2) || !memcmp(next, "la", 2) || !memcmp(next, "de", 2) ||
                 !memcmp(next, "du", 2)) && b + 3 < len && s[b + 2] == ' ' &&
      utf8proc_category((utf8proc_int32_t)cp_at(s, len, b + 3, &n)) == UTF8PROC_CATEGORY_LU)
    return 0;
  return lt_an_is_stop(an, next, m);
}

/* Should the UAX #29 boundary at b stay? Not after an abbreviation or an
 * initial ("M. Kim", "J.-C.", "Peter H. Smith") unless a line ends there. */
static int keep_boundary(const lt_Analyzer *an, const unsigned char *s, size_t len, size_t b) {
  size_t p = b;
  while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t' || (s[p - 1] == 0xA0 && p > 1 && s[p - 2] == 0xC2)))
    p -= s[p - 1] == 0xA0 ? 2 : 1;
  if (p == 0 || s[p - 1] != '.' || b >= len) return 1;
  if (p < b && s[b - 1] == '\n') return 1;
  if (s[p] == '\n' || s[p] == '\r') return 1;
  size_t end = p - 1, a = end;           /* the word before the period: [a, end) */
  while (a > 0 && (letter_at(s, len, a - 1) || s[a - 1] == '.' || s[a - 1] == '-' ||
                   (s[a - 1] & 0xC0) == 0x80))
    a--;
  if (a == end) return 1;
  if (lt_map_get(&an->abbrevs, (const char *)s + a, end - a)) return 0;
  size_t l = end;                         /* the last run of letters */
  while (l > a && s[l - 1] != '.' && s[l - 1] != '-') l--;
  /* (after a hyphen inside a word, no period before it, a word's end: "un missile Iskander-M. Vingt
   * drones"; but "J.-C.") */
  if (l > a + 1 && s[l - 1] == '-' && s[l - 2] != '.') return 1;
  if (lt_map_get(&an->abbrevs, (const char *)s + l, end - l)) return 0;
  if (end - l == 1 && s[l] >= 'A' && s[l] <= 'Z')                /* an initial */
    return l == a && initial_ends(an, s, len, a, b);
  return 1;
}

/* A period glued between two sentences inside [a, b): "décembre.Cette". */
static size_t glued(const lt_Analyzer *an, const unsigned char *s, size_t len, size_t a, size_t b) {
  for (size_t i = a + 2; i + 2 < b; i++) {
    if (s[i] != '.' && s[i] != '!' && s[i] != '?') continue;
    int n1, n2;
    uint32_t next = cp_at(s, len, i + 1, &n1);
    if (utf8proc_category((utf8proc_int32_t)next) != UTF8PROC_CATEGORY_LU) continue;
    uint32_t after = cp_at(s, len, i + 1 + (size_t)n1, &n2);
    if (utf8proc_category((utf8proc_int32_t)after) != UTF8PROC_CATEGORY_LL) continue;
    size_t w = i;                         /* the word before: lower-case letters */
    int nlow = 0;
    while (w > a) {
      size_t k = w - 1;
      while (k > a && (s[k] & 0xC0) == 0x80) k--;
      int n;
      if (utf8proc_category((utf8proc_int32_t)cp_at(s, len, k, &n)) != UTF8PROC_CATEGORY_LL) break;
      w = k;
      nlow++;
    }
    if (nlow < 2 || (w > a && (s[w - 1] == '.' || s[w - 1] == '/' || s[w - 1] == '@'))) continue;
    if (lt_map_get(&an->abbrevs, (const char *)s + w, i - w)) continue;
    return i + 1;
  }
  return 0;
}

/* An ellipsis (U+2026, which UAX #29 does not take for a sentence's end), perhaps in
 * brackets, spaces, then a capitalised word inside [a, b): "5 000… Difficile à gérer",
 * "[…] Ensuite". The next sentence's start. */
static size_t ellipsis(const unsigned char *s, size_t len, size_t a, size_t b) {
  for (size_t i = a; i + 5 < b; i++) {
    const unsigned char *e2 = memchr(s + i, 0xE2, b - 5 - i);       /* (U+2026 is E2 80 A6) */
    if (!e2) break;
    i = (size_t)(e2 - s);
    if (s[i + 1] != 0x80 || s[i + 2] != 0xA6) continue;
    size_t k = i + 3;
    if (k < b && (s[k] == ']' || s[k] == ')')) k++;                   /* "[…] Ensuite" */
    size_t sp = k;
    while (k < b && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r')) k++;
    if (k == sp || k >= b) continue;
    int n1, n2;
    uint32_t next = cp_at(s, len, k, &n1);
    if (utf8proc_category((utf8proc_int32_t)next) != UTF8PROC_CATEGORY_LU) continue;
    uint32_t after = cp_at(s, len, k + (size_t)n1, &n2);
    if (utf8proc_category((utf8proc_int32_t)after) != UTF8PROC_CATEGORY_LL) continue;
    return k;
  }
  return 0;
}

size_t lt_an_sentence_next(const lt_Analyzer *an, const char *text, size_t len, size_t pos) {
  const unsigned char *s = (const unsigned char *)text;
  size_t b = pos;
  do {
    size_t from = b;
    b = lt_seg_sentence_next(text, len, b);
    size_t g = glued(an, s, len, from, b);
    size_t e = ellipsis(s, len, from, g ? g : b);
    if (e) return e;
    if (g) return g;
  } while (b < len && !keep_boundary(an, s, len, b));
  return b;
}

/* }====== */
