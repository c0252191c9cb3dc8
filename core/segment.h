/* segment.h: Unicode text segmentation (UAX #29) into words and sentences.
 *
 * Pure functions over a UTF-8 buffer; no allocation, no state between calls.
 * Offsets are 0-based byte offsets. Ill-formed UTF-8 is treated byte by byte
 * as U+FFFD (property Other), so every boundary lies inside [0, len].
 *
 * Worked sequence, every word segment of a text:
 *
 *   size_t pos = 0;
 *   while (pos < len) {
 *     size_t end = lt_seg_word_next(text, len, pos);
 *     ... segment is text[pos..end) ...
 *     pos = end;
 *   }
 *
 * The segments cover the whole text (spaces and punctuation are segments too);
 * deciding which segments are tokens is the analyzer's job (analyze.h).
 * The property tables are generated from the UCD (tools/ucdgen.lua). */
#ifndef LT_SEGMENT_H
#define LT_SEGMENT_H
#include <stddef.h>
#include <stdint.h>

/* Word_Break property values, in the order tools/ucdgen.lua numbers them. */
enum {
  LT_WB_OTHER, LT_WB_CR, LT_WB_LF, LT_WB_NEWLINE, LT_WB_EXTEND, LT_WB_ZWJ,
  LT_WB_RI, LT_WB_FORMAT, LT_WB_KATAKANA, LT_WB_HEBREW, LT_WB_ALETTER,
  LT_WB_SQUOTE, LT_WB_DQUOTE, LT_WB_MIDNUMLET, LT_WB_MIDLETTER, LT_WB_MIDNUM,
  LT_WB_NUMERIC, LT_WB_EXTENDNUMLET, LT_WB_WSEGSPACE
};
/* Sentence_Break property values. */
enum {
  LT_SB_OTHER, LT_SB_CR, LT_SB_LF, LT_SB_EXTEND, LT_SB_SEP, LT_SB_FORMAT,
  LT_SB_SP, LT_SB_LOWER, LT_SB_UPPER, LT_SB_OLETTER, LT_SB_NUMERIC,
  LT_SB_ATERM, LT_SB_SCONTINUE, LT_SB_STERM, LT_SB_CLOSE
};

/* Raw property word of a code point: bits 0-4 Word_Break, bit 5
 * Extended_Pictographic, bits 8-11 Sentence_Break. */
uint16_t lt_ucd_props(uint32_t cp);
/* The Unicode version the tables were generated from ("15.0.0"). */
const char *lt_ucd_version(void);
#define LT_WB(p) ((p) & 0x1F)
#define LT_EXTPICT(p) (((p) >> 5) & 1)
#define LT_SB(p) (((p) >> 8) & 0x0F)

/* The next word boundary after pos (pos < len); returns a value in (pos, len].
 * Implements rules WB1-WB999 of UAX #29 exactly. A lone space before an ASCII
 * byte other than a space, the commonest segment, is answered inline (WB3d
 * joins spaces only, and only a non-ASCII mark could join it by WB4); the rest
 * goes to lt_seg_word_next_rules. */
size_t lt_seg_word_next_rules(const char *text, size_t len, size_t pos);
static inline size_t lt_seg_word_next(const char *text, size_t len, size_t pos) {
  const unsigned char *s = (const unsigned char *)text;
  if (pos + 1 < len && s[pos] == ' ' && s[pos + 1] != ' ' && s[pos + 1] < 0x80) return pos + 1;
  return lt_seg_word_next_rules(text, len, pos);
}

/* Many word boundaries at once: the boundaries lt_seg_word_next would give
 * one by one from pos (pos < len), into ends[0..n), n <= max; returns n (0 when
 * pos >= len or max is 0). The same boundaries, exactly; faster because text
 * of letters, digits, spaces and common punctuation (any script whose letters
 * are ALetter, Latin-1, the typographic apostrophe) is decided 64 bytes at a
 * time from bit masks, the rest by the rules. Worked sequence:
 *
 *   size_t ends[256], pos = 0, n;
 *   while ((n = lt_seg_words(text, len, pos, ends, 256)) > 0) {
 *     ... segments [pos, ends[0]), [ends[0], ends[1]) ... ...
 *     pos = ends[n - 1];
 *   } */
size_t lt_seg_words(const char *text, size_t len, size_t pos, size_t *ends, size_t max);

/* The next sentence boundary after pos (pos < len), rules SB1-SB998. */
size_t lt_seg_sentence_next(const char *text, size_t len, size_t pos);

#endif
