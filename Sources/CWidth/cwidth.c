#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <string.h>
#include <langinfo.h>
#include "cwidth.h"

int cwidth_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }

int cwidth_ensure_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset && strcmp(codeset, "UTF-8") == 0) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) return 0;
    codeset = nl_langinfo(CODESET);
    return codeset && strcmp(codeset, "UTF-8") == 0;
}
