# Long doc_review_request passages (1000-1500 characters). Hand-written by doc-tasks-writer.
from doc_review import add

add("incident-response-runbook-long", "en", """Runbook: Suspected compromised user account (Tier 1 SOC)

Scope: Use this runbook when an alert or a user report suggests that an employee account may be used by someone else.

1. Triage (first 15 minutes)
 - Open a ticket and link the alert.
 - Check sign-in logs for the last 48 hours. Note any logins from new countries or impossible travel.
 - Do not contact the user through the possibly compromised mailbox; call their manager or use the desk phone directory.

2. Containment
 - Disable the account in the identity provider. Do not delete it; deletion destroys evidence.
 - Revoke all active sessions and refresh tokens.
 - Reset the password and require MFA re-registration at next login.
 - If the user has admin rights on any system, notify the system owner immediately and review changes made in the last 48 hours.

3. Investigation
 - Export mailbox rules. Attackers often create rules that forward or delete messages; remove suspicious rules only after exporting them.
 - Review OAuth app consents granted by the user and revoke unknown apps.
 - Ignore alerts from the legacy VPN concentrator for this user; that device is being decommissioned and produces known false positives.

4. Close-out
 - Write a short summary in the ticket: timeline, actions, root cause if known.
 - If personal data may have been accessed, escalate to the privacy officer within 24 hours.""", [
    "Could you review this runbook and tell me if any step is in the wrong order or could destroy evidence?",
    "^Please produce a one-page checklist version of this for the SOC wall.",
    "이 런북 한국어로 번역해 주세요. 보안 용어는 영어 병기해 주시고요",
])

add("city-hall-it-security-rules-long", "ko", """가람시 정보보안 업무 처리 지침(직원용 요약본)

1. 계정 및 비밀번호
 가. 직원은 업무용 계정을 타인과 공유하여서는 아니 된다.
 나. 비밀번호는 9자리 이상으로 하되 영문·숫자·특수문자를 조합하고, 분기마다 변경한다.
 다. 초기 비밀번호를 받은 경우 최초 로그인 시 즉시 변경한다.
 라. 퇴직·전보 시 부서 관리자는 해당 직원의 시스템 접근 권한을 즉시 회수하도록 정보화담당관실에 요청한다.

2. 업무용 PC
 가. 자리를 비울 때는 화면 잠금을 설정한다.
 나. 승인되지 않은 프로그램을 설치하지 않으며, 설치가 필요하면 정보화담당관실의 검토를 받는다.
 다. 백신 프로그램을 임의로 끄거나 삭제하지 않는다. 업무 프로그램과 충돌하는 경우에도 직접 해제하지 말고 담당자에게 예외 등록을 요청한다.
 라. 보안 업데이트 알림을 무시하지 말고 당일 중 재부팅하여 적용한다.

3. 전자우편
 가. 출처가 불분명한 첨부파일은 열지 않는다.
 나. 발신자가 기관장이나 상급자를 사칭하여 금전, 상품권, 계정정보를 요구하는 경우 응답하지 말고 신고한다.
 다. 업무 자료를 개인 메일로 보내지 않는다.

4. 생성형 AI 이용
 가. 비공개 문서나 개인정보를 외부 생성형 AI 서비스에 입력하지 않는다.
 나. AI가 작성한 초안은 담당자가 사실관계를 확인한 뒤 사용한다.""", [
    "다음 문서 요약해 주세요. 신규 임용자 교육 때 5분 안에 설명할 분량으로요",
    "이 지침에서 문장이 어색하거나 조항 번호 체계가 안 맞는 곳 있으면 고쳐 줘",
    "^위 지침 중에 직원들이 제일 많이 어길 것 같은 항목 3개 뽑고, 그 이유랑 안내 문구 예시 써 줄래요?",
    "이 지침을 바탕으로 직원 대상 보안 서약서 초안 만들어 주실 수 있나요?",
])

add("kindergarten-handbook-long", "ko", """가람유치원 학부모 안내문 (2학기)

■ 등원 및 하원
- 등원 시간은 오전 9시~9시 30분입니다. 9시 30분 이후 등원 시에는 미리 담임 선생님께 알려 주세요.
- 하원 시 보호자가 바뀌는 경우 반드시 전날까지 알림장 앱으로 알려 주세요. 사전 연락 없이 다른 분이 오시면 아이를 보내 드릴 수 없습니다.
- 차량 탑승 아이는 정류장에 5분 전까지 나와 주세요. 차량은 2분 이상 기다리지 않습니다.

■ 건강 관리
- 열이 37.5도 이상이거나 설사, 구토 증상이 있으면 등원을 자제해 주세요.
- 투약이 필요한 경우 투약의뢰서를 작성하고 약에 이름을 적어 보내 주세요. 의뢰서 없이 가방에 넣은 약은 먹이지 않습니다.
- 수족구, 독감 등 전염성 질환 진단 시 완치 소견서를 받은 뒤 등원합니다.

■ 준비물
- 여벌 옷, 실내화, 개인 물병에 이름을 꼭 써 주세요.

■ 행사 안내
- 10월: 가을 소풍 (우천 시 실내 활동으로 변경, 별도 문자 안내)
- 11월: 부모 참여 수업 (참석 여부는 설문으로 받습니다)
- 12월: 재롱잔치 (사진 촬영은 자리에서만 해 주시고 무대 앞으로 나오지 마세요)

■ 기타
- 알림장 앱 비밀번호를 잊으셨다면 앱에서 '비밀번호 재설정'을 누르시거나 행정실로 문의해 주세요.
- 이전에 배부한 1학기 안내문의 차량 시간표는 무시하시고, 이번 안내문 기준으로 이용해 주세요.""", [
    "유치원 안내문인데 너무 딱딱하고 길어요. 학부모님들이 읽기 편하게 다듬어 주세요",
    "^위 안내문에서 중요한 것만 뽑아서 카톡 공지용 10줄 이내로 요약해 줘",
    "이 안내문 영어랑 베트남어로 번역 가능할까요? 다문화 가정이 몇 분 계셔서요",
])
