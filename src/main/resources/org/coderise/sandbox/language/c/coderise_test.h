/*
 * CodeRise unit tests for C. A test file includes this header, declares the learner's functions it calls, and
 * defines tests:
 *
 *     #include "coderise_test.h"
 *     int total(int count, int price);
 *     TEST(three_mangoes_cost_twelve) { CHECK_EQ_INT(12, total(3, 4), "3 mangoes at 4 each"); }
 *
 * Each test runs in its own process, so a crash fails that test only. The learner's main() is renamed at compile
 * time and never runs.
 */
#ifndef CODERISE_TEST_H
#define CODERISE_TEST_H

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef void (*coderise_test_fn)(void);
void coderise_register(const char *name, const char *file, int line, coderise_test_fn fn);
void coderise_fail(const char *format, ...) __attribute__((format(printf, 1, 2), noreturn));

#define TEST(name)                                                                   \
    static void name(void);                                                          \
    __attribute__((constructor)) static void coderise_register_##name(void) {        \
        coderise_register(#name, __FILE__, __LINE__, name);                          \
    }                                                                                \
    static void name(void)

#define CHECK(condition, what)                                                       \
    do {                                                                             \
        if (!(condition)) coderise_fail("%s: expected %s to hold", (what), #condition); \
    } while (0)

#define CHECK_EQ_INT(expected, actual, what)                                         \
    do {                                                                             \
        long long e_ = (long long)(expected), a_ = (long long)(actual);              \
        if (e_ != a_) coderise_fail("%s: expected %lld but got %lld", (what), e_, a_); \
    } while (0)

#define CHECK_EQ_DOUBLE(expected, actual, tolerance, what)                           \
    do {                                                                             \
        double e_ = (expected), a_ = (actual);                                       \
        if (!(fabs(e_ - a_) <= (tolerance)))                                         \
            coderise_fail("%s: expected %g (within %g) but got %g", (what), e_, (double)(tolerance), a_); \
    } while (0)

#define CHECK_EQ_STR(expected, actual, what)                                         \
    do {                                                                             \
        const char *e_ = (expected), *a_ = (actual);                                 \
        if (a_ == NULL || strcmp(e_, a_) != 0)                                       \
            coderise_fail("%s: expected \"%s\" but got %s%s%s", (what), e_,          \
                          a_ ? "\"" : "", a_ ? a_ : "NULL", a_ ? "\"" : "");         \
    } while (0)

#endif
