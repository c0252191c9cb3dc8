/* rx.h: regular expressions through PCRE2 (UTF, Unicode properties, JIT),
 * with limits so that no pattern can hang a run.
 *
 * Compiled with PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF: a subject
 * with ill-formed UTF-8 is searched around its bad bytes (never a crash, never
 * a whole document unmatchable), and it is not re-checked at every call (the
 * check is quadratic when one matches in a loop).
 *
 *   lt_Regex *re;
 *   char err[256];
 *   if (lt_rx_new("(?<n>\\d+) soldats", 20, 0, &re, err, sizeof err)) ... err ...
 *   size_t *ov;
 *   int rc = lt_rx_exec(re, text, len, 0, &ov);     // > 0: ov[0..2rc) spans
 *   lt_rx_free(re);
 *
 * Offsets are 0-based bytes; an unset capture has both ends LT_RX_UNSET. */
#ifndef LT_RX_H
#define LT_RX_H
#include <stddef.h>
#include <stdint.h>

#define LT_RX_CASELESS  1u
#define LT_RX_MULTILINE 2u
#define LT_RX_DOTALL    4u
#define LT_RX_EXTENDED  8u
#define LT_RX_UNSET ((size_t)-1)

typedef struct lt_Regex lt_Regex;

/* Limits of one match: backtracking steps, depth of nested backtracking, and
 * heap (KiB). 0 keeps PCRE2's default. */
typedef struct lt_RxLimits { uint32_t match, depth, heap_kib; } lt_RxLimits;
extern const lt_RxLimits lt_rx_default_limits;   /* 10 000 000 steps, depth 100 000, 64 MiB */

/* Compile; on failure returns nonzero and err says "bad pattern at N: why"
 * (N the 0-based byte offset). */
int lt_rx_new(const char *pat, size_t len, unsigned flags, lt_Regex **out, char *err, size_t errlen);
void lt_rx_free(lt_Regex *re);                       /* accepts NULL */
void lt_rx_set_limits(lt_Regex *re, const lt_RxLimits *lim);
int lt_rx_jit(const lt_Regex *re);                   /* 1 when JIT compiled */
int lt_rx_captures(const lt_Regex *re);              /* number of capture groups */
/* Name of the capture group number i (1-based), or NULL. */
const char *lt_rx_group_name(const lt_Regex *re, int i);

/* Search subject[start..len). Returns 1 + captures on a match with *ov
 * pointing to 2 * (1 + captures) offsets, 0 for no match, < 0 for an error
 * (lt_rx_errmsg). With notempty, an empty match at start is refused. */
int lt_rx_exec(lt_Regex *re, const char *subject, size_t len, size_t start, int notempty,
               size_t **ov);
const char *lt_rx_errmsg(int rc, char *buf, size_t n);

/* Count the lines of s[0..len) that hold a match, as grep -c: after a match
 * the search resumes at the next line. Returns 0, or a PCRE2 error (< 0). */
int lt_rx_count_lines(lt_Regex *re, const char *s, size_t len, int64_t *n);

#define LT_RX_EIO 1      /* lt_rx_count_file: a read failed (errno tells) */
#define LT_RX_ENOMEM 2   /* out of memory, or no thread could be started */
/* The same over an open file, read in blocks of 4 MiB (more only for a longer
 * line), so memory does not grow with the file. With nthreads > 1 each block
 * is cut at line ends into that many parts, searched at once. Returns 0, a
 * PCRE2 error (< 0), LT_RX_EIO or LT_RX_ENOMEM. */
int lt_rx_count_file(lt_Regex *re, FILE *f, int nthreads, int64_t *n);

#endif
