/* Talking to Reader: its listener on 127.0.0.1, the pairing token, and every answer in words.
   Loaded by the background (importScripts in Chromium, the manifest's scripts in Firefox), the
   popup (a <script> tag) and node's test runner (require). Nothing here reaches past 127.0.0.1. */
"use strict";

(function (root) {
  const DEFAULT_PORT = 38471;
  const TIMEOUT_MS = 60000;

  /** The digits of a pairing code as typed ("123 456", "123-456"). */
  function normalCode(code) {
    return String(code || "").replace(/\D/g, "");
  }

  function validPort(value) {
    const port = Number(value);
    return Number.isInteger(port) && port >= 1024 && port <= 65535 ? port : null;
  }

  /** What a failed request means for the person, in words. `kind` is one of
      "offline" (nothing listens), "stranger" (something that is not Reader answers),
      "unpaired" (Reader does not know this browser), "error" (Reader said why). */
  function explain(kind, port, detail) {
    switch (kind) {
      case "offline":
        return "Reader is not running. Start Reader, then try again.";
      case "stranger":
        return (
          "Another program answers on port " + port + ", not Reader. In Reader, open Library \u25b8 " +
          "Connect a Browser\u2026 to see its port, and set the same port here."
        );
      case "unpaired":
        return "This browser is not paired with Reader. Type the code Reader shows in Library \u25b8 Connect a Browser\u2026";
      default:
        return detail || "Reader could not save this page.";
    }
  }

  /** The line the popup shows for a save's answer. */
  function describeSave(answer) {
    const title = answer.title || "Untitled";
    let line;
    if (answer.status === "saved") line = "Saved to Reader: " + title;
    else if (answer.status === "new version") line = "Already in Reader \u2014 a new version was added: " + title;
    else line = "Already in Reader, unchanged: " + title;
    if (answer.highlight === "placed") line += " (selection highlighted)";
    else if (answer.highlight === "already there") line += " (selection was already highlighted)";
    else if (answer.highlight === "not placed")
      line += " (the selection is not in the cleaned text; Reader keeps it to place by hand)";
    return line;
  }

  class ReaderError extends Error {
    constructor(kind, message, status) {
      super(message);
      this.kind = kind;
      this.status = status || 0;
    }
  }

  /** One request to Reader. `fetchImpl` is the browser's fetch (node's in tests). */
  async function call(fetchImpl, port, path, body, token) {
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    const controller = typeof AbortController === "function" ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), TIMEOUT_MS) : null;
    let response;
    try {
      response = await fetchImpl("http://127.0.0.1:" + port + path, {
        method: "POST",
        headers,
        body: JSON.stringify(body || {}),
        credentials: "omit",
        signal: controller ? controller.signal : undefined,
      });
    } catch (error) {
      throw new ReaderError("offline", explain("offline", port));
    } finally {
      if (timer) clearTimeout(timer);
    }
    let answer = null;
    try {
      answer = await response.json();
    } catch (error) {
      answer = null;
    }
    if (!answer || typeof answer.ok !== "boolean") {
      throw new ReaderError("stranger", explain("stranger", port), response.status);
    }
    if (response.status === 401) throw new ReaderError("unpaired", explain("unpaired", port), 401);
    if (!answer.ok) throw new ReaderError("error", explain("error", port, answer.error), response.status);
    if (path === "/v1/hello" && answer.app !== "reader") {
      throw new ReaderError("stranger", explain("stranger", port), response.status);
    }
    return answer;
  }

  const api = { DEFAULT_PORT, normalCode, validPort, explain, describeSave, call, ReaderError };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.ReaderProtocol = api;
})(typeof globalThis !== "undefined" ? globalThis : this);
