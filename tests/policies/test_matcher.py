"""Matching requests to policies; clients cannot switch policies off."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policies.matcher import CompiledMatch, RequestMeta
from policies.models import Match

from .helpers import load_texts, policy_yaml


def m(**kwargs) -> CompiledMatch:
    return CompiledMatch(Match(**kwargs))


def test_empty_match_matches_everything():
    assert m().matches(RequestMeta())
    assert m().always


def test_tenant_model_zone_endpoint_globs():
    match = m(
        tenants=["acme", "gov-*"], models=["gpt-4*", "claude-?"], zones=["external"], endpoints=["/v1/chat/*"]
    )
    ok = RequestMeta.build(
        tenant="gov-mois", model="gpt-4o-mini", zone="external", endpoint="/v1/chat/completions"
    )
    assert match.matches(ok)
    assert not match.matches(
        RequestMeta.build(tenant="other", model="gpt-4o", zone="external", endpoint="/v1/chat/completions")
    )
    assert not match.matches(
        RequestMeta.build(tenant="acme", model="gpt-3.5", zone="external", endpoint="/v1/chat/completions")
    )
    assert not match.matches(
        RequestMeta.build(tenant="acme", model="claude-3", zone="internal", endpoint="/v1/chat/completions")
    )
    assert (
        match.why_not(
            RequestMeta.build(
                tenant="acme", model="claude-3", zone="internal", endpoint="/v1/chat/completions"
            )
        )
        == "zone 'internal' not in match.zones"
    )


def test_star_matches_a_request_without_tenant():
    assert m(tenants=["*"]).matches(RequestMeta())


def test_header_names_are_case_insensitive_and_values_any_of():
    match = m(headers={"X-Data-Classification": ["대외비", "국가기밀"]})
    assert match.matches(RequestMeta.build(headers={"x-data-classification": "대외비"}))
    assert match.matches(RequestMeta.build(headers={"X-DATA-CLASSIFICATION": " 국가기밀 "}))
    assert not match.matches(RequestMeta.build(headers={"x-data-classification": "공개"}))
    assert match.why_not(RequestMeta.build()) == "header 'x-data-classification' absent"


def test_header_value_glob_and_case_fold():
    match = m(headers={"x-data-classification": "secret*"})
    assert match.matches(RequestMeta.build(headers={"x-data-classification": "SECRET-II"}))


def test_metadata_and_tenant_labels():
    match = m(metadata={"project": ["apollo", "gemini"]}, tenant_labels={"commercial": "true"})
    assert match.matches(
        RequestMeta.build(metadata={"project": "apollo"}, tenant_labels={"commercial": "true"})
    )
    assert not match.matches(RequestMeta.build(metadata={"project": "apollo"}))


def test_licences_and_licence_facts():
    non_commercial = m(license_facts={"commercial_use": False})
    assert non_commercial.matches(RequestMeta.build(model_license="cc-by-nc-4.0"))
    assert not non_commercial.matches(RequestMeta.build(model_license="apache-2.0"))
    assert not non_commercial.matches(RequestMeta.build(model_license="unknown-licence"))
    rail = m(license_facts={"use_restrictions": "openrail-m-attachment-a"})
    assert rail.matches(RequestMeta.build(model_license="creativeml-openrail-m"))
    assert not rail.matches(RequestMeta.build(model_license="llama2"))
    assert m(licenses=["*openrail*"]).matches(RequestMeta.build(model_license="bigscience-openrail-m"))


def test_routed_request_changes_zone_and_model():
    from policies.models import RouteTarget

    r = RequestMeta.build(zone="external", model="gpt-4o").routed(RouteTarget(zone="internal"))
    assert (r.zone, r.model) == ("internal", "gpt-4o")


header_names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=20)
header_values = st.text(max_size=20)


_SET = load_texts(
    policy_yaml("always", rules="- {id: n, direction: output, action: notice}"),
    policy_yaml(
        "tenant",
        spec="match: {tenants: [acme], zones: [external]}",
        rules="- {id: n, direction: output, action: notice}",
    ),
    policy_yaml(
        "classified",
        spec="match: {headers: {x-data-classification: [대외비]}}",
        rules="- {id: n, direction: output, action: notice}",
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    extra=st.dictionaries(header_names, header_values, max_size=6),
    meta=st.dictionaries(header_names, header_values, max_size=4),
)
def test_client_headers_and_metadata_never_remove_a_policy(extra, meta):
    """Whatever headers/metadata a client adds, every policy that matched still matches."""
    base_headers = {"x-data-classification": "대외비"}
    before = _SET.match(RequestMeta.build(tenant="acme", zone="external", headers=base_headers))
    headers = {**extra, **base_headers}  # the client adds anything, but the marked header stays
    after = _SET.match(RequestMeta.build(tenant="acme", zone="external", headers=headers, metadata=meta))
    assert [p.name for p in before] == ["always", "tenant", "classified"]
    assert [p.name for p in after] == [p.name for p in before]
