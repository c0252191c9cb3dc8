/* rx.c: PCRE2 with JIT and limits (see rx.h). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pcre2.h>
#include <pthread.h>
#include <unistd.h>
#include <sys/stat.h>
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

/* {====== Counting matching lines */

/* grep -c over s[0..len) with the given match data and context */
static int count_with(const pcre2_code *code, pcre2_match_data *md, pcre2_match_context *mc,
                      const char *s, size_t len, int64_t *n) {
  size_t pos = 0;
  while (pos < len) {
    int rc = pcre2_match(code, (PCRE2_SPTR)s, len, pos, 0, md, mc);
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc < 0) return rc;
    (*n)++;
    size_t at = pcre2_get_ovector_pointer(md)[0];
    const char *nl = memchr(s + at, '\n', len - at);
    if (!nl) break;
    pos = (size_t)(nl - s) + 1;
  }
  return 0;
}

int lt_rx_count_lines(lt_Regex *re, const char *s, size_t len, int64_t *n) {
  return count_with(re->code, re->md, re->mc, s, len, n);
}

#define BLOCK ((size_t)256 << 10)   /* read size: small enough to stay in cache */

/* After a read into *buf[0..have): *upto, the end of its last whole line
 * (everything at eof). 1 when there is one; 0 when a line goes on past what
 * was read (the buffer doubled when full): read more; -1 out of memory. */
static int whole_lines(char **buf, size_t *cap, size_t have, int eof, size_t *upto) {
  *upto = have;
  if (eof) return 1;
  while (*upto > 0 && (*buf)[*upto - 1] != '\n') (*upto)--;
  if (*upto > 0) return 1;
  if (have == *cap) {
    char *bigger = realloc(*buf, *cap * 2);
    if (!bigger) return -1;
    *buf = bigger;
    *cap *= 2;
  }
  return 0;
}

/* Stream f from where it stands in blocks of whole lines; sums into *n. */
static int count_stream(const pcre2_code *code, pcre2_match_data *md, pcre2_match_context *mc,
                        FILE *f, int64_t *n) {
  size_t cap = BLOCK, have = 0;
  char *buf = malloc(cap);
  int rc = 0;
  if (!buf) return LT_RX_ENOMEM;
  for (;;) {
    size_t got = fread(buf + have, 1, cap - have, f);
    have += got;
    int eof = got == 0;
    if (eof && ferror(f)) { rc = LT_RX_EIO; break; }
    size_t upto;                          /* whole lines now, the rest after the next read */
    int w = whole_lines(&buf, &cap, have, eof, &upto);
    if (w < 0) { rc = LT_RX_ENOMEM; break; }
    if (w == 0) continue;
    if ((rc = count_with(code, md, mc, buf, upto, n)) < 0) break;
    memmove(buf, buf + upto, have - upto);
    have -= upto;
    if (eof) break;
  }
  free(buf);
  return rc;
}

/* A byte range of a regular file searched by one thread: the lines that start
 * in [start, end), each read with pread into a buffer of its own. */
typedef struct Range {
  const pcre2_code *code;
  pcre2_match_data *md;
  pcre2_match_context *mc;
  pcre2_jit_stack *stack;
  int fd;
  size_t start, end;
  int64_t n;
  int rc;
} Range;

static void *range_run(void *arg) {
  Range *r = arg;
  size_t cap = BLOCK, pos = r->start;
  char *buf = malloc(cap);
  r->n = 0;
  r->rc = 0;
  if (!buf) { r->rc = LT_RX_ENOMEM; return NULL; }
  if (pos > 0) {                          /* a line begun before start is not ours */
    pos--;
    for (;;) {
      ssize_t got = pread(r->fd, buf, cap, (off_t)pos);
      if (got < 0) { r->rc = LT_RX_EIO; goto done; }
      if (got == 0) goto done;
      const char *nl = memchr(buf, '\n', (size_t)got);
      if (nl) { pos += (size_t)(nl - buf) + 1; break; }
      pos += (size_t)got;
    }
  }
  size_t have = 0;                        /* bytes of buf read from pos on */
  while (pos < r->end) {
    ssize_t got = pread(r->fd, buf + have, cap - have, (off_t)(pos + have));
    if (got < 0) { r->rc = LT_RX_EIO; break; }
    have += (size_t)got;
    int eof = got == 0;
    size_t upto;
    int w = whole_lines(&buf, &cap, have, eof, &upto);
    if (w < 0) { r->rc = LT_RX_ENOMEM; break; }
    if (w == 0) continue;
    size_t lim = r->end - pos;            /* our lines start before buf + lim */
    int last = 0;
    if (lim <= upto) {                    /* up to the end of the line holding lim - 1 */
      const char *nl = memchr(buf + lim - 1, '\n', upto - (lim - 1));
      upto = nl ? (size_t)(nl - buf) + 1 : upto;
      last = 1;
    }
    if ((r->rc = count_with(r->code, r->md, r->mc, buf, upto, &r->n)) < 0 || last || eof) break;
    pos += upto;
    memmove(buf, buf + upto, have - upto);
    have -= upto;
  }
done:
  free(buf);
  return NULL;
}

int lt_rx_count_file(lt_Regex *re, FILE *f, int nthreads, int64_t *n) {
  struct stat st;
  int k = nthreads < 1 ? 1 : nthreads > 64 ? 64 : nthreads;
  *n = 0;
  off_t here = ftello(f);
  if (k == 1 || here != 0 || fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) ||
      (size_t)st.st_size < (size_t)k * BLOCK)
    return count_stream(re->code, re->md, re->mc, f, n);
  size_t size = (size_t)st.st_size;
  Range *r = calloc((size_t)k, sizeof *r);
  pthread_t tid[64];
  int started[64] = { 0 }, rc = 0;
  if (!r) return LT_RX_ENOMEM;
  for (int i = 0; i < k; i++) {           /* thread 0 is the caller, with the regex's data */
    r[i].code = re->code;
    r[i].fd = fileno(f);
    r[i].start = size / (size_t)k * (size_t)i;
    r[i].end = i + 1 < k ? size / (size_t)k * (size_t)(i + 1) : size;
    if (i == 0) { r[i].md = re->md; r[i].mc = re->mc; continue; }
    r[i].md = pcre2_match_data_create_from_pattern(re->code, NULL);
    r[i].mc = pcre2_match_context_copy(re->mc);
    if (!r[i].md || !r[i].mc) { rc = LT_RX_ENOMEM; k = i + 1; break; }
    if (re->jit) {
      r[i].stack = pcre2_jit_stack_create(32 * 1024, 4 * 1024 * 1024, NULL);
      if (r[i].stack) pcre2_jit_stack_assign(r[i].mc, NULL, r[i].stack);
    }
  }
  if (rc == 0) {
    for (int i = 1; i < k; i++) started[i] = pthread_create(&tid[i], NULL, range_run, &r[i]) == 0;
    range_run(&r[0]);
    for (int i = 1; i < k; i++) {
      if (started[i]) pthread_join(tid[i], NULL);
      else range_run(&r[i]);              /* no thread: searched here */
    }
    for (int i = 0; i < k; i++) {
      if (r[i].rc != 0 && rc == 0) rc = r[i].rc;
      *n += r[i].n;
    }
  }
  for (int i = 1; i < k; i++) {
    pcre2_match_data_free(r[i].md);
    pcre2_match_context_free(r[i].mc);
    pcre2_jit_stack_free(r[i].stack);
  }
  free(r);
  return rc;
}

/* }====== */
