"""The search page echoes odd input escaped and as text (fuzz19).

``/search?q=%00`` wrote a raw NUL into the page's title and the form's value: escaping leaves
control characters alone, and HTML has no place for them (a parse error; NUL becomes U+FFFD).
"""

from __future__ import annotations

import re

import pytest

from web import create_app


@pytest.fixture(scope="module")
def client(engine):
    return create_app({"TESTING": True, "ENGINE": engine}).test_client()


@pytest.mark.parametrize("query", ["q=graft%00ing", "q=%01%02", "q=graft&k=%00"])
def test_control_characters_are_not_echoed_into_the_page(client, query):
    response = client.get(f"/search?{query}")
    assert response.status_code in (200, 400)
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", response.data)


def test_markup_in_the_query_is_echoed_escaped(client):
    response = client.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E%22%27")
    assert b"<script>alert(1)" not in response.data
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.data
    assert b'value="&lt;script&gt;alert(1)&lt;/script&gt;&#34;&#39;"' in response.data
