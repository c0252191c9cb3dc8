/* rx.c: PCRE2 with JIT and limits (see rx.h). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pcre2.h>
#include "rx.h"

const lt_RxLimits lt_rx_default_limits = { 10000000, 100000, 65536 };

struct lt_Regex {
  pcre2_code *code;
  pcre2_match_data *md;       /* reused by every match */
  pcre2_match_context *mc;
  pcre2_jit_stack *stack;
  int jit, ncap;
  size_t ov[2 * 64];          /* offsets handed out, at most 63 captures reported */
  char **names;               /* names[i] for group i, or NULL */
};

void lt_rx_free(lt_Regex *re) {
  if (!re) return;
  if (re->names) {
    for (int i = 0; i <= re->ncap; i++) free(re->names[i]);
    free(re->names);
  }
  pcre2_match_data_free(re->md);
  pcre2_match_context_free(re->mc);
  pcre2_jit_stack_free(re->stack);
  pcre2_code_free(re->code);
  free(re);
}

int lt_rx_new(const char *pat, size_t len, unsigned flags, lt_Regex **out, char *err, size_t errlen) {
  uint32_t opt = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
  if (flags & LT_RX_CASELESS) opt |= PCRE2_CASELESS;
  if (flags & LT_RX_MULTILINE) opt |= PCRE2_MULTILINE;
  if (flags & LT_RX_DOTALL) opt |= PCRE2_DOTALL;
  if (flags & LT_RX_EXTENDED) opt |= PCRE2_EXTENDED;
  int code;
  PCRE2_SIZE off;
  *out = NULL;
  lt_Regex *re = calloc(1, sizeof *re);
  if (!re) { snprintf(err, errlen, "out of memory"); return 1; }
  re->code = pcre2_compile((PCRE2_SPTR)pat, len, opt, &code, &off, NULL);
  if (!re->code) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(code, msg, sizeof msg);
    snprintf(err, errlen, "bad pattern at %zu: %s", (size_t)off, (const char *)msg);
    lt_rx_free(re);
    return 1;
  }
  re->jit = pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) == 0;
  re->md = pcre2_match_data_create_from_pattern(re->code, NULL);
  re->mc = pcre2_match_context_create(NULL);
  if (re->jit) {
    re->stack = pcre2_jit_stack_create(32 * 1024, 4 * 1024 * 1024, NULL);
    if (re->stack) pcre2_jit_stack_assign(re->mc, NULL, re->stack);
  }
  uint32_t ncap = 0;
  pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &ncap);
  re->ncap = (int)ncap;
  if (!re->md || !re->mc) { snprintf(err, errlen, "out of memory"); lt_rx_free(re); return 1; }
  lt_rx_set_limits(re, &lt_rx_default_limits);
  /* group names, from PCRE2's name table */
  uint32_t nnames = 0, entry = 0;
  PCRE2_SPTR table;
  pcre2_pattern_info(re->code, PCRE2_INFO_NAMECOUNT, &nnames);
  if (nnames) {
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMEENTRYSIZE, &entry);
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMETABLE, &table);
    re->names = calloc((size_t)re->ncap + 1, sizeof *re->names);
    for (uint32_t k = 0; re->names && k < nnames; k++) {
      const unsigned char *e = table + k * entry;
      int n = (e[0] << 8) | e[1];
      if (n <= re->ncap && !re->names[n]) re->names[n] = strdup((const char *)e + 2);
    }
  }
  *out = re;
  return 0;
}

void lt_rx_set_limits(lt_Regex *re, const lt_RxLimits *lim) {
  pcre2_set_match_limit(re->mc, lim->match ? lim->match : lt_rx_default_limits.match);
  pcre2_set_depth_limit(re->mc, lim->depth ? lim->depth : lt_rx_default_limits.depth);
  pcre2_set_heap_limit(re->mc, lim->heap_kib ? lim->heap_kib : lt_rx_default_limits.heap_kib);
}

int lt_rx_jit(const lt_Regex *re) { return re->jit; }
int lt_rx_captures(const lt_Regex *re) { return re->ncap; }

const char *lt_rx_group_name(const lt_Regex *re, int i) {
  return re->names && i >= 0 && i <= re->ncap ? re->names[i] : NULL;
}

int lt_rx_exec(lt_Regex *re, const char *subject, size_t len, size_t start, int notempty,
               size_t **ov) {
  if (start > len) return 0;
  int rc = pcre2_match(re->code, (PCRE2_SPTR)subject, len, start,
                       notempty ? PCRE2_NOTEMPTY_ATSTART : 0, re->md, re->mc);
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  if (rc < 0) return rc;
  PCRE2_SIZE *v = pcre2_get_ovector_pointer(re->md);
  int n = 1 + re->ncap;
  if (n > 64) n = 64;
  for (int k = 0; k < 2 * n; k++)
    re->ov[k] = (k / 2 < rc && v[k] != PCRE2_UNSET) ? (size_t)v[k] : LT_RX_UNSET;
  *ov = re->ov;
  return n;
}

const char *lt_rx_errmsg(int rc, char *buf, size_t n) {
  PCRE2_UCHAR msg[256];
  pcre2_get_error_message(rc, msg, sizeof msg);
  snprintf(buf, n, "%s", (const char *)msg);
  return buf;
}
