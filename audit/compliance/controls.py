"""The control table: each control a gateway can speak to, its evidence for the period, and a status.

Conservative by design: a control is ``met`` only where the gateway itself does the whole thing and
the audit shows it did; detection that can miss (classifiers, patterns) is ``partly`` with the
reason; what the configuration lacks is ``not_met``; what a proxy cannot observe at all is
``not_applicable``, said as such rather than claimed.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.compliance.document import Status, Text
from audit.compliance.evidence import Evidence
from audit.compliance.facts import GatewayFacts, PolicyRule

INJECTION_TYPES = ("prompt_injection", "jailbreak")
PATTERN_DETECTORS = ("keywords", "regex", "similar_to")
PII_DETECTORS = ("pii", "regex")
LABEL_ACTIONS = ("notice", "watermark")


@dataclass
class Control:
    framework: Text
    ref: str
    title: Text
    status: Status
    evidence: list[Text]
    reason: Text


def pct(part: int, whole: int) -> str:
    return "–" if whole == 0 else f"{100.0 * part / whole:.1f} %"


def _ids(rules: list[PolicyRule]) -> str:
    return ", ".join(r.key for r in rules) or "–"


def injection_rules(facts: GatewayFacts) -> list[PolicyRule]:
    """Input block rules aimed at prompt injection: the classifier on its injection categories, or a
    phrase/pattern rule whose id says injection or jailbreak."""
    out = []
    for r in facts.rules_where(direction="input", actions=("block",)):
        if r.detector == "classifier" and (r.types is None or set(r.types) & set(INJECTION_TYPES)):
            out.append(r)
        elif r.detector in PATTERN_DETECTORS and any(w in r.key for w in ("injection", "jailbreak")):
            out.append(r)
    return out


def _chain_text(ev: Evidence) -> Text:
    c = ev.chain
    if c is None:
        return Text("체인 검증: 실행되지 않음", "chain verification: not run")
    if c.ok:
        sig = (
            Text("서명 확인함", "signatures checked")
            if c.signatures_checked
            else Text("서명 미확인", "no key")
        )
        return Text(
            f"체인 검증: 이상 없음 (체인 {c.chains}, 레코드 {c.records}, 체크포인트 {c.checkpoints}, {sig.ko})",
            f"chain verification: intact ({c.chains} chain(s), {c.records} record(s), "
            f"{c.checkpoints} checkpoint(s), {sig.en})",
        )
    return Text(
        f"체인 검증: 변조 발견 — {c.first_problem}", f"chain verification: TAMPERED — {c.first_problem}"
    )


def _labelling(ev: Evidence) -> tuple[Text, Text]:
    notice = Text(
        f"고지된 답변 {ev.answers_notice}/{ev.answers} ({pct(ev.answers_notice, ev.answers)}), "
        f"그중 답변 본문에 {ev.answers_notice_in_text}",
        f"answers with a notice {ev.answers_notice}/{ev.answers} ({pct(ev.answers_notice, ev.answers)}), "
        f"{ev.answers_notice_in_text} in the answer's text",
    )
    mark = Text(
        f"워터마크 답변 {ev.answers_watermark}/{ev.answers} ({pct(ev.answers_watermark, ev.answers)})",
        f"answers watermarked {ev.answers_watermark}/{ev.answers} ({pct(ev.answers_watermark, ev.answers)})",
    )
    return notice, mark


def assess(facts: GatewayFacts, ev: Evidence) -> list[Control]:  # noqa: C901 - one table, read top down
    """Every control row. Long on purpose: the table reads top to bottom like the printed report."""
    controls: list[Control] = []

    # -- rules and figures several controls share ------------------------------------------------
    inj = injection_rules(facts)
    inj_keys = {r.key for r in inj}
    pii_in = facts.rules_where(direction="input", actions=("pseudonymize", "redact"), detectors=PII_DETECTORS)
    pii_route = facts.rules_where(direction="input", actions=("route",), detectors=PII_DETECTORS)
    secrets_in = facts.rules_where(
        direction="input", actions=("redact", "block", "route"), detectors=("secrets",)
    )
    out_rules = [r for r in facts.rules_where(direction="output") if r.detector is not None]
    out_secrets = [r for r in out_rules if r.detector == "secrets"]
    out_keys = {r.key for r in out_rules}
    notice_rules = facts.rules_where(direction="output", actions=("notice",))
    mark_rules = facts.rules_where(direction="output", actions=("watermark",))
    size_rules = facts.rules_where(direction="input", detectors=("size",), actions=("block",))
    zones = sorted({m.zone for m in facts.models})
    route_rules = facts.rules_where(direction="input", actions=("route",))
    chain_ok = ev.chain is not None and ev.chain.ok
    notice_t, mark_t = _labelling(ev)
    requests_t = Text(f"요청 {ev.requests}건", f"{ev.requests} request(s)")
    pii_t = Text(
        f"개인정보 탐지 {ev.pii_total()}개 값(요청 {ev.pii_requests}건 중 마스킹 규칙 적용 {ev.pii_masked_requests}건)",
        f"{ev.pii_total()} personal-data value(s) found in {ev.pii_requests} request(s); a masking rule "
        f"fired on {ev.pii_masked_requests}",
    )
    inj_t = Text(
        f"인젝션 차단 규칙: {_ids(inj)}; 이 규칙으로 차단 {ev.refusals(inj_keys)}건 / 전체 차단 {ev.refused()}건",
        f"injection rules: {_ids(inj)}; refused by them {ev.refusals(inj_keys)} of {ev.refused()} refusal(s)",
    )
    probabilistic = Text(
        "탐지는 분류기·문구 목록에 의존하므로 일부 공격을 놓칠 수 있음(docs/security.md의 레드팀 수치 참조)",
        "detection relies on a classifier and phrase lists, which miss some attacks (red-team counts in "
        "docs/security.md)",
    )

    # -- NIS AI security guidebook: items a gateway can answer -------------------------------------
    nis = Text("국가정보원 AI 보안 가이드북", "NIS AI security guidebook")
    controls.append(
        Control(
            nis,
            "NIS-IN",
            Text("입력 필터링 (프롬프트 인젝션)", "Input filtering (prompt injection)"),
            "partly" if inj else "not_met",
            [inj_t, requests_t],
            probabilistic if inj else Text("인젝션 차단 규칙이 없음", "no injection rule is in force"),
        )
    )
    controls.append(
        Control(
            nis,
            "NIS-PII",
            Text("개인정보 마스킹", "Personal-data masking"),
            "partly" if pii_in else "not_met",
            [
                Text(
                    f"마스킹 규칙: {_ids(pii_in + pii_route)}", f"masking rules: {_ids(pii_in + pii_route)}"
                ),
                pii_t,
            ],
            Text(
                "설정된 개체 유형만 탐지하며 패턴·모델로 찾지 못하는 개인정보(예: 문맥상의 이름)는 통과할 수 있음",
                "only the configured entity types are found; personal data the patterns and model miss "
                "(e.g. names in context) passes",
            )
            if pii_in
            else Text("개인정보 마스킹 규칙이 없음", "no masking rule is in force"),
        )
    )
    controls.append(
        Control(
            nis,
            "NIS-OUT",
            Text("출력 필터링", "Output filtering"),
            "partly" if out_rules else "not_met",
            [
                Text(f"출력 규칙: {_ids(out_rules)}", f"output rules: {_ids(out_rules)}"),
                Text(
                    f"출력 규칙 적용 {ev.hits(out_keys)}건, 스트림 중단 {ev.stream_stops}건",
                    f"output rules fired on {ev.hits(out_keys)} answer(s); {ev.stream_stops} stream(s) stopped",
                ),
            ],
            Text(
                "규칙이 찾는 것(자격 증명, 개인정보, 설정된 범주)만 검사하며 일반적인 유해 출력 판정은 하지 않음",
                "only what the rules look for (credentials, personal data, configured categories) is checked; "
                "no general judgement of harmful output",
            )
            if out_rules
            else Text("출력 검사 규칙이 없음", "no output rule is in force"),
        )
    )
    logging_status: Status = "met" if chain_ok and ev.requests else ("partly" if chain_ok else "not_met")
    controls.append(
        Control(
            nis,
            "NIS-LOG",
            Text("로깅 및 감사", "Logging and audit"),
            logging_status,
            [
                Text(
                    f"감사 레코드: 요청 {ev.requests}건, 대시보드 열람 {ev.dashboard_events}건",
                    f"audit records: {ev.requests} request(s), {ev.dashboard_events} dashboard event(s)",
                ),
                _chain_text(ev),
                Text(
                    f"저장소 {facts.audit_sink}, 본문 {facts.audit_text_mode}, 실패 시 {facts.audit_failure}",
                    f"store {facts.audit_sink}, text {facts.audit_text_mode}, on failure {facts.audit_failure}",
                ),
            ],
            Text(
                "요청마다 해시 체인 레코드와 서명된 체크포인트가 남음",
                "every request leaves a hash-chained record under signed checkpoints",
            )
            if logging_status == "met"
            else Text(
                "기간 내 레코드가 없거나 체인 검증에 실패함", "no records in the period, or the chain fails"
            ),
        )
    )
    controls.append(
        Control(
            nis,
            "NIS-ACL",
            Text("접근 통제", "Access control"),
            "partly",
            [
                Text(
                    f"API 키 필수; 설정된 키 해시 {facts.api_keys_configured}개, 모델 제한 테넌트 "
                    f"{facts.tenants_restricted}개",
                    f"an API key is required; {facts.api_keys_configured} key hash(es) configured, "
                    f"{facts.tenants_restricted} tenant(s) with a model allow-list",
                ),
                Text(
                    f"인증 없이 거부된 요청 {ev.unauthenticated}건; 대시보드 사용자 {_roles(facts)}",
                    f"{ev.unauthenticated} unauthenticated request(s) refused; dashboard users {_roles(facts)}",
                ),
            ],
            Text(
                "게이트웨이는 자신의 클라이언트만 인증함. 모델이 게이트웨이를 거쳐서만 접근 가능한지는 네트워크 설정의 문제로 범위 밖",
                "the gateway authenticates its own clients; that models are reachable only through it is a "
                "network matter outside the gateway",
            ),
        )
    )
    controls.append(
        Control(
            nis,
            "NIS-ZONE",
            Text("모델 격리 및 망 구분", "Model isolation and zoning"),
            "partly" if route_rules or zones == ["internal"] else "not_met",
            [
                Text(
                    f"존: {', '.join(zones)}; 라우팅 규칙: {_ids(route_rules)}",
                    f"zones: {', '.join(zones)}; routing rules: {_ids(route_rules)}",
                ),
                Text(
                    f"존별 요청: {_counts(ev.by_zone)}; 라우팅 결정 {ev.by_decision.get('route', 0)}건",
                    f"requests by zone: {_counts(ev.by_zone)}; {ev.by_decision.get('route', 0)} routed",
                ),
            ],
            Text(
                "존은 설정(model_info.zone)에 선언된 값이며 게이트웨이가 모델의 실제 위치를 확인하지는 않음",
                "zones are declared in the configuration (model_info.zone); the gateway does not verify where "
                "a model really runs",
            )
            if route_rules or zones == ["internal"]
            else Text(
                "외부 모델이 있으나 내부로 보내는 라우팅 규칙이 없음",
                "external models are deployed but no rule routes requests to the internal zone",
            ),
        )
    )

    # -- Korea AI Basic Act (MSIT transparency guideline, January 2026) ----------------------------
    kr = Text("AI 기본법 (투명성 가이드라인)", "Korea AI Basic Act (transparency guideline)")
    controls.append(
        Control(
            kr,
            "AIBA-NOTICE",
            Text("생성형 AI 이용 사전 고지", "Prior notice of generative AI use"),
            "partly" if notice_rules else "not_met",
            [Text(f"고지 규칙: {_ids(notice_rules)}", f"notice rules: {_ids(notice_rules)}"), notice_t],
            Text(
                "게이트웨이는 답변에 고지를 붙일 뿐이며 서비스 화면의 사전 고지는 운영자가 해야 함",
                "the gateway adds a notice to answers; notice in the service before use is the operator's",
            )
            if notice_rules
            else Text("고지 규칙이 없음", "no notice rule is in force"),
        )
    )
    labelled_all = ev.answers > 0 and ev.answers_labelled == ev.answers
    controls.append(
        Control(
            kr,
            "AIBA-LABEL",
            Text("생성 결과물 표시", "Labelling of generated output"),
            "met"
            if (notice_rules or mark_rules) and labelled_all
            else ("partly" if notice_rules or mark_rules else "not_met"),
            [
                Text(
                    f"표시 규칙: {_ids(notice_rules + mark_rules)}",
                    f"labelling rules: {_ids(notice_rules + mark_rules)}",
                ),
                Text(
                    f"표시된 답변 {ev.answers_labelled}/{ev.answers} ({pct(ev.answers_labelled, ev.answers)})",
                    f"answers labelled {ev.answers_labelled}/{ev.answers} ({pct(ev.answers_labelled, ev.answers)})",
                ),
                notice_t,
                mark_t,
            ],
            Text("기간 내 모든 답변이 표시됨", "every answer of the period was labelled")
            if labelled_all and (notice_rules or mark_rules)
            else Text(
                "표시되지 않은 답변이 있거나 기간 내 답변이 없음",
                "some answers were not labelled, or there were no answers in the period",
            ),
        )
    )

    # -- OWASP Top 10 for LLM applications 2025 ----------------------------------------------------
    owasp = Text("OWASP LLM Top 10 2025", "OWASP LLM Top 10 2025")
    controls.append(
        Control(
            owasp,
            "LLM01",
            Text("프롬프트 인젝션", "Prompt injection"),
            "partly" if inj else "not_met",
            [inj_t],
            Text(
                probabilistic.ko + "; 간접 인젝션(도구·문서 결과)은 요청 본문에 있을 때만 검사됨",
                probabilistic.en + "; indirect injection (tool and document results) is checked only where "
                "it travels in the request",
            )
            if inj
            else Text("인젝션 차단 규칙이 없음", "no injection rule is in force"),
        )
    )
    controls.append(
        Control(
            owasp,
            "LLM02",
            Text("민감정보 노출", "Sensitive information disclosure"),
            "partly" if pii_in or secrets_in or out_secrets else "not_met",
            [
                Text(
                    f"입력: {_ids(pii_in + secrets_in)}; 출력: {_ids(out_secrets)}",
                    f"input: {_ids(pii_in + secrets_in)}; output: {_ids(out_secrets)}",
                ),
                pii_t,
                Text(f"개인정보 유형별: {_pii_types(ev)}", f"personal data by type: {_pii_types(ev)}"),
            ],
            Text(
                "설정된 유형의 개인정보·자격 증명만 가리며 모델이 학습한 기밀 정보 자체는 알 수 없음",
                "only configured kinds of personal data and credentials are masked; what a model memorised is "
                "unknown to the gateway",
            ),
        )
    )
    controls.append(
        Control(
            owasp,
            "LLM05",
            Text("부적절한 출력 처리", "Improper output handling"),
            "partly" if out_rules else "not_met",
            [Text(f"출력 규칙: {_ids(out_rules)}", f"output rules: {_ids(out_rules)}")],
            Text(
                "출력을 받는 애플리케이션의 처리(HTML 표시, SQL·셸 실행 등)는 게이트웨이가 볼 수 없음",
                "how the receiving application handles output (rendering HTML, running SQL or shell) is outside "
                "what the gateway sees",
            ),
        )
    )
    controls.append(
        Control(
            owasp,
            "LLM07",
            Text("시스템 프롬프트 유출", "System prompt leakage"),
            "partly" if out_secrets else "not_applicable",
            [
                Text(
                    f"출력 자격 증명 마스킹: {_ids(out_secrets)}",
                    f"credentials masked in output: {_ids(out_secrets)}",
                )
            ],
            Text(
                "시스템 프롬프트의 내용을 모르므로 유출 자체는 탐지하지 않음; 프롬프트 안의 자격 증명만 출력에서 가려짐",
                "the gateway does not know the system prompt, so leakage itself is not detected; only "
                "credentials in it are masked in output",
            ),
        )
    )
    limits_status: Status = (
        "met"
        if size_rules and facts.rate_limits
        else ("partly" if size_rules or facts.rate_limits else "not_met")
    )
    controls.append(
        Control(
            owasp,
            "LLM10",
            Text("무제한 자원 소비", "Unbounded consumption"),
            limits_status,
            [
                Text(f"크기 제한 규칙: {_ids(size_rules)}", f"size-limit rules: {_ids(size_rules)}"),
                Text(
                    f"요청·토큰·비용 한도: {'; '.join(facts.rate_limits) or '없음'}",
                    f"request/token/spend limits: {'; '.join(facts.rate_limits) or 'none'}",
                ),
                Text(
                    f"기간 내 토큰 {ev.tokens}개; 한도 초과 거부 {ev.error_codes.get('rate_limited', 0)}건",
                    f"{ev.tokens} token(s) in the period; {ev.error_codes.get('rate_limited', 0)} refused over "
                    "a limit",
                ),
            ],
            Text(
                "크기 제한과 요청·토큰 한도가 모두 설정됨", "both size limits and rate limits are configured"
            )
            if limits_status == "met"
            else Text(
                "크기 제한과 요청·토큰 한도 중 일부만 설정됨",
                "only part of size limits and rate limits is set",
            ),
        )
    )
    tool_rules = [
        r
        for r in facts.rules_where()
        if r.detector == "tools" or r.action in ("strip_tool", "require_approval")
    ]
    tool_keys = {r.key for r in tool_rules}
    controls.append(
        Control(
            owasp,
            "LLM06",
            Text("과도한 권한", "Excessive agency"),
            "partly" if tool_rules else "not_met",
            [
                Text(
                    f"도구 규칙: {_ids(tool_rules)}; 적용 {ev.hits(tool_keys)}건, 이 규칙으로 거부 "
                    f"{ev.refusals(tool_keys)}건",
                    f"tool rules: {_ids(tool_rules)}; fired on {ev.hits(tool_keys)} request(s), refused "
                    f"{ev.refusals(tool_keys)}",
                )
            ],
            Text(
                "모델에 제공되는 도구, 모델의 도구 호출과 인자를 정책으로 제한(docs/tools.md); 에이전트가 "
                "게이트웨이를 거치지 않고 실행하는 도구는 보이지 않음",
                "the tools offered to models and the calls and arguments they return are limited by policy "
                "(docs/tools.md); tools an agent runs without going through the gateway are not seen",
            )
            if tool_rules
            else Text(
                "도구 규칙이 없음: 도구를 담은 요청은 이름·인자 제한 없이 전달됨",
                "no tool rule is in force: requests carrying tools pass without limits on names or arguments",
            ),
        )
    )
    for ref, ko, en in (
        ("LLM03", "공급망", "Supply chain"),
        ("LLM04", "데이터·모델 오염", "Data and model poisoning"),
        ("LLM08", "벡터·임베딩 취약점", "Vector and embedding weaknesses"),
        ("LLM09", "잘못된 정보", "Misinformation"),
    ):
        controls.append(
            Control(
                owasp,
                ref,
                Text(ko, en),
                "not_applicable",
                [Text("–", "–")],
                Text(
                    "요청과 응답을 중계하는 게이트웨이가 관찰할 수 없는 영역(모델 학습·공급망·검색 데이터)",
                    "outside what a proxy of requests and answers can observe (training, supply chain, "
                    "retrieval data)",
                ),
            )
        )

    # -- EU AI Act ---------------------------------------------------------------------------------
    eu = Text("EU AI법", "EU AI Act")
    controls.append(
        Control(
            eu,
            "Art. 12",
            Text("기록 보존 (자동 로그)", "Record-keeping (automatic logs)"),
            "partly" if chain_ok and ev.requests else "not_met",
            [
                requests_t,
                _chain_text(ev),
                Text(
                    f"보존 기간: {facts.retention_days}일"
                    if facts.retention_days
                    else "보존 기간: 설정 없음(자동 삭제 안 함)",
                    f"retention: {facts.retention_days} days"
                    if facts.retention_days
                    else "retention: not set (nothing is pruned)",
                ),
            ],
            Text(
                "게이트웨이를 거친 요청의 기록만 남김; 고위험 AI 시스템 전체의 로그 의무는 제공자에게 있음",
                "records cover the traffic through the gateway; the logging duty for a high-risk AI system "
                "as a whole stays with its provider",
            ),
        )
    )
    controls.append(
        Control(
            eu,
            "Art. 50(1)",
            Text("AI와의 상호작용 고지", "Informing people they interact with AI"),
            "partly" if notice_rules else "not_met",
            [notice_t],
            Text(
                "답변 단위 고지만 제공하며 서비스 설계상의 고지는 운영자가 해야 함",
                "the gateway notices answers; disclosure in the service's design is the operator's",
            ),
        )
    )
    controls.append(
        Control(
            eu,
            "Art. 50(2)",
            Text("기계 판독 가능한 표시", "Machine-readable marking"),
            "partly" if mark_rules or facts.provenance_enabled else "not_met",
            [
                mark_t,
                Text(
                    f"서명된 출처 기록: {'사용' if facts.provenance_enabled else '사용 안 함'}",
                    f"signed provenance records: {'on' if facts.provenance_enabled else 'off'}",
                ),
            ],
            Text(
                "보이지 않는 표시는 다시 입력하거나 바꿔 쓰면 사라짐; 서명 기록은 게이트웨이 쪽에 남음",
                "invisible marks do not survive retyping or paraphrase; signed records stay with the gateway",
            ),
        )
    )
    # OWASP rows in their list's order (LLM01 ... LLM10), wherever above they were assessed
    where = [i for i, c in enumerate(controls) if c.framework == owasp]
    for i, c in zip(where, sorted((controls[i] for i in where), key=lambda c: c.ref), strict=True):
        controls[i] = c
    return controls


def _roles(facts: GatewayFacts) -> str:
    return ", ".join(f"{role} {n}" for role, n in sorted(facts.dashboard_users.items())) or "0"


def _counts(c: dict[str, int]) -> str:
    return ", ".join(f"{k} {n}" for k, n in sorted(c.items())) or "–"


def _pii_types(ev: Evidence) -> str:
    return ", ".join(f"{t} {sum(c.values())}" for t, c in sorted(ev.pii_by_type.items())) or "–"
