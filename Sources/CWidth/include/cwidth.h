#ifndef CWIDTH_H
#define CWIDTH_H
/// Display width of one Unicode scalar in terminal columns, as the C library sees it:
/// 0 for combining marks, 2 for East Asian wide characters, -1 for control characters.
/// Needs a UTF-8 LC_CTYPE (see cwidth_ensure_utf8_locale).
int cwidth_wcwidth(unsigned int codepoint);
/// Makes LC_CTYPE UTF-8 when the environment left it at "C"/"POSIX" (CI, cron, tmux without LANG).
/// Returns 1 when a UTF-8 character type is in effect afterwards.
int cwidth_ensure_utf8_locale(void);
#endif
