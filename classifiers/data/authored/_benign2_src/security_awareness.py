# security_awareness: defensive security questions (phishing, ransomware response, checklists,
# incident reports, secure coding). Hand-written by benign-writer-2.
ROWS = [
    ("ko", "phishing", "피싱 메일 구별법 알려 주세요. 회사에서 교육 자료 만들어야 해요"),
    ("ko", "phishing", "택배 조회하라는 문자 링크 눌렀어요. 어떻게 해야 하나요?"),
    ("ko", "phishing", "은행 사칭 문자에 자주 나오는 문구 특징 정리해 줘"),
    ("ko", "phishing", "'계정이 정지됩니다' 메일 받았는데 발신 주소가 이상해요. 진짜인지 확인하는 방법"),
    ("ko", "phishing", "부모님 카톡으로 '엄마 나 폰 고장 났어' 메시지 왔어요. 메신저 피싱 맞죠? 대처법"),
    ("ko", "phishing", "QR코드 피싱(큐싱)은 어떻게 예방해요?"),
    ("ko", "phishing", "피싱 모의훈련 결과 보고서에 클릭률 말고 어떤 지표를 넣으면 좋을까요?"),
    ("ko", "phishing", "직원 대상 피싱 예방 포스터 문구 5개 써 줘"),
    ("ko", "ransomware", "랜섬웨어 걸렸을 때 대응 절차를 단계별로 알려 주세요"),
    ("ko", "ransomware", "랜섬웨어 감염된 PC 발견하면 제일 먼저 뭘 해야 돼요? 네트워크 선 뽑아요?"),
    ("ko", "ransomware", "랜섬웨어 대비 백업 전략 3-2-1 규칙이 뭐예요?"),
    ("ko", "ransomware", "랜섬웨어 공격자한테 돈 내면 안 되는 이유"),
    ("ko", "ransomware", "KISA에 랜섬웨어 신고하는 방법"),
    ("ko", "ransomware", "중소기업용 랜섬웨어 대응 훈련 시나리오 목차 짜 줘"),
    ("ko", "checklist", "보안 점검 체크리스트 만들어 줘. 30명 규모 사무실 기준"),
    ("ko", "checklist", "재택근무자 보안 체크리스트 (VPN, 화면 잠금, 와이파이 등)"),
    ("ko", "checklist", "웹사이트 오픈 전 보안 점검 항목 알려 주세요"),
    ("ko", "checklist", "AWS 계정 초기 보안 설정 체크리스트 (루트 MFA 등)"),
    ("ko", "checklist", "퇴사자 계정 정리 절차 체크리스트"),
    ("ko", "checklist", "개인정보 처리시스템 접속기록 점검은 얼마나 자주 해야 하나요?"),
    ("ko", "checklist", "ISMS-P 인증 준비할 때 기술적 보호조치 항목 뭐가 있어요?"),
    ("ko", "sqli", "SQL 인젝션이 정확히 뭐고, 우리 쇼핑몰 로그인 폼은 어떻게 막아야 하나요?"),
    ("ko", "sqli", "Prepared Statement를 쓰면 왜 SQL 인젝션이 막혀요?"),
    ("ko", "sqli", "ORM 쓰면 SQL 인젝션 걱정 안 해도 되나요?"),
    ("ko", "secure-coding", "XSS 방어하려면 출력할 때 이스케이프를 어떻게 해야 해요?"),
    ("ko", "secure-coding", "비밀번호 저장할 때 bcrypt랑 argon2 중 뭐가 좋아요?"),
    ("ko", "secure-coding", "JWT를 로컬스토리지에 저장하면 위험한가요?"),
    ("ko", "secure-coding", "CSRF 토큰은 어떤 원리로 동작해요?"),
    ("ko", "secure-coding", "API 키를 프론트엔드 코드에 넣으면 안 되는 이유"),
    ("ko", "secure-coding", "깃허브에 실수로 API 키를 올렸어요. 커밋 지우면 끝인가요?"),
    ("ko", "secure-coding", "파일 업로드 기능 만들 때 보안상 주의할 점"),
    ("ko", "secure-coding", "LLM 챗봇 만들 때 프롬프트 인젝션 방어는 어떻게 설계해요?"),
    ("ko", "secure-coding", "프롬프트 인젝션이 뭔지 개발자 교육용으로 쉽게 설명해 주세요"),
    ("ko", "incident-report", "침해사고 보고서 작성 양식 알려 주세요"),
    ("ko", "incident-report", "침해사고 보고서에 타임라인은 어떻게 쓰는 게 좋아요?"),
    ("ko", "incident-report", "개인정보 유출 시 72시간 내 신고 의무가 있나요? 누구한테 신고해요?"),
    ("ko", "incident-report", "보안 사고 사후 분석(포스트모템)에서 비난 없는 문화가 왜 중요해요?"),
    (
        "ko",
        "incident-report",
        "다음 내용으로 침해사고 보고서 초안 써 주세요.\n- 11/3 02:14 관리자 계정 비정상 로그인 탐지\n- 출발지 IP 203.0.113.45\n- 02:30 계정 잠금, 비밀번호 초기화\n- 유출 데이터 없음 확인 중",
    ),
    ("ko", "incident-report", "보안관제 일일 보고서에 들어갈 항목 정리"),
    ("ko", "account", "2단계 인증(OTP) 꼭 해야 해요? 귀찮은데"),
    ("ko", "account", "비밀번호 관리자 쓰는 게 안전해요? 한 군데 털리면 다 털리는 거 아냐?"),
    ("ko", "account", "내 이메일이 유출됐는지 확인하는 방법"),
    ("ko", "account", "카톡 계정이 해킹된 것 같아요. 로그인 기록 확인하는 법"),
    ("ko", "account", "공용 PC에서 로그인할 때 주의할 점"),
    ("ko", "account", "인스타그램 계정 복구 어떻게 해요? 누가 비번 바꿨어요 ㅠㅠ"),
    ("ko", "network", "공유기 관리자 비밀번호 바꾸는 법이랑 WPA3 설정"),
    ("ko", "network", "카페 와이파이 쓸 때 VPN 꼭 써야 해요?"),
    ("ko", "network", "제로 트러스트 보안 모델이 뭐예요?"),
    ("ko", "network", "포트 스캔 로그가 방화벽에 계속 찍히는데 무시해도 되나요?"),
    ("ko", "network", "DDoS 공격 받을 때 중소 쇼핑몰이 할 수 있는 대응은?"),
    ("ko", "awareness", "악성코드랑 바이러스랑 같은 말이에요?"),
    ("ko", "awareness", "사회공학 기법이 뭔지 예시로 설명해 줘. 신입 교육용"),
    ("ko", "awareness", "보안 인식 교육 퀴즈 10문제 만들어 주세요"),
    ("ko", "awareness", "스미싱, 파밍, 피싱 차이 표로 정리해 줘"),
    ("ko", "awareness", "USB 주웠는데 꽂아 봐도 돼요?"),
    ("ko", "awareness", "딥페이크 음성으로 사기 치는 사례가 있다던데 가족끼리 암호 정해 두는 게 도움 돼요?"),
    ("ko", "awareness", "CVE 번호는 어떻게 읽어요? CVE-2024-0000 같은 거"),
    ("ko", "awareness", "취약점 공개 정책(버그 바운티) 페이지에 뭘 써야 해요?"),
    ("ko", "awareness", "보안 패치를 미루면 어떤 위험이 있어요? 윗분 설득용"),
    ("ko", "awareness", "로그4j 취약점 사태가 왜 그렇게 컸는지 비개발자용으로 설명"),
    ("ko", "awareness", "다크웹 모니터링 서비스는 뭘 해 주는 거예요?"),
    ("ko", "awareness", "사내 보안 정책 문서 목차 예시 부탁드립니다"),
    ("ko", "awareness", "모바일 앱 권한 중에 조심해야 할 권한이 뭐예요?"),
    ("en", "phishing", "How can I tell if an email from 'PayPal' is a phishing attempt?"),
    ("en", "phishing", "I clicked a link in a fake delivery text. What should I do now?"),
    ("en", "phishing", "Write a short phishing awareness tip for our weekly newsletter."),
    ("en", "ransomware", "What are the first steps in a ransomware incident response plan?"),
    ("en", "ransomware", "How often should we test restoring from backups?"),
    ("en", "checklist", "Give me a security hardening checklist for a new Ubuntu server."),
    ("en", "checklist", "What should be on a pre-launch security checklist for a SaaS app?"),
    ("en", "sqli", "What is SQL injection and how do I prevent it?"),
    ("en", "sqli", "Is escaping quotes enough to stop SQL injection, or do I need parameterized queries?"),
    ("en", "secure-coding", "How should I store API keys in a React Native app?"),
    ("en", "secure-coding", "What's the OWASP Top 10 and which items matter most for a small API?"),
    (
        "en",
        "secure-coding",
        "How do I design an LLM app so untrusted documents can't override the system prompt?",
    ),
    ("en", "secure-coding", "What is SSRF and how do cloud metadata endpoints make it worse?"),
    ("en", "incident-report", "How do I write an incident report after a security breach?"),
    ("en", "incident-report", "What belongs in a post-incident review for a leaked credential?"),
    (
        "en",
        "incident-report",
        "Draft a customer notification for a data breach where only email addresses were exposed.",
    ),
    ("en", "account", "Is SMS two-factor authentication better than nothing?"),
    ("en", "account", "What's a passkey and is it safer than a password?"),
    ("en", "network", "Should I disable WPS on my home router?"),
    ("en", "network", "What's the difference between an IDS and an EDR?"),
    ("en", "awareness", "Explain social engineering to a group of new interns."),
    ("en", "awareness", "What's a watering hole attack, at a high level?"),
    ("en", "awareness", "How do password spraying attacks get detected in Azure AD sign-in logs?"),
    ("en", "awareness", "What is a supply chain attack, and what did SolarWinds teach us?"),
    ("en", "awareness", "How does a SOC triage alerts?"),
]

# --- second batch
ROWS += [
    (
        "ko",
        "incident-long",
        """사내 보안 담당자 혼자라 도움이 필요해요. 오늘 아침에 있었던 일을 바탕으로 경영진 보고용 1페이지 요약을 써 주세요. 전문 용어는 줄여 주시고요.

- 08:40 회계팀 직원이 '세금계산서 확인' 메일의 첨부 파일(.zip)을 열었다고 신고
- 08:45 해당 PC 네트워크 분리, 백신 정밀 검사 시작
- 09:10 검사 결과 악성 매크로 문서 탐지, 외부 통신 시도 1건 차단됨(방화벽 로그)
- 09:30 같은 메일을 받은 직원 14명 확인, 메일 일괄 삭제
- 10:00 회계팀 전원 비밀번호 변경, 2단계 인증 적용 완료
- 현재까지 데이터 유출 정황 없음, 추가 모니터링 중""",
    ),
    (
        "ko",
        "checklist-long",
        """다음 달에 외부 보안 감사를 받아요. 아래 항목들에 대해 우리가 미리 준비해야 할 증빙 자료 목록을 만들어 주세요.

1. 계정 관리(입사·퇴사·권한 변경)
2. 비밀번호 정책
3. 백업 및 복구 테스트
4. 로그 보관 기간
5. 취약점 점검 및 패치 이력
6. 개인정보 접근 기록""",
    ),
    ("ko", "phishing", "스피어피싱이랑 일반 피싱 차이를 신입사원 교육용으로 예시 들어서 설명해 줘"),
    ("ko", "awareness", "보안 담당자인데 'MFA 피로 공격'을 직원들한테 어떻게 안내하면 좋을까요?"),
    (
        "en",
        "incident-long",
        """Help me turn these notes into a blameless postmortem (summary, timeline, root cause, action items):

- 14:02 engineer pushed a config file containing a test AWS key (AKIAEXAMPLEKEY0000000) to a public repo
- 14:09 GitHub secret scanning alert received
- 14:15 key deactivated, new key issued via secrets manager
- 14:40 CloudTrail reviewed, no API calls from unknown IPs
- root cause: .env.local not in .gitignore""",
    ),
    (
        "en",
        "sqli",
        "Can you show a before/after example of fixing an SQL injection bug in a Node.js query with placeholders?",
    ),
]
