"""No import cycles in ``nemochat/``, lazy imports included, and the layering rules hold.

Every ``import`` statement counts, wherever it is (module level, inside a function, under
``TYPE_CHECKING``): a cycle that only closes at run time is still a cycle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "nemochat"


def _modules() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for path in PKG.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")
                    up = up[: len(up) - (node.level - 1)]
                    base = ".".join([*up, base] if base else up)
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    targets.append(full if full in modules else base)
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):  # ~100 modules: far below the recursion limit
        if v not in index:
            visit(v)
    return out


def _is_package_init_edge(a: str, b: str) -> bool:
    """A package's ``__init__`` re-exporting its own submodules is not a cycle we mean."""
    return b.startswith(a + ".")


def _pruned() -> dict[str, set[str]]:
    graph = _graph()
    return {a: {b for b in bs if not _is_package_init_edge(a, b)} for a, bs in graph.items()}


AGENT = "nemochat.engine.agent"


def test_no_import_cycles() -> None:
    cycles = [c for c in _cycles(_pruned()) if not all(m.startswith(AGENT + ".") for m in c)]
    assert cycles == []


def test_no_import_cycles_inside_the_agent() -> None:
    assert [c for c in _cycles(_pruned()) if all(m.startswith(AGENT + ".") for m in c)] == []


def test_the_walk_sees_lazy_imports() -> None:
    graph = _graph()
    assert "nemochat.ui.repl" in graph["nemochat.cli"]  # imported inside a function
    assert "nemochat.engine.embedded" in graph["nemochat.backend"]


def test_the_engine_never_imports_the_client_side() -> None:
    client = ("nemochat.api", "nemochat.chat", "nemochat.ui", "nemochat.cli", "nemochat.project")
    client += ("nemochat.app", "nemochat.actions", "nemochat.mcp")
    for name, deps in _graph().items():
        if name.startswith("nemochat.engine"):
            bad = sorted(d for d in deps if d.startswith(client))
            assert not bad, (name, bad)


def test_the_client_side_imports_only_the_engine_entry_points() -> None:
    allowed = {"nemochat.engine", "nemochat.engine.embedded", "nemochat.engine.server"}
    for name, deps in _graph().items():
        if name.startswith("nemochat.engine") or name == "nemochat.backend":
            continue
        bad = sorted(d for d in deps if d.startswith("nemochat.engine") and d not in allowed)
        assert not bad, (name, bad)


def test_version_loads_nothing_heavy() -> None:
    code = (
        "import sys; from nemochat.cli import main; rc = main(['--version']); "
        "heavy = [m for m in ('httpx', 'rich', 'prompt_toolkit', 'mcp', 'pydantic', "
        "'starlette', 'numpy', 'av') if m in sys.modules]; print(heavy); sys.exit(rc)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
