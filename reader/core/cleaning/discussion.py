"""Whether a saved page is a discussion (a forum thread, a question with its answers, a post with its replies).

Reader asks trafilatura for the article without its comments: under a news story or a blog post the
comment thread is not the article (on the WCXB articles, adding the comments trafilatura finds
costs up to three quarters of a page's score). On a discussion the replies are the content: a
thread's posts, a question's answers. Two signals, both about the kind of page, not a site:

- the page says so: schema.org's DiscussionForumPosting, QAPage or SocialMediaPosting, in its
  JSON-LD or its microdata (Discourse, XenForo, Invision, vBulletin, Stack Exchange, Lemmy and
  many more write them). Question and Answer alone do not count: FAQPage markup on articles and
  shop pages uses them too;
- the page's own text is short (under SHORT_BODY words) while the comment section it has is
  at least COMMENTS_RATIO times as long: a link shared for discussion (an aggregator's story, a
  social post), whose comments are all there is to read. The comment section is only looked
  for on such short pages, so articles pay nothing for this.

A declared thread whose markup gives trafilatura no post (the page draws them with scripts) is
read from its structured data, which carries each post's text (`declared_posts`).
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # lxml is loaded on first use, with trafilatura
    from lxml.html import HtmlElement

DISCUSSION_TYPES = frozenset({"discussionforumposting", "qapage", "socialmediaposting"})
# trafilatura keeps the posts of a DiscussionForumPosting thread itself when comments are off (it
# leaves its comment containers alone); asked for comments there, it adds other threads' "popular
# posts" and signatures. Other discussions keep their replies in comment containers.
THREAD_TYPES = frozenset({"discussionforumposting"})
SHORT_BODY = 150  # words
COMMENTS_RATIO = 3


def schema_types(nodes: list[dict[str, Any]], itemtypes: list[str]) -> set[str]:
    """The schema.org types a page's JSON-LD objects and microdata itemtype values name, each as its
    last path segment in lower case ("https://schema.org/QAPage" -> "qapage")."""
    names: set[str] = set()
    for node in nodes:
        value = node.get("@type")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                names.add(item.rstrip("/ ").rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower())
    for value in itemtypes:
        for item in value.split():
            names.add(item.rstrip("/ ").rsplit("/", 1)[-1].lower())
    return names


def declared_discussion(tree: HtmlElement, nodes: list[dict[str, Any]]) -> tuple[bool, bool]:
    """Whether the page's structured data says it is a discussion (see the module's docstring), and
    whether its replies are to be asked from trafilatura as comments (not a forum thread's posts)."""
    types = schema_types(nodes, tree.xpath("//@itemtype")) & DISCUSSION_TYPES
    return bool(types), bool(types) and not types & THREAD_TYPES


def declared_posts(nodes: list[dict[str, Any]]) -> list[str]:
    """The posts of a discussion as its structured data carries them: the `text` (or
    `articleBody`) of each posting, comment, question and answer, in the data's order, each once,
    a paragraph a line. What a thread shows when the page draws its posts with scripts that never
    ran, or in markup trafilatura finds nothing in."""
    posts: list[str] = []
    for node in nodes:
        if not schema_types([node], []) & _POST_TYPES:
            continue
        text = next((v for key in ("text", "articleBody") if isinstance(v := node.get(key), str) and v.strip()), "")
        if "<" in text:
            text = _TAG.sub("\n", text)  # some forums give the post's own markup
        for paragraph in unescape(text).split("\n"):
            if (paragraph := " ".join(paragraph.split())) and paragraph not in posts:
                posts.append(paragraph)
    return posts


_POST_TYPES = frozenset({"discussionforumposting", "socialmediaposting", "comment", "question", "answer"})
_TAG = re.compile(r"<[^<>]*>")


def has_comment_section(html: str) -> bool:
    """Whether any element's id or class names comments: worth asking trafilatura for them. Read
    from the markup's text, each "comment" in it checked for standing in an id or class value:
    a fraction of the cost of a walk over every element (or of one regex tried at every position)."""
    for found in _COMMENT.finditer(html):
        if _IN_ID_OR_CLASS.search(html, max(0, found.start() - _ATTRIBUTE_REACH), found.start()):
            return True
    return False


_COMMENT = re.compile("comment")
_IN_ID_OR_CLASS = re.compile(r"(?<![\w-])(?:id|class)\s*=\s*(?:\"[^\"<>]*|'[^'<>]*|[^\s\"'<>=]*)$")
_ATTRIBUTE_REACH = 300  # characters of an id or class value before "comment"


def words(texts: list[str]) -> int:
    return sum(text.count(" ") + 1 for text in texts if text)


def comments_are_content(body: list[str], with_comments: list[str]) -> bool:
    """A short page whose text with its comments is COMMENTS_RATIO times its text without them."""
    own = words(body)
    return own < SHORT_BODY and words(with_comments) >= COMMENTS_RATIO * max(own, 1)
