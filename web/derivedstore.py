"""The store part of the search-time tables (:mod:`web.derived`): the tables, written and read.

The part is a folder of:

* ``tables.json``: the neighbour limit, the relation and kind names, the documents and
  sections the claims are in with their titles, the rare claim texts that are not a slice of
  their document, the entity ids and the entities' query surfaces
  (:class:`web.query.EntityTables`);
* ``previous.npy``, ``next.npy``: int64 (n,), the row of the claim before / after (-1: none);
* ``lead.npy``: int64 (n,), the row of the claim that sets the claim up: the one before it, or
  for a list item the claim that introduces its list (:func:`web.claimrows.lead_rows`; a store
  written before round 14 has none, and each claim's lead is then the claim before it);
* ``refers_back.npy``: bool (n,), the claim refers back and has a claim before it;
* ``gives_reason.npy``: bool (n,), the claim states a reason (:func:`web.cues.gives_reason`);
* ``states_amount.npy``, ``states_date.npy``: bool (n,), the claim states a number / a date
  (:func:`web.cues.states_amount`, :func:`web.cues.states_date`);
* ``states_place.npy``, ``states_denial.npy``: bool (n,), the claim names a place / holds a
  negation (:func:`web.cues.states_place`, :func:`web.cues.states_denial`);
* ``names_person.npy``: bool (n,), the claim names a person literally
  (:func:`web.claimrows.person_rows`; a store written before round 17 of ``docs/RANKING.md``
  has none, and no claim then gains the who-question cue);
* ``names_organization.npy``: bool (n,), the claim names an organisation literally
  (:func:`web.claimrows.typed_rows`; a store written before round 18 of ``docs/RANKING.md``
  has none, and no claim then gains the organisation-question cue);
* ``section.npy``: int64 (n,), a number for the claim's section (its ``in_section`` edge;
  -1: none), as section evidence groups claims (:func:`web.rescore.section_best`);
* ``duplicate_root.npy``: int64 (n,), the smallest row of the claim's near-duplicate group
  (-1: in no group);
* ``entity_offsets.npy``, ``entity_rows.npy``: int64, the claim rows of each entity (CSR);
* ``neighbour_offsets.npy``, ``neighbour_nodes.npy``, ``neighbour_links.npy``: each claim's
  first :data:`NEIGHBOURS` neighbours (:class:`web.tables.NeighbourTable`);
* ``node_ids.*``, ``node_labels.*`` (``.bytes.npy`` + ``.offsets.npy``, :class:`web.tables.Strings`),
  ``node_kinds.npy``: every node, in the graph's order (:class:`web.tables.NodeTable`);
* ``claim_doc.npy``, ``claim_section.npy``, ``claim_char_start.npy``, ``claim_char_end.npy``,
  ``claim_occurrences.npy``: the claim columns (:class:`web.tables.ClaimColumns`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.errors import StoreError
from web.query import EntityTables
from web.tables import ClaimColumns, NeighbourTable, NodeTable, Strings

log = logging.getLogger(__name__)

__all__ = ["NEIGHBOURS", "PART", "Derived", "read_derived", "write_derived"]

PART = "derived"
"""The store part (a folder) holding the tables."""
NEIGHBOURS = 12
"""How many neighbours of each claim are kept: as many as a search result shows."""
_ARRAYS = ("previous", "next", "refers_back", "gives_reason", "states_amount", "states_date",
           "states_place", "states_denial",
           "section", "duplicate_root", "entity_offsets", "entity_rows",
           "neighbour_offsets", "neighbour_nodes", "neighbour_links", "node_kinds",
           "node_ids.bytes", "node_ids.offsets", "node_labels.bytes", "node_labels.offsets",
           "claim_doc", "claim_section", "claim_char_start", "claim_char_end", "claim_occurrences")


@dataclass
class Derived:
    """The tables of one store (see the module docstring).

    Attributes:
        previous: int64 (n,).
        following: int64 (n,).
        refers_back: bool (n,).
        gives_reason: bool (n,).
        states_amount: bool (n,).
        states_date: bool (n,).
        states_place: bool (n,).
        states_denial: bool (n,).
        section: int64 (n,).
        duplicate_root: int64 (n,).
        entities: what the query analyser needs.
        lead: int64 (n,), the claim that sets each claim up (None: the claim before it).
        names_person: bool (n,), the claim names a person (None: unknown, none counts).
        names_organization: bool (n,), the claim names an organisation (None: unknown, none
            counts).
        neighbours, nodes, claims: what search results show (None when derived for ranking
            only, as an engine built in memory does: it reads its graph instead).
    """

    previous: np.ndarray
    following: np.ndarray
    refers_back: np.ndarray
    gives_reason: np.ndarray
    states_amount: np.ndarray
    states_date: np.ndarray
    states_place: np.ndarray
    states_denial: np.ndarray
    section: np.ndarray
    duplicate_root: np.ndarray
    entities: EntityTables
    lead: np.ndarray | None = None
    names_person: np.ndarray | None = None
    names_organization: np.ndarray | None = None
    neighbours: NeighbourTable | None = None
    nodes: NodeTable | None = None
    claims: ClaimColumns | None = None

    def duplicate_groups(self) -> dict[int, tuple[int, list[int]]]:
        """Near-duplicate groups: row → (group id, member rows), for claims in a group only."""
        grouped = np.flatnonzero(np.asarray(self.duplicate_root) >= 0)
        members: dict[int, list[int]] = {}
        for row, root in zip(grouped.tolist(), self.duplicate_root[grouped].tolist()):
            members.setdefault(root, []).append(row)
        return {row: (root, rows) for root, rows in members.items() for row in rows}


def write_derived(folder: Path, derived: Derived) -> None:
    """Writes the tables as the store part :data:`PART` (``folder`` must not exist)."""
    nb, nodes, columns, ent = derived.neighbours, derived.nodes, derived.claims, derived.entities
    if nb is None or nodes is None or columns is None:
        raise ValueError("a store's tables include what results show (derive(..., sources=...))")
    folder.mkdir()
    arrays = {
        "previous": derived.previous, "next": derived.following,
        "refers_back": derived.refers_back, "gives_reason": derived.gives_reason,
        "states_amount": derived.states_amount, "states_date": derived.states_date,
        "states_place": derived.states_place, "states_denial": derived.states_denial,
        "section": derived.section, "duplicate_root": derived.duplicate_root,
        "entity_offsets": ent.offsets, "entity_rows": ent.rows,
        "neighbour_offsets": nb.offsets, "neighbour_nodes": nb.nodes, "neighbour_links": nb.links,
        "node_kinds": nodes.kinds,
        "node_ids.bytes": nodes.ids.blob, "node_ids.offsets": nodes.ids.offsets,
        "node_labels.bytes": nodes.labels.blob, "node_labels.offsets": nodes.labels.offsets,
        "claim_doc": columns.doc, "claim_section": columns.section,
        "claim_char_start": columns.char_start, "claim_char_end": columns.char_end,
        "claim_occurrences": columns.occurrences,
    }
    if derived.lead is not None:
        arrays["lead"] = derived.lead
    for optional in ("names_person", "names_organization"):
        if getattr(derived, optional) is not None:
            arrays[optional] = getattr(derived, optional)
    for name, array in arrays.items():
        np.save(folder / f"{name}.npy", array)
    position = {entity: i for i, entity in enumerate(ent.entities)}
    tables = {
        "neighbour_limit": NEIGHBOURS,
        "relations": nb.relations,
        "kinds": nodes.kind_names,
        "documents": columns.documents,
        "document_titles": columns.document_titles,
        "sections": columns.sections,
        "section_titles": columns.section_titles,
        "texts": [[row, text] for row, text in columns.texts.items()],
        "claim_count": ent.claim_count,
        "entities": ent.entities,
        # Surfaces name entities by position, not id: a third of the size.
        "surfaces": [[list(key), position[entity]] for key, entity in ent.surfaces.items()],
        "named": [list(key) for key in sorted(ent.named)],
    }
    with open(folder / "tables.json", "w", encoding="utf-8") as out:
        json.dump(tables, out, ensure_ascii=False, separators=(",", ":"))


def read_derived(folder: Path, *, claim_count: int) -> Derived:
    """Reads the tables of a store (arrays memory-mapped).

    Args:
        folder: the part's folder.
        claim_count: the store's claims.

    Raises:
        kg.errors.StoreError: the part is missing, damaged or does not match the store.
    """
    if not folder.is_dir():
        raise StoreError(f"{folder}: part missing from the store (built by an older version?)")
    try:
        with open(folder / "tables.json", encoding="utf-8") as f:
            tables = json.load(f)
        # Plain ndarray views of the maps: np.memmap's own indexing costs a few µs a call.
        a = {name: np.load(folder / f"{name}.npy", mmap_mode="r").view(np.ndarray) for name in _ARRAYS}
        entities = tables["entities"]
        for optional in ("lead", "names_person", "names_organization"):
            path = folder / f"{optional}.npy"
            if path.is_file():
                a[optional] = np.load(path, mmap_mode="r").view(np.ndarray)
        derived = Derived(
            previous=a["previous"],
            following=a["next"],
            refers_back=a["refers_back"],
            gives_reason=a["gives_reason"],
            states_amount=a["states_amount"],
            states_date=a["states_date"],
            states_place=a["states_place"],
            states_denial=a["states_denial"],
            section=a["section"],
            duplicate_root=a["duplicate_root"],
            lead=a.get("lead"),
            names_person=a.get("names_person"),
            names_organization=a.get("names_organization"),
            entities=EntityTables(
                claim_count=int(tables["claim_count"]),
                entities=entities,
                offsets=np.asarray(a["entity_offsets"]),
                rows=a["entity_rows"],
                surfaces={tuple(key): entities[i] for key, i in tables["surfaces"]},
                named={tuple(key) for key in tables["named"]},
            ),
            neighbours=NeighbourTable(
                offsets=a["neighbour_offsets"], nodes=a["neighbour_nodes"],
                links=a["neighbour_links"], relations=list(tables["relations"]),
            ),
            nodes=NodeTable(
                ids=Strings(a["node_ids.bytes"], a["node_ids.offsets"]),
                labels=Strings(a["node_labels.bytes"], a["node_labels.offsets"]),
                kinds=a["node_kinds"],
                kind_names=list(tables["kinds"]),
            ),
            claims=ClaimColumns(
                doc=a["claim_doc"], section=a["claim_section"], char_start=a["claim_char_start"],
                char_end=a["claim_char_end"], occurrences=a["claim_occurrences"],
                documents=tables["documents"], document_titles=tables["document_titles"],
                sections=tables["sections"], section_titles=tables["section_titles"],
                texts={int(row): text for row, text in tables["texts"]},
            ),
        )
        limit = int(tables["neighbour_limit"])
    except (OSError, ValueError, KeyError, TypeError, IndexError) as e:
        raise StoreError(f"{folder} cannot be read: {e}") from e
    if not _fits(derived, a, claim_count) or limit < NEIGHBOURS:
        raise StoreError(f"{folder} does not match the store's {claim_count} claims")
    return derived


def _fits(d: Derived, a: dict[str, np.ndarray], n: int) -> bool:
    """Whether the tables' shapes agree with each other and with ``n`` claims."""
    flags = ("refers_back", "gives_reason", "states_amount", "states_date", "states_place",
             "states_denial")
    counts = ("previous", "next", "section", "duplicate_root", "claim_doc", "claim_section",
              "claim_char_start", "claim_char_end", "claim_occurrences")
    ent, nb, nodes, columns = d.entities, d.neighbours, d.nodes, d.claims
    m = len(nodes.ids)

    def within(array: np.ndarray, size: int) -> bool:
        return len(array) == 0 or (int(array.min()) >= -1 and int(array.max()) < size)

    def per_claim(array: np.ndarray, kinds: str) -> bool:
        # The kind first: rows read as floats, flags or text would index or mask silently
        # wrong, or fail mid-search rather than at load.
        return array.dtype.kind in kinds and array.ndim == 1 and len(array) == n

    return (
        all(per_claim(a[name], "b") for name in flags)
        and all(per_claim(a[name], "iu") for name in counts)
        and (d.lead is None or (per_claim(d.lead, "iu") and within(d.lead, n)))
        and all(
            flag is None or per_claim(flag, "b") for flag in (d.names_person, d.names_organization)
        )
        and ent.claim_count == max(1, n)
        and len(ent.offsets) == len(ent.entities) + 1
        and ent.offsets[-1] == len(ent.rows)
        and within(ent.rows, n)
        and len(nb.offsets) == n + 1
        and nb.offsets[-1] == len(nb.nodes) == len(nb.links)
        and within(nb.nodes, m)
        and within(nb.links >> 2, len(nb.relations))
        and nodes.ids.fits() and nodes.labels.fits()
        and len(nodes.labels) == len(nodes.kinds) == m
        and within(nodes.kinds, len(nodes.kind_names))
        and len(columns.document_titles) == len(columns.documents)
        and len(columns.section_titles) == len(columns.sections)
        and within(columns.doc, len(columns.documents)) and int(columns.doc.min(initial=0)) >= 0
        and within(columns.section, len(columns.sections))
        and within(d.section, n)
    )
