/* html.c: HTML to text with gumbo (see html.h). */
#include <string.h>
#include <strings.h>
#include <gumbo.h>
#include "html.h"

static int put(lt_Buf *b, const char *s, size_t n) {
  if (lt_buf_reserve(b, b->n + n + 1)) return LT_ENOMEM;
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
  return LT_OK;
}

/* end the current line once (no blank lines piling up) */
static int newline(lt_Buf *b) {
  if (b->n == 0 || b->p[b->n - 1] == '\n') return LT_OK;
  return put(b, "\n", 1);
}

static int is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TIME: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FIGURE:
      return 1;
    default:
      return 0;
  }
}

static const char *attr(const GumboElement *e, const char *name) {
  const GumboAttribute *a = gumbo_get_attribute(&e->attributes, name);
  return a ? a->value : NULL;
}

static int set(lt_Buf *b, const char *v) {
  if (!v || b->n) return LT_OK;    /* the first one found wins */
  return put(b, v, strlen(v));
}

/* metadata from <meta>, <link> and <html> */
static int head_meta(const GumboElement *e, lt_Html *h) {
  if (e->tag == GUMBO_TAG_HTML) return set(&h->lang, attr(e, "lang"));
  if (e->tag == GUMBO_TAG_LINK) {
    const char *rel = attr(e, "rel");
    return rel && !strcasecmp(rel, "canonical") ? set(&h->url, attr(e, "href")) : LT_OK;
  }
  if (e->tag != GUMBO_TAG_META) return LT_OK;
  const char *key = attr(e, "property");
  if (!key) key = attr(e, "name");
  const char *v = attr(e, "content");
  if (!key || !v) return LT_OK;
  if (!strcasecmp(key, "author") || !strcasecmp(key, "article:author")) return set(&h->author, v);
  if (!strcasecmp(key, "article:published_time") || !strcasecmp(key, "date") ||
      !strcasecmp(key, "datePublished") || !strcasecmp(key, "dc.date"))
    return set(&h->published, v);
  if (!strcasecmp(key, "og:url")) return set(&h->url, v);
  if (!strcasecmp(key, "og:title")) return set(&h->title, v);
  return LT_OK;
}

static int walk(const GumboNode *n, lt_Html *h, int in_title) {
  int rc = LT_OK;
  switch (n->type) {
    case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA: {
      const char *t = n->v.text.text;
      if (in_title) return h->title.n ? LT_OK : put(&h->title, t, strlen(t));
      /* collapse runs of white space to one space, as a browser shows them */
      for (; *t && rc == LT_OK; t++) {
        int sp = *t == ' ' || *t == '\n' || *t == '\t' || *t == '\r' || *t == '\f';
        if (!sp) rc = put(&h->text, t, 1);
        else if (h->text.n && h->text.p[h->text.n - 1] != ' ' && h->text.p[h->text.n - 1] != '\n')
          rc = put(&h->text, " ", 1);
      }
      return rc;
    }
    case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: {
      const GumboElement *e = &n->v.element;
      if (e->tag == GUMBO_TAG_SCRIPT || e->tag == GUMBO_TAG_STYLE || e->tag == GUMBO_TAG_NOSCRIPT ||
          e->tag == GUMBO_TAG_TEMPLATE || e->tag == GUMBO_TAG_SVG || e->tag == GUMBO_TAG_IFRAME)
        return LT_OK;
      if ((rc = head_meta(e, h))) return rc;
      int block = is_block(e->tag), title = e->tag == GUMBO_TAG_TITLE;
      if (block && (rc = newline(&h->text))) return rc;
      for (unsigned i = 0; i < e->children.length && rc == LT_OK; i++)
        rc = walk(e->children.data[i], h, in_title || title);
      if (block && rc == LT_OK) {
        while (h->text.n && h->text.p[h->text.n - 1] == ' ') h->text.n--;
        rc = newline(&h->text);
      }
      return rc;
    }
    case GUMBO_NODE_DOCUMENT:
      for (unsigned i = 0; i < n->v.document.children.length && rc == LT_OK; i++)
        rc = walk(n->v.document.children.data[i], h, 0);
      return rc;
    default:
      return LT_OK;   /* comments */
  }
}

int lt_html_text(const char *html, size_t len, lt_Html *out) {
  GumboOutput *g = gumbo_parse_with_options(&kGumboDefaultOptions, html, len);
  if (!g) return LT_ENOMEM;
  int rc = walk(g->document, out, 0);
  gumbo_destroy_output(&kGumboDefaultOptions, g);
  if (rc == LT_OK && out->text.n == 0) rc = put(&out->text, "", 0);
  return rc;
}

void lt_html_free(lt_Html *h) {
  if (!h) return;
  lt_buf_free(&h->text);
  lt_buf_free(&h->title);
  lt_buf_free(&h->lang);
  lt_buf_free(&h->author);
  lt_buf_free(&h->published);
  lt_buf_free(&h->url);
}
