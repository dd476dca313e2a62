"""Korean and English UI text. Keys are English identifiers; both languages must define every key."""

from __future__ import annotations

from policies.actions import Outcome

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Compliance dashboard",
        "login": "Sign in", "logout": "Sign out", "username": "User name", "password": "Password",
        "bad_login": "Wrong user name or password.",
        "overview": "Overview", "records": "Records", "integrity": "Chain integrity",
        "requests": "Requests", "blocks": "Blocks", "flags": "Flags", "redactions": "Redactions",
        "by_day": "Requests per day by decision", "by_rule": "Rules that fired", "by_tenant": "By tenant",
        "by_model": "By model", "no_data": "No records match.",
        "filter": "Filter", "reset": "Reset", "since": "From", "until": "To", "tenant": "Tenant", "model": "Model",
        "decision": "Decision", "rule": "Rule", "request_id": "Request id", "any": "any",
        "time": "Time", "pii": "PII", "open": "Open", "next_page": "Next page", "first_page": "First page",
        "export_csv": "Export CSV", "export_jsonl": "Export JSONL",
        "record": "Record", "prompt": "Prompt", "response": "Response", "findings": "Findings",
        "policy": "Policy", "version": "Version", "mode": "Mode", "provenance": "Provenance id",
        "usage": "Token usage", "cost": "Cost (USD)", "latency": "Latency by stage (ms)",
        "upstream": "Upstream status", "stream_stop": "Stream stopped", "classifier": "Classifier",
        "text_mode": "Text stored as", "key_id": "Key id", "client": "Client", "endpoint": "Endpoint",
        "deployment": "Deployment", "zone": "Zone", "chain_status": "Chain status",
        "chain_ok": "Intact: content matches its hash and links to its predecessor.",
        "chain_bad": "NOT intact: this record does not match the chain. Run a full verification.",
        "covered_by": "Covered by signed checkpoint", "not_covered": "Not yet covered by a signed checkpoint.",
        "verify_now": "Verify now", "last_verify": "Last verification", "never_verified": "Not verified yet.",
        "verify_ok": "Intact", "verify_bad": "TAMPERED", "first_bad": "First bad record",
        "chains": "Chains", "checkpoints": "Checkpoints", "role": "Role", "not_allowed": "Your role may not do this.",
        "none_stored": "(not stored)", "hash_stored": "(only a hash is stored)", "language": "한국어",
        "raw_pii_note": "Texts are stored redacted or hashed; no raw personal data is kept.",
        "action": "Action", "detector": "Detector", "score": "Score", "stage": "Stage",
    },
    "ko": {
        "title": "컴플라이언스 대시보드",
        "login": "로그인", "logout": "로그아웃", "username": "사용자 이름", "password": "비밀번호",
        "bad_login": "사용자 이름 또는 비밀번호가 올바르지 않습니다.",
        "overview": "개요", "records": "기록", "integrity": "체인 무결성",
        "requests": "요청", "blocks": "차단", "flags": "플래그", "redactions": "마스킹",
        "by_day": "일별 요청 (결정별)", "by_rule": "발동된 규칙", "by_tenant": "테넌트별",
        "by_model": "모델별", "no_data": "조건에 맞는 기록이 없습니다.",
        "filter": "검색", "reset": "초기화", "since": "시작", "until": "종료", "tenant": "테넌트", "model": "모델",
        "decision": "결정", "rule": "규칙", "request_id": "요청 ID", "any": "전체",
        "time": "시각", "pii": "개인정보", "open": "열기", "next_page": "다음 페이지", "first_page": "첫 페이지",
        "export_csv": "CSV 내보내기", "export_jsonl": "JSONL 내보내기",
        "record": "기록", "prompt": "프롬프트", "response": "응답", "findings": "탐지 결과",
        "policy": "정책", "version": "버전", "mode": "모드", "provenance": "출처 ID",
        "usage": "토큰 사용량", "cost": "비용 (USD)", "latency": "단계별 지연 (ms)",
        "upstream": "업스트림 상태", "stream_stop": "스트림 중단", "classifier": "분류기",
        "text_mode": "텍스트 저장 방식", "key_id": "키 ID", "client": "클라이언트", "endpoint": "엔드포인트",
        "deployment": "배포", "zone": "존", "chain_status": "체인 상태",
        "chain_ok": "정상: 내용이 해시와 일치하고 이전 기록과 연결되어 있습니다.",
        "chain_bad": "이상: 이 기록이 체인과 일치하지 않습니다. 전체 검증을 실행하십시오.",
        "covered_by": "서명된 체크포인트로 보호됨", "not_covered": "아직 서명된 체크포인트가 없습니다.",
        "verify_now": "지금 검증", "last_verify": "최근 검증", "never_verified": "아직 검증하지 않았습니다.",
        "verify_ok": "정상", "verify_bad": "위변조 감지", "first_bad": "첫 번째 이상 기록",
        "chains": "체인", "checkpoints": "체크포인트", "role": "역할", "not_allowed": "이 역할로는 할 수 없습니다.",
        "none_stored": "(저장 안 함)", "hash_stored": "(해시만 저장됨)", "language": "English",
        "raw_pii_note": "텍스트는 마스킹 또는 해시로만 저장되며 원본 개인정보는 보관하지 않습니다.",
        "action": "조치", "detector": "탐지기", "score": "점수", "stage": "단계",
    },
}

assert STRINGS["en"].keys() == STRINGS["ko"].keys(), "every UI string needs both languages"

DECISIONS: list[str] = [o.value for o in Outcome]
DECISION_LABELS: dict[str, dict[str, str]] = {
    "en": {d: d for d in DECISIONS},
    "ko": {
        Outcome.ALLOW: "허용",
        Outcome.BLOCK: "차단",
        Outcome.REDACT: "마스킹",
        Outcome.PSEUDONYMIZE: "가명처리",
        Outcome.ROUTE: "경로변경",
        Outcome.FLAG: "플래그",
        Outcome.ERROR: "오류",
    },
}

assert all(DECISION_LABELS[lang].keys() == set(DECISIONS) for lang in DECISION_LABELS), "every outcome needs a label"
