/* text.h: byte-level text utilities: UTF-8 checking and repair, Windows-1252
 * transcoding, and term folding (NFC, case, accents) through utf8proc.
 *
 * All functions write into caller-provided buffers and never allocate, except
 * lt_text_fold, which grows the caller's lt_Buf. Status codes: 0 is OK,
 * LT_ENOMEM when memory runs out. */
#ifndef LT_TEXT_H
#define LT_TEXT_H
#include <stddef.h>

#define LT_OK 0
#define LT_ENOMEM 1
#define LT_EINVAL 2

/* A growable byte buffer owned by the caller; free with lt_buf_free. */
typedef struct lt_Buf { char *p; size_t n, cap; } lt_Buf;
int lt_buf_reserve(lt_Buf *b, size_t need);
void lt_buf_free(lt_Buf *b);
/* n zero bytes (free them with free); from 2 MiB on, on huge pages where the
 * system has them: a cache or map read at random then misses the TLB less,
 * and its first touch faults once a 2 MiB page instead of once a 4 KiB one */
void *lt_zalloc(size_t n);
/* An array p of *cap elements of elem bytes, grown (doubling, from first) to
 * hold need: the array, maybe moved, and *cap updated; NULL when out of
 * memory, p and *cap then unchanged:
 *   T *q = lt_grow(a, &cap, n + 1, sizeof *q, 256); if (!q) ...; a = q; */
void *lt_grow_to(void *p, size_t *cap, size_t need, size_t elem, size_t first);
static inline void *lt_grow(void *p, size_t *cap, size_t need, size_t elem, size_t first) {
  return need <= *cap ? p : lt_grow_to(p, cap, need, elem, first);   /* room: no call */
}

/* Number of ill-formed sequences in s (each counted as U+FFFD would replace
 * it); *first gets the byte offset of the first one (len when none). */
size_t lt_text_utf8_errors(const char *s, size_t len, size_t *first);

/* Copy s into out with each ill-formed byte replaced by U+FFFD. out needs
 * 3 * len bytes at most; returns the number of bytes written. */
size_t lt_text_utf8_repair(const char *s, size_t len, char *out);

/* Transcode Windows-1252 (a superset of Latin-1 for printable text) to UTF-8.
 * out needs 3 * len bytes at most; returns the number of bytes written. The
 * five bytes Windows-1252 leaves undefined map to their C1 code points. */
size_t lt_text_from_cp1252(const char *s, size_t len, char *out);

/* Folding levels for terms. */
enum { LT_FOLD_NONE = 0, LT_FOLD_CASE = 1, LT_FOLD_ACCENTS = 2 };

/* Fold s into b (replacing its contents): NFC always; case folding from
 * LT_FOLD_CASE; marks stripped from LT_FOLD_ACCENTS. Quotes and dashes are
 * lumped to ASCII (’ becomes '). Ill-formed input is repaired first. */
int lt_text_fold(const char *s, size_t len, int level, lt_Buf *b);

#endif
