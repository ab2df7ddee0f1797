"""The core's error messages, listed for translation.

The core raises `ReaderError`s (reader/core/errors.py) whose message is a literal template with named
values; the window translates the template (reader/ui/messages.py). Qt's lupdate reads only the UI's
sources, so this tool reads the core's and writes reader/ui/core_messages.py, one
`QT_TRANSLATE_NOOP("core", template)` per message, where lupdate finds them. `make translations-update`
runs it; tests/ui/test_core_messages.py fails when the list is stale or a message is not a literal.

    python tools/core_messages.py           # write reader/ui/core_messages.py
    python tools/core_messages.py --check   # exit 1 when it is out of date
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "reader" / "core"
TARGET = ROOT / "reader" / "ui" / "core_messages.py"
CONTEXT = "core"


def error_names(core: Path = CORE) -> set[str]:
    """The names of ReaderError and the classes in errors.py derived from it that take a template (not
    those that write their own message from, say, an id: `ArticleNotFound(article_id)`)."""
    tree = ast.parse((core / "errors.py").read_text(encoding="utf-8"))
    errors, own_words = {"ReaderError"}, set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id in errors for b in node.bases):
            errors.add(node.name)
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    first = (item.args.posonlyargs + item.args.args)[1:2]
                    if not first or first[0].arg != "template":
                        own_words.add(node.name)
    return errors - own_words


def _called(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def templates(core: Path = CORE) -> tuple[list[str], list[str]]:
    """(the templates in the order they are found, the places where a message is not a literal)."""
    names = error_names(core)
    found: list[str] = []
    problems: list[str] = []
    for path in sorted(core.rglob("*.py")):
        where = path.relative_to(core.parent)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_errors = path.name == "errors.py" and path.parent == core
        for node in sorted(ast.walk(tree), key=lambda n: (getattr(n, "lineno", 0), getattr(n, "col_offset", 0))):
            if in_errors and isinstance(node, ast.FunctionDef) and node.name == "__init__":
                defaults = node.args.defaults + node.args.kw_defaults
                found += [d.value for d in defaults if isinstance(d, ast.Constant) and isinstance(d.value, str)]
            if not isinstance(node, ast.Call):
                continue
            called = _called(node)
            if called in names or (in_errors and called == "__init__"):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append(first.value)
                elif first is not None and not in_errors:
                    problems.append(f"{where}:{node.lineno}: {called}'s message is not a literal template")
    return list(dict.fromkeys(t for t in found if t)), problems


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def source() -> str:
    found, _problems = templates()
    lines = [
        '"""The core\'s error messages, for lupdate to find. Written by tools/core_messages.py: do not edit."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = (",
    ]
    lines += [f"    QT_TRANSLATE_NOOP({_literal(CONTEXT)}, {_literal(template)})," for template in found]
    lines.append(")")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    _found, problems = templates()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    wanted = source()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != wanted:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run `python tools/core_messages.py`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
