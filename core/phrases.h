/* phrases.h: phrase dictionaries (gazetteers) matched over analyzed text.
 *
 * Entries are sequences of terms (as the analyzer makes them, so "Corée du
 * Nord" also matches "CORÉE DU NORD" and "Coree du nord"); they live in a trie
 * over term ids. A text is analyzed once and every start token walks the trie
 * as far as it goes: all occurrences in one pass over the tokens, in O(tokens
 * x longest entry).
 *
 *   lt_Phrases *ph;
 *   lt_ph_new(an, &ph);                        // an: the analyzer, not owned
 *   lt_ph_add(ph, "Corée du Nord", 14, 0);     // entry 0
 *   lt_PhMatch *m; size_t n;
 *   lt_ph_find(ph, text, len, 0, &m, &n);      // m[0..n): start, end, entry
 *   lt_ph_free(ph);
 */
#ifndef LT_PHRASES_H
#define LT_PHRASES_H
#include <stddef.h>
#include <stdint.h>
#include "analyze.h"

typedef struct lt_Phrases lt_Phrases;
typedef struct lt_PhMatch { size_t start, end; int32_t entry; } lt_PhMatch;

int lt_ph_new(lt_Analyzer *an, lt_Phrases **out);
void lt_ph_free(lt_Phrases *ph);                   /* accepts NULL */
/* Add a phrase with its entry number (>= 0). LT_EINVAL for a phrase with no
 * token. A phrase added twice keeps the last entry number. */
int lt_ph_add(lt_Phrases *ph, const char *phrase, size_t len, int32_t entry);
size_t lt_ph_size(const lt_Phrases *ph);           /* phrases added */
/* Every occurrence in text: leftmost-longest, non-overlapping; or, with
 * overlapping set, every entry at every start. The array belongs to ph and is
 * valid until the next call. */
int lt_ph_find(lt_Phrases *ph, const char *text, size_t len, int overlapping,
               lt_PhMatch **out, size_t *n);

/* The same over a text analyzed already (by an analyzer configured as the
 * dictionary's): its tokens' byte spans and term ids, from lt_ph_term_id. */
typedef struct lt_PhToken { size_t start, end; int32_t id; } lt_PhToken;
int32_t lt_ph_term_id(const lt_Phrases *ph, const char *term, size_t n);  /* -1: not in any entry */
int lt_ph_find_tokens(lt_Phrases *ph, const lt_PhToken *toks, size_t ntoks, int overlapping,
                      lt_PhMatch **out, size_t *n);

#endif
