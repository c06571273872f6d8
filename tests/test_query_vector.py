"""web.embedding.query_vector: a query vector given as numbers, checked and normalised."""

from __future__ import annotations

import numpy as np
import pytest

from kg.errors import QueryError
from web.embedding import query_vector


@pytest.mark.parametrize("scale", [1e-30, 1.0, 1e30])
def test_any_finite_vector_is_normalised_to_length_one(scale):
    # float32 squares of 1e30 overflow: the norm must not become inf and the vector zeros
    vector = query_vector([scale, -scale, 2 * scale, 0.0], 4)
    assert vector.dtype == np.float32
    assert float(np.linalg.norm(vector.astype(np.float64))) == pytest.approx(1.0, abs=1e-6)
    assert vector.tolist() == pytest.approx([1 / 6**0.5, -1 / 6**0.5, 2 / 6**0.5, 0.0], rel=1e-5)


@pytest.mark.parametrize("bad", [[0.0] * 4, [1.0, 2.0], [1.0, float("nan"), 0.0, 0.0],
                                 ["a", "b", "c", "d"]])
def test_a_bad_vector_is_a_query_error(bad):
    with pytest.raises(QueryError):
        query_vector(bad, 4)
