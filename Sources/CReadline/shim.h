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
static factdrill_generator_t _Nullable factdrill_completion_generator = NULL;

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

static inline int factdrill_rl_point(void) { return rl_point; }
static inline const char *_Nullable factdrill_rl_line_buffer(void) { return rl_line_buffer; }

/* Ctrl-C while typing: drop the line and show a fresh prompt. */
static inline void factdrill_rl_clear_line(void) {
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}

static inline void factdrill_rl_catch_signals(int on) { rl_catch_signals = on; }

#endif
