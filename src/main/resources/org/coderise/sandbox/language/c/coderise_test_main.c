/* The CodeRise C test runner: runs each registered test in a child process, in file order, and prints one protocol
 * line per test (see HarnessProtocol.java). Compiled with -Dmain=coderise_learner_main, hence the #undef. */
#undef main
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include "coderise_test.h"

#define MAX_TESTS 512
#define MAX_TEXT 4000

struct test { const char *name; const char *file; int line; coderise_test_fn fn; };
static struct test tests[MAX_TESTS];
static int test_count;
static int message_fd = -1;
static char **order;
static int order_count;

void coderise_register(const char *name, const char *file, int line, coderise_test_fn fn) {
    if (test_count < MAX_TESTS) tests[test_count++] = (struct test){name, file, line, fn};
}

void coderise_fail(const char *format, ...) {
    char text[MAX_TEXT];
    va_list args;
    va_start(args, format);
    int n = vsnprintf(text, sizeof text, format, args);
    va_end(args);
    fflush(stdout);
    if (n > 0 && write(message_fd, text, n < MAX_TEXT ? n : MAX_TEXT - 1) < 0) _exit(3);
    _exit(1);
}

static int file_rank(const char *file) {
    const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
    for (int i = 0; i < order_count; i++) if (strcmp(order[i], base) == 0) return i;
    return order_count;
}

static int by_file_order(const void *a, const void *b) {
    const struct test *x = a, *y = b;
    int rank = file_rank(x->file) - file_rank(y->file);
    return rank != 0 ? rank : x->line - y->line;
}

static void emit_field(const char *text) {
    putchar('\t');
    for (const char *c = text; *c; c++) {
        switch (*c) {
        case '\\': fputs("\\\\", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        default: putchar(*c);
        }
    }
}

static size_t read_capped(int fd, char *into, size_t cap) {
    size_t kept = 0;
    char chunk[4096];
    ssize_t n;
    while ((n = read(fd, chunk, sizeof chunk)) > 0 || (n < 0 && errno == EINTR)) {
        for (ssize_t i = 0; i < n && kept + 1 < cap; i++) into[kept++] = chunk[i];
    }
    into[kept] = '\0';
    return kept;
}

static void run(const struct test *t) {
    int output[2], message[2];
    if (pipe(output) != 0 || pipe(message) != 0) { perror("pipe"); exit(2); }
    struct timeval start, end;
    gettimeofday(&start, NULL);
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); exit(2); }
    if (pid == 0) {
        close(output[0]); close(message[0]);
        dup2(output[1], STDOUT_FILENO); dup2(output[1], STDERR_FILENO);
        message_fd = message[1];
        t->fn();
        fflush(stdout);
        _exit(0);
    }
    close(output[1]); close(message[1]);
    static char out[MAX_TEXT], msg[MAX_TEXT];
    read_capped(output[0], out, sizeof out);
    read_capped(message[0], msg, sizeof msg);
    close(output[0]); close(message[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    gettimeofday(&end, NULL);
    long millis = (end.tv_sec - start.tv_sec) * 1000 + (end.tv_usec - start.tv_usec) / 1000;
    const char *verdict = "PASS";
    char crash[128] = "";
    if (WIFSIGNALED(status)) {
        verdict = "ERROR";
        snprintf(crash, sizeof crash, "the test crashed: %s", strsignal(WTERMSIG(status)));
    } else if (WEXITSTATUS(status) == 1) {
        verdict = "FAIL";
    } else if (WEXITSTATUS(status) != 0) {
        verdict = "ERROR";
        snprintf(crash, sizeof crash, "the test exited with status %d", WEXITSTATUS(status));
    }
    char millis_text[32];
    snprintf(millis_text, sizeof millis_text, "%ld", millis);
    fputs("@@coderise@@TEST", stdout);
    emit_field(verdict); emit_field(t->file); emit_field(t->name); emit_field(millis_text);
    emit_field(crash[0] ? crash : msg); emit_field(out);
    putchar('\n');
    fflush(stdout);
}

int main(int argc, char **argv) {
    order = argv + 1;
    order_count = argc - 1;
    qsort(tests, test_count, sizeof tests[0], by_file_order);
    for (int i = 0; i < test_count; i++) run(&tests[i]);
    puts("@@coderise@@DONE");
    return 0;
}
