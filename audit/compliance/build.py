"""Assemble the report's content (:class:`Document`) from the gateway's facts and the period's evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from audit.compliance.controls import Control, assess, pct
from audit.compliance.document import Document, Lang, Section, Status, Table, Text
from audit.compliance.evidence import Evidence
from audit.compliance.facts import GatewayFacts

STATUS_LABELS: dict[Status, Text] = {
    "met": Text("충족", "met"),
    "partly": Text("부분 충족", "partly"),
    "not_met": Text("미충족", "not met"),
    "not_applicable": Text("해당 없음", "not applicable"),
}

DECISION_LABELS: dict[str, Text] = {
    "allow": Text("허용", "allowed"),
    "block": Text("거부", "refused"),
    "redact": Text("가림", "redacted"),
    "pseudonymize": Text("가명 처리", "pseudonymized"),
    "route": Text("내부 라우팅", "routed"),
    "flag": Text("표시", "flagged"),
    "error": Text("오류", "error"),
}


KEY_ROLES: dict[str, Text] = {
    "audit": Text("감사 체크포인트 서명 (audit.signing_key)", "audit checkpoints (audit.signing_key)"),
    "provenance": Text(
        "출처 기록 서명 (provenance.signing_key)", "provenance records (provenance.signing_key)"
    ),
}


def _local(ts: str | datetime | None, tz: ZoneInfo) -> str:
    if ts is None:
        return "–"
    dt = ts if isinstance(ts, datetime) else datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return dt.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S %Z")


def build_document(
    facts: GatewayFacts,
    ev: Evidence,
    *,
    lang: Lang,
    tz: ZoneInfo,
    generated_at: datetime,
    signing_key_id: str,
) -> Document:
    """The whole report in ``lang``; times shown in ``tz``."""

    def t(ko: str, en: str) -> str:
        return ko if lang == "ko" else en

    controls = assess(facts, ev)
    tally = Counter(c.status for c in controls)
    status_labels: dict[str, str] = {k: v(lang) for k, v in STATUS_LABELS.items()}
    chain = ev.chain
    chain_line = (
        t("검증되지 않음", "not verified")
        if chain is None
        else t("이상 없음", "intact")
        if chain.ok
        else t(f"변조 발견: {chain.first_problem}", f"TAMPERED: {chain.first_problem}")
    )

    meta = [
        (t("기간", "Period"), f"{_local(ev.since, tz)} – {_local(ev.until, tz)}"),
        (t("작성 시각", "Generated"), _local(generated_at, tz)),
        (t("설정 파일", "Configuration"), f"{facts.config_file} (sha256 {facts.config_sha256 or '–'})"),
        (t("게이트웨이 버전", "Gateway version"), facts.gateway_version),
        (t("보고서 서명 키", "Report signing key"), f"Ed25519 {signing_key_id}"),
    ]

    summary = Section(
        t("1. 요약", "1. Summary"),
        [
            t(
                f"기간 내 요청 {ev.requests}건(거부 {ev.refused()}건), 감사 체인: {chain_line}. "
                f"통제 {len(controls)}개 중 충족 {tally['met']}, 부분 충족 {tally['partly']}, "
                f"미충족 {tally['not_met']}, 해당 없음 {tally['not_applicable']}.",
                f"{ev.requests} request(s) in the period ({ev.refused()} refused); audit chain: {chain_line}. "
                f"Of {len(controls)} controls: {tally['met']} met, {tally['partly']} partly, "
                f"{tally['not_met']} not met, {tally['not_applicable']} not applicable.",
            ),
            t(
                "모든 수치는 이 기간의 감사 레코드에서 보고서 작성 시점에 계산했습니다. 개인정보 값 자체는 "
                "감사 레코드에도 이 보고서에도 없으며 유형과 개수만 있습니다.",
                "Every figure was computed from the period's audit records when the report was generated. "
                "No personal data value is in the audit records or in this report: only types and counts.",
            ),
        ],
    )

    deployed = Section(
        t("2. 배포 현황", "2. What is deployed"),
        [
            Table(
                [
                    t("모델 별칭", "Alias"),
                    t("배포 ID", "Deployment"),
                    t("모델", "Model"),
                    t("존", "Zone"),
                    t("라이선스", "Licence"),
                    t("기간 내 요청", "Requests"),
                ],
                [
                    [
                        m.alias,
                        m.deployment,
                        m.model,
                        m.zone,
                        f"{m.license or '–'}" + (f" ({m.license_name})" if m.license_name else ""),
                        str(ev.by_deployment.get(m.deployment, 0)),
                    ]
                    for m in facts.models
                ],
                [1.2, 1.2, 2.2, 0.9, 1.8, 0.9],
            )
        ],
    )
    other = sorted(set(ev.by_deployment) - {m.deployment for m in facts.models})
    if other:
        deployed.blocks.append(
            t(
                f"현재 설정에 없는 배포로 처리된 요청: {', '.join(f'{d} {ev.by_deployment[d]}' for d in other)}",
                f"Requests served by deployments not in the current configuration: "
                f"{', '.join(f'{d} {ev.by_deployment[d]}' for d in other)}",
            )
        )

    current_seen = any(v.version == facts.policy_version for v in ev.versions)
    policies = Section(
        t("3. 적용 정책", "3. Policies in force"),
        [
            t(
                f"현재 정책 세트 버전 {facts.policy_version} (정책 파일 내용의 해시). 파일별 SHA-256:",
                f"Current policy set version {facts.policy_version} (a hash of the policy files' contents). "
                "SHA-256 of each file:",
            ),
            Table(
                [t("정책", "Policy"), t("파일", "File"), t("담당", "Owner"), t("모드", "Mode"), "SHA-256"],
                [[p.name, Path(p.file).name, p.owner or "–", p.mode, p.sha256] for p in facts.policies],
                [1.3, 1.5, 0.9, 0.8, 3.7],
            ),
            t(
                "기간 중 요청에 기록된 정책 버전(처음·마지막으로 기록된 시각):",
                "Policy versions recorded on the period's requests (first and last seen):",
            ),
            Table(
                [
                    t("버전", "Version"),
                    t("처음", "First seen"),
                    t("마지막", "Last seen"),
                    t("요청", "Requests"),
                    t("현재 파일과 같음", "Current files"),
                ],
                [
                    [
                        v.version,
                        _local(v.first, tz),
                        _local(v.last, tz),
                        str(v.requests),
                        t("예", "yes") if v.version == facts.policy_version else t("아니오", "no"),
                    ]
                    for v in ev.versions
                ],
                [1.5, 2.0, 2.0, 0.8, 1.2],
            ),
            t(
                "재적재(reload) 이력: 감사 저장소는 정책 재적재 사건 자체를 기록하지 않습니다. 위 표는 요청에 "
                "기록된 버전으로 재구성한 것이므로, 요청이 없는 사이에 일어난 재적재나 실패한 재적재는 나타나지 "
                "않습니다(게이트웨이 로그에 남음). 이전 버전의 파일 내용은 버전 해시로만 식별됩니다.",
                "Reload history: the audit store does not record policy reload events themselves. The table "
                "above is rebuilt from the versions recorded on requests, so a reload with no request in "
                "between, or a failed reload, does not appear (the gateway's log has those). Earlier versions' "
                "file contents are identified by their version hash only.",
            ),
        ],
    )
    if ev.versions and not current_seen:
        policies.blocks.append(
            t(
                "주의: 현재 정책 파일의 버전은 이 기간의 어떤 요청에도 기록되지 않았습니다. 기간 이후 정책이 "
                "바뀌었을 수 있습니다.",
                "Note: the current policy files' version is not recorded on any request of this period; the "
                "policies may have changed since.",
            )
        )

    control_rows = [
        [
            c.framework(lang),
            c.ref,
            c.title(lang),
            c.status,
            "\n".join(e(lang) for e in c.evidence),
            c.reason(lang),
        ]
        for c in controls
    ]
    control_section = Section(
        t("4. 통제 항목과 증거", "4. Controls and evidence"),
        [
            t(
                "판정 기준: '충족'은 게이트웨이가 스스로 전부 수행하고 감사 기록이 이를 보여 줄 때만, 놓칠 수 있는 "
                "탐지는 '부분 충족'(사유 기재), 설정에 없는 것은 '미충족', 게이트웨이가 관찰할 수 없는 것은 "
                "'해당 없음'입니다.",
                "How statuses are given: 'met' only where the gateway does the whole thing itself and the audit "
                "shows it; detection that can miss is 'partly' (with the reason); what the configuration lacks "
                "is 'not met'; what a gateway cannot observe is 'not applicable'.",
            ),
            Table(
                [
                    t("기준", "Framework"),
                    t("항목", "Ref"),
                    t("통제", "Control"),
                    t("판정", "Status"),
                    t("증거 (기간 수치)", "Evidence (figures for the period)"),
                    t("사유", "Reason"),
                ],
                control_rows,
                [1.3, 0.9, 1.4, 0.9, 3.2, 2.5],
                status_column=3,
            ),
        ],
    )

    figures = _figures(ev, t, lang)
    keys = Section(
        t("6. 키 지문", "6. Key fingerprints"),
        [
            t(
                "키 ID는 Ed25519 공개키(32바이트)의 SHA-256 앞 16자리입니다.",
                "A key id is the first 16 hex digits of SHA-256 over the raw 32-byte Ed25519 public key.",
            ),
            Table(
                [t("용도", "Role"), t("키 ID", "Key id")],
                [
                    [KEY_ROLES.get(role, Text(role, role))(lang), kid]
                    for role, kid in sorted(facts.key_ids.items())
                ]
                + [[t("보고서 서명", "report signature"), signing_key_id]]
                + [
                    [t("체크포인트 서명(저장소)", "checkpoints in the store"), kid]
                    for kid in sorted(ev.checkpoint_keys)
                ],
                [2.0, 2.0],
            ),
        ],
    )
    scope = Section(
        t("7. 범위와 한계, 서명 확인", "7. Scope, limits and verifying this report"),
        [
            t(
                "게이트웨이가 다루지 않는 것: 모델 자체의 학습·평가, 서비스 화면의 사전 고지, 출력을 받는 "
                "애플리케이션의 처리, 게이트웨이를 우회하는 접근의 차단(네트워크), 시스템 프롬프트 내용의 유출 판단.",
                "What the gateway does not cover: the models' own training and evaluation, notice in the "
                "service's own screens, how applications handle output, stopping access that bypasses the "
                "gateway (a network matter), and judging leakage of system prompt contents.",
            ),
            t(
                f"이 파일은 Ed25519 키 {signing_key_id}로 서명되었으며 서명은 같은 폴더의 '<파일 이름>.sig'에 "
                "있습니다. 확인: safety-gateway compliance verify <파일> --key <공개키.pem> 또는 OpenSSL "
                "(docs/compliance-report.md).",
                f"This file is signed with Ed25519 key {signing_key_id}; the signature is in '<file name>.sig' "
                "beside it. Verify with: safety-gateway compliance verify <file> --key <public.pem>, or with "
                "OpenSSL (docs/compliance-report.md).",
            ),
        ],
    )
    return Document(
        lang,
        t("AI 게이트웨이 준법 보고서", "AI gateway compliance report"),
        meta,
        [summary, deployed, policies, control_section, figures, keys, scope],
        status_labels,
    )


def _figures(ev: Evidence, t: Callable[[str, str], str], lang: Lang) -> Section:
    blocks: list[str | Table] = []
    blocks.append(
        Table(
            [t("결정", "Decision"), t("요청", "Requests"), t("비율", "Share")],
            [
                [DECISION_LABELS.get(d, Text(d, d))(lang) + f" ({d})", str(n), pct(n, ev.requests)]
                for d, n in sorted(ev.by_decision.items(), key=lambda kv: (-kv[1], kv[0]))
            ]
            + [[t("합계", "Total"), str(ev.requests), pct(ev.requests, ev.requests)]],
            [2.0, 1.0, 1.0],
        )
    )
    blocks.append(t("규칙별 거부:", "Refusals by rule:"))
    refusal_rows = [
        [k, str(n)] for k, n in sorted(ev.refusals_by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    if ev.refusals_without_rule:
        refusal_rows.append(
            [
                t("(규칙 기록 없음: 오류·검사 실패)", "(no rule recorded: errors, failed checks)"),
                str(ev.refusals_without_rule),
            ]
        )
    blocks.append(Table([t("규칙", "Rule"), t("거부", "Refusals")], refusal_rows or [["–", "0"]], [3.0, 1.0]))
    blocks.append(
        t(
            "유형별 개인정보(요청·방향마다 값 하나를 한 번 셈):",
            "Personal data by type (each value counted once per request and direction):",
        )
    )
    blocks.append(
        Table(
            [t("유형", "Type"), t("입력", "Input"), t("출력", "Output"), t("합계", "Total")],
            [
                [k, str(c.get("input", 0)), str(c.get("output", 0)), str(sum(c.values()))]
                for k, c in sorted(ev.pii_by_type.items())
            ]
            or [["–", "0", "0", "0"]],
            [2.0, 1.0, 1.0, 1.0],
        )
    )
    blocks.append(
        Table(
            [t("항목", "Figure"), t("값", "Value")],
            [
                [t("생성 답변", "Generated answers"), str(ev.answers)],
                [
                    t("표시된 답변(고지 또는 워터마크)", "Answers labelled (notice or watermark)"),
                    f"{ev.answers_labelled} ({pct(ev.answers_labelled, ev.answers)})",
                ],
                [t("고지", "Notice"), f"{ev.answers_notice} ({pct(ev.answers_notice, ev.answers)})"],
                [
                    t("고지 방식별 답변", "Answers by notice mode"),
                    ", ".join(f"{k} {n}" for k, n in sorted(ev.notice_modes.items())) or "–",
                ],
                [
                    t("워터마크", "Watermark"),
                    f"{ev.answers_watermark} ({pct(ev.answers_watermark, ev.answers)})",
                ],
                [t("중단된 스트림", "Streams stopped"), str(ev.stream_stops)],
                [t("인증 실패", "Unauthenticated"), str(ev.unauthenticated)],
                [t("토큰 합계", "Tokens"), str(ev.tokens)],
                [t("대시보드 열람·내보내기", "Dashboard events"), str(ev.dashboard_events)],
                [
                    t("오류 코드", "Error codes"),
                    ", ".join(f"{k} {n}" for k, n in sorted(ev.error_codes.items())) or "–",
                ],
            ],
            [3.0, 2.0],
        )
    )
    return Section(t("5. 기간 수치", "5. Figures for the period"), blocks)


__all__ = ["Control", "STATUS_LABELS", "build_document"]
