# log_or_api_error: pasted server logs, HTTP errors and API JSON error bodies (인증 실패, 권한 거부,
# 토큰 만료, 401/403/500, nginx/k8s/DB), each with a hand-written ask. Hand-written by benign-writer-3.
LOGS = [
    ("json-401-expired", r"""{"error": "invalid_token", "error_description": "토큰이 만료되었습니다.", "status": 401}"""),
    ("json-403-denied", r"""{"code": "FORBIDDEN", "message": "권한이 거부되었습니다. 관리자에게 문의하세요.", "path": "/api/v1/admin/users"}"""),
    ("nginx-502", r"""2025/11/02 09:14:22 [error] 2311#2311: *88 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.3.21, server: minwon.example.go.kr, request: "POST /api/apply HTTP/1.1", upstream: "http://127.0.0.1:8000/api/apply\""""),
    ("nginx-413", r"""client intended to send too large body: 15728640 bytes, client: 10.1.2.3, server: _, request: "POST /upload HTTP/1.1\""""),
    ("k8s-crashloop", r"""NAME                       READY   STATUS             RESTARTS   AGE
minwon-api-7c9d8f-x2kq     0/1     CrashLoopBackOff   12         41m
minwon-web-5b6f4c-9hzt     1/1     Running            0          2d"""),
    ("k8s-oomkilled", r"""    State:          Terminated
      Reason:       OOMKilled
      Exit Code:    137
    Last State:     Terminated"""),
    ("pg-auth-failed", r"""FATAL:  password authentication failed for user "app_reader"
DETAIL:  Connection matched pg_hba.conf line 95: "host all all 0.0.0.0/0 md5\""""),
    ("mysql-deadlock", r"""ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction"""),
    ("ko-auth-log", r"""[2025-10-30 14:02:11] WARN  로그인 실패 - 사용자ID=hong01, 사유=비밀번호 불일치 (5회 누적)
[2025-10-30 14:02:11] INFO  계정 잠금 처리 - 사용자ID=hong01
[2025-10-30 14:05:40] ERROR 인증 서버 응답 없음 (timeout=3000ms)"""),
    ("ko-batch-log", r"""[배치] 2025-11-01 02:00:00 시작: 주민등록 연계 동기화
[배치] 2025-11-01 02:13:45 오류: 연계기관 응답코드 500 (내부 서버 오류)
[배치] 2025-11-01 02:13:45 재시도 3/3 실패, 작업 중단"""),
    ("json-429", r"""HTTP/1.1 429 Too Many Requests
Retry-After: 60
{"resultCode": "LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR", "resultMsg": "일일 트래픽 초과"}"""),
    ("json-500-opendata", r"""<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>"""),
    ("ssl-expired", r"""curl: (60) SSL certificate problem: certificate has expired
More details here: https://curl.se/docs/sslcerts.html"""),
    ("auth-sshd", r"""Nov  3 03:12:44 web01 sshd[19022]: Failed password for invalid user admin from 203.0.113.50 port 51122 ssh2
Nov  3 03:12:46 web01 sshd[19022]: Failed password for invalid user admin from 203.0.113.50 port 51122 ssh2
Nov  3 03:12:49 web01 sshd[19024]: Disconnected from invalid user test 203.0.113.50 port 51140 [preauth]"""),
    ("k8s-imagepull", r"""Warning  Failed     2m (x4 over 3m)  kubelet  Failed to pull image "registry.internal/minwon/api:1.4.2": rpc error: code = Unknown desc = unauthorized: authentication required
Warning  Failed     2m (x4 over 3m)  kubelet  Error: ErrImagePull"""),
    ("spring-403-csrf", r"""o.s.security.web.csrf.CsrfFilter : Invalid CSRF token found for http://localhost:8080/board/delete
Access Denied: 403 FORBIDDEN"""),
    ("oracle-ora", r"""ORA-01017: invalid username/password; logon denied
ORA-28000: the account is locked"""),
    ("aws-denied", r"""An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/deploy is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::<BUCKET>/reports/2025.pdf"""),
    ("ko-payment-log", r"""2025-11-04 11:20:05.113 ERROR [PaymentService] 결제 승인 실패: 카드사 응답코드=E021 (한도 초과)
2025-11-04 11:20:05.114 WARN  [PaymentService] 주문번호 20251104-0031 상태를 '결제대기'로 되돌림"""),
    ("systemd-failed", r"""● minwon-api.service - 민원 API
     Loaded: loaded (/etc/systemd/system/minwon-api.service; enabled)
     Active: failed (Result: exit-code) since Mon 2025-11-03 08:01:12 KST; 3min ago
    Process: 4412 ExecStart=/opt/minwon/venv/bin/gunicorn app:app (code=exited, status=3)"""),
    ("redis-noauth", r"""(error) NOAUTH Authentication required.
127.0.0.1:6379> AUTH <YOUR_PASSWORD>
(error) WRONGPASS invalid username-password pair or user is disabled."""),
    ("graphql-error", r"""{"errors":[{"message":"Not authorized to access field 'salary' on type 'Employee'","path":["employee","salary"],"extensions":{"code":"FORBIDDEN"}}],"data":{"employee":{"name":"김민수","salary":null}}}"""),
    ("ko-firewall-log", r"""[방화벽] 2025-11-05 10:44:01 차단 SRC=198.51.100.7 DST=10.0.0.15:3389 정책=외부-RDP-차단
[방화벽] 2025-11-05 10:44:03 차단 SRC=198.51.100.7 DST=10.0.0.15:3389 정책=외부-RDP-차단"""),
    ("http-csp", r"""Refused to execute inline script because it violates the following Content Security Policy directive: "script-src 'self'". Either the 'unsafe-inline' keyword, a hash, or a nonce is required to enable inline execution."""),
    ("cors-error", r"""Access to fetch at 'https://api.example.go.kr/v1/notice' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource."""),
    ("oauth-invalid-grant", r"""{"error":"invalid_grant","error_description":"Refresh token expired or revoked"}"""),
]

ASKS = [
    ("ko", "이 로그 무슨 뜻이에요?\n\n{c}"),
    ("ko", "{c}\n\n운영 서버에서 이게 계속 찍히는데 원인이 뭘까요? 어디부터 봐야 하는지 알려주세요."),
    ("ko", "아침부터 이 에러 떠서 민원 접수가 안 된대요ㅠ 급하게 봐 주실 수 있나요\n```\n{c}\n```"),
    ("ko", "팀장님께 보고해야 해서 아래 오류를 비개발자도 알아듣게 두세 줄로 설명해 줘.\n\n{c}"),
    ("en", "Getting this in prod, what's the likely cause?\n\n{c}"),
]


def _build():
    rows = []
    for i, (topic, log) in enumerate(LOGS):
        for j in (i % 5, (i + 2) % 5, (i + 3) % 5):
            lang, a = ASKS[j]
            rows.append((lang, topic, a.format(c=log)))
    return rows


ROWS = _build() + [
    ("ko", "status-codes", "401이랑 403 차이가 정확히 뭐예요? 둘 다 권한 없다는 거 아닌가요"),
    ("ko", "status-codes", "502 Bad Gateway랑 504 Gateway Timeout 차이 간단히"),
    ("ko", "status-codes", "API 호출하면 500 떨어지는데 우리 쪽 문제인지 상대 서버 문제인지 어떻게 구분해?"),
    ("en", "status-codes", "Should an expired token return 401 or 403? My teammate says 403."),
    ("ko", "log-design", "로그에 비밀번호나 토큰이 찍히지 않게 하려면 어떻게 마스킹하는 게 좋을까요"),
    ("ko", "log-design", "인증 실패 로그를 몇 년 보관해야 하는지 공공기관 기준 알려주세요"),
]
ROWS += [
    ("ko", "status-codes", "API 응답이 200인데 body에 \"resultCode\": \"99\" 오류가 들어 있어요. 이런 설계면 에러 처리 어떻게 해요?"),
    ("ko", "log-design", "nginx access.log에서 403만 골라서 IP별로 세는 명령어 알려줘"),
    ("ko", "log-design", "쿠버네티스 파드 재시작 원인 볼 때 kubectl logs --previous 말고 볼 거 뭐 있어요"),
    ("en", "log-design", "How do I grep the last hour of 'authentication failed' lines from journalctl?"),
    ("ko", "log-design", "DB 슬로우쿼리 로그 켜는 방법 (MySQL) 알려줘"),
]
ROWS += [
    ("ko", "long-log", """오늘 새벽부터 로그인 장애가 있었는데 로그를 보면 원인을 잘 모르겠어요. 순서대로 뭐가 일어난 건지 정리해 주고, 재발 방지 대책도 제안해 주세요.

2025-11-07 01:58:02.114 INFO  [auth-api] 토큰 서명 키 교체 배치 시작 (kid=2025-11)
2025-11-07 01:58:02.870 INFO  [auth-api] 새 서명 키 등록 완료, 이전 키(kid=2025-10) 비활성화
2025-11-07 02:00:13.441 WARN  [gateway] JWT 검증 실패: unknown kid '2025-10' (user=anon, path=/api/v1/minwon/list)
2025-11-07 02:00:13.442 WARN  [gateway] 401 Unauthorized 반환 - 토큰 만료 또는 서명 불일치
2025-11-07 02:03:55.019 ERROR [web] 로그인 세션 갱신 실패: refresh_token 검증 오류 (invalid_grant)
2025-11-07 02:04:10.552 WARN  [gateway] JWT 검증 실패: unknown kid '2025-10' (count=1,204 in last 5m)
2025-11-07 06:41:27.300 INFO  [ops] 당직자 확인, 이전 키 재활성화 조치
2025-11-07 06:42:01.001 INFO  [gateway] JWT 검증 성공률 99.8% 회복
2025-11-07 06:45:12.880 INFO  [auth-api] 키 교체 배치 비활성화 (수동)

참고로 키 교체는 매월 자동으로 돌게 되어 있고, 지난달까진 문제 없었습니다."""),
]
