"""Collect the service layer's user messages so Qt Linguist can translate them.

The services (no Qt) raise UserError("Dutch template", ...) and describe import problems as
Message("Dutch template", ...) or with a check's .bad(field, "template", ...) / .warn(...).
This script finds every such template literal and writes wijkinfo/ui/service_messages.py with
QT_TRANSLATE_NOOP entries, which pyside6-lupdate reads. Run by `make lupdate`; a test checks
the file is current and that no such call builds its template at run time (an f-string).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wijkinfo"
OUTPUT = PACKAGE / "ui" / "service_messages.py"
# The message classes; every class that derives from one of them (found below, in any module
# outside the UI and at any depth, such as Damaged(SealedError(UserError))) counts too.
BASE_NAMES = {"UserError", "Message"}
# Calls whose template is the second argument (the first is the field): the import checks.
FINDING_NAMES = {"bad", "warn"}


def _literal(node: ast.AST) -> str | None:
    """A string literal, or a + concatenation of literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _is_super_init(node: ast.Call) -> bool:
    """``super().__init__("template", …)`` in a UserError subclass (such as ImportRefused)."""
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and getattr(func.value.func, "id", "") == "super"
        and bool(node.args)
        and _literal(node.args[0]) is not None
    )


def _trees() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
        if (PACKAGE / "ui") not in path.parents
    ]


def _base_name(node: ast.expr) -> str:
    return getattr(node, "id", None) or getattr(node, "attr", None) or ""


def _own_init_without_template(node: ast.ClassDef) -> bool:
    """The class takes something else than a template first (``ImportRefused(result)``); its
    template is the literal it hands to ``super().__init__``."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            params = [a.arg for a in item.args.posonlyargs + item.args.args][1:]
            return not params or params[0] != "template"
    return False


def error_names(trees: list[tuple[Path, ast.Module]] | None = None) -> set[str]:
    """UserError, Message and every class outside the UI derived from them, at any depth,
    whose first argument is the template."""
    classes = [
        (node.name, {_base_name(b) for b in node.bases}, _own_init_without_template(node))
        for _, tree in trees or _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]
    names, other_first = set(BASE_NAMES), set()
    while True:
        more = {name for name, bases, _ in classes if bases & (names | other_first)}
        more -= names | other_first
        if not more:
            return names
        for name, bases, own_init in classes:
            if name in more:
                takes_other = own_init or bool(bases & other_first)
                (other_first if takes_other else names).add(name)


def _class_templates(trees: list[tuple[Path, ast.Module]]) -> list[tuple[Path, ast.AST, ast.AST]]:
    """``template = "…"`` in the body of a message class: raised without a template argument."""
    names = error_names(trees)
    out = []
    for path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in names:
                for item in node.body:
                    target = item.target if isinstance(item, ast.AnnAssign) else None
                    if isinstance(item, ast.Assign) and len(item.targets) == 1:
                        target = item.targets[0]
                    value = getattr(item, "value", None)
                    if getattr(target, "id", "") == "template" and value is not None:
                        out.append((path, item, value))
    return out


def _template_args() -> list[tuple[Path, ast.AST, ast.AST]]:
    """Every message call outside the UI with the argument that holds its template."""
    trees = _trees()
    names = error_names(trees)
    out = _class_templates(trees)
    for path, tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if (name in names or _is_super_init(node)) and node.args:
                out.append((path, node, node.args[0]))
            elif (
                name in FINDING_NAMES
                and isinstance(node.func, ast.Attribute)
                and len(node.args) >= 2
            ):
                out.append((path, node, node.args[1]))
    return out


def collect() -> list[str]:
    found: dict[str, None] = {}
    for _, _, arg in _template_args():
        text = _literal(arg)
        if text:
            found[text] = None
    return list(found)


def not_literal() -> list[str]:
    """Message calls whose template is built at run time (an f-string): they stay Dutch.

    Passing on a parameter named ``template`` is fine: the caller's literal is collected.
    """
    return [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path, node, arg in _template_args()
        if _literal(arg) is None and not (isinstance(arg, ast.Name) and arg.id == "template")
    ]


def render(messages: list[str]) -> str:
    lines = [
        '"""Generated by resources/translations/extract_messages.py: do not edit.',
        "",
        "The service layer's messages, listed so that pyside6-lupdate offers them for translation.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = [",
    ]
    lines += [f'    QT_TRANSLATE_NOOP("UserError", {m!r}),' for m in messages]
    lines += ["]", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    OUTPUT.write_text(render(collect()), encoding="utf-8")
    print(f"{len(collect())} messages written to {OUTPUT.relative_to(ROOT)}", file=sys.stderr)
