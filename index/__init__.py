"""Text to vectors and back: embeddings, FAISS and BM25 indexes, and the on-disk store.

Imports only :mod:`kg.errors` and :mod:`kg.model` from the rest of the project.
"""

from index.backends import ModelError
from index.embedder import Embedder
from index.lexical import LexicalIndex
from index.parts import part_path
from index.store import FORMAT_VERSION, open_store, write_store
from index.tokens import TokenEmbeddings
from index.vectors import VectorIndex

__all__ = [
    "FORMAT_VERSION",
    "Embedder",
    "LexicalIndex",
    "ModelError",
    "TokenEmbeddings",
    "VectorIndex",
    "open_store",
    "part_path",
    "write_store",
]
