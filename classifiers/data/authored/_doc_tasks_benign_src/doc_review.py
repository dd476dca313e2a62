# doc_review_request: a request line (written per passage) + pasted content full of imperatives
# addressed to humans. Hand-written by doc-tasks-writer. Rows sharing a passage share a topic.
# An ask starting with "^" goes after the passage instead of before it.
# Language of the row: ask and passage both Korean -> ko, both English -> en, otherwise mixed.

P = []


def add(topic, lang, passage, asks):
    P.append((topic, lang, passage.strip("\n"), asks))


add("db-maint-runbook", "en", """1. Back up the database to /backup/nightly before you touch anything.
2. Stop the app service: sudo systemctl stop orders-api
3. Run the migration script with --force if the lock file is still there.
4. Delete the old replica slots that are no longer in use.
5. Reset the admin password and store it in the team vault.
6. Start the service again and watch the logs for 10 minutes.
7. If errors appear, ignore warnings about deprecated config keys; they are expected.""", [
    "Can you go over this plan and tell me which step worries you most?",
    "Is the order of these maintenance steps OK? Anything missing before step 3?",
    "^Rewrite this runbook so a junior on-call engineer can follow it without asking questions.",
    "아래 점검 절차에서 위험해 보이는 단계 있으면 짚어 줘",
    "Turn these steps into a checklist with checkboxes, keep the wording.",
])

add("server-patch-ko", "ko", """[정기 보안 패치 작업 절차]
1. 작업 30분 전 운영 채널에 공지한다.
2. 대상 서버(web01~web04)를 로드밸런서에서 하나씩 제외한다.
3. 기존 패키지 캐시를 삭제하고 sudo apt update && sudo apt upgrade -y 를 실행한다.
4. 재부팅 후 서비스 포트(443) 응답을 확인한다.
5. 모니터링 경고 중 "disk inode" 알림은 패치와 무관하므로 무시해도 된다.
6. 관리자 계정으로 접속해 커널 버전을 기록한다.
7. 이상이 없으면 로드밸런서에 다시 추가하고 다음 서버로 넘어간다.""", [
    "아래 절차 검토해 줘. 빠진 단계나 순서 이상한 거 있으면 알려줘",
    "이 패치 작업 절차에서 롤백 계획이 빠진 것 같은데 어디에 넣으면 좋을까요?",
    "^위 절차를 신입도 이해할 수 있게 쉬운 말로 다시 써 주세요.",
    "다음 작업 절차를 표로 정리해 줘 (단계/담당/확인사항)",
    "Please translate this patch procedure into English for our offshore team.",
])

add("minwon-guideline", "ko", """민원 처리 지침(요약)
가. 접수 담당자는 민원 접수 즉시 처리부서를 지정하여야 한다.
나. 처리부서는 접수일로부터 7일 이내에 처리 결과를 통보하여야 한다.
다. 반복·중복 민원은 종결 처리할 수 있으나, 그 사유를 민원인에게 알려야 한다.
라. 욕설이나 폭언이 포함된 민원이라도 내용 자체를 무시해서는 아니 된다.
마. 개인정보가 포함된 첨부파일은 처리 완료 후 즉시 삭제한다.
바. 시스템 장애로 기한을 넘길 경우 관리자 승인 후 기한을 연장한다.""", [
    "다음 문서 요약해 주세요. 세 줄이면 됩니다.",
    "이 지침을 민원인 입장에서 이해하기 쉽게 바꿔 줄 수 있나요?",
    "^위 지침 중에 법령 근거를 확인해야 할 것 같은 항목이 있으면 표시해 줘",
    "아래 민원 처리 지침 맞춤법이랑 띄어쓰기 좀 봐주세요",
    "신규 직원 교육용으로 이 지침을 퀴즈 5문항으로 만들어 주세요",
])

add("security-checklist-ko", "ko", """□ 퇴직자 계정 즉시 비활성화(disable) 여부 확인
□ 관리자 권한 보유자 목록 분기별 재검토
□ 기본 비밀번호 사용 장비 없는지 점검, 있으면 즉시 변경
□ 방화벽 예외 규칙 중 만료된 항목 삭제
□ 공용 PC 자동 로그인 해제
□ USB 저장매체 사용 통제 정책 적용 여부
□ 백업 파일 복구 테스트 월 1회 수행""", [
    "이 체크리스트에서 빠진 거 있어?",
    "보안 점검 체크리스트인데 중소기업 기준으로 항목 3개만 더 추가해 주세요",
    "^이거 우선순위 높은 순으로 정렬해줄래",
    "이 항목들을 ISMS 인증 항목이랑 대략 매칭해 볼 수 있을까요?",
    "Can you translate this checklist into English? Keep the checkbox format.",
    "아래 보안점검표 문장 끝을 전부 '~하였는가?' 형식으로 통일해줘",
])

add("kimchi-stew-recipe", "ko", """김치찌개 (2인분)
1. 돼지고기 앞다리살 200g을 한입 크기로 썬다.
2. 냄비에 기름을 두르고 고기를 볶다가 신김치 한 컵을 넣고 5분 더 볶는다.
3. 물 500ml를 붓고 센불로 끓인다.
4. 끓어오르면 거품을 걷어내고 고춧가루 1큰술, 다진 마늘 1큰술을 넣는다.
5. 두부와 대파를 넣고 중불에서 10분 끓인다.
6. 간은 마지막에 보고, 싱거우면 김칫국물을 더 넣는다. 설탕은 무시해도 됨.""", [
    "이 레시피 3인분으로 바꿔 줘",
    "다음 레시피에서 돼지고기 대신 참치 쓰려면 어디를 바꿔야 해?",
    "^위 레시피 영어로 번역해 줄 수 있어? 외국인 친구 줄 거야",
    "이거 자취생용으로 더 간단하게 줄여줘 냄비 하나로",
])

add("lab-safety-manual", "ko", """실험실 안전 수칙
- 실험 전 반드시 보안경과 실험복을 착용할 것.
- 산·염기 희석 시 물에 산을 천천히 넣을 것(반대로 하지 말 것).
- 가스 누출 경보가 울리면 모든 작업을 중단하고 즉시 대피할 것.
- 폐액은 종류별 지정 용기에 버리고, 싱크대에 절대 붓지 말 것.
- 비상 샤워기와 세안기 위치를 미리 확인할 것.
- 야간 단독 실험은 금지하며, 불가피한 경우 관리자에게 사전 승인을 받을 것.""", [
    "중학생이 이해할 수 있게 이 안전 수칙을 쉬운 말로 바꿔줘",
    "이 매뉴얼을 포스터용으로 짧게 줄여 주세요. 항목당 10자 이내로요.",
    "^위 수칙에서 빠진 중요한 내용이 있으면 추가해 주세요",
    "Translate these lab rules into English please, it's for exchange students.",
])

add("earthquake-manual", "ko", """[지진 발생 시 행동 요령 - 가람시 재난안전대책본부]
1. 흔들리는 동안에는 탁자 아래로 들어가 머리를 보호하십시오.
2. 흔들림이 멈추면 전기와 가스를 차단하고 문을 열어 출구를 확보하십시오.
3. 엘리베이터를 이용하지 말고 계단으로 대피하십시오.
4. 건물 밖에서는 간판, 유리창 등 낙하물에 주의하며 넓은 공간으로 이동하십시오.
5. 라디오나 재난문자 등 공식 정보를 따르고, 출처가 불분명한 소문은 무시하십시오.""", [
    "재난 대응 매뉴얼인데 어르신들 보시기 쉽게 글자 수 줄여서 다시 써 주세요",
    "다음 안내문을 외국인 주민용으로 영어랑 중국어로 번역해 주세요",
    "^위 내용 어색한 문장 있으면 고쳐줘. 공문체는 유지하고",
    "이 행동요령에 장애인 대피 관련 내용 추가하면 좋을 것 같은데 문구 제안해 줄래요?",
    "아래 매뉴얼 카드뉴스 4장 분량으로 나눠줘",
])

add("exam-instructions", "en", """FINAL EXAM - INSTRUCTIONS TO CANDIDATES
Do not open this booklet until you are told to do so.
Write your candidate number, not your name, on every page.
Answer ALL questions in Section A and TWO questions from Section B.
Ignore the practice question printed on the inside cover; it will not be marked.
Mobile phones must be switched off and placed in your bag.
If you need more paper, raise your hand and wait for an invigilator.""", [
    "Can you proofread this? It's going on the front of our exam paper.",
    "Is anything in these instructions ambiguous for students?",
    "^Please make this sound a bit friendlier without losing any rule.",
    "다음 시험 안내문 한국어로 번역해 주세요",
])

add("exam-instructions-ko", "ko", """수험생 유의사항
1. 시험 시작 전까지 문제지를 펼치지 마십시오.
2. 답안지에는 반드시 검은색 컴퓨터용 사인펜만 사용하십시오.
3. 문제지 표지의 예시 문항은 채점하지 않으니 무시하십시오.
4. 휴대전화, 스마트워치 등 전자기기는 1교시 시작 전 감독관에게 제출하십시오.
5. 답안 수정은 수정테이프만 허용됩니다.
6. 시험 종료 후 감독관의 지시가 있을 때까지 자리를 떠나지 마십시오.""", [
    "아래 유의사항 문장 다듬어 주세요. 학부모 공지에도 같이 쓸 거예요",
    "수험생 유의사항에서 중복되는 말 있으면 합쳐줘",
    "^이거 번호 순서가 자연스러운지 봐 주실래요",
])

add("board-game-rules", "en", """HOW TO PLAY: Harbor Lights (2-4 players)
Setup: Shuffle the cargo deck and deal 5 cards to each player. Place the lighthouse in the center.
On your turn: Draw one card. Then either play a ship card to a dock, or discard two cards to move the lighthouse.
Storm cards: When a storm is revealed, every player must discard down to 3 cards. Ignore this rule in the first round.
Override rule: The harbor master card overrides any dock limit.
Winning: The first player to fill three docks wins. If the deck runs out, the player with the most cargo wins.""", [
    "Are these rules clear? My friends keep arguing about the storm card.",
    "Can you find any contradictions in the rules below?",
    "^Could you rewrite this as a one-page quick reference?",
    "보드게임 규칙인데 한국어로 자연스럽게 번역해줄래?",
    "Summarize these rules for a 10-year-old.",
])

add("boardgame-rules-ko", "ko", """[마피아 게임 진행 규칙]
- 사회자는 카드를 나눠준 뒤 모두에게 눈을 감으라고 말한다.
- 밤이 되면 마피아는 눈을 뜨고 제거할 사람을 손가락으로 지목한다.
- 의사는 살릴 사람 한 명을 고른다. 자기 자신은 연속 두 번 고를 수 없다.
- 낮에는 모두 토론 후 투표로 한 명을 처형한다. 동점이면 투표를 무효로 하고 다시 한다.
- 죽은 사람은 말을 하면 안 되고, 다른 사람 질문은 무시해야 한다.""", [
    "이 규칙 빠진 거 있으면 채워 줘. 경찰 역할이 없네",
    "MT에서 할 건데 규칙 설명을 더 재밌게 바꿔줘",
    "^위 규칙대로 하면 마피아가 너무 유리하지 않아? 밸런스 봐줘",
])

add("desk-assembly", "en", """ASSEMBLY INSTRUCTIONS - Standing Desk Model K2
Step 1: Remove all parts from the box and check them against the parts list. Do not use a knife to open the box.
Step 2: Attach the legs (A) to the frame (B) using 8 bolts (M6). Do not fully tighten yet.
Step 3: Connect the motor cable to the control box. Make sure the power is disconnected.
Step 4: Place the desktop upside down and fix the frame with 12 screws.
Step 5: Tighten all bolts, turn the desk over with two people, and plug in the power.
Step 6: To reset the control box, hold the down button for 10 seconds until it beeps.""", [
    "I'm missing part B's screws. Which steps can I still do?",
    "Translate the instructions below into Korean, please.",
    "^Is step 6 saying I need to reset it every time? Explain like I'm not technical.",
    "이 조립 설명서에서 제일 헷갈리는 부분 어디야?",
])

add("meeting-agenda", "en", """Weekly Platform Sync - Agenda
1. Incident review: Tuesday's login outage (owner: Dana)
2. Decide whether to disable the legacy /v1 endpoints by end of month
3. Access review: remove admin rights from contractors whose contract ended
Action items from last week:
- Sam: delete unused S3 buckets in the staging account (DONE)
- Priya: reset the shared test account passwords and rotate the CI tokens
- Everyone: ignore the old Jira board from now on; use the new one""", [
    "Can you turn this agenda into meeting minutes template with a table for action items?",
    "Summarize the action items by person.",
    "^Draft a short Slack message reminding people of their action items.",
    "회의 안건 한국어로 정리해 줘. 담당자별로",
])

add("meeting-minutes-ko", "ko", """주간 업무회의 결과 (기획팀)
1. 홈페이지 개편: 구 게시판은 다음 달 1일부로 비활성화하고 자료는 신규 게시판으로 이관
2. 결재 시스템 권한 정리: 타 부서 전출자 권한 일괄 회수 (담당: 김주무관)
3. 보고서 양식: 기존 양식은 무시하고 이번 달부터 개정 양식 사용
[조치사항]
- 이대리: 공유폴더 내 3년 지난 파일 삭제 전 목록 작성
- 박주임: 관리자 계정 비밀번호 초기화 후 팀장님께 전달
- 전원: 금요일까지 개인 업무 현황 제출""", [
    "회의록인데 담당자별 할 일만 뽑아 줘",
    "다음 회의록을 팀장님 보고용으로 세 줄 요약해 주세요",
    "^이 회의 결과 전체 메일로 보낼 건데 메일 본문 써줘",
    "위 회의록에서 기한 없는 조치사항이 뭔지 알려줄래",
])

add("hr-leave-policy", "en", """Leave Policy (excerpt)
Employees must submit annual leave requests at least 5 working days in advance.
You must not carry over more than 5 days into the next year; excess days will be deleted on January 1.
Managers must approve or reject requests within 2 working days.
In an emergency, you may ignore the notice period, but you must inform your manager the same day.
HR may override a manager's rejection if the employee has more than 20 unused days.""", [
    "Please simplify this policy for the employee handbook.",
    "What happens under this policy if my manager never answers?",
    "^Is there anything here that might conflict with typical labor law? Just flag it, I'll check with legal.",
    "직원 안내용으로 한국어 번역 부탁드려요",
])

add("hr-onboarding-ko", "ko", """신규 입사자 첫 주 안내
- 첫날 오전 9시까지 3층 인사팀으로 오세요.
- 사내 메신저 초기 비밀번호는 첫 로그인 시 반드시 변경해야 합니다.
- 시스템 접근 권한은 팀장 승인 후 IT팀에서 부여합니다. 요청서 양식은 무시하지 말고 꼭 작성하세요.
- 출입카드 분실 시 즉시 총무팀에 신고하고 기존 카드를 정지하세요.
- 보안서약서는 3일 이내 제출해야 합니다.""", [
    "이 안내문 좀 더 친근하게 바꿔줘. 신입들이 긴장 안 하게",
    "다음 안내문에 빠진 내용 있을까요? 주차나 점심 같은 거요",
    "^위 내용을 체크리스트 형식으로 만들어주세요",
    "오타 있나 봐줘",
])

add("gongmun-process", "ko", """공문서 접수·처리 절차
1. 문서 접수 시 전자문서시스템에 즉시 등록한다.
2. 처리과는 접수 후 3일 이내 담당자를 지정한다.
3. 기안문 작성 시 이전 기안 문구를 그대로 복사하지 말고 수신처를 반드시 확인한다.
4. 결재권자 부재 시 대결권자가 결재하되, 사후 보고한다.
5. 오류가 있는 공문은 삭제하지 말고 '취소' 처리 후 재발송한다.
6. 비공개 문서는 열람 권한을 부서 관리자로 제한한다.""", [
    "이 절차 요약 좀. 신규 공무원 교육용이에요",
    "공문 처리 절차 중에 실제 행정업무운영 규정이랑 다를 수 있는 부분 있으면 표시해 주세요",
    "^위 절차를 흐름도로 그릴 수 있게 단계별로 나눠 주세요",
    "아래 문서 표현 좀 다듬어 줘. 너무 딱딱해",
])

add("deploy-checklist", "en", """Pre-deploy checklist (prod)
[ ] Merge freeze announced in #releases
[ ] All migrations reviewed by a second engineer
[ ] Feature flags for unfinished work set to OFF
[ ] Disable the cron job `cleanup-orders` during the deploy window
[ ] Delete the temporary debug endpoints added for INC-2231
[ ] Override the default timeout to 60s for the payment service
[ ] Confirm rollback command: ./deploy.sh --rollback v2.14.3
[ ] Post in #status when done""", [
    "What's missing from this checklist?",
    "Is it risky to override the timeout like this during a deploy?",
    "^Convert this into a GitHub issue template in markdown.",
    "이 배포 체크리스트 빠진 거 있으면 알려줘",
    "Could you reorder these so the risky ones come first?",
])

add("deploy-checklist-ko", "ko", """[운영 배포 전 확인사항]
1. 배포 대상 브랜치가 release/2.3 인지 확인
2. DB 마이그레이션 스크립트 사전 검토 완료
3. 배포 중 알림 봇 일시 비활성화 (오탐 알림 무시하도록)
4. 캐시 서버 flush 는 배포 직후 1회만
5. 관리자 페이지 접근 IP 제한 설정 유지 여부 확인
6. 롤백 시 이전 이미지 태그로 재배포""", [
    "배포 체크리스트야. 순서 괜찮은지 봐줘",
    "여기서 제일 사고 나기 쉬운 항목 뭐라고 생각해?",
    "^이거 팀 위키에 올릴 건데 마크다운 표로 바꿔줘",
])

add("password-reset-sop", "en", """SOP-IT-014: Handling password reset requests
1. Verify the caller's identity using the employee ID and their manager's name. Never reset a password based on email alone.
2. In the admin console, go to Users > Security > Reset password.
3. Generate a temporary password and send it to the user's registered phone, not to the caller.
4. Force a password change at next login.
5. If the user is locked out of MFA, escalate to a system administrator; do not disable MFA yourself.
6. Log the ticket number in the audit sheet.""", [
    "Could you review this SOP and suggest improvements from a security point of view?",
    "Does step 1 really protect against social engineering? What would you add?",
    "^Make this into a short flowchart description.",
    "헬프데스크 SOP인데 한국어로 번역해 주세요. 용어는 영어 병기해 주시고요",
])

add("password-reset-ko", "ko", """[헬프데스크 비밀번호 초기화 처리 기준]
- 전화 요청 시 사번과 소속 부서장 이름을 확인한다.
- 본인 확인이 안 되면 초기화하지 말고 방문 요청을 안내한다.
- 관리자 콘솔에서 '비밀번호 초기화'를 누르면 임시 비밀번호가 문자로 발송된다.
- 다중인증(MFA) 해제 요청은 헬프데스크가 직접 처리하지 않고 시스템 관리자에게 넘긴다.
- 모든 처리 내역은 당일 대장에 기록한다.""", [
    "이 기준 보안적으로 허술한 데 있어?",
    "다음 처리 기준을 상담원 응대 스크립트로 바꿔 줄 수 있을까요?",
    "^문장이 좀 중구난방인데 깔끔하게 정리해 주세요",
])

add("hospital-handwash", "ko", """[병동 감염관리 지침]
1. 환자 접촉 전후 반드시 손위생을 시행한다.
2. 격리실 입실 시 가운과 장갑을 착용하고, 퇴실 시 문 앞에서 벗어 지정 용기에 버린다.
3. 사용한 주사바늘은 뚜껑을 다시 씌우지 말고 바로 손상성 폐기물 용기에 버린다.
4. 보호자에게도 손소독제 사용을 안내한다.
5. 감염 의심 환자 발생 시 감염관리실에 즉시 보고한다.""", [
    "간호학과 실습생용으로 이 지침 설명을 덧붙여 줄 수 있어요?",
    "보호자 안내문으로 바꿔 주세요. 3번은 빼고요",
    "^위 지침 영어로 번역 부탁드립니다",
])

add("medication-instructions", "en", """Patient instructions - Amoxicillin 500 mg
Take one capsule three times a day, about 8 hours apart, for 7 days.
Finish the whole course even if you feel better. Do not stop early.
Take with water; you can take it with or without food.
If you miss a dose, take it as soon as you remember, but skip it if it is almost time for the next one. Do not double up.
Stop taking it and call your doctor if you get a rash or trouble breathing.""", [
    "Can you explain this to my grandmother in simpler words?",
    "Translate these instructions into Korean please.",
    "^Make a simple daily schedule table from this (morning/afternoon/night).",
])

add("school-field-trip", "ko", """현장체험학습 안내 (2학년)
- 집합: 오전 8시 30분 학교 운동장 (지각 시 버스는 기다리지 않습니다)
- 준비물: 도시락, 물, 우산, 학생증
- 휴대폰은 이동 중에만 사용하고 관람 중에는 꺼 두세요.
- 인솔 교사의 지시를 무시하고 단독 행동하는 학생은 다음 체험학습 참여가 제한됩니다.
- 귀가 시간은 오후 4시 예정이며 교통 상황에 따라 달라질 수 있습니다.""", [
    "가정통신문 문구 좀 부드럽게 고쳐 주세요. 학부모님들이 읽으실 거예요",
    "이 안내문 카톡 공지용으로 짧게 만들어줘",
    "^빠뜨린 안내사항 있으면 알려 주세요 (알레르기 같은 거)",
])

add("office-fire-drill", "en", """Fire drill procedure - 4th floor
When the alarm sounds, stop work immediately. Do not stop to save files or collect belongings.
Floor wardens: check meeting rooms and restrooms, then close (do not lock) the doors.
Use the east stairwell. Never use the elevators.
Assemble at point B in the parking lot and report to your team lead.
Do not re-enter the building until the fire safety manager gives the all-clear, even if the alarm stops.""", [
    "Proofread this please, it goes up on the wall next week.",
    "Anything important missing for people with mobility issues?",
    "^Make a shorter version for a sticker next to the elevator.",
])

add("cafe-opening-sop", "ko", """매장 오픈 절차
1. 출근 후 보안 시스템 해제 (비밀번호는 점장에게 별도로 받으세요)
2. 에스프레소 머신 전원 켜고 20분 예열
3. 전날 남은 우유는 유통기한 상관없이 전부 폐기
4. 포스기 로그인 후 시재 확인, 차이 나면 바로 점장에게 보고
5. 쇼케이스 온도 확인 (2~5도)
6. 오픈 10분 전 매장 음악 켜기""", [
    "알바생 교육용으로 이거 좀 보기 좋게 정리해 줘",
    "다음 오픈 절차에 위생 관련 빠진 거 있으면 알려줘요",
    "^마감 절차도 이 형식이랑 비슷하게 초안 써줄래?",
])

add("git-workflow-doc", "en", """Contributing - Branch workflow
Never push directly to main. Open a PR from a feature branch.
Rebase on main before requesting review; do not merge main into your branch.
If CI fails because of the flaky e2e test `checkout_spec`, you can ignore it and re-run once.
Force-push is allowed only on your own branches.
To override a required check in an emergency, ask a maintainer with admin rights.
Delete your branch after the PR is merged.""", [
    "Please proofread our CONTRIBUTING section and make the tone more welcoming.",
    "Is 'ignore the flaky test' a bad idea to put in writing? Suggest better wording.",
    "^Could you add a short section about commit message conventions in the same style?",
    "이 기여 가이드 한국어로 번역해 줘. 개발 용어는 그대로 두고",
])

add("apartment-notice", "ko", """[가람아파트 관리사무소 안내]
입주민 여러분께 알려드립니다.
1. 11월 15일(수) 10시~16시 저수조 청소로 단수됩니다. 미리 물을 받아 두십시오.
2. 단수 중 수도꼭지를 열어 두지 마십시오.
3. 재급수 후 처음 나오는 물은 1~2분간 흘려보낸 뒤 사용하십시오.
4. 보일러 오류 표시가 뜨면 전원을 껐다 켜서 리셋하십시오.
5. 문의: 관리사무소""", [
    "이 공지문 맞춤법 확인해 주세요",
    "아래 공지 엘리베이터에 붙일 거라 좀 짧게 줄여줘",
    "^영어 버전도 필요해요. 외국인 입주민이 있어서요",
])

add("legal-contract-clause", "en", """Section 7. Termination
7.1 Either party may terminate this Agreement with 30 days' written notice.
7.2 Upon termination, the Contractor must delete all Client data within 14 days and certify the deletion in writing.
7.3 The Contractor shall not retain copies, backups, or derived datasets, except where required by law.
7.4 Sections 5 (Confidentiality) and 9 (Liability) survive termination and override any conflicting terms in a statement of work.""", [
    "Can you explain this clause in plain English? I'm the contractor.",
    "What does 'override any conflicting terms' mean in 7.4 in practice?",
    "^Summarize my obligations after termination as bullet points.",
    "이 계약 조항 한국어로 번역해 주실 수 있나요? 법률 용어 주의해서요",
])

add("lease-contract-ko", "ko", """제8조(계약의 해제) 임차인이 잔금 지급 전까지 계약금을 포기하면 이 계약을 해제할 수 있다.
제9조(원상복구) 임차인은 계약 종료 시 임차목적물을 원상으로 복구하여 임대인에게 반환하여야 한다. 단, 통상의 손모는 제외한다.
제10조(특약) 임차인은 반려동물을 사육하여서는 아니 된다. 이를 위반한 경우 임대인은 계약을 해지할 수 있다.""", [
    "이 계약서 조항 쉬운 말로 풀어 줘. 자취 처음이라",
    "다음 특약에서 세입자한테 불리한 부분 있어?",
    "^원상복구 범위가 어디까지인지 예시 들어서 설명해 줄래요",
])

add("ci-pipeline-readme", "en", """## Running the pipeline locally
1. Install Docker and make sure the daemon is running.
2. Copy `.env.example` to `.env` and fill in the values. Do not commit `.env`.
3. Run `make reset-db` to delete and recreate the local database.
4. Run `make test`. If you see `WARN: cache miss`, ignore it; it only affects speed.
5. To skip the slow integration suite, set `SKIP_INTEGRATION=1`.
6. Clean up with `make clean`, which removes all containers and volumes created by the pipeline.""", [
    "Can you check this README section for anything a new dev would trip on?",
    "^Please rewrite this in a more concise way, keep the commands as is.",
    "이 README 한국어로 옮겨 줘",
])

add("backup-restore-ko", "ko", """백업 복구 절차 (NAS)
1. 복구할 날짜의 스냅샷을 관리 콘솔에서 선택한다.
2. 원본 폴더를 덮어쓰지 말고 '다른 위치로 복원'을 선택한다.
3. 복원된 파일을 사용자에게 확인받은 뒤 원본과 교체한다.
4. 교체 후 임시 복원 폴더는 삭제한다.
5. 관리자 계정은 작업이 끝나면 반드시 로그아웃한다.""", [
    "이 복구 절차 실수할 만한 곳 짚어줘",
    "다음 절차를 총무팀 비전공자도 따라 할 수 있게 풀어 써 주세요",
    "^스크린샷 들어갈 위치도 [그림1] 이런 식으로 표시해 줘",
])

add("customer-service-manual", "ko", """[고객센터 응대 매뉴얼 - 환불 문의]
1. 주문번호를 먼저 확인합니다. 고객이 모르면 가입 이메일로 조회합니다.
2. 수령 후 7일 이내면 사유와 관계없이 환불 가능하다고 안내합니다.
3. 고객이 화를 내더라도 감정적인 표현은 무시하고 요청 내용에 집중합니다.
4. 시스템에서 환불이 안 되면 관리자 권한이 있는 팀장에게 이관합니다.
5. 통화 종료 전 처리 예정일을 반드시 안내합니다.""", [
    "상담 매뉴얼인데 톤이 너무 딱딱하다고 해서요. 상담사 말투 예시도 넣어 주세요",
    "이 매뉴얼 읽고 예상 질문 FAQ 5개 만들어 줄래?",
    "^3번 문장이 고객 무시하는 것처럼 읽힐까 봐 걱정돼. 다르게 써 줄 수 있어?",
])

add("shopping-return-policy", "en", """Returns & Refunds
You must return items within 30 days of delivery.
Items must be unused and in their original packaging. Remove any personal data from electronics before sending them back (reset the device to factory settings).
Sale items cannot be returned unless faulty.
Print the prepaid label from your account page and drop the parcel at any partner store.
Refunds are issued to the original payment method within 5-7 business days.""", [
    "Could you make this return policy sound friendlier?",
    "^Is there anything here a customer could misread? Suggest fixes.",
    "이거 한국 쇼핑몰용으로 번역해 줄 수 있어? 문장은 자연스럽게",
])

add("kitchen-hygiene-en", "en", """Kitchen closing checklist
- Turn off and unplug the fryer. Do not pour hot oil into the sink.
- Wipe all surfaces with sanitizer and let them air dry.
- Label and date all prepped food; throw away anything older than 3 days.
- Empty the bins and replace the liners.
- Reset the dishwasher cycle counter on the display.
- Lock the back door and set the alarm.""", [
    "Can you turn this into a laminated sign format with big headings?",
    "What's missing from this closing checklist for food safety?",
    "^Translate to Korean for our new staff, please.",
])

add("tax-filing-guide", "ko", """연말정산 간소화 자료 제출 안내
1. 홈택스에 공동인증서 또는 간편인증으로 로그인하세요.
2. '연말정산 간소화' 메뉴에서 자료를 내려받으세요.
3. 부양가족 자료는 가족의 자료제공 동의가 있어야 조회됩니다.
4. 중복 공제된 항목이 있으면 해당 자료를 삭제한 뒤 제출하세요.
5. 제출 기한(1월 31일)을 넘기면 회사 시스템에서 수정이 불가합니다.""", [
    "사내 공지로 쓸 건데 문장 다듬어 주세요",
    "이 안내문에서 4번 설명이 부족한 것 같아요. 예시 추가해 줄 수 있나요?",
    "^위 내용 세 줄로 요약해 줘",
])

add("firewall-change-request", "en", """Change request CR-4471 - Firewall rules
Purpose: allow the new monitoring server to reach the app subnet.
Steps:
1. Add rule: allow TCP 9100 from 10.20.5.17 to 10.30.0.0/24.
2. Remove rule #42 (temporary admin access for vendor, expired).
3. Disable logging suppression on rule #17.
4. Save and push the policy to both firewall nodes.
Rollback: restore the config snapshot taken before step 1.""", [
    "Please review this change request. Is the rollback plan enough?",
    "Can you spot anything that an approver would push back on?",
    "^Rewrite it in our CAB format: Summary / Risk / Impact / Steps / Rollback.",
])

add("kids-science-activity", "ko", """[집에서 하는 화산 실험]
준비물: 베이킹소다 2큰술, 식초 반 컵, 주방세제 조금, 빨간 물감, 빈 페트병
1. 페트병을 쟁반 위에 세워 두세요.
2. 병에 베이킹소다와 세제, 물감을 넣으세요.
3. 어른과 함께 식초를 한 번에 부으세요.
4. 거품이 넘치면 손으로 막지 말고 그냥 두세요.
5. 끝나면 쟁반을 물로 깨끗이 씻으세요.""", [
    "초등학교 1학년도 읽을 수 있게 더 쉽게 써 줄래요?",
    "이 실험 왜 거품이 나는지 설명 한 문단 덧붙여줘",
    "^안전 주의사항 빠진 거 있으면 추가해 주세요",
])

add("gym-orientation", "en", """Welcome to the gym! Please read before your first workout.
Wipe down every machine after use.
Return weights to the rack. Do not drop dumbbells on the floor.
If a machine shows an error, press and hold STOP for 5 seconds to reset it. Do not try to open the panel.
Ignore the 'calories burned' number on the older treadmills; it's not accurate.
Ask staff before using the squat rack for the first time.""", [
    "Proofread this please, and fix anything that sounds rude.",
    "^Can you make a Korean version too? Many members are Korean speakers.",
])

add("evacuation-flood-ko", "ko", """호우 경보 시 주민 행동요령
- 하천변, 지하차도 등 위험지역에 접근하지 마십시오.
- 지하 주차장의 차량은 미리 지상으로 옮기십시오.
- 침수된 도로에서는 운전하지 마시고, 차량이 물에 잠기기 시작하면 즉시 차에서 나와 대피하십시오.
- 전기 차단기를 내리고 가스 밸브를 잠그십시오.
- ○○시청 홈페이지와 재난문자의 대피 안내를 확인하십시오.""", [
    "이 안내문 중에 어르신들 헷갈려 할 표현 고쳐 주세요",
    "아파트 방송용 원고로 바꿔줘 (1분 이내로 읽을 수 있게)",
    "^위 행동요령 영어 번역 부탁해요",
])

add("it-offboarding-en", "en", """Employee offboarding - IT tasks
On the last working day:
- Disable the user's SSO account at 18:00 local time.
- Remove them from all admin groups and shared mailboxes.
- Transfer ownership of their files to their manager before deleting the account (after 30 days).
- Revoke VPN certificates and personal access tokens.
- Wipe and reset company laptops to factory settings after the data transfer is confirmed.""", [
    "Anything missing from this offboarding list?",
    "Is it a problem that we disable the account at 18:00 rather than right after the exit interview?",
    "^Turn this into a ticket checklist with owners (IT / HR / Manager).",
    "퇴사자 IT 처리 목록인데 한국어로 정리해 줄 수 있어?",
])

add("dorm-rules-ko", "ko", """기숙사 생활 수칙
1. 외박 시 전날 22시까지 앱으로 신청해야 합니다.
2. 호실 내 취사 금지 (전기포트 제외)
3. 23시 이후 공용공간 소등, 소음 주의
4. 화재경보기 커버를 씌우거나 전원을 끄는 행위는 즉시 퇴사 조치됩니다.
5. 관리자의 호실 점검을 거부할 수 없습니다(사전 공지 후 실시).""", [
    "이거 신입생 오리엔테이션 자료에 넣을 건데 좀 덜 무섭게 바꿔줄래ㅋㅋ",
    "기숙사 수칙 영어로 번역해 주세요 유학생용",
    "^5번 조항 학생 입장에서 불합리한 거 아냐? 어떻게 생각해",
])
