#ifndef FACTDRILL_CREADLINE_SHIM_H
#define FACTDRILL_CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 treats C globals as shared mutable state; each one FactDrill touches
   goes through an accessor here so the Swift side stays free of unsafe globals. */

typedef char *_Nullable (*factdrill_generator_t)(const char *_Nonnull text, int state);

static inline void factdrill_rl_set_streams(void) {
    rl_instream = stdin;
    rl_outstream = stdout;
}

static inline void factdrill_rl_set_name(const char *_Nonnull name) {
    rl_readline_name = name;
}

/* Completion: the Swift side supplies a generator; readline's matcher calls it. */
__attribute__((weak)) factdrill_generator_t _Nullable factdrill_completion_generator = NULL;

static inline char *_Nullable *_Nullable factdrill_attempted_completion(const char *_Nonnull text, int start, int end) {
    (void)start; (void)end;
    rl_attempted_completion_over = 1; /* never fall back to filename completion */
    if (factdrill_completion_generator == NULL) return NULL;
    return rl_completion_matches(text, factdrill_completion_generator);
}

static inline void factdrill_rl_set_completion(factdrill_generator_t _Nullable generator) {
    factdrill_completion_generator = generator;
    rl_attempted_completion_function = generator ? factdrill_attempted_completion : NULL;
}

/* Word breaks: names contain spaces, so a speaker's full name completes as one word
   only when the learner starts it; keep readline's defaults minus the quote marks. */
static inline void factdrill_rl_set_word_breaks(const char *_Nonnull breaks) {
    rl_completer_word_break_characters = (char *)breaks;
}




/* Signals: the handler only counts; readline calls the event hook (in normal context)
   when its read is interrupted, and the hook clears the line or ends input. */
#include <signal.h>
#include <string.h>
/* One copy of each in the program: a release build compiles Swift files into several LLVM
   modules, and a `static` variable in this header would be one per module, so the handler
   and the reader would each see their own (SIGTERM then never ended a piped quiz). Weak
   definitions are merged by the linker into one. */
#define FACTDRILL_SHARED __attribute__((weak))
FACTDRILL_SHARED volatile sig_atomic_t factdrill_interrupts = 0;   /* Ctrl-C presses not yet handled */
FACTDRILL_SHARED volatile sig_atomic_t factdrill_stop = 0;         /* SIGTERM / SIGHUP: end the session */
FACTDRILL_SHARED int factdrill_input_ended = 0;                   /* the hook ended input on purpose */
FACTDRILL_SHARED int factdrill_pending_interrupts = 0;            /* Ctrl-C presses in a row */

/* The thread blocked in read() must see the signal (EINTR), but the kernel may hand a
   process signal to any thread (a worker that loaded the progress, say): a handler
   running elsewhere passes the signal on to the main thread. */
#include <pthread.h>
FACTDRILL_SHARED pthread_t factdrill_main_thread = 0;
static inline int factdrill_forward_to_main(int signal) {
    if (pthread_equal(pthread_self(), factdrill_main_thread)) return 0;
    pthread_kill(factdrill_main_thread, signal);
    return 1;
}
static void factdrill_on_interrupt(int signal) {
    if (factdrill_forward_to_main(signal)) return;
    factdrill_interrupts = factdrill_interrupts + 1;
}
static void factdrill_on_stop(int signal) {
    factdrill_stop = 1;
    (void)factdrill_forward_to_main(signal);
}

/* readline's own getc retries interrupted reads; this one acts on them: the first
   Ctrl-C drops the typed line, a second in a row (or SIGTERM/SIGHUP) ends input. */
#include <errno.h>
#include <unistd.h>
static inline int factdrill_getc(FILE *stream) {
    for (;;) {
        unsigned char c;
        ssize_t n = read(fileno(stream), &c, 1);
        if (n == 1) { factdrill_pending_interrupts = 0; return c; }
        if (n == 0) return EOF;
        if (errno != EINTR) return EOF;
        if (factdrill_stop) {
            factdrill_input_ended = 1;
            rl_replace_line("", 0);
            return EOF;
        }
        if (factdrill_interrupts > 0) {
            factdrill_interrupts = 0;
            factdrill_pending_interrupts += 1;
            /* Ctrl-C on an empty line (or twice in a row) ends the session. */
            if (rl_end == 0 || factdrill_pending_interrupts >= 2) {
                factdrill_input_ended = 1;
                rl_replace_line("", 0);
                return EOF;
            }
            rl_replace_line("", 0);
            rl_crlf();
            rl_on_new_line();
            rl_redisplay();
        }
    }
}

/* Installs the handlers without SA_RESTART, so a blocked read returns and readline (or
   a plain read on a pipe) sees the interruption. */
static inline void factdrill_install_signal_handlers(int interactive) {
    factdrill_main_thread = pthread_self();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = factdrill_on_stop;
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    if (interactive) {
        action.sa_handler = factdrill_on_interrupt;
    }
    sigaction(SIGINT, &action, NULL);
    rl_catch_signals = 0;
    if (interactive) rl_getc_function = factdrill_getc;
    /* A parent may start us with these blocked (test runners, some supervisors): a
       blocked signal would never interrupt the read, so the session could not end. */
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigaddset(&handled, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &handled, NULL);
}

/* stdout is a C global too: flush what print() buffered; -1 when it could not be written. */
static inline int factdrill_flush_stdout(void) {
    if (fflush(stdout) != 0) return -1;
    return ferror(stdout) ? -1 : 0;
}

static inline int factdrill_stop_requested(void) { return factdrill_stop; }
static inline int factdrill_take_input_ended(void) { int ended = factdrill_input_ended; factdrill_input_ended = 0; return ended; }
static inline void factdrill_reset_interrupts(void) { factdrill_pending_interrupts = 0; }

#endif
