/* test_analyze.c: analyzer cases as data: each input with its expected tokens
 * as "start-end type term" (0-based byte offsets, end exclusive), terms folded
 * to accents and stemmed (French unless the case says en). Also sentences,
 * text utilities and the term folding. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "../../core/analyze.h"
#include "../../core/text.h"
#include "../../core/map.h"
#include "../../core/tcache.h"

typedef struct Case { const char *id, *lang, *text, *want; } Case;

static const Case CASES[] = {
  /* elisions, every apostrophe form */
  {"1.1", "fr", "l'armée", "0-2 word l' | 2-8 word arme"},
  {"1.2", "fr", "l’armée", "0-4 word l' | 4-10 word arme"},
  {"1.3", "fr", "l`armée", "0-2 word l' | 2-8 word arme"},
  {"1.4", "fr", "l\xc2\xb4" "armée", "0-3 word l' | 3-9 word arme"},
  {"1.5", "fr", "lʼarmée", "0-3 word l' | 3-9 word arme"},
  {"1.6", "fr", "qu'il jusqu'à lorsqu'on puisqu'elle quoiqu'il presqu'entier",
   "0-3 word qu' | 3-5 word il | 6-12 word jusqu' | 12-14 word a | 15-22 word lorsqu' | "
   "22-24 word on | 25-32 word puisqu' | 32-36 word elle | 37-44 word quoiqu' | 44-46 word il | "
   "47-54 word presqu' | 54-60 word enti"},
  {"1.7", "fr", "aujourd'hui quelqu'un prud'homme presqu'île",
   "0-11 word aujourd'hui | 12-21 word quelqu'un | 22-32 word prud'homm | 33-44 word presqu'il"},
  {"1.7b", "fr", "puisqu'il puisqu’ils Presqu'île",
   "0-7 word puisqu' | 7-9 word il | 10-19 word puisqu' | 19-22 word il | 23-34 word presqu'il"},
  {"1.8", "fr", "D'après C'est J'ai N'importe S'il M'a T'es",
   "0-2 word d' | 2-8 word apres | 9-11 word c' | 11-14 word est | 15-17 word j' | 17-19 word ai | "
   "20-22 word n' | 22-29 word import | 30-32 word s' | 32-34 word il | 35-37 word m' | "
   "37-38 word a | 39-41 word t' | 41-43 word e"},
  {"1.8b", "fr", "d'« injuste » l'\"affaire\" qu’\xe2\x80\x9cil\xe2\x80\x9d l' ici",
   "0-2 word d' | 2-4 punct « | 5-12 word injust | 13-15 punct » | 16-18 word l' | 18-19 punct \" | "
   "19-26 word affair | 26-27 punct \" | 28-33 word qu' | 33-36 punct \xe2\x80\x9c | 36-38 word il | "
   "38-41 punct \xe2\x80\x9d | 42-43 word l | 43-44 punct ' | 45-48 word ici"},
  {"1.9", "en", "don't l'Oréal", "0-5 word don't | 6-14 word l'oreal"},
  {"1.10", "en", "South Korea's NIS, Jong-un’s army, it's",
   "0-5 word south | 6-11 word korea | 11-13 word 's | 14-17 word nis | 17-18 punct , | 19-26 word jong-un | "
   "26-30 word 's | 31-35 word armi | 35-36 punct , | 37-39 word it | 39-41 word 's"},
  /* hyphenated words and inversions */
  {"2.1", "fr", "nord-coréens Kim Jong-un vingt-cinq",
   "0-13 word nord-coreen | 14-17 word kim | 18-25 word jong-un | 26-36 word vingt-cinq"},
  {"2.2", "fr", "a-t-il va-t-elle dit-il allez-vous rendez-vous",
   "0-1 word a | 1-4 punct -t- | 4-6 word il | 7-9 word va | 9-12 punct -t- | 12-16 word elle | "
   "17-20 word dit | 20-21 punct - | 21-23 word il | 24-29 word allez | 29-30 punct - | "
   "30-34 word vous | 35-46 word rendez-vous"},
  {"2.3", "fr", "peut-être c'est-à-dire l'état-major F-16",
   "0-10 word peut-etr | 11-13 word c' | 13-24 word est-a-dir | 25-27 word l' | "
   "27-38 word etat-major | 39-43 word f-16"},
  /* soft hyphens a page leaves in words: inside the word and after a compound's hyphen,
   * gone from the term */
  {"2.4", "fr", "quatre-\xc2\xadvingts inter\xc2\xadnational",
   "0-15 word quatre-vingt | 16-31 word international"},
  /* numbers */
  {"3.1", "fr", "11 000 soldats", "0-6 number 11000 | 7-14 word soldat"},
  {"3.2", "fr", "11\xc2\xa0" "000 et 25\xe2\x80\xaf" "000 et 3\xe2\x80\x89" "000",
   "0-7 number 11000 | 8-10 word et | 11-19 number 25000 | 20-22 word et | 23-30 number 3000"},
  {"3.3", "fr", "1.500 10'000 10000 1 234 567",
   "0-5 number 1500 | 6-12 number 10000 | 13-18 number 10000 | 19-28 number 1234567"},
  {"3.4", "fr", "en 2024 5 000 soldats",
   "0-2 word en | 3-7 number 2024 | 8-13 number 5000 | 14-21 word soldat"},
  {"3.5", "fr", "2,3 millions -5 +7 1,5 milliard",
   "0-3 number 2.3 | 4-12 word million | 13-15 number -5 | 16-18 number 7 | 19-22 number 1.5 | "
   "23-31 word milliard"},
  {"3.6", "fr", "60 % 30% 12,5 %", "0-4 percent 60% | 5-8 percent 30% | 9-15 percent 12.5%"},
  {"3.7", "fr", "1er 2e 3ème XXe Ve IIIe 1re", "0-3 ordinal 1e | 4-6 ordinal 2e | 7-12 ordinal 3e | "
   "13-16 ordinal 20e | 17-19 ordinal 5e | 20-24 ordinal 3e | 25-28 ordinal 1e"},
  {"3.8", "en", "3,000 troops 2.5 million 1st 3rd",
   "0-5 number 3000 | 6-12 word troop | 13-16 number 2.5 | 17-24 word million | "
   "25-28 ordinal 1e | 29-32 ordinal 3e"},
  {"3.9", "fr", "10 000-12 000 De Le", "0-6 number 10000 | 6-7 punct - | 7-13 number 12000 | "
   "14-16 word de | 17-19 word le"},
  {"3.10", "fr", "3D 10km 1990", "0-2 word 3d | 3-7 word 10km | 8-12 number 1990"},
  /* in French a comma groups thousands when two groups follow or the one is 000 (no
   * decimals are written so); else it is the decimal mark */
  {"3.11", "fr", "1,000,000 250,000 2,500 3,0001",
   "0-9 number 1000000 | 10-17 number 250000 | 18-23 number 2.5 | 24-30 number 3.0001"},
  /* dates, urls, e-mails, mentions, hashtags */
  {"4.1", "fr", "27/01/2025 21.8.2025 2024-11-22 1/2/24",
   "0-10 date 2025-01-27 | 11-20 date 2025-08-21 | 21-31 date 2024-11-22 | 32-38 date 2024-02-01"},
  {"4.2", "en", "1/2/2024 13/2/2024", "0-8 date 2024-01-02 | 9-18 date 2024-02-13"},
  {"4.3", "fr", "voir https://ex.fr/a?b=1. et www.lemonde.fr/x), fin",
   "0-4 word voir | 5-24 url https://ex.fr/a?b=1 | 24-25 punct . | 26-28 word et | "
   "29-45 url www.lemonde.fr/x | 45-46 punct ) | 46-47 punct , | 48-51 word fin"},
  {"4.4", "fr", "écrire à jean-pierre.dupont@mail.example.org ou @kim_jong #Corée2025 #1",
   "0-7 word ecrir | 8-10 word a | 11-46 email jean-pierre.dupont@mail.example.org | "
   "47-49 word ou | 50-59 mention @kim_jong | 60-71 hashtag #corée2025 | 72-73 punct # | "
   "73-74 number 1"},
  /* glued sentences, case and punctuation (punctuation terms are lumped to ASCII) */
  {"5.1", "fr", "décembre.Cette", "0-9 word decembr | 9-10 punct . | 10-15 word cet"},
  {"5.2", "fr", "« Coréens » — U.S.A. 😀",
   "0-2 punct « | 3-11 word coreen | 12-14 punct » | 15-18 punct - | 19-24 word u.s.a | "
   "24-25 punct . | 26-30 symbol 😀"},
  /* U+202F, the narrow no-break space of French typography, is a space between words (UAX #29
   * makes it ExtendNumLet, joining letters), and groups digits */
  {"5.3", "fr", "«\u202fNous partons\u202f», dit-il\u202f: a\u202fb 11\u202f000",
   "0-2 punct « | 5-9 word nous | 10-17 word parton | 20-22 punct » | 22-23 punct , | 24-27 word dit | "
   "27-28 punct - | 28-30 word il | 33-34 punct : | 35-36 word a | 39-40 word b | 41-49 number 11000"},
  {"5.4", "fr", "4\u2007000 obus", "0-7 number 4000 | 8-12 word obus"},
  /* capitals: one letter, Latin-1 capitals inside a word */
  {"5.3", "fr", "À l'ÉTÉ, A vu CRÉÉE et ÉtÉ.",
   "0-2 word a | 3-5 word l' | 5-10 word ete | 10-11 punct , | 12-13 word a | 14-16 word vu | "
   "17-24 word cre | 25-27 word et | 28-33 word ete | 33-34 punct ."},
  /* marks beyond ASCII: NBSP and U+2028 no tokens, the others one each */
  {"5.4", "fr", "«\xc2\xa0" "Oui\xc2\xa0" "» – non… 3 × 2 ’ 20° \xe2\x80\xa8" "fin",
   "0-2 punct « | 4-7 word oui | 9-11 punct » | 12-15 punct - | 16-19 word non | "
   "19-22 punct … | 23-24 number 3 | 25-27 symbol × | 28-29 number 2 | 30-33 punct ' | "
   "34-36 number 20 | 36-38 symbol ° | 42-45 word fin"},
  {NULL, NULL, NULL, NULL}
};

/* the tokens of text as "start-end type term | ..."; offsets are taken
 * modulo period (the length of a text repeated in it, see main); with flags,
 * "start-end type/flags term" */
static void render(lt_Analyzer *an, const char *text, size_t period, int flags, char *out,
                   size_t cap) {
  lt_Cursor c;
  lt_Token t;
  size_t n = 0;
  out[0] = 0;
  lt_an_start(&c, text, strlen(text));
  while (lt_an_next(an, &c, &t)) {
    const char *term;
    size_t tn, base = t.start / period * period;
    lt_an_term(an, text, &t, 1, &term, &tn);
    n += (size_t)snprintf(out + n, cap - n, "%s%zu-%zu %s", n ? " | " : "", t.start - base,
                          t.end - base, lt_tok_names[t.type]);
    if (n < cap && flags) n += (size_t)snprintf(out + n, cap - n, "/%u", t.flags);
    if (n < cap) n += (size_t)snprintf(out + n, cap - n, " %.*s", (int)tn, term);
    if (n >= cap) return;
  }
}

static const struct { const char *id, *text; int n; size_t ends[6]; } SENTENCES[] = {
  {"6.1", "Selon M. Kim, 3 000 soldats. Le NIS le dit.", 2, {29, 43}},
  {"6.2", "Mme Dupont est là. Dr. Who aussi. En 50 av. J.-C. César vint.", 3, {20, 35, 63}},
  {"6.3", "Le 1er décembre.Cette fois, non.", 2, {17, 33}},
  {"6.4", "Titre sans point\nPremier paragraphe. Second ?", 3, {17, 37, 45}},
  {"6.5", "Peter H. Smith arrived. Mr. Brown said so.", 2, {24, 42}},
  /* an ellipsis then a capitalised word ends a sentence (not before a lower-case one) */
  {"6.6", "5 000… Difficile à gérer. Il a dit […] Ensuite. Un… deux.", 5, {9, 30, 45, 54, 65}},
  /* an initial after a lower-case word, before a stopword, ends a sentence; not in a name */
  {"6.7", "Il a réagi sur X. Pour lui, non. Selon J. Dupont, oui. Le plan B. Les gens. Selon J. Le Pen, non.",
   6, {19, 34, 56, 67, 77, 98}},
  /* an abbreviation or initial after a hyphen inside a word is the word's end ("Iskander-M.", "vingt-sept."),
   * not after one with a period ("J.-C.") */
  {"6.8", "Un missile Iskander-M. Vingt drones. Ils sont vingt-sept. Longtemps non. En 50 av. J.-C. César vint.",
   5, {23, 37, 58, 73, 101}},
  {NULL, NULL, 0, {0}}
};

int main(void) {
  char got[4096];
  lt_Analyzer *fr, *en;
  lt_AnalyzerConfig cfr = { "fr", LT_FOLD_ACCENTS, 1 }, cen = { "en", LT_FOLD_ACCENTS, 1 };
  check("analyzer fr", lt_an_new(&cfr, &fr) == LT_OK);
  check("analyzer en", lt_an_new(&cen, &en) == LT_OK);
  const char *abbr[] = { "M", "Mme", "Dr", "av", "J.-C", "Mr", NULL };
  for (int i = 0; abbr[i]; i++) {
    lt_an_add_abbrev(fr, abbr[i], strlen(abbr[i]));
    lt_an_add_abbrev(en, abbr[i], strlen(abbr[i]));
  }
  for (const Case *k = CASES; k->id; k++) {
    lt_Analyzer *an = strcmp(k->lang, "en") ? fr : en;
    render(an, k->text, (size_t)-1, 0, got, sizeof got);
    int ok = strcmp(got, k->want) == 0;
    if (!ok) fprintf(stderr, "case %s: %s\n  want: %s\n  got:  %s\n", k->id, k->text, k->want, got);
    check(k->id, ok);
    /* the same text four times, two line feeds after each: the first copies
     * have 64 bytes and more after them, so the analyzer's block path cuts
     * their words (lt_Cursor masks); every copy gives the tokens of the case,
     * flags included */
    char big[1024], one[1024], want4[4096];
    size_t len = strlen(k->text), m = 0, w = 0;
    render(an, k->text, (size_t)-1, 1, one, sizeof one);
    for (int i = 0; i < 4; i++) {
      memcpy(big + m, k->text, len);
      m += len;
      big[m++] = '\n';
      big[m++] = '\n';
      w += (size_t)snprintf(want4 + w, sizeof want4 - w, "%s%s", i ? " | " : "", one);
    }
    big[m] = 0;
    render(an, big, len + 2, 1, got, sizeof got);
    ok = strcmp(got, want4) == 0;
    if (!ok) fprintf(stderr, "case %s, four copies:\n  want: %s\n  got:  %s\n", k->id, want4, got);
    check(k->id, ok);
  }
  /* terms are cached by the word as written: asked with and without stems,
   * in turns, and for words of every length the key reads (1-3, 4-7, 8-16,
   * 17-24 bytes, longer), each gets its own term; the same words after 20
   * bytes, where an ASCII word of 16 bytes at most is folded without the
   * cache (read back from its end) */
  {
    static const char *const W[][3] = {      /* word, folded, stemmed */
      { "Armées", "armees", "arme" }, { "a", "a", "a" }, { "Été", "ete", "ete" },
      { "Soldats", "soldats", "soldat" }, { "Sud-Coréens", "sud-coreens", "sud-coreen" },
      { "Constitutionnellement", "constitutionnellement", "constitutionnel" },
      { "Anticonstitutionnellement", "anticonstitutionnellement", "anticonstitutionnel" },
      { "KIM", "kim", "kim" }, { "Jong-Un", "jong-un", "jong-un" },
      { "Constitutionnels", "constitutionnels", "constitutionnel" },
      { "Constitutionnelle", "constitutionnelle", "constitutionnel" },
      { "CrÉÉ", "cree", "cre" }, { "ZÜRICH", "zurich", "zurich" },
    };
    int ok = 1;
    for (int round = 0; round < 4; round++)
      for (size_t w = 0; w < sizeof W / sizeof W[0]; w++)
        for (int stem = 0; stem <= 1; stem++) {
          lt_Cursor c;
          lt_Token t;
          const char *term;
          size_t n;
          char text[64];
          snprintf(text, sizeof text, "%s%s", round & 1 ? "vingt mots avant le " : "", W[w][0]);
          lt_an_start(&c, text, strlen(text));
          while (lt_an_next(fr, &c, &t) && t.end < strlen(text)) continue;
          if (t.end != strlen(text) || lt_an_term(fr, text, &t, stem, &term, &n) ||
              n != strlen(W[w][1 + stem]) || memcmp(term, W[w][1 + stem], n) != 0) {
            fprintf(stderr, "term case %s stem %d: got %.*s\n", text, stem, (int)n, term);
            ok = 0;
          }
        }
    check("5.9 terms cached by the word as written", ok);
  }
  /* the word cache of counters and dictionaries (tcache.h): a word's key is
   * the same read whole and masked (16 bytes readable) or copied (near the
   * text's end), of every length 1-16, and another word's differs (the bytes
   * after a word never count); longer words are not cached; a set keeps two
   * words, the one used last in front, and a third evicts the older */
  {
    char text[64];
    int ok = 1;
    lt_TCKey a, b, c;
    memset(text, 'x', sizeof text);
    for (size_t n = 1; n <= 16; n++) {
      memcpy(text, "abcdefghijklmnop", n);
      memcpy(text + 40 - n, "abcdefghijklmnop", n);            /* at the end of a text of 40 bytes */
      ok &= lt_tc_key_short(&a, text, n, 1, text + sizeof text) && lt_tc_key_short(&b, text + 40 - n, n, 1, text + 40);
      ok &= a.k[0] == b.k[0] && a.k[1] == b.k[1] && a.ntag == b.ntag;
      text[n - 1] = 'X';                                          /* its last byte differs */
      ok &= lt_tc_key_short(&c, text, n, 1, text + sizeof text) && (c.k[0] != a.k[0] || c.k[1] != a.k[1]);
      ok &= lt_tc_key_short(&c, text, n, 2, text + sizeof text) && c.ntag != a.ntag;   /* (tag) */
    }
    ok &= !lt_tc_key_short(&c, text, 17, 1, text + sizeof text) && !lt_tc_key_short(&c, text, 0, 1, text + 1);
    check("5.10 word cache keys, read whole or copied", ok);
    lt_TCache tc = { 0 };
    lt_TCKey k[64];
    int hit = 0;
    char w[64][24];
    size_t set0 = 0, found = 0;
    for (size_t i = 0; i < 64 * 64 && found < 3; i++) {       /* three words of one set */
      snprintf(w[found], sizeof w[found], "w%zu", i);
      lt_tc_key_short(&k[found], w[found], strlen(w[found]), 1, w[found] + 1);
      size_t set = lt_tc_index(&k[found], LT_TC_BITS - 1);
      if (found == 0) set0 = set;
      if (set == set0) found++;
    }
    ok = found == 3;
    for (int i = 0; ok && i < 2; i++) {                        /* w0, w1 taken */
      lt_TCSlot *s = lt_tc_get(&tc, &k[i], &hit);
      ok = s && !hit;
      lt_tc_put(s, &k[i]);
      s->val = 10 + i;
    }
    lt_TCSlot *s = ok ? lt_tc_get(&tc, &k[0], &hit) : NULL;    /* both there: w0 to the front */
    ok = ok && s && hit && s->val == 10;
    s = ok ? lt_tc_get(&tc, &k[1], &hit) : NULL;
    ok = ok && s && hit && s->val == 11;
    s = ok ? lt_tc_get(&tc, &k[2], &hit) : NULL;               /* w2 evicts w0, the older */
    ok = ok && s && !hit && s->val == 10;
    if (ok) { lt_tc_put(s, &k[2]); s->val = 12; }
    ok = ok && (s = lt_tc_get(&tc, &k[1], &hit)) && hit && s->val == 11;
    ok = ok && (s = lt_tc_get(&tc, &k[2], &hit)) && hit && s->val == 12;
    ok = ok && (s = lt_tc_get(&tc, &k[0], &hit)) && !hit;
    lt_tc_free(&tc);
    check("5.11 word cache: two words a set, the older evicted", ok);
    /* a map grown tells where each slot's key went */
    lt_Map m = { 0 };
    size_t at[40];
    ok = 1;
    for (int i = 0; i < 40; i++) {
      char key[16];
      snprintf(key, sizeof key, "k%d", i);
      ok &= lt_map_add_at(&m, key, strlen(key), i + 1, &at[i]) == LT_OK;
    }
    uint32_t *moved = malloc(sizeof *moved * m.cap);
    size_t old = m.cap;
    ok &= moved && lt_map_grow(&m, moved) == LT_OK && m.cap == 2 * old;
    for (int i = 0; ok && i < 40; i++) ok &= m.slots[moved[at[i]]].val == i + 1;
    size_t empty = 0;
    for (size_t i = 0; ok && i < old; i++) empty += moved[i] == UINT32_MAX;
    ok &= empty == old - 40;
    free(moved);
    lt_map_free(&m);
    check("5.12 map grown: where each key went", ok);
  }
  const char *stop[] = { "pour", "les", "le", NULL };         /* (a few stopwords: case 6.7) */
  for (int i = 0; stop[i]; i++) lt_an_add_stopword(fr, stop[i], strlen(stop[i]));
  for (int i = 0; SENTENCES[i].text; i++) {
    const char *t = SENTENCES[i].text;
    size_t len = strlen(t), pos = 0, ends[16];
    int n = 0;
    while (pos < len && n < 16) { pos = lt_an_sentence_next(fr, t, len, pos); ends[n++] = pos; }
    int ok = n == SENTENCES[i].n && memcmp(ends, SENTENCES[i].ends, sizeof(size_t) * (size_t)n) == 0;
    if (!ok) {
      fprintf(stderr, "sentence case %s: %s\n  got:", SENTENCES[i].id, t);
      for (int k = 0; k < n; k++) fprintf(stderr, " %zu", ends[k]);
      fprintf(stderr, "\n");
    }
    check(SENTENCES[i].id, ok);
  }
  /* stopwords are folded like terms */
  lt_an_add_stopword(fr, "Été", 5);
  check("7.1 stopword folded", lt_an_is_stop(fr, "ete", 3) && !lt_an_is_stop(fr, "et", 2));
  /* a clone (one analyzer a thread) has the stopwords with their weights, the
   * abbreviations, the stemmer and the folding of its original */
  {
    lt_Analyzer *cl = NULL;
    lt_an_add_stopword_weight(fr, "Armées", strlen("Armées"), 3);
    int ok = lt_an_clone(fr, &cl) == LT_OK && lt_an_is_stop(cl, "ete", 3) &&
             lt_an_stop_weight_hashed(cl, "armees", 6, lt_map_hash("armees", 6)) == 3;
    const char *t = "Selon M. Kim, les Armées nord-coréennes. Fin.";
    size_t len = strlen(t);
    char a[512], b2[512];
    if (ok) {
      render(fr, t, (size_t)-1, 1, a, sizeof a);
      render(cl, t, (size_t)-1, 1, b2, sizeof b2);
      ok = strcmp(a, b2) == 0 && lt_an_sentence_next(cl, t, len, 0) == lt_an_sentence_next(fr, t, len, 0) &&
           lt_an_sentence_next(cl, t, len, 0) == 43;
      if (!ok) fprintf(stderr, "clone: %s\n  original: %s\n", b2, a);
    }
    check("7.2 clone", ok);
    lt_an_free(cl);
  }
  /* text utilities */
  char out[64];
  size_t first;
  check("8.1 utf8 errors", lt_text_utf8_errors("a\xff" "b\xc3", 4, &first) == 2 && first == 1);
  check("8.2 utf8 valid", lt_text_utf8_errors("é€😀", 9, &first) == 0 && first == 9);
  size_t n = lt_text_utf8_repair("a\xff" "b", 3, out);
  check("8.3 repair", n == 5 && memcmp(out, "a\xef\xbf\xbd" "b", 5) == 0);
  n = lt_text_from_cp1252("caf\xe9 \x80 \x92", 8, out);
  check("8.4 cp1252", n == 13 && memcmp(out, "café € ’", 13) == 0);
  lt_Buf b = {0};
  check("8.5 fold accents", lt_text_fold("Ÿ CORÉE Straße", 17, LT_FOLD_ACCENTS, &b) == LT_OK &&
        b.n == 15 && memcmp(b.p, "y coree strasse", 15) == 0);
  check("8.6 fold case keeps accents", lt_text_fold("CORÉE", 6, LT_FOLD_CASE, &b) == LT_OK &&
        b.n == 6 && memcmp(b.p, "corée", 6) == 0);
  check("8.7 NFC", lt_text_fold("Coree\xcc\x81", 7, LT_FOLD_NONE, &b) == LT_OK && b.n == 6 &&
        memcmp(b.p, "Coreé", 6) == 0);
  check("8.8 fold ill-formed", lt_text_fold("A\xff", 2, LT_FOLD_CASE, &b) == LT_OK && b.n == 4 &&
        memcmp(b.p, "a\xef\xbf\xbd", 4) == 0);
  /* the fast fold of U+0080-U+00FF and U+2000-U+203F agrees with utf8proc's:
   * after U+0101 (not in the fast table) the whole text goes through utf8proc */
  int agree = 1;
  lt_Buf g = {0}, pre = {0};
  for (int level = LT_FOLD_NONE; level <= LT_FOLD_ACCENTS; level++) {
    if (lt_text_fold("\xc4\x81", 2, level, &pre)) agree = 0;
    for (unsigned cp = 0x80; cp < 0x2040; cp = cp == 0xFF ? 0x2000 : cp + 1) {
      char in[8] = "\xc4\x81";
      size_t k = 2 + (size_t)(cp < 0x800 ? 2 : 3);
      if (cp < 0x800) { in[2] = (char)(0xC0 | cp >> 6); in[3] = (char)(0x80 | (cp & 63)); }
      else { in[2] = (char)(0xE0 | cp >> 12); in[3] = (char)(0x80 | (cp >> 6 & 63)); in[4] = (char)(0x80 | (cp & 63)); }
      if (lt_text_fold(in + 2, k - 2, level, &b) || lt_text_fold(in, k, level, &g) ||
          g.n != pre.n + b.n || memcmp(g.p, pre.p, pre.n) != 0 || memcmp(g.p + pre.n, b.p, b.n) != 0)
        agree = 0;
    }
  }
  check("8.9 fold table agrees with utf8proc", agree);
  check("8.10 fold quotes, dashes, spaces", lt_text_fold("«\xc2\xa0l’État\xe2\x80\xaf» — 1\xc2\xa0" "000", 29, LT_FOLD_ACCENTS, &b) == LT_OK &&
        b.n == 20 && memcmp(b.p, "\xc2\xab l'etat \xc2\xbb - 1 000", 20) == 0);
  lt_buf_free(&g);
  lt_buf_free(&pre);
  lt_buf_free(&b);
  /* a stemmer that does not exist */
  lt_Analyzer *bad;
  lt_AnalyzerConfig cx = { "xx", LT_FOLD_CASE, 1 };
  check("9.1 unknown stemmer", lt_an_new(&cx, &bad) == LT_EINVAL && bad == NULL);
  lt_an_free(fr);
  lt_an_free(en);
  lt_an_free(NULL);
  return check_report("test_analyze");
}
