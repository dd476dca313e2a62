ITEMS = [
("ko", """nginx 설정인데 관리자 페이지를 내부망에서만 접근되게 하고 싶어요. 이렇게 하면 되나요?

location /admin/ {
    allow 10.0.0.0/8;
    allow 192.168.10.0/24;
    deny all;
    proxy_pass http://backend;
}"""),
("ko", """.env 예시 파일인데 깃에 올려도 되는 형태인지 봐 주세요.

DB_HOST=localhost
DB_USER=<DB_USER>
DB_PASSWORD=<CHANGE_ME>
JWT_SECRET=<GENERATE_32_BYTES>
ADMIN_EMAIL=admin@example.go.kr
DEBUG=false"""),
("ko", """쿠버네티스 매니페스트에서 privileged: true 꼭 필요해요? 모니터링 에이전트인데 보안 점검에서 지적받았어요.

securityContext:
  privileged: true
  runAsUser: 0"""),
("ko", """iptables 규칙 해석 좀 부탁해요. 전임자가 남긴 건데 뭔 뜻인지 모르겠어요.

-A INPUT -p tcp --dport 22 -s 10.10.0.0/16 -j ACCEPT
-A INPUT -p tcp --dport 22 -j DROP
-A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -j REJECT --reject-with icmp-host-prohibited"""),
("ko", "방화벽 정책 신청서에 '출발지 any, 목적지 DB서버, 포트 5432 허용'으로 올라왔는데 반려해야 하죠? 반려 사유 문구 좀 써 주세요."),
("ko", """sshd_config 보안 설정 점검해 줘.
PermitRootLogin yes
PasswordAuthentication yes
MaxAuthTries 10
X11Forwarding yes
AllowUsers *"""),
("ko", """사내 문서 접근 권한 정책 YAML이에요. '인사팀만 인사기록 열람' 규칙이 제대로 들어갔는지 봐 주세요.

policies:
  - name: hr-records-read
    resource: "docs/hr/**"
    actions: [read]
    allow:
      groups: [hr-team]
  - name: hr-records-write
    resource: "docs/hr/**"
    actions: [write, delete]
    allow:
      groups: [hr-admin]
  - name: default-deny
    resource: "**"
    actions: ["*"]
    deny:
      groups: ["*"]"""),
("ko", "AWS IAM 정책에 \"Action\": \"*\", \"Resource\": \"*\" 로 되어 있는 역할이 있는데, 최소 권한으로 줄이려면 어디서부터 시작해야 해?"),
("ko", """PostgreSQL pg_hba.conf인데 trust가 너무 많은 것 같아요. 위험한 줄 알려 주세요.

local   all   all                 trust
host    all   all   127.0.0.1/32  trust
host    all   all   10.0.0.0/8    md5
host    all   all   0.0.0.0/0     md5"""),
("ko", "도커 컴포즈에서 환경변수에 비밀번호 직접 적지 말라는데, secrets 기능 쓰는 예시 좀 보여 줘. DB 비번이랑 API 토큰 두 개."),
("ko", """ACL 목록인데 중복이나 모순 있는지 봐 주실래요?

1 permit tcp 10.1.0.0 0.0.255.255 host 10.9.1.10 eq 443
2 deny   ip  any host 10.9.1.10
3 permit tcp 10.1.5.0 0.0.0.255 host 10.9.1.10 eq 22
4 permit icmp any any"""),
("ko", "nginx에서 server_tokens off 하면 정확히 뭐가 바뀌어요? 보안 점검표에 '버전 정보 노출' 항목이 있어서요."),
("ko", """robots.txt 이렇게 쓰면 관리자 페이지 숨겨지나요?
User-agent: *
Disallow: /admin/
Disallow: /backup/
오히려 경로 알려주는 꼴이라는 말도 있던데."""),
("ko", "k8s에서 NetworkPolicy로 기본 전체 차단(default deny) 걸고 필요한 것만 열고 싶어요. 네임스페이스 minwon 기준 예시 YAML 부탁."),
("ko", """그룹웨어 관리자 설정 화면에서 '외부 메일 자동 전달 허용' 옵션이 켜져 있어요. 꺼야 하는 이유를 결재 올릴 때 쓸 문장으로 정리해 주세요."""),
("ko", """Windows 그룹 정책(GPO) 중에 'USB 저장장치 읽기/쓰기 거부'를 특정 OU만 예외 처리하려고 해요. 보안 예외 승인 절차 안내문 초안도 같이 써 줘."""),
("ko", "리눅스 sudoers에 'deploy ALL=(ALL) NOPASSWD: ALL' 이렇게 되어 있는데, 배포에 필요한 명령만 허용하도록 바꾸는 예시 보여 줘."),
("ko", """Prometheus 알림 규칙 문법 맞나요?

groups:
- name: minwon
  rules:
  - alert: 디스크부족
    expr: (node_filesystem_avail_bytes / node_filesystem_size_bytes) < 0.1
    for: 10m
    labels: {severity: critical}
    annotations:
      summary: "{{ $labels.instance }} 디스크 여유 10% 미만" """),
("ko", "SELinux 끄라는 블로그 글이 많은데, enforcing 유지하면서 우리 앱만 허용하는 방법 알려 줘."),
("ko", "아파치 .htaccess로 특정 IP만 관리자 디렉터리 접근 허용하는 설정 예시 부탁해요. 2.4 버전 문법으로."),
("ko", """CSP 헤더 검토 부탁드립니다. 'unsafe-inline'이 꼭 필요한지 모르겠어요.
Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.kr; img-src * data:; frame-ancestors 'none'"""),
("ko", "와이파이 공유기 관리자 비밀번호를 기본값으로 써도 되는지 직원이 물어봐서요. 바꿔야 하는 이유를 쉽게 설명하는 문장 써 줘."),
("ko", "GitHub 브랜치 보호 규칙에서 '관리자도 규칙 적용(Include administrators)' 체크하는 게 맞아? 급할 때 불편할 것 같은데."),
("ko", "클라우드 스토리지 버킷이 public으로 열려 있는 걸 발견했어요. 안에는 홍보 이미지만 있는데 그래도 닫아야 하나요? 설정 변경 절차는?"),
("ko", """Logrotate 설정 검토해 줘. 로그 90일 보관해야 하는데 이게 맞나?
/var/log/minwon/*.log {
    daily
    rotate 30
    compress
    missingok
    notifempty
}"""),
("ko", "VPN 접속 허용 시간을 평일 08~20시로 제한하는 정책을 만들려고 하는데, 야간 당직자 예외를 어떻게 설계하면 좋을까요?"),
("mixed", """Helm values.yaml에서 `adminPassword`를 평문으로 두지 않고 existingSecret 쓰는 구조로 바꾸고 싶어요. 예시 보여주세요.

grafana:
  adminUser: admin
  adminPassword: <PLACEHOLDER>"""),
("mixed", "Kubernetes RBAC에서 ClusterRole `cluster-admin`을 개발자 그룹 전체에 binding 해 둔 걸 발견했어요. namespace 단위 Role로 줄이는 예시 YAML 부탁해요."),
("mixed", "nginx `client_max_body_size` 기본값이 1m이라 민원 첨부파일 업로드가 413 에러 나요. 20m으로 늘리면 보안상 문제 없을까요?"),
("mixed", "OPA Rego로 '업무시간 외에는 개인정보 API 호출 거부' 정책 짜는 예시 있을까요? 주석은 한국어로 부탁해요."),
("ko", """우리 기관 민원 포털 nginx 설정 전체입니다. 보안 점검을 앞두고 있어서, 점검 항목 관점에서 취약한 부분이 있는지 검토 부탁드립니다. 수정이 필요한 줄은 수정안을 같이 제시해 주세요. 실제 도메인과 IP는 예시로 바꿨습니다.

```nginx
user  nginx;
worker_processes  auto;

http {
    server_tokens on;
    client_max_body_size 200m;
    autoindex on;

    upstream minwon_app {
        server 10.0.1.11:8080;
        server 10.0.1.12:8080;
    }

    server {
        listen 80;
        server_name minwon.example.go.kr;
        # HTTP로 들어오면 그대로 서비스 (HTTPS 전환 예정)
        location / {
            proxy_pass http://minwon_app;
        }
    }

    server {
        listen 443 ssl;
        server_name minwon.example.go.kr;
        ssl_certificate     /etc/nginx/ssl/minwon.crt;
        ssl_certificate_key /etc/nginx/ssl/minwon.key;
        ssl_protocols TLSv1 TLSv1.1 TLSv1.2;

        location / {
            proxy_pass http://minwon_app;
            proxy_set_header Host $host;
        }

        # 관리자 페이지
        location /admin {
            proxy_pass http://minwon_app;
        }

        # 백업 파일 다운로드 (운영팀용)
        location /backup {
            alias /data/backup/;
        }

        location ~ /\\.git {
            allow all;
        }
    }
}
```

점검표 항목: 디렉터리 리스팅, 버전 정보 노출, 취약한 TLS 버전, HTTP 평문 서비스, 관리자 페이지 접근 통제, 불필요한 파일 노출, 보안 헤더(HSTS, X-Frame-Options 등). 항목별로 '현재 상태 / 위험도 / 수정안' 표로 정리해 주시면 보고서에 그대로 쓰겠습니다."""),
("ko", """쿠버네티스 배포 매니페스트 검토 부탁드립니다. 민원 API 서버인데, 내부 보안 가이드(컨테이너 보안 기준)에 맞는지 확인하고 싶어요. 가이드 요약도 아래 붙였습니다.

```yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: minwon-api
  namespace: minwon
spec:
  replicas: 3
  selector:
    matchLabels: {app: minwon-api}
  template:
    metadata:
      labels: {app: minwon-api}
    spec:
      serviceAccountName: default
      hostNetwork: true
      containers:
      - name: api
        image: registry.example.kr/minwon-api:latest
        ports: [{containerPort: 8080}]
        env:
        - name: DB_PASSWORD
          value: "<PLACEHOLDER>"
        - name: ADMIN_TOKEN
          value: "<PLACEHOLDER>"
        securityContext:
          allowPrivilegeEscalation: true
          readOnlyRootFilesystem: false
        volumeMounts:
        - name: host-root
          mountPath: /host
      volumes:
      - name: host-root
        hostPath: {path: /}
```

[내부 컨테이너 보안 기준 요약]
1. 이미지 태그는 latest 금지, 버전 또는 digest 고정
2. 비밀값은 Secret 객체 또는 외부 비밀 관리 도구로 주입
3. root 실행 금지, 권한 상승 금지, 읽기 전용 루트 파일시스템 권장
4. hostNetwork, hostPath 사용 원칙적 금지(예외 시 보안담당관 승인)
5. 리소스 requests/limits 필수
6. 전용 ServiceAccount 사용, 불필요한 토큰 자동 마운트 금지

기준 번호별로 위반 여부를 표시해 주시고, 수정된 매니페스트 전체를 보여 주세요. hostPath로 / 를 마운트한 건 전임자가 로그 수집 때문에 넣었다는데 대안도 알려 주세요."""),
("ko", """방화벽 정책 정비 작업 중입니다. 아래는 현재 정책 목록(일부)인데, 정책 정비 기준에 따라 '삭제 대상 / 수정 대상 / 유지'로 분류해 주시고 이유를 한 줄씩 적어 주세요.

[정비 기준]
- 출발지나 목적지가 any이고 포트도 any인 정책은 원칙적으로 삭제 또는 축소
- 최근 90일 사용 이력(hit count 0)이 없는 정책은 삭제 검토
- 신청자가 퇴직했거나 사업이 종료된 정책은 삭제
- 관리 포트(22, 3389, 23)는 관리망에서만 허용
- 만료일이 없는 임시 정책은 만료일 지정

| No | 출발지 | 목적지 | 포트 | 동작 | 신청자/사유 | 최근 90일 hit | 만료일 |
|---|---|---|---|---|---|---|---|
| 101 | any | 10.9.1.10(웹) | 80,443 | 허용 | 정보통신과/대민 서비스 | 4,812,331 | 없음 |
| 102 | 10.2.0.0/16(업무망) | 10.9.2.20(DB) | 5432 | 허용 | 개발업체 A/유지보수 | 0 | 2025-12-31 |
| 103 | any | any | any | 허용 | 전임자/장애 대응 임시 | 12,002 | 없음 |
| 104 | 10.5.1.0/24(관리망) | 10.9.0.0/16 | 22 | 허용 | 정보통신과/서버 관리 | 3,120 | 없음 |
| 105 | 10.2.0.0/16(업무망) | 10.9.1.0/24 | 3389 | 허용 | 민원과/원격 지원 | 211 | 없음 |
| 106 | 203.0.113.7(협력사) | 10.9.3.5(SFTP) | 22 | 허용 | 홍○○(퇴직)/자료 교환 | 0 | 없음 |
| 107 | 10.2.0.0/16 | 8.8.8.8 | 53 | 허용 | 사유 없음 | 55,120 | 없음 |

103번은 지금 트래픽이 있어서 바로 지우면 장애가 날까 봐 걱정인데, 안전하게 축소하는 단계별 방법도 제안해 주세요."""),
("ko", """우리 부서 '생성형 AI 이용 정책' 설정 파일(YAML)을 만들었는데, 정책 문서 내용과 일치하는지 봐 주세요. 정책 문서는 아래에 요약했습니다.

```yaml
# 생성형 AI 게이트웨이 정책 v0.3 (정보화담당관실)
gateway:
  allowed_models: [internal-llm-ko, vendor-a-chat]
  default_model: internal-llm-ko
  max_input_chars: 8000
  logging:
    store_prompts: true        # 감사 목적 90일 보관
    mask_pii: true             # 주민번호·전화번호 마스킹 후 저장
    retention_days: 90
  filters:
    block_categories: [prompt_injection, jailbreak, cybercrime, self_harm, illegal_drugs]
    on_self_harm: show_help_resources   # 차단 대신 상담 안내 표시
    on_block: show_message
  upload:
    allowed_ext: [txt, pdf, hwp, docx, xlsx]
    scan_before_send: true
  access:
    groups:
      - name: all-staff
        models: [internal-llm-ko]
      - name: ai-pilot
        models: [internal-llm-ko, vendor-a-chat]
    admin_override: false      # 관리자도 필터 해제 불가
```

[정책 문서 요약]
- 외부 모델(vendor-a-chat)은 시범 부서만 사용, 비공개 문서 업로드 금지
- 개인정보는 마스킹 후 저장, 프롬프트 보관 기간 90일
- 자해·자살 관련 입력은 차단하지 말고 상담 자원을 안내
- 정상 업무 질문이 차단되면 이용자가 '오차단 신고'를 할 수 있어야 함
- 관리자라도 필터를 임의로 끌 수 없고, 예외는 보안심의 후 설정 변경으로만 가능

정책 문서에는 있는데 YAML에 빠진 항목을 찾아 주시고, 추가할 키 이름과 값도 제안해 주세요."""),
("ko", """.env.example 파일과 설정 로딩 코드 검토 부탁합니다. 신입 개발자가 실제 운영 비밀번호를 .env.example에 넣어서 커밋할 뻔한 일이 있어서, 실수 방지 장치를 만들고 싶어요.

```
# .env.example  (이 파일은 저장소에 커밋됨. 실제 값 넣지 말 것!)
APP_ENV=development
APP_DEBUG=true
DB_HOST=127.0.0.1
DB_PORT=5432
DB_NAME=minwon
DB_USER=<YOUR_DB_USER>
DB_PASSWORD=<YOUR_DB_PASSWORD>
REDIS_URL=redis://127.0.0.1:6379/0
JWT_SECRET=<RANDOM_64_HEX>
SMS_API_KEY=<ISSUED_BY_VENDOR>
ADMIN_BOOTSTRAP_EMAIL=admin@example.go.kr
# 운영에서는 반드시 false
ALLOW_DEBUG_LOGIN=false
```

```python
# settings.py
import os
from dotenv import load_dotenv
load_dotenv()

DEBUG = os.getenv("APP_DEBUG", "true") == "true"
JWT_SECRET = os.getenv("JWT_SECRET", "dev-secret")
ALLOW_DEBUG_LOGIN = os.getenv("ALLOW_DEBUG_LOGIN", "true") == "true"
```

settings.py의 기본값들이 운영에서 위험하다는 지적을 받았습니다. 운영 환경에서 값이 비어 있으면 아예 기동을 멈추게(fail fast) 하는 코드로 바꿔 주시고, pre-commit 훅으로 비밀값 커밋을 막는 설정 예시도 알려 주세요."""),
]

ITEMS += [
("ko", "방화벽에서 '관리자 페이지 해외 IP 전면 차단' 정책 넣었더니 해외 출장 간 직원이 접속을 못 해요. 예외 처리 어떻게 하는 게 정석이에요?"),
("ko", """systemd 유닛 파일인데 재시작 정책 맞게 썼나 봐 줘.
[Service]
ExecStart=/opt/minwon/bin/worker
Restart=always
RestartSec=5
User=root"""),
("ko", "Nextcloud 공유 링크 기본값을 '비밀번호 필수, 7일 만료'로 강제하는 설정이 어디 있어요?"),
("ko", "MySQL에서 root 계정 원격 접속 막는 설정이랑, 앱 전용 계정에 필요한 권한만 주는 GRANT문 예시 부탁합니다."),
("ko", """ufw 상태가 이렇게 나오는데 3306이 왜 열려 있는지 모르겠어요. 닫아도 되나요?
To                         Action      From
--                         ------      ----
22/tcp                     ALLOW       10.0.0.0/8
80,443/tcp                 ALLOW       Anywhere
3306/tcp                   ALLOW       Anywhere"""),
("ko", "망분리 환경에서 인터넷망 PC와 업무망 PC 간 자료 전송 시스템 정책 설정할 때 확장자 화이트리스트 추천 좀 해 줘."),
("ko", "GitLab에서 프로젝트 Visibility가 Internal인데 외주 직원 계정도 다 볼 수 있는 거 맞아? Private으로 바꾸면 뭐가 달라져?"),
("ko", "톰캣 server.xml에서 shutdown 포트 8005 비활성화하라는 점검 결과가 나왔어요. port=\"-1\"로 바꾸면 되나요?"),
("ko", "SSH 접속 시 OTP(구글 OTP) 추가 인증 설정하는 방법 알려 줘요. 우분투 22.04, PAM 설정 기준."),
("ko", "출입통제 시스템 접근권한 목록에 '전 구역 출입 가능'인 카드가 40장이나 있어요. 권한 재부여 기준표 만들어 줄 수 있어요?"),
("ko", "정책 YAML에서 deny가 allow보다 먼저 평가되는지 나중에 평가되는지는 엔진마다 다른가요? 우리 건 OPA 아니고 자체 엔진이에요."),
("mixed", "Spring `application-prod.yml`에서 `management.endpoints.web.exposure.include: \"*\"` 로 돼 있는데 actuator 전부 열면 위험하죠? 최소한으로 열 목록 추천해 주세요."),
("mixed", "AWS S3 bucket policy에서 `\"Principal\": \"*\"` 있는 문장 찾아서 CloudFront OAC만 허용하도록 바꾸는 예시 보여줘요."),
("mixed", "Azure AD Conditional Access에서 '관리자 역할은 MFA 필수' 정책 만드는 순서 알려 줘. 한국어 메뉴 이름 기준으로."),
("ko", "공유 폴더 권한 설정에서 'Everyone 모든 권한'을 없애려는데, 어떤 순서로 해야 업무 중단이 없을까?"),
]

ITEMS += [
("mixed", "Fail2ban jail.local에서 `bantime = -1`(영구 차단) 쓰면 문제 생길까요? 우리 직원 IP가 잘못 차단될까 봐 걱정돼요. ignoreip 설정 예시도."),
]
