/* Run inside the page (chrome.scripting.executeScript with `func`): the page as the reader sees
   it, after its scripts ran, and the selection with its context. Self-contained: a function
   handed to executeScript cannot reach anything outside its own body. */
"use strict";

(function (root) {
  function capturePage(withSelection) {
    const doctype = document.doctype ? "<!DOCTYPE " + document.doctype.name + ">" : "";
    const page = {
      url: location.href,
      title: document.title,
      html: doctype + document.documentElement.outerHTML,
      selection: null,
    };
    const selection = window.getSelection();
    if (withSelection && selection && selection.rangeCount && !selection.isCollapsed) {
      const range = selection.getRangeAt(0);
      const body = document.body || document.documentElement;
      const before = document.createRange();
      before.setStart(body, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const after = document.createRange();
      after.setStart(range.endContainer, range.endOffset);
      after.setEnd(body, body.childNodes.length);
      const squeeze = (text) => String(text || "").replace(/\s+/g, " ");
      page.selection = {
        exact: squeeze(range.toString()).trim(),
        prefix: squeeze(before.toString()).slice(-32),
        suffix: squeeze(after.toString()).slice(0, 32),
      };
    }
    return page;
  }

  if (typeof module === "object" && module.exports) module.exports = { capturePage };
  else root.ReaderCapture = { capturePage };
})(typeof globalThis !== "undefined" ? globalThis : this);
