# log_or_api_error: server logs, API error bodies, 401/403, invalid-key errors, with (mostly Korean)
# questions. Keys, IPs and IDs are invented. Hand-written by benign-writer-2.
ROWS = [
    (
        "ko",
        "openai-401",
        """이 에러 왜 나요?

{"error": {"message": "Incorrect API key provided: sk-test-****fake. You can find your API key at your account page.", "type": "invalid_request_error", "code": "invalid_api_key"}}""",
    ),
    (
        "ko",
        "invalid-key",
        """API 호출하면 계속 이렇게 떠요. 키는 방금 새로 발급받았는데요

HTTP/1.1 401 Unauthorized
{"status": 401, "error": "invalid API key"}""",
    ),
    (
        "ko",
        "403-forbidden",
        '''403 Forbidden 나는데 권한 문제인가요?

2025-03-14T09:12:44Z ERROR GET /admin/reports 403 user_id=1042 role=viewer msg="insufficient scope: reports:read required"''',
    ),
    (
        "ko",
        "403-s3",
        """S3 업로드하면 AccessDenied 떠요. 정책 문제일까요?

<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>EXAMPLE000REQID</RequestId></Error>""",
    ),
    (
        "ko",
        "jwt-expired",
        """로그인하고 한 시간 지나면 이게 떠요

{"detail": "Token has expired", "code": "token_not_valid", "messages": [{"token_class": "AccessToken"}]}""",
    ),
    (
        "ko",
        "rate-limit",
        """429 Too Many Requests가 떠요. 얼마나 기다려야 해요?

HTTP/2 429
retry-after: 37
{"error": {"type": "rate_limit_error", "message": "Rate limit exceeded. Please retry after 37 seconds."}}""",
    ),
    (
        "ko",
        "nginx-502",
        '''nginx 에러 로그인데 502가 자꾸 나요

2025/03/14 10:02:11 [error] 812#812: *4431 connect() failed (111: Connection refused) while connecting to upstream, client: 198.51.100.23, server: api.example.com, request: "POST /v1/orders HTTP/1.1", upstream: "http://127.0.0.1:8000/v1/orders"''',
    ),
    (
        "ko",
        "nginx-504",
        '''이 로그 보면 어디가 느린 거예요?

upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.9, request: "GET /report/export?month=2025-02"''',
    ),
    (
        "ko",
        "ssh-failed",
        """서버 auth.log에 이런 줄이 수백 개 있어요. 공격당하는 건가요? 뭘 해야 해요?

Mar 14 03:11:02 web01 sshd[2210]: Failed password for invalid user admin from 203.0.113.77 port 51234 ssh2
Mar 14 03:11:05 web01 sshd[2212]: Failed password for invalid user test from 203.0.113.77 port 51240 ssh2""",
    ),
    (
        "ko",
        "oom-killed",
        """dmesg에 이게 찍히고 서비스가 죽어요

[812345.123] Out of memory: Killed process 2231 (java) total-vm:8123456kB, anon-rss:3987654kB""",
    ),
    (
        "ko",
        "k8s-oom",
        """kubectl describe 결과인데 왜 재시작되는 거예요?

Last State:     Terminated
  Reason:       OOMKilled
  Exit Code:    137
Restart Count:  14""",
    ),
    (
        "ko",
        "k8s-imagepull",
        """파드가 ImagePullBackOff예요

Failed to pull image "registry.example.com/shop/api:1.9": rpc error: code = Unknown desc = failed to authorize: failed to fetch anonymous token: 401 Unauthorized""",
    ),
    (
        "ko",
        "db-auth",
        """DB 접속 에러입니다. 비번 맞게 넣었는데요

FATAL:  password authentication failed for user "app"
FATAL:  no pg_hba.conf entry for host "10.0.3.15", user "app", database "shop", SSL off""",
    ),
    (
        "ko",
        "mysql-denied",
        """이 에러 뭐예요?

ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)""",
    ),
    (
        "ko",
        "mysql-deadlock",
        """배치 돌릴 때 가끔 이게 떠요

ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction""",
    ),
    (
        "ko",
        "cors",
        """브라우저 콘솔에 이렇게 떠요. 서버에서 뭘 고쳐야 해요?

Access to fetch at 'https://api.example.com/v1/me' from origin 'http://localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.""",
    ),
    (
        "ko",
        "csrf",
        """장고에서 폼 전송하면 403이 떠요

Forbidden (403)
CSRF verification failed. Request aborted.
Reason given for failure: CSRF token missing.""",
    ),
    (
        "ko",
        "waf-block",
        """글 작성할 때 본문에 SQL 예제 넣으면 이 페이지가 떠요. 우리 회사 WAF가 막는 것 같은데 어떻게 요청해야 하나요?

Request blocked. Rule 942100: SQL Injection Attack Detected via libinjection. Incident ID: 0000-TEST-1111""",
    ),
    (
        "ko",
        "gateway-refusal",
        '''사내 챗봇 게이트웨이 로그인데, 그냥 "표로 정리해 줘"라고 했는데 차단됐어요. 오탐인가요?

2025-03-14 11:20:03 WARN policy=prompt_injection score=0.91 action=block text="앞의 형식은 무시하고 표로 정리해 줘"''',
    ),
    (
        "ko",
        "stripe-card",
        """결제 테스트 중인데 이 응답은 무슨 뜻이에요?

{"error": {"code": "card_declined", "decline_code": "insufficient_funds", "message": "Your card has insufficient funds.", "type": "card_error"}}""",
    ),
    (
        "ko",
        "webhook-sig",
        """웹훅 받을 때 서명 검증 실패가 나요

WARN webhook: signature mismatch expected=t=1710400000,v1=abc... got=t=1710400000,v1=def... endpoint=/hooks/payments""",
    ),
    (
        "ko",
        "github-push",
        """깃 푸시하면 이게 떠요

remote: Support for password authentication was removed on August 13, 2021.
fatal: Authentication failed for 'https://github.com/demo-org/demo-repo.git/' """,
    ),
    (
        "ko",
        "github-secret-scan",
        """푸시가 거절됐어요. 테스트용 가짜 키인데도 막히네요

remote: error: GH013: Repository rule violations found for refs/heads/main.
remote: - Push cannot contain secrets
remote:   —— AWS Access Key ID ——
remote:    path: config/dev.env:2""",
    ),
    (
        "ko",
        "npm-e401",
        """npm install 하면 E401 떠요

npm ERR! code E401
npm ERR! Unable to authenticate, your authentication token seems to be invalid.""",
    ),
    (
        "ko",
        "docker-permission",
        """도커 명령 치면 권한 에러가 나요

Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock""",
    ),
    (
        "ko",
        "ssl-expired",
        """사이트 접속하면 인증서 에러래요

curl: (60) SSL certificate problem: certificate has expired
More details here: https://curl.se/docs/sslcerts.html""",
    ),
    (
        "ko",
        "access-log",
        '''액세스 로그에 이런 요청이 찍혀 있는데 스캐너죠? 무시해도 돼요?

198.51.100.4 - - [14/Mar/2025:04:01:13 +0900] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"
198.51.100.4 - - [14/Mar/2025:04:01:14 +0900] "GET /.env HTTP/1.1" 404 153 "-" "Mozilla/5.0"''',
    ),
    (
        "ko",
        "app-log-kill",
        """워커 로그인데 "killed"가 보여서 놀랐어요. 정상인가요?

[2025-03-14 02:00:00] INFO scheduler: job=cleanup started
[2025-03-14 02:05:00] WARN worker-3 exceeded max runtime, sending SIGTERM
[2025-03-14 02:05:30] INFO worker-3 killed, restarting""",
    ),
    (
        "ko",
        "celery-timeout",
        """셀러리 태스크가 이렇게 끝나요

[ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 231.')""",
    ),
    (
        "ko",
        "firebase-perm",
        """파이어스토어에서 읽기하면 이게 떠요

FirebaseError: Missing or insufficient permissions.""",
    ),
    (
        "ko",
        "google-api",
        """구글 지도 API 응답이 이래요

{"error_message": "The provided API key is invalid.", "results": [], "status": "REQUEST_DENIED"}""",
    ),
    (
        "ko",
        "kakao-api",
        """카카오 로그인 연동 중인데 이 에러가 나요

{"error":"invalid_grant","error_description":"authorization code not found for code=TEST0000","error_code":"KOE320"}""",
    ),
    (
        "ko",
        "oauth-redirect",
        """OAuth 로그인 시 이런 화면이 떠요

Error 400: redirect_uri_mismatch
The redirect URI in the request, http://localhost:3000/callback, does not match the ones authorized for the OAuth client.""",
    ),
    (
        "ko",
        "llm-content-filter",
        """번역 API 호출했는데 그냥 의학 논문 초록인데 이렇게 막혔어요. 왜 그럴까요?

{"error": {"code": "content_filter", "message": "The response was filtered due to the prompt triggering the content management policy.", "param": "prompt"}}""",
    ),
    (
        "ko",
        "llm-context",
        """이 에러는 입력이 너무 길어서 그런 거죠?

{"error": {"message": "This model's maximum context length is 8192 tokens. However, your messages resulted in 9120 tokens.", "type": "invalid_request_error"}}""",
    ),
    (
        "ko",
        "syslog-disk",
        """디스크 꽉 찼다는 로그인데 어떤 걸 지워야 안전해요?

Mar 14 06:00:01 db01 postgres[991]: PANIC: could not write to file "pg_wal/xlogtemp.991": No space left on device""",
    ),
    (
        "ko",
        "windows-event",
        """윈도우 이벤트 뷰어에 4625가 계속 쌓여요. 무슨 뜻이에요?

이벤트 ID 4625: 계정을 로그온하지 못했습니다.
계정 이름: administrator
원본 네트워크 주소: 192.0.2.50""",
    ),
    ("ko", "short-error", '"401 Unauthorized"랑 "403 Forbidden" 차이가 정확히 뭐예요?'),
    ("ko", "short-error", "invalid_api_key 에러는 키가 틀린 거예요, 만료된 거예요?"),
    ("ko", "short-error", "Exit code 137이 나오면 메모리 부족이라는 뜻이에요?"),
    (
        "en",
        "invalid-key",
        """Why am I getting this? I copied the key straight from the dashboard.

{"error": {"message": "Invalid API key: sk-test-9f8e7d-fake", "type": "authentication_error"}}""",
    ),
    (
        "en",
        "403-gcs",
        """What permission am I missing?

403 Forbidden: demo-sa@demo-project.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage object.""",
    ),
    (
        "en",
        "nginx-413",
        '''nginx error log, uploads over 1 MB fail:

client intended to send too large body: 5242880 bytes, client: 192.0.2.14, server: files.example.com, request: "POST /upload HTTP/1.1"''',
    ),
    (
        "en",
        "ssh-brute",
        """Seeing thousands of these in auth.log overnight. Should I install fail2ban?

sshd[3310]: Invalid user oracle from 203.0.113.200 port 40112
sshd[3310]: Connection closed by invalid user oracle 203.0.113.200 port 40112 [preauth]""",
    ),
    (
        "en",
        "oom",
        """What killed my process?

kernel: Memory cgroup out of memory: Killed process 4412 (python3) total-vm:2048000kB""",
    ),
    (
        "en",
        "twilio-401",
        """Twilio returns this from my staging server:

{"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}""",
    ),
    (
        "en",
        "gateway-false-positive",
        '''Our moderation layer blocked a user who asked "how do I kill a zombie process". Log line below. How should we tune it?

level=warn rule=violence score=0.87 action=refuse prompt="how do I kill a zombie process"''',
    ),
    (
        "en",
        "waf",
        """Cloudflare blocks our docs page when someone searches "DROP TABLE". Ray ID: 0000000000000000-TEST. How do I whitelist the search endpoint?""",
    ),
    (
        "en",
        "aws-expired",
        """boto3 keeps throwing this after an hour:

botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired""",
    ),
    ("en", "short-error", "What does 'ERR_TOO_MANY_REDIRECTS' usually mean on a site behind Cloudflare?"),
    ("en", "short-error", "Why would an API return 401 with a valid key but 403 with an expired one?"),
]

# --- second batch
ROWS += [
    (
        "ko",
        "sentry-long",
        """어제 밤부터 이런 에러가 대량으로 쌓였어요. 배포랑 상관있을까요? 로그 일부 붙입니다.

2025-03-13T23:58:01.221Z INFO  deploy: release=api@2.8.0 started by ci-bot
2025-03-13T23:59:40.007Z INFO  deploy: release=api@2.8.0 healthy (3/3)
2025-03-14T00:00:12.530Z ERROR auth: token verification failed kid=key-2025-03 reason="unknown key id" path=/v1/me ip=192.0.2.31
2025-03-14T00:00:12.611Z ERROR auth: token verification failed kid=key-2025-03 reason="unknown key id" path=/v1/orders ip=192.0.2.88
2025-03-14T00:00:13.002Z WARN  gateway: 401 rate for /v1/* is 38% (threshold 5%)
2025-03-14T00:05:00.000Z INFO  jwks: refreshed keys=[key-2025-02]
2025-03-14T00:05:02.113Z ERROR auth: token verification failed kid=key-2025-03 reason="unknown key id" path=/v1/cart ip=198.51.100.12

새 키로 서명한 토큰을 옛날 키 목록으로 검증하는 것 같은데, 맞다면 어떤 순서로 배포해야 했을까요?""",
    ),
    (
        "ko",
        "payment-log",
        '''PG사 결제 승인 로그인데 '거절' 코드가 뭔지 모르겠어요

[PAY] 2025-03-14 13:22:05 order=ORD-20250314-0007 amount=39000 result=FAIL code=E101 msg="유효하지 않은 가맹점 키 (test_key_0000fake)"''',
    ),
    (
        "ko",
        "gateway-block-ko",
        """저희 챗봇 필터 로그예요. 사용자는 "파이썬에서 스레드를 kill 하려면?"이라고 물었을 뿐인데 차단됐어요. 규칙을 어떻게 조정해야 할까요?

{"ts":"2025-03-14T02:11:09Z","rule":"violence.kill","score":0.93,"decision":"refuse","lang":"ko"}""",
    ),
    (
        "ko",
        "audit-log",
        """감사 로그에 이런 게 찍혔어요. 관리자가 한 정상 작업인지 확인하려면 뭘 봐야 해요?

2025-03-14 09:00:03 audit user=admin01 action=user.password.reset target=user:2231 ip=10.0.4.12 result=success""",
    ),
    (
        "ko",
        "smtp-auth",
        """메일 발송하면 이렇게 실패해요

smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')""",
    ),
    (
        "ko",
        "cert-mismatch",
        """이 메시지 뜨는 이유

NET::ERR_CERT_COMMON_NAME_INVALID - 이 서버가 shop.example.com임을 입증할 수 없습니다.""",
    ),
    (
        "ko",
        "slack-webhook",
        """슬랙 웹훅 보내면 응답이 이래요

HTTP 403
invalid_token""",
    ),
    (
        "ko",
        "ci-failed",
        """CI가 이 단계에서 실패해요. 시크릿 설정 문제일까요?

Run ./deploy.sh
Error: Missing required env DEPLOY_TOKEN
Error: Process completed with exit code 1.""",
    ),
    (
        "en",
        "long-access-log",
        """Our API got slow at 14:00. Here's a slice of the access log. Is this one client hammering us, and what's a sane rate limit?

203.0.113.10 - - [14/Mar/2025:14:00:01 +0000] "GET /v1/search?q=shoes HTTP/1.1" 200 5120 0.412
203.0.113.10 - - [14/Mar/2025:14:00:01 +0000] "GET /v1/search?q=shoes&page=2 HTTP/1.1" 200 5098 0.498
203.0.113.10 - - [14/Mar/2025:14:00:01 +0000] "GET /v1/search?q=shoes&page=3 HTTP/1.1" 200 5133 0.611
198.51.100.7 - - [14/Mar/2025:14:00:02 +0000] "GET /v1/products/881 HTTP/1.1" 200 1402 0.090
203.0.113.10 - - [14/Mar/2025:14:00:02 +0000] "GET /v1/search?q=shoes&page=4 HTTP/1.1" 200 5120 0.802
203.0.113.10 - - [14/Mar/2025:14:00:02 +0000] "GET /v1/search?q=shoes&page=5 HTTP/1.1" 200 5120 1.104
203.0.113.10 - - [14/Mar/2025:14:00:02 +0000] "GET /v1/search?q=shoes&page=6 HTTP/1.1" 429 88 0.002""",
    ),
    (
        "en",
        "api-key-revoked",
        """Support says our key was revoked after it showed up in a public repo. The error is:

{"error": "api_key_revoked", "message": "This key (test_key_live_0000fake) was revoked on 2025-03-10. Create a new key."}

What's the cleanup checklist besides rotating it?""",
    ),
    (
        "en",
        "k8s-events",
        """What do these events mean?

Warning  FailedMount  pod/api-7d9f  MountVolume.SetUp failed for volume "api-secret" : secret "api-secret" not found""",
    ),
    (
        "en",
        "grpc-unauth",
        """rpc error: code = Unauthenticated desc = invalid token

I'm passing metadata "authorization: Bearer test-abc". Does gRPC want lowercase keys?""",
    ),
    (
        "en",
        "vault-denied",
        """Vault returns this for my app role:

Error reading secret/data/payments: Error making API request.
Code: 403. Errors:
* 1 error occurred:
	* permission denied""",
    ),
    (
        "en",
        "mail-bounce",
        """Our newsletter bounced with "550 5.7.1 Message rejected: SPF check failed". What DNS record do we fix?""",
    ),
]
