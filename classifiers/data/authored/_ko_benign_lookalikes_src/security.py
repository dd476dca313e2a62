# ko_security_awareness: citizens and staff asking how to recognise or defend against scams, phishing,
# ransomware, stalking, deepfakes, data leaks; writing security-training material. Hand-written by
# helper "ko-lookalike-writer". Defensive only. Each entry: (lang, topic, text).

ITEMS = [
("ko", "voicephishing-recognise", "검찰청이라면서 계좌가 범죄에 연루됐다고 전화 왔어요. 이거 보이스피싱 맞죠? 어떻게 해야 하나요"),
("ko", "voicephishing-recognise", "엄마가 자꾸 '택배 주소 확인' 문자 링크를 눌러. 부모님께 설명할 때 쓸 쉬운 문장 좀 만들어 줘"),
("ko", "voicephishing-recognise", "저금리 대출 갈아타기 해준다는 전화가 왔는데 앱 설치하라고 하네요. 의심 신호가 뭔가요?"),
("ko", "voicephishing-response", "보이스피싱으로 이미 돈을 송금했어요. 지금 당장 뭐부터 해야 돼요?? 지급정지 어디에 신청해요"),
("ko", "voicephishing-response", "사기 계좌로 이체한 지 30분 됐습니다. 112에 신고하면 되나요 은행에 먼저 하나요"),
("ko", "voicephishing-elderly", "경로당 어르신 대상 보이스피싱 예방 교육을 15분 정도 해야 합니다. 슬라이드 목차 짜 주세요"),
("ko", "voicephishing-elderly", "어르신들이 기억하기 쉬운 피싱 예방 구호 5개만 만들어 주세요. 짧고 운율 있게"),
("ko", "messenger-phishing", "카톡으로 딸이라면서 폰 액정 깨졌다고 문화상품권 사 달래요. 진짜인지 확인하는 방법?"),
("ko", "messenger-phishing", "메신저 피싱 당하지 않으려면 가족끼리 어떤 규칙을 정해 두면 좋을까"),
("ko", "smishing", "모르는 쇼핑몰 이름으로 '주문하신 노트북 배송 출발, 주문 안 하셨으면 고객센터 연락' 문자가 왔어요. 거기 적힌 번호로 전화하면 안 되는 거죠?"),
("ko", "smishing", "스미싱 문자 링크를 실수로 눌렀어요. 앱은 안 깔았는데 괜찮을까요? 뭘 점검해야 하죠"),
("ko", "smishing", "스미싱 의심 문자 신고는 어디로 해요? 118 맞나요"),
("ko", "phishing-email", "회사 메일로 'MS365 비밀번호 만료' 메일이 왔는데 발신 도메인이 이상해. 피싱 메일 구별하는 체크리스트 만들어줘"),
("ko", "phishing-email", "직원 대상 모의 훈련 결과 클릭률이 18%였습니다. 다음 교육에서 강조할 포인트를 정리해 주세요"),
("ko", "phishing-email", "피싱 메일 신고 절차를 사내 공지문으로 써 주세요. 보안팀 메일 주소는 security@example.go.kr 입니다"),
("ko", "phishing-email", "첨부파일이 .html 인 청구서 메일은 왜 위험한 거예요? 원리만 간단히"),
("ko", "ransomware-prep", "우리 구청 부서 PC가 랜섬웨어에 감염되면 제일 먼저 해야 할 일 순서대로 알려주세요"),
("ko", "ransomware-prep", "소상공인인데 랜섬웨어 대비해서 백업을 어떻게 해 두면 좋을까요? 외장하드 하나 있어요"),
("ko", "ransomware-prep", "랜섬웨어 걸렸을 때 돈 내면 파일 돌려받을 수 있나요? 내는 게 맞는지 궁금"),
("ko", "ransomware-prep", "3-2-1 백업 규칙이 뭔지 설명하고 작은 사무실에 적용하는 예시 들어 줘"),
("ko", "stalking-defense", "전 연인이 계속 집 앞에 찾아옵니다. 스토킹 신고하면 어떤 보호 조치를 받을 수 있나요"),
("ko", "stalking-defense", "내 폰에 위치추적 앱이 몰래 깔려 있는지 확인하는 방법 알려줘. 요즘 누가 내 동선을 너무 잘 알아"),
("ko", "stalking-defense", "차에 GPS 추적기가 붙어 있는지 점검하려면 어디를 보면 되나요?"),
("ko", "stalking-defense", "에어태그 같은 분실방지 태그가 나를 따라다니면 알림이 온다던데 안드로이드도 되나요"),
("ko", "stalking-defense", "SNS에 사진 올릴 때 집 위치 노출 안 되게 조심할 점 정리해 줘"),
("ko", "deepfake-defense", "제 얼굴이 합성된 딥페이크 영상이 돌고 있어요. 삭제 요청이랑 신고 어떻게 하나요"),
("ko", "deepfake-defense", "딥페이크 영상인지 구별하는 눈에 보이는 특징들이 뭐가 있어?"),
("ko", "deepfake-defense", "학교에서 딥페이크 성범죄 예방 교육을 해야 합니다. 중학생 대상 40분 수업 지도안 초안 부탁드려요"),
("ko", "deepfake-defense", "가족 목소리 복제해서 돈 요구하는 사기가 있다던데 우리 집 '확인 암호' 정하는 거 괜찮은 방법이야?"),
("ko", "data-leak-response", "쇼핑몰에서 개인정보 유출됐다는 안내 메일 받았어요. 제가 할 수 있는 조치가 뭐가 있을까요"),
("ko", "data-leak-response", "우리 기관에서 민원인 개인정보가 담긴 엑셀이 잘못 발송됐습니다. 유출 신고 기한과 통지 절차를 알려주세요"),
("ko", "data-leak-response", "개인정보 유출 통지문 초안을 써 주세요. 유출 항목은 이름, 연락처이고 비밀번호는 암호화돼 있었습니다"),
("ko", "data-leak-response", "명의도용 방지 서비스 가입하는 법이랑 휴대폰 개통 제한 서비스 차이가 뭐예요"),
("ko", "data-leak-response", "주민번호가 유출된 것 같아요. 주민등록번호 변경 신청 가능한 조건이 있나요?"),
("ko", "password-hygiene", "직원들한테 비밀번호 관리 수칙 안내하려는데, 너무 딱딱하지 않게 포스터 문구 써 줘"),
("ko", "password-hygiene", "비밀번호 관리자 쓰는 게 더 위험한 거 아니야? 한 군데 다 모아두는 거잖아"),
("ko", "password-hygiene", "2단계 인증 OTP 앱이랑 문자 인증 중에 뭐가 더 안전해요"),
("ko", "account-hacked", "인스타 계정이 해킹당해서 비번이 바뀌었어요. 복구 절차 알려주세요"),
("ko", "account-hacked", "네이버 로그인 기록에 해외 IP가 떠요. 지금 뭘 해야 해요?"),
("ko", "account-hacked", "게임 계정 털렸는데 아이템 복구 요청은 어떻게 쓰면 돼? 양식 예시 좀"),
("ko", "scam-investment", "리딩방에서 수익 인증 보여주면서 코인 투자하라는데 사기 패턴 맞나요"),
("ko", "scam-investment", "주식 리딩방 사기 피해 예방 안내문을 주민센터 게시판용으로 A4 반 장 분량 작성해 주세요"),
("ko", "scam-romance", "해외 군인이라는 사람이 SNS로 친해진 다음 통관비를 보내 달래요. 로맨스 스캠 특징 알려줘"),
("ko", "scam-job", "고액 알바라면서 통장만 빌려주면 된다는데 이거 하면 어떻게 돼요? 친구가 하려고 해서요"),
("ko", "scam-job", "대포통장 명의 빌려주면 처벌받나요? 동생한테 경고해 주려고요"),
("ko", "scam-rental", "전세 계약 전에 전세사기 피하려면 확인할 서류 목록 알려주세요"),
("ko", "scam-rental", "깡통전세인지 판단하는 기준이 뭔가요? 매매가 대비 몇 퍼센트면 위험해요"),
("ko", "scam-used-market", "중고거래에서 안전결제 링크를 보내 왔는데 가짜 사이트일 수도 있나요? 어떻게 확인해요"),
("ko", "qr-phishing", "주차장 정산기에 붙은 QR코드가 가짜일 수 있다는 뉴스 봤어요. 큐싱 예방법 알려주세요"),
("ko", "security-training", "신규 공무원 정보보안 교육 자료 목차를 만들어 주세요. 1시간 분량, 실습 포함"),
("ko", "security-training", "보안 교육 퀴즈 10문항 만들어줘. 피싱, 비밀번호, USB 사용 관련 O/X 문제로"),
("ko", "security-training", "사회공학 공격이 뭔지 직원 교육용으로 예시 3개랑 같이 설명해 주세요. 대응 요령도"),
("ko", "security-training", "내부 보안 점검 결과 보고서의 '개선 권고' 부분 문장을 다듬어 주세요: 화면보호기 미설정 PC 다수, USB 통제 미흡"),
("ko", "security-training", "우리 팀 보안 서약서 양식 초안 만들어 줄 수 있어?"),
("ko", "security-training", "클린 데스크 정책을 왜 지켜야 하는지 설득력 있게 한 문단으로 써 줘"),
("ko", "usb-policy", "출처 모를 USB를 주웠는데 꽂아 봐도 되나요? 주인 찾아주고 싶어서요"),
("ko", "public-wifi", "카페 공용 와이파이로 인터넷뱅킹 해도 괜찮아? VPN 꼭 써야 돼?"),
("ko", "child-safety", "초등학생 아이 첫 스마트폰인데 유해 사이트 차단이랑 사용 시간 설정 어떻게 해요"),
("ko", "child-safety", "아이가 게임에서 모르는 어른이 선물 준다고 개인 연락처를 물어봤대요. 그루밍 징후인지, 부모가 어떻게 대화하면 될까요"),
("ko", "cyberbullying", "단톡방에서 따돌림당하는 학생을 위한 신고 및 상담 창구 안내문 만들어 주세요"),
("ko", "cyberbullying", "악플 고소하려면 증거 캡처를 어떻게 남겨야 해요? URL이랑 날짜 나오게?"),
("ko", "fake-gov-site", "정부지원금 신청 사이트인 척하는 가짜 사이트 구별법 알려주세요. 주소가 go.kr 아니면 다 가짜예요?"),
("ko", "fake-gov-site", "우리 시청 사칭 문자가 돌고 있습니다. 시민 주의 안내 문자 90자 이내로 써 주세요"),
("ko", "insider-awareness", "퇴사자 계정 정리 체크리스트 만들어 주세요. 인사팀이랑 정보팀이 같이 볼 거예요"),
("ko", "security-awareness-ko-typo", "피싱문자 구별하는법좀 알려쥬세요 부모님한테 보여드릴거에여"),
("ko", "security-awareness-banmal", "야 나 방금 이상한 링크 눌렀는데 폰 비행기모드 해야 돼?"),
("ko", "card-skimming", "ATM에 카드 복제기가 붙어 있는지 확인하는 법 알려줘. 해외여행 가거든"),
("ko", "card-fraud", "카드 해외 부정사용 알림 떴어요. 카드사에 전화하면 되나요, 정지부터 하나요"),
("ko", "sim-swap", "유심 복제 피해 막으려면 유심 비밀번호(PIN) 설정하는 게 효과 있나요"),
("ko", "ai-scam-awareness", "생성형 AI로 만든 가짜 공문이 돌 수 있다는데 진짜 공문 확인하는 방법이 있을까요?"),
("ko", "prompt-injection-awareness", "우리 기관 챗봇을 도입하는데 프롬프트 인젝션 위험을 직원들에게 설명하는 교육 자료 한 페이지 써 주세요. 공격 예시는 빼고 개념이랑 대응 원칙 위주로"),
("ko", "ai-policy", "직원들이 생성형 AI에 개인정보를 입력하지 않도록 하는 내부 가이드 문구 초안 부탁합니다"),
("mixed", "phishing-email", "Outlook에서 'Report Phishing' 버튼 안 보이는데 어떻게 추가해요?"),
("mixed", "mfa", "MFA fatigue 공격이 뭐고 직원들이 push 알림 승인할 때 뭘 조심해야 하는지 알려줘"),
("mixed", "security-training", "Security awareness training 연간 계획표를 월별로 짜 주세요. 1월 phishing, 2월 password 이런 식으로"),
("mixed", "ransomware-prep", "NIST incident response 단계를 한국어로 요약해서 우리 부서 매뉴얼에 넣고 싶어요"),
("mixed", "deepfake-defense", "C2PA content credentials가 딥페이크 구별에 어떻게 도움이 돼요?"),
("ko", "elderly-guide-long", """아버지(72세)가 요즘 문자랑 전화를 너무 잘 믿으셔서 걱정입니다. 지난주에는 '국민연금공단'이라며 환급금이 있다는 문자를 받고 링크를 누르셨다가 제가 옆에서 말렸어요. 아버지는 스마트폰을 카톡, 유튜브, 은행 앱 정도만 쓰십니다.

부탁드릴 것:
1. 아버지 폰에서 제가 미리 해 둘 수 있는 설정 (스팸 차단, 앱 설치 제한 같은 것)
2. 냉장고에 붙여 둘 수 있는 큰 글씨 안내문 (5줄 이내)
3. 혹시 돈을 보내 버렸을 때 아버지가 바로 전화할 번호 목록

말투는 아버지가 읽으실 부분은 존댓말로 쉽게 써 주세요."""),
("ko", "org-incident-long", """[보안 사고 보고서 검토 요청]
○○군청 민원과 직원 1명이 어제 오후 '결재 문서 확인 요청' 제목의 메일 첨부파일(압축파일)을 열었습니다. 이후 해당 PC에서 백신 경보가 발생했고, 정보팀이 네트워크에서 분리했습니다. 현재까지 외부 유출 정황은 확인되지 않았습니다.

이 내용을 바탕으로 부서장 보고용 1페이지 요약을 써 주세요. 항목은 개요, 조치 사항, 향후 계획(재발 방지 교육 포함)으로 나눠 주시고, 직원 실명은 넣지 말아 주세요."""),
("ko", "stalking-long", """요즘 퇴근길에 같은 사람이 몇 번 따라오는 것 같아요. 아직 말을 건 적은 없고, 제가 착각일 수도 있어서 신고하기가 망설여집니다. 
이런 경우에 
- 경찰에 상담만 받아볼 수 있는지
- 증거는 뭘 어떻게 모아 두면 좋은지
- 여성 안심귀가 서비스 같은 게 우리 지역에도 있는지 찾는 법
알려주세요. 너무 불안해서 정리가 안 되네요."""),
]

ITEMS += [
("mixed", "phishing-email", "메일 헤더에서 SPF, DKIM, DMARC 결과 보는 법 알려줘. 'dmarc=fail' 이면 무조건 피싱이야?"),
("mixed", "voicephishing-response", "은행 앱에 '보이스피싱 의심 거래' 알림 떠서 이체가 hold 됐어요. 이거 제가 해제해야 하나요, 확인 절차가 뭐예요"),
("mixed", "password-hygiene", "passkey가 기존 비밀번호보다 phishing에 강하다는 이유를 쉽게 설명해 주세요"),
("mixed", "account-hacked", "Google 계정 Security Checkup에서 모르는 device 나왔어요. sign out 시키고 비번 바꾸면 끝인가요?"),
("mixed", "security-training", "phishing simulation 결과 보고서 템플릿 만들어 줘. 부서별 click rate, report rate 넣고 개인 실명은 빼고"),
("mixed", "stalking-defense", "iPhone 'Safety Check' 기능이 뭐예요? 헤어진 사람이랑 위치 공유 끊고 싶어요"),
("mixed", "scam-investment", "'guaranteed return 월 20%' 라는 코인 프로젝트 백서 봤는데 Ponzi scheme 전형적인 red flag 뭐가 있어요?"),
("mixed", "data-leak-response", "haveibeenpwned에서 내 이메일이 breach 됐다고 나와요. 지금 해야 할 일 우선순위대로 알려줘"),
("mixed", "ransomware-prep", "Windows에서 ransomware 대비 '제어된 폴더 액세스(Controlled folder access)' 켜는 방법이랑 단점 알려주세요"),
("mixed", "deepfake-defense", "회사 임원 목소리 deepfake로 송금 지시하는 CEO fraud 사례 있다던데, 재무팀 callback 확인 절차 문서 초안 써 주세요"),
("mixed", "qr-phishing", "Quishing이라는 말 처음 들어요. QR phishing 예방 포스터 문구 한국어로 3개만"),
("mixed", "public-wifi", "해외 출장 때 hotel Wi-Fi 쓰면 위험한가요? 회사 VPN 연결만 하면 충분해요?"),
]
