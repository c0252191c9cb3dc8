/* check.h: the twenty-line test helper of the C engine tests. */
#ifndef LT_CHECK_H
#define LT_CHECK_H
#include <stdio.h>
static int check_passed, check_failed;
#define check(desc, cond) do { \
    if (cond) check_passed++; \
    else { check_failed++; fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, desc); } \
  } while (0)
/* prints the summary line read by tests/run and returns the exit status */
static inline int check_report(const char *name) {
  printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
  return check_failed ? 1 : 0;
}
#endif
