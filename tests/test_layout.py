"""Imports run one way: app.py -> assistant.web -> assistant -> vectorstore -> ingest."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# a package and the packages it must never import
FORBIDDEN = {
    "ingest": ("vectorstore", "assistant"),
    "vectorstore": ("assistant",),
    "assistant": ("assistant.web",),
}
FRONT_ENDS = {"assistant/cli.py"}  # the CLI starts the web server: a front end like the web package


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(package: str) -> list[Path]:
    files = sorted((ROOT / package).rglob("*.py"))
    if package == "assistant":
        files = [f for f in files if "web" not in f.relative_to(ROOT / package).parts[:1]]
    return [f for f in files if str(f.relative_to(ROOT)) not in FRONT_ENDS]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_run_one_way(package: str) -> None:
    wrong = []
    for path in _modules(package):
        for name in _imported(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[package]):
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not wrong, wrong


def test_the_web_package_holds_the_ui_and_the_domain_holds_no_gradio() -> None:
    assert (ROOT / "assistant/web/app.py").is_file()
    gradio_users = [str(p.relative_to(ROOT)) for p in _modules("assistant") if "gradio" in _imported(p)]
    assert gradio_users == []
