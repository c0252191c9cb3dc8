/* analyze.h: the analyzer: tokens with types and normalised terms, on top of
 * UAX #29 word segmentation (segment.h), with French and English press rules.
 *
 * Rules applied on top of UAX #29:
 *   - elisions split, with every apostrophe form (' ’ ` ´ ʼ): l'armée -> l' armée
 *     (not for lang "en"); aujourd'hui, quelqu'un, prud'homme, presqu'île whole;
 *     for "en", the possessive split instead: Korea's -> Korea 's;
 *   - hyphenated words kept whole (nord-coréens, Kim Jong-un, vingt-cinq), flagged
 *     LT_TF_COMPOUND so the parts stay reachable; inversions split
 *     (a-t-il -> a, -t-, il; dit-elle -> dit, -, elle);
 *   - numbers: groups of three after 1-3 digits, separated by space, U+00A0,
 *     U+202F, U+2009, '.', '\'' form one token (11 000, 1.500, 10'000); decimal
 *     comma (fr) or point (en); English thousands comma; a sign after a space;
 *     percentages (60 %, 30%); ordinals (1er, 2e, XXe, 3rd);
 *   - dates as written (27/01/2025, 21.8.2025, 2024-11-22), URLs, e-mails,
 *     @mentions and #hashtags: one token each.
 *
 * The analyzer holds its settings, stopwords, abbreviations, a Snowball stemmer
 * and scratch buffers: one analyzer per thread. Tokens come from a cursor:
 *
 *   lt_Cursor c;
 *   lt_Token t;
 *   lt_an_start(&c, text, len);
 *   while (lt_an_next(an, &c, &t)) {
 *     const char *term; size_t n;
 *     if (lt_an_term(an, text, &t, 1, &term, &n) == LT_OK) ... use term[0..n) ...
 *   }
 *
 * term points into the analyzer's scratch space, or into text itself for a
 * word of lower-case ASCII letters, and is valid until the next lt_an_term
 * call on the same analyzer (and while text lives). It is not NUL-terminated. */
#ifndef LT_ANALYZE_H
#define LT_ANALYZE_H
#include <stddef.h>
#include <stdint.h>
#include "text.h"

/* Bumped whenever a rule change alters tokens or terms: databases indexed
 * with an older analyzer are re-indexed when opened. */
#define LT_ANALYZER_VERSION 6

enum {
  LT_TOK_WORD = 1, LT_TOK_NUMBER, LT_TOK_PERCENT, LT_TOK_ORDINAL, LT_TOK_DATE,
  LT_TOK_URL, LT_TOK_EMAIL, LT_TOK_MENTION, LT_TOK_HASHTAG, LT_TOK_PUNCT,
  LT_TOK_SYMBOL, LT_TOK_NTYPES
};
/* token type names, indexed by LT_TOK_* ("word", "number", ...) */
extern const char *const lt_tok_names[LT_TOK_NTYPES];

enum {
  LT_TF_UPPER = 1,     /* first letter upper or title case */
  LT_TF_ALLCAPS = 2,   /* every letter upper case (and at least two) */
  LT_TF_COMPOUND = 4,  /* hyphenated word; parts split at '-' */
  LT_TF_ELISION = 8,   /* an elided article or pronoun: l' d' qu' ... */
  LT_TF_PLAIN = 16     /* the term is the text itself (lower-case ASCII letters, or
                          one ASCII mark), stems aside */
};

typedef struct lt_Token {
  size_t start, end;   /* byte span, end exclusive */
  int type;            /* LT_TOK_* */
  unsigned flags;      /* LT_TF_* */
  double value;        /* numbers, percents, ordinals; dates as YYYYMMDD */
} lt_Token;

typedef struct lt_Cursor {
  const char *text;
  size_t len, pos;
  lt_Token q[16];      /* tokens already cut from the current segment */
  int qn, qi;
  /* letters of the 64 bytes from mbase, as bit masks (bit k: byte mbase + k):
   * ASCII and Latin-1 letters (every byte), where each starts, the upper-case
   * ones, the Latin-1 ones. mbase == (size_t)-64: none yet. */
  size_t mbase;
  uint64_t mlet, mstart, mupper, mlatin;
} lt_Cursor;

typedef struct lt_Analyzer lt_Analyzer;

typedef struct lt_AnalyzerConfig {
  const char *lang;    /* ISO 639-1 code ("fr", "en", ...); NULL or "" for none */
  int fold;            /* LT_FOLD_NONE, LT_FOLD_CASE or LT_FOLD_ACCENTS */
  int stem;            /* 1: Snowball stems when lt_an_term is asked for them */
} lt_AnalyzerConfig;

/* Create an analyzer. LT_EINVAL when cfg->stem is set and libstemmer has no
 * stemmer for cfg->lang (lt_an_errmsg tells). *out is NULL on failure. */
int lt_an_new(const lt_AnalyzerConfig *cfg, lt_Analyzer **out);
void lt_an_free(lt_Analyzer *an);        /* accepts NULL */
/* A new analyzer that makes the same tokens and terms as an (its language,
 * folding, stemmer, stopwords with their weights, abbreviations) with caches
 * and scratch space of its own: one per thread, for an analyzer is not to be
 * used by two threads at once. */
int lt_an_clone(const lt_Analyzer *an, lt_Analyzer **out);
const char *lt_an_errmsg(int rc);

/* Stopwords are folded like terms before they are stored; abbreviations are
 * stored as written, without the final period ("Mme", "av", "J.-C"). */
int lt_an_add_stopword(lt_Analyzer *an, const char *w, size_t n);
/* The same, adding weight to its weight (lt_an_add_stopword adds 1). */
int lt_an_add_stopword_weight(lt_Analyzer *an, const char *w, size_t n, int64_t weight);
int lt_an_add_abbrev(lt_Analyzer *an, const char *w, size_t n);
/* Is the folded term t[0..n) a stopword? */
int lt_an_is_stop(const lt_Analyzer *an, const char *t, size_t n);
/* The weight the folded term t was added with as a stopword (0: none), t's
 * hash (lt_map_hash) known: one hash for a term looked up in several analyzers. */
int64_t lt_an_stop_weight_hashed(const lt_Analyzer *an, const char *t, size_t n, uint64_t h);

void lt_an_start(lt_Cursor *c, const char *text, size_t len);
/* Next token into *t: 1, or 0 at the end. Spaces and control characters are
 * not tokens; punctuation and symbols are. */
int lt_an_next(lt_Analyzer *an, lt_Cursor *c, lt_Token *t);

/* The normalised term of a token: folded per the analyzer, stemmed when stem
 * is set and the analyzer has a stemmer. Numbers give their value (11000,
 * 2.5), percents "60%", ordinals "20e", dates ISO 8601. */
int lt_an_term_general(lt_Analyzer *an, const char *text, const lt_Token *t, int stem,
                       const char **term, size_t *n);
static inline int lt_an_term(lt_Analyzer *an, const char *text, const lt_Token *t, int stem,
                             const char **term, size_t *n) {
  if ((t->flags & LT_TF_PLAIN) && (!stem || t->type != LT_TOK_WORD)) {
    *term = text + t->start;              /* no folding changes it: no call */
    *n = t->end - t->start;
    return 0;
  }
  return lt_an_term_general(an, text, t, stem, term, n);
}

/* The same for an arbitrary word (a part of a compound, a query word). */
int lt_an_word_term(lt_Analyzer *an, const char *w, size_t len, int stem,
                    const char **term, size_t *n);

/* Next sentence boundary after pos: UAX #29 sentences, not broken after an
 * abbreviation or an initial, and broken where scraping glued two sentences
 * (décembre.Cette). */
size_t lt_an_sentence_next(const lt_Analyzer *an, const char *text, size_t len, size_t pos);

#endif
