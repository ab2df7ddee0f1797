/* The toolbar popup: pair the first time, then save the page it was opened on and say how it went. */
"use strict";

const api = typeof browser !== "undefined" ? browser : chrome;
const $ = (id) => document.getElementById(id);

function ask(message) {
  return api.runtime.sendMessage(message).then((reply) => {
    if (!reply || !reply.ok) {
      const error = new Error(reply ? reply.error : "The extension did not answer.");
      error.kind = reply ? reply.kind : "error";
      throw error;
    }
    return reply.answer;
  });
}

function say(text, state) {
  const status = $("status");
  status.textContent = text;
  status.className = state || "";
}

function only(...shown) {
  for (const id of ["pair", "open-line", "retry-line"]) $(id).hidden = !shown.includes(id);
}

async function activeTab() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function save() {
  const tab = await activeTab();
  say("Saving to Reader…");
  only();
  try {
    const answer = await ask({ type: "save", tabId: tab.id });
    say(ReaderProtocol.describeSave(answer), "done");
    const link = $("open");
    link.href = answer.link;
    link.onclick = (event) => {
      event.preventDefault();
      ask({ type: "show", article: answer.article }).then(() => window.close(), (error) => say(error.message, "error"));
    };
    only("open-line");
  } catch (error) {
    failed(error);
  }
}

function failed(error) {
  say(error.message, "error");
  if (error.kind === "unpaired") only("pair");
  else only("retry-line");
  $("start").hidden = error.kind !== "offline"; // where the desktop knows reader://, this starts Reader
}

async function start() {
  const kept = await api.storage.local.get(["port", "token"]);
  $("port").value = ReaderProtocol.validPort(kept.port) || ReaderProtocol.DEFAULT_PORT;
  say("Contacting Reader…");
  only();
  try {
    const hello = await ask({ type: "hello" });
    if (!hello.paired || !kept.token) {
      say("Connect this browser to Reader once, with the code Reader shows.");
      only("pair");
      $("code").focus();
      return;
    }
  } catch (error) {
    failed(error);
    return;
  }
  await save();
}

$("pair").addEventListener("submit", async (event) => {
  event.preventDefault();
  say("Connecting…");
  try {
    await ask({ type: "pair", code: $("code").value });
    await save();
  } catch (error) {
    say(error.message, "error");
  }
});

$("retry").addEventListener("click", () => start());

$("start").addEventListener("click", async () => {
  await api.tabs.create({ url: "reader://open" });
  say("Starting Reader\u2026 Try again when its window is open.");
});

$("port-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const port = ReaderProtocol.validPort($("port").value);
  if (!port) {
    say("A port is a whole number from 1024 to 65535.", "error");
    return;
  }
  await api.storage.local.set({ port });
  start();
});

start();
