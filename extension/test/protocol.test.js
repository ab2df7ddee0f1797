"use strict";
const test = require("node:test");
const assert = require("node:assert");
const http = require("node:http");
const protocol = require("../lib/protocol.js");

test("a pairing code is read as its digits", () => {
  assert.strictEqual(protocol.normalCode(" 123 456 "), "123456");
  assert.strictEqual(protocol.normalCode("123-456"), "123456");
});

test("only unprivileged ports are taken", () => {
  assert.strictEqual(protocol.validPort("38471"), 38471);
  assert.strictEqual(protocol.validPort(80), null);
  assert.strictEqual(protocol.validPort("x"), null);
  assert.strictEqual(protocol.validPort(70000), null);
});

test("each save answer is said in words", () => {
  assert.match(protocol.describeSave({ status: "saved", title: "T" }), /^Saved to Reader: T$/);
  assert.match(protocol.describeSave({ status: "new version", title: "T" }), /new version was added: T/);
  assert.match(protocol.describeSave({ status: "unchanged", title: "T", highlight: "placed" }), /unchanged.*highlighted/);
  assert.match(protocol.describeSave({ status: "saved", title: "T", highlight: "not placed" }), /place by hand/);
});

function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

test("nothing listening: Reader is not running", async () => {
  const server = await serve(() => {});
  const port = server.address().port;
  await new Promise((done) => server.close(done));
  await assert.rejects(protocol.call(fetch, port, "/v1/hello", {}), (error) => {
    assert.strictEqual(error.kind, "offline");
    assert.match(error.message, /Reader is not running/);
    return true;
  });
});

test("another program on the port is named as such, never taken for Reader", async () => {
  const server = await serve((request, response) => {
    response.writeHead(200, { "Content-Type": "text/html" });
    response.end("<html>a printer's admin page</html>");
  });
  const port = server.address().port;
  try {
    await assert.rejects(protocol.call(fetch, port, "/v1/hello", {}), (error) => {
      assert.strictEqual(error.kind, "stranger");
      assert.match(error.message, new RegExp("Another program answers on port " + port));
      return true;
    });
  } finally {
    server.close();
  }
});

test("Reader's refusals reach the person in Reader's own words", async () => {
  const server = await serve((request, response) => {
    const status = request.url === "/v1/save" ? 401 : 422;
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ ok: false, error: "the browser sent an empty page" }));
  });
  const port = server.address().port;
  try {
    await assert.rejects(protocol.call(fetch, port, "/v1/save", {}, "t"), (error) => error.kind === "unpaired");
    await assert.rejects(protocol.call(fetch, port, "/v1/lookup", {}, "t"), (error) => {
      assert.strictEqual(error.message, "the browser sent an empty page");
      return true;
    });
  } finally {
    server.close();
  }
});

test("requests carry JSON and the token, and nothing else of the browser's", async () => {
  let seen;
  const server = await serve((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      seen = { headers: request.headers, body: JSON.parse(body), method: request.method };
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ ok: true, app: "reader", paired: true }));
    });
  });
  try {
    const answer = await protocol.call(fetch, server.address().port, "/v1/hello", { a: 1 }, "tok");
    assert.strictEqual(answer.app, "reader");
    assert.strictEqual(seen.method, "POST");
    assert.strictEqual(seen.headers.authorization, "Bearer tok");
    assert.strictEqual(seen.headers["content-type"], "application/json");
    assert.deepStrictEqual(seen.body, { a: 1 });
    assert.strictEqual(seen.headers.cookie, undefined);
  } finally {
    server.close();
  }
});
