/* html.h: the text of an HTML document, through gumbo (an HTML5 parser).
 *
 * Scripts, styles, templates and comments are dropped; block elements
 * (p, div, h1-h6, li, tr, br, article, ...) end a line; headings become a line
 * of their own; entities are decoded by the parser. Metadata found in <head>
 * is returned beside the text: <title>, <html lang>, <meta name="author">,
 * <meta property="article:published_time"> (or name="date"), and
 * <link rel="canonical"> (or og:url).
 *
 *   lt_Html h = {0};
 *   if (lt_html_text(html, len, &h) == LT_OK) ... h.text.p[0..h.text.n) ...
 *   lt_html_free(&h);
 */
#ifndef LT_HTML_H
#define LT_HTML_H
#include "text.h"

typedef struct lt_Html {
  lt_Buf text;
  lt_Buf title, lang, author, published, url;   /* empty when absent */
} lt_Html;

int lt_html_text(const char *html, size_t len, lt_Html *out);
void lt_html_free(lt_Html *h);

#endif
