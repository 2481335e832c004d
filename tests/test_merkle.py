"""The Merkle tree against RFC 6962's published answers, and its proofs as properties."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twindeck.seal.merkle import (
    EMPTY_ROOT,
    CompactTree,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_from_inclusion,
    root_of,
    verify_consistency,
    verify_inclusion,
)

# The certificate-transparency test leaves and the roots RFC 6962 implementations publish for them
# (certificate-transparency/cpp merkletree tests; transparency-dev/merkle testonly/constants.go).
CT_LEAVES = [
    b"",
    bytes.fromhex("00"),
    bytes.fromhex("10"),
    bytes.fromhex("2021"),
    bytes.fromhex("3031"),
    bytes.fromhex("40414243"),
    bytes.fromhex("5051525354555657"),
    bytes.fromhex("606162636465666768696a6b6c6d6e6f"),
]
CT_ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_INCLUSION = {  # (index, size) -> audit path
    (0, 8): [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
    (5, 8): [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
    (2, 3): ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"],
    (1, 5): [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
}
CT_CONSISTENCY = {  # (old size, new size) -> proof
    (1, 1): [],
    (1, 8): [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
    (6, 8): [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
    (2, 5): [
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
}
CT_HASHES = [leaf_hash(data) for data in CT_LEAVES]

FAST = settings(max_examples=60, deadline=None)


def _leaves(n: int, salt: int = 0) -> list[bytes]:
    return [leaf_hash(salt.to_bytes(4, "big") + i.to_bytes(4, "big")) for i in range(n)]


def _flip(h: bytes, bit: int = 0) -> bytes:
    return bytes([h[0] ^ (1 << (bit % 8))]) + h[1:]


def _split(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def _path_shape(index: int, size: int) -> tuple[str, ...]:
    """From RFC 6962 §2.1.1's PATH definition, independently of the module: on which side each
    sibling of the path lies, leaf upwards ("L": the sibling is on the left)."""
    if size == 1:
        return ()
    k = _split(size)
    if index < k:
        return (*_path_shape(index, k), "R")
    return (*_path_shape(index - k, size - k), "L")


# -- known answers -----------------------------------------------------------------------------


def test_leaf_and_node_hash_prefixes() -> None:
    assert leaf_hash(b"abc") == hashlib.sha256(b"\x00abc").digest()
    assert (
        node_hash(b"L" * 32, b"R" * 32) == hashlib.sha256(b"\x01" + b"L" * 32 + b"R" * 32).digest()
    )


def test_empty_tree_root_is_sha256_of_nothing() -> None:
    assert hashlib.sha256(b"").digest() == EMPTY_ROOT
    assert root_of([]).hex() == CT_ROOTS[0]
    assert CompactTree().root().hex() == CT_ROOTS[0]
    assert CompactTree().size == 0


@pytest.mark.parametrize("n", range(1, 9))
def test_rfc6962_published_roots(n: int) -> None:
    assert root_of(CT_HASHES[:n]).hex() == CT_ROOTS[n]
    tree = CompactTree()
    for h in CT_HASHES[:n]:
        tree.append(h)
    assert tree.size == n
    assert tree.root().hex() == CT_ROOTS[n]


@pytest.mark.parametrize(("index", "size"), sorted(CT_INCLUSION))
def test_rfc6962_published_inclusion_proofs(index: int, size: int) -> None:
    want = [bytes.fromhex(h) for h in CT_INCLUSION[(index, size)]]
    assert inclusion_proof(index, CT_HASHES[:size]) == want
    root = bytes.fromhex(CT_ROOTS[size])
    assert verify_inclusion(index, size, CT_HASHES[index], want, root)


@pytest.mark.parametrize(("old", "new"), sorted(CT_CONSISTENCY))
def test_rfc6962_published_consistency_proofs(old: int, new: int) -> None:
    want = [bytes.fromhex(h) for h in CT_CONSISTENCY[(old, new)]]
    assert consistency_proof(old, CT_HASHES[:new]) == want
    old_root, new_root = bytes.fromhex(CT_ROOTS[old]), bytes.fromhex(CT_ROOTS[new])
    assert verify_consistency(old, new, old_root, new_root, want)


def test_out_of_range_arguments() -> None:
    leaves = _leaves(5)
    with pytest.raises(ValueError, match="outside a tree of 5"):
        inclusion_proof(5, leaves)
    with pytest.raises(ValueError, match="outside a tree of 5"):
        inclusion_proof(-1, leaves)
    with pytest.raises(ValueError, match="outside a tree of 5"):
        root_from_inclusion(5, 5, leaves[0], [])
    with pytest.raises(ValueError):
        consistency_proof(0, leaves)
    with pytest.raises(ValueError):
        consistency_proof(6, leaves)
    root = root_of(leaves)
    assert not verify_consistency(0, 5, EMPTY_ROOT, root, [])
    assert not verify_consistency(6, 5, root, root, [])
    assert not verify_inclusion(0, 0, leaves[0], [], EMPTY_ROOT)


def test_small_trees_exhaustively() -> None:
    """Every leaf's proof and every consistency proof of every tree up to 20 leaves."""
    leaves = _leaves(20)
    for n in range(1, 21):
        root = root_of(leaves[:n])
        for i in range(n):
            proof = inclusion_proof(i, leaves[:n])
            assert len(proof) == len(_path_shape(i, n))
            assert verify_inclusion(i, n, leaves[i], proof, root), (i, n)
        for m in range(1, n + 1):
            proof = consistency_proof(m, leaves[:n])
            assert verify_consistency(m, n, root_of(leaves[:m]), root, proof), (m, n)


# -- properties --------------------------------------------------------------------------------


@FAST
@given(n=st.integers(0, 300), salt=st.integers(0, 2**16))
def test_compact_tree_root_equals_root_of_at_every_size(n: int, salt: int) -> None:
    leaves = _leaves(n, salt)
    tree = CompactTree()
    assert tree.root() == root_of([])
    for i, leaf in enumerate(leaves):
        tree.append(leaf)
        assert tree.size == i + 1
        if i % 7 == 0 or i == n - 1:
            assert tree.root() == root_of(leaves[: i + 1])


@FAST
@given(n=st.integers(1, 100), extra=st.integers(1, 20))
def test_compact_tree_copy_is_independent(n: int, extra: int) -> None:
    leaves = _leaves(n + extra)
    tree = CompactTree()
    for leaf in leaves[:n]:
        tree.append(leaf)
    snapshot = tree.copy()
    for leaf in leaves[n:]:
        tree.append(leaf)
    assert snapshot.size == n and snapshot.root() == root_of(leaves[:n])
    assert tree.size == n + extra and tree.root() == root_of(leaves)


@st.composite
def _tree_and_index(draw: st.DrawFn) -> tuple[list[bytes], int]:
    n = draw(st.integers(1, 130))
    return _leaves(n, draw(st.integers(0, 2**16))), draw(st.integers(0, n - 1))


@FAST
@given(case=_tree_and_index(), data=st.data())
def test_inclusion_proof_verifies_and_nothing_else_does(
    case: tuple[list[bytes], int], data: st.DataObject
) -> None:
    leaves, i = case
    n = len(leaves)
    root = root_of(leaves)
    proof = inclusion_proof(i, leaves)
    assert verify_inclusion(i, n, leaves[i], proof, root)
    assert root_from_inclusion(i, n, leaves[i], proof) == root

    if n > 1:
        j = data.draw(st.integers(0, n - 1).filter(lambda x: x != i), label="wrong index")
        assert not verify_inclusion(j, n, leaves[i], proof, root)
        assert not verify_inclusion(i, n, leaves[j], proof, root)  # another leaf of the tree
    assert not verify_inclusion(i, n, _flip(leaves[i]), proof, root)
    assert not verify_inclusion(i, n, leaves[i], proof, _flip(root))
    assert not verify_inclusion(i, n, leaves[i], proof, root_of(leaves[: n - 1]))

    # A wrong size: RFC 6962 paths do not commit to the size, so a proof checks against another
    # size exactly when that size gives the leaf the same path (same length, same sides).
    for size in (*range(max(i + 1, n - 9), n), *range(n + 1, n + 10), 2 * n + 1):
        same_shape = _path_shape(i, size) == _path_shape(i, n)
        assert verify_inclusion(i, size, leaves[i], proof, root) == same_shape, size

    if proof:
        k = data.draw(st.integers(0, len(proof) - 1), label="element")
        bit = data.draw(st.integers(0, 7), label="bit")
        flipped = [*proof[:k], _flip(proof[k], bit), *proof[k + 1 :]]
        assert not verify_inclusion(i, n, leaves[i], flipped, root)
        assert not verify_inclusion(i, n, leaves[i], proof[:k] + proof[k + 1 :], root)
        assert not verify_inclusion(i, n, leaves[i], proof[::-1], root) or len(set(proof)) == 1
    where = data.draw(st.integers(0, len(proof)), label="insert at")
    added = [*proof[:where], leaf_hash(b"extra"), *proof[where:]]
    assert not verify_inclusion(i, n, leaves[i], added, root)
    assert not verify_inclusion(i, n, leaves[i], [*proof, root], root)


@st.composite
def _two_sizes(draw: st.DrawFn) -> tuple[list[bytes], int]:
    n = draw(st.integers(1, 130))
    return _leaves(n, draw(st.integers(0, 2**16))), draw(st.integers(1, n))


@FAST
@given(case=_two_sizes(), data=st.data())
def test_consistency_proof_verifies_and_nothing_else_does(
    case: tuple[list[bytes], int], data: st.DataObject
) -> None:
    leaves, m = case
    n = len(leaves)
    old_root, new_root = root_of(leaves[:m]), root_of(leaves)
    proof = consistency_proof(m, leaves)
    assert verify_consistency(m, n, old_root, new_root, proof)

    bit = data.draw(st.integers(0, 7), label="bit")
    assert not verify_consistency(m, n, _flip(old_root, bit), new_root, proof)
    assert not verify_consistency(m, n, old_root, _flip(new_root, bit), proof)
    # an old tree that is not a prefix of the new one: its first leaf differs
    other = [_flip(leaves[0]), *leaves[1:m]]
    assert not verify_consistency(m, n, root_of(other), new_root, proof)
    # another new size whose proof has another length: this proof cannot show it
    for size in range(max(m, n - 8), n + 9):
        if size != n and len(consistency_proof(m, _leaves(size))) != len(proof):
            assert not verify_consistency(m, size, old_root, new_root, proof), size
    if m < n:
        assert not verify_consistency(m, n, new_root, new_root, proof)
        assert not verify_consistency(m, n, old_root, old_root, proof)
        assert not verify_consistency(m, n, old_root, new_root, [])
    if proof:
        k = data.draw(st.integers(0, len(proof) - 1), label="element")
        flipped = [*proof[:k], _flip(proof[k], bit), *proof[k + 1 :]]
        assert not verify_consistency(m, n, old_root, new_root, flipped)
        assert not verify_consistency(m, n, old_root, new_root, proof[:k] + proof[k + 1 :])
    where = data.draw(st.integers(0, len(proof)), label="insert at")
    added = [*proof[:where], leaf_hash(b"extra"), *proof[where:]]
    assert not verify_consistency(m, n, old_root, new_root, added)
    assert not verify_consistency(m, n, old_root, new_root, [*proof, new_root])
