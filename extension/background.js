/* The extension's background: saves the active tab, the context menu's "Save selection as
   highlight", and the toolbar badge that says whether the page is in Reader. */
"use strict";

if (typeof importScripts === "function" && typeof ReaderProtocol === "undefined") {
  importScripts("lib/protocol.js", "lib/capture.js"); // Chromium's service worker; Firefox loads them itself
}

const browserApi = typeof browser !== "undefined" ? browser : chrome;
const MENU_ID = "reader-save-selection";

async function settings() {
  const kept = await browserApi.storage.local.get(["port", "token"]);
  return { port: ReaderProtocol.validPort(kept.port) || ReaderProtocol.DEFAULT_PORT, token: kept.token || "" };
}

async function hello() {
  const { port } = await settings();
  return ReaderProtocol.call(fetch, port, "/v1/hello", {});
}

async function pair(code) {
  const { port } = await settings();
  const name = (navigator.userAgentData && navigator.userAgentData.brands && navigator.userAgentData.brands.length
    ? navigator.userAgentData.brands.map((b) => b.brand).filter((b) => !/not.a.brand/i.test(b)).join(", ")
    : navigator.userAgent.split(" ").slice(-1)[0]) + " on " + (navigator.platform || "this computer");
  const answer = await ReaderProtocol.call(fetch, port, "/v1/pair", { code: ReaderProtocol.normalCode(code), name });
  await browserApi.storage.local.set({ token: answer.token });
  return answer;
}

async function capture(tabId, withSelection) {
  const results = await browserApi.scripting.executeScript({
    target: { tabId },
    func: ReaderCapture.capturePage,
    args: [withSelection],
  });
  const page = results && results[0] && results[0].result;
  if (!page) throw new ReaderProtocol.ReaderError("error", "This page cannot be read by the extension.");
  return page;
}

/** Save the page in a tab (with its selection when asked): the toolbar's and the menu's action. */
async function savePage(tabId, withSelection) {
  const { port, token } = await settings();
  if (!token) throw new ReaderProtocol.ReaderError("unpaired", ReaderProtocol.explain("unpaired", port));
  const tab = await browserApi.tabs.get(tabId);
  if (tab.url !== undefined && !/^https?:/.test(tab.url)) {
    throw new ReaderProtocol.ReaderError("error", "Only web pages (http and https) can be saved to Reader.");
  }
  const page = await capture(tabId, withSelection);
  const answer = await ReaderProtocol.call(fetch, port, "/v1/save", page, token);
  await mark(tabId, true);
  return answer;
}

async function lookup(url) {
  const { port, token } = await settings();
  if (!token || !/^https?:/.test(url || "")) return null;
  return ReaderProtocol.call(fetch, port, "/v1/lookup", { url }, token);
}

async function show(article) {
  const { port, token } = await settings();
  return ReaderProtocol.call(fetch, port, "/v1/show", { article }, token);
}

async function mark(tabId, saved) {
  try {
    await browserApi.action.setBadgeText({ tabId, text: saved ? "\u2713" : "" });
    await browserApi.action.setBadgeBackgroundColor({ tabId, color: "#2e7d32" });
  } catch (error) {
    /* the tab went away */
  }
}

async function markTab(tabId, url) {
  try {
    const found = await lookup(url);
    await mark(tabId, Boolean(found && found.saved));
  } catch (error) {
    await mark(tabId, false); // Reader not running, or not paired: no badge
  }
}

browserApi.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === "complete") markTab(tabId, tab.url);
});

browserApi.runtime.onInstalled.addListener(() => {
  browserApi.contextMenus.create({ id: MENU_ID, title: "Save selection as highlight", contexts: ["selection"] });
});

async function saveSelection(tabId) {
  let message;
  try {
    message = ReaderProtocol.describeSave(await savePage(tabId, true));
  } catch (error) {
    message = error.message;
    await browserApi.action.setBadgeText({ tabId, text: "!" });
    await browserApi.action.setBadgeBackgroundColor({ tabId, color: "#b00020" });
  }
  await browserApi.action.setTitle({ tabId, title: message });
  await browserApi.storage.session.set({ ["last-" + tabId]: message });
  return message;
}

browserApi.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab) saveSelection(tab.id);
});

/* The popup asks the background, which outlives it (a popup closes when it loses focus). */
browserApi.runtime.onMessage.addListener((message, sender, reply) => {
  const work = {
    hello: () => hello(),
    pair: () => pair(message.code),
    save: () => savePage(message.tabId, false),
    show: () => show(message.article),
    last: () => browserApi.storage.session.get("last-" + message.tabId).then((kept) => ({ message: kept["last-" + message.tabId] || "" })),
  }[message.type];
  if (!work) return false;
  work().then(
    (answer) => reply({ ok: true, answer }),
    (error) => reply({ ok: false, kind: error.kind || "error", error: error.message }),
  );
  return true; // the reply comes later
});

globalThis.ReaderExtension = { savePage, saveSelection, pair, hello, lookup, show, settings };
