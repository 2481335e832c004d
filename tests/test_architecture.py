"""The integrity core stays small and standalone; the public API and error codes stay documented."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import twindeck
from twindeck import errors

ROOT = Path(__file__).resolve().parents[1]
SEAL = ROOT / "src" / "twindeck" / "seal"
ALLOWED_THIRD_PARTY = {"cryptography"}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import"
            found.add(node.module or "")
    return found


def test_seal_imports_only_stdlib_cryptography_and_errors() -> None:
    import sys

    stdlib = set(sys.stdlib_module_names)
    for path in sorted(SEAL.rglob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if top == "twindeck":
                assert name.startswith(("twindeck.seal", "twindeck.errors")), f"{path}: {name}"
            else:
                assert top in stdlib or top in ALLOWED_THIRD_PARTY or top == "__future__", (
                    f"{path.name} imports {name}: the seal core may use only the standard "
                    "library and cryptography"
                )


def test_public_api_is_sorted_and_importable() -> None:
    for module in (twindeck, twindeck.seal):
        names = list(module.__all__)
        assert names == sorted(names), module.__name__
        for name in names:
            assert hasattr(module, name), name


def test_every_error_code_is_documented() -> None:
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", (ROOT / "docs/errors.md").read_text(), re.M))
    codes = {
        cls.code
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.TwindeckError)
    }
    assert codes == documented


def test_every_problem_code_is_documented() -> None:
    source = (SEAL / "verify.py").read_text()
    used = set(re.findall(r'self\.(?:problem|warn)\(\s*"([a-z_]+)"', source))
    used |= set(re.findall(r'"(inconsistent_checkpoint|seal_mismatch)"', source))
    documented = set(re.findall(r"`([a-z_]+)`", (ROOT / "docs/verifying.md").read_text()))
    assert used, "no problem codes found: the pattern is out of date"
    assert used <= documented, used - documented


def test_every_cli_command_is_in_the_readme() -> None:
    from twindeck.cli import _COMMANDS

    readme = (ROOT / "README.md").read_text()
    for command in _COMMANDS:
        assert f"twindeck {command}" in readme, command
