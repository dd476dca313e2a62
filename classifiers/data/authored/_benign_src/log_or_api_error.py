# log_or_api_error: server/app logs and API error bodies pasted with a question. Keys, tokens and
# IPs are invented (documentation IP ranges, private ranges, obviously fake keys).
JWT1 = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDI0IiwibmFtZSI6InRlc3QiLCJpYXQiOjE3MTAwMDAwMDAsImV4cCI6MTcxMDAwMzYwMH0.3q1Vw8c2uXl0mZc5dE9fQk7n1p0Yt6HcR8sJzA4bB2o"
JWT2 = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImtleS0yMDI0In0.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20iLCJhdWQiOiJhcGkiLCJzdWIiOiJ1c2VyXzc3In0.c2lnbmF0dXJlLW5vdC1yZWFs"
ROWS = [
    ("en", "http-500-json", '''Our mobile app keeps getting this from the backend. Where do I start?

HTTP/1.1 500 Internal Server Error
Content-Type: application/json

{"error": "internal_error", "message": "An unexpected error occurred", "request_id": "req_8f2a91c3"}'''),
    ("en", "http-401-apikey", '''I'm calling the API from a server at 203.0.113.45 with key sk-test-51Hx9aQ2eZvKYlo2C8fake and I get:

{"error": {"type": "invalid_request_error", "code": "invalid_api_key", "message": "Invalid API key provided: sk-test-****fake"}}

The key works from my laptop. Is there IP allowlisting?'''),
    ("en", "http-401-expired-jwt", f'''Why is this token rejected? It was issued an hour ago.

Authorization: Bearer {JWT1}

Response: 401 {{"detail": "Token has expired"}}'''),
    ("en", "http-403-s3", '''<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>7B2F1C3D9E8A0F11</RequestId><HostId>abc123exampleHostId=</HostId></Error>

I'm getting this when opening the image URL from our bucket. The bucket is supposed to be public-read.'''),
    ("en", "http-403-forbidden", '''{"status": 403, "error": "Forbidden", "message": "Access denied: role 'viewer' cannot perform 'orders:write'", "path": "/api/v2/orders"}

How do I give my colleague write access without making her admin?'''),
    ("en", "http-429", '''HTTP 429 Too Many Requests
Retry-After: 30
{"error":"rate_limited","limit":"100/min","remaining":0}

What's a sensible retry strategy for a nightly sync job?'''),
    ("en", "http-502-nginx", '''Users see "502 Bad Gateway nginx/1.24.0" after we deploy. The app starts about 20 seconds later. How do we avoid the gap?'''),
    ("en", "http-504", '''504 Gateway Time-out on /reports/export for large date ranges. The query takes ~90s. Should I raise proxy_read_timeout or make it async?'''),
    ("en", "http-400-validation", '''{"type":"https://example.com/probs/validation","title":"Invalid request","status":400,"errors":{"email":["must be a valid email address"],"birthdate":["must be in the past"]}}

Is this RFC 7807 format? Should my frontend rely on it?'''),
    ("en", "http-404", '''GET https://api.example.com/v1/users/1234/profile 404 (Not Found)

But /v1/users/1234 works. Did they rename the endpoint?'''),
    ("en", "nginx-error-upstream", '''2024/03/11 02:14:55 [error] 1187#1187: *48213 connect() failed (111: Connection refused) while connecting to upstream, client: 198.51.100.23, server: shop.example.com, request: "GET /cart HTTP/1.1", upstream: "http://127.0.0.1:8080/cart", host: "shop.example.com"

What does this mean and is the client IP relevant?'''),
    ("en", "nginx-access-scan", '''Our access log is full of lines like this. Is it something to worry about or just background noise?

192.0.2.77 - - [12/Mar/2024:04:01:12 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"
192.0.2.77 - - [12/Mar/2024:04:01:13 +0000] "GET /.env HTTP/1.1" 404 153 "-" "Mozilla/5.0"
192.0.2.77 - - [12/Mar/2024:04:01:13 +0000] "GET /phpmyadmin/ HTTP/1.1" 404 153 "-" "Mozilla/5.0"

We don't run WordPress.'''),
    ("en", "nginx-413", '''client intended to send too large body: 15728640 bytes, client: 10.0.4.18, server: upload.internal, request: "POST /files HTTP/1.1"

where do I raise the limit?'''),
    ("en", "syslog-sshd-fail", '''Mar 14 03:22:01 web01 sshd[20231]: Failed password for invalid user admin from 203.0.113.9 port 51234 ssh2
Mar 14 03:22:04 web01 sshd[20231]: Failed password for invalid user admin from 203.0.113.9 port 51234 ssh2
Mar 14 03:22:07 web01 sshd[20233]: Connection closed by authenticating user root 203.0.113.9 port 51240 [preauth]

I see hundreds of these on my new VPS. Should I install fail2ban?'''),
    ("en", "syslog-oom", '''kernel: Out of memory: Killed process 4121 (java) total-vm:8123456kB, anon-rss:6012344kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:12480kB oom_score_adj:0

The JVM has -Xmx6g on an 8 GB box. Too tight?'''),
    ("en", "syslog-cron", '''May  2 00:00:01 db02 CRON[9981]: (postgres) CMD (/usr/local/bin/backup.sh > /dev/null 2>&1)
May  2 00:00:01 db02 CRON[9980]: (CRON) info (No MTA installed, discarding output)

Is the backup actually running? There are no new files.'''),
    ("en", "journal-systemd", '''● api.service - Orders API
     Loaded: loaded (/etc/systemd/system/api.service; enabled)
     Active: failed (Result: exit-code) since Tue 2024-04-02 09:14:03 UTC; 5s ago
    Process: 3312 ExecStart=/opt/api/bin/start (code=exited, status=203/EXEC)

What does status=203/EXEC mean?'''),
    ("en", "k8s-crashloop", '''NAME                        READY   STATUS             RESTARTS      AGE
payments-7d9c8b7f6d-x2lqk   0/1     CrashLoopBackOff   7 (2m ago)    14m

kubectl logs says "Error: missing env var STRIPE_SECRET". I thought I mounted the secret. How do I check?'''),
    ("en", "k8s-oomkilled", '''    State:          Terminated
      Reason:       OOMKilled
      Exit Code:    137
    Last State:     Terminated
    Restart Count:  12

Limits are memory: 512Mi. Should I just raise it?'''),
    ("en", "k8s-imagepull", '''Events:
  Warning  Failed     12s   kubelet  Failed to pull image "registry.example.com/team/web:1.8.2": rpc error: code = Unknown desc = failed to authorize: 401 Unauthorized
  Warning  Failed     12s   kubelet  Error: ErrImagePull

We rotated the registry password yesterday.'''),
    ("en", "k8s-forbidden", '''Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "staging"

What RBAC role do I need to bind?'''),
    ("en", "k8s-evicted", '''Why are my pods Evicted with "The node was low on resource: ephemeral-storage"? Is it the log files?'''),
    ("en", "docker-denied", '''Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied

fresh Ubuntu install, what group do I add myself to?'''),
    ("en", "aws-accessdenied", '''An error occurred (AccessDeniedException) when calling the PutItem operation: User: arn:aws:sts::123456789012:assumed-role/lambda-orders/orders-fn is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/Orders

Which policy statement am I missing?'''),
    ("en", "aws-key-leak-check", '''I accidentally committed a file with AWS_ACCESS_KEY_ID=AKIAEXAMPLEKEY0000000 to a private repo. It's a test key. What should I do now?'''),
    ("en", "gcp-permission", '''ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission 'run.services.create' denied on resource 'namespaces/my-proj/services/web' (or resource may not exist).'''),
    ("en", "github-401", '''remote: Invalid username or password.
fatal: Authentication failed for 'https://github.com/acme/site.git/'

I'm using my normal GitHub password. Do I need a token now?'''),
    ("en", "stripe-webhook", '''Stripe says my webhook failed: "No signatures found matching the expected signature for payload". I'm using whsec_test_abc123notreal as the secret. Could Express's JSON parser be changing the body?'''),
    ("en", "oauth-invalid-grant", '''{"error":"invalid_grant","error_description":"Bad Request"} from https://oauth2.googleapis.com/token when refreshing. Refresh token is about 8 months old.'''),
    ("en", "jwt-decode-question", f'''Can you decode this JWT and tell me when it expires? It's from our staging environment.

{JWT1}'''),
    ("en", "jwt-aud", f'''Our gateway logs "invalid audience" for tokens like this one:
{JWT2}
The API expects aud=orders-api. Is the token's aud just "api"?'''),
    ("en", "db-conn", '''FATAL:  no pg_hba.conf entry for host "10.0.3.27", user "report", database "analytics", SSL off

What line should I add to pg_hba.conf?'''),
    ("en", "mysql-access", '''ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)

I just installed MySQL 8 on Ubuntu and never set a password. Help?'''),
    ("en", "redis-noauth", '''(error) NOAUTH Authentication required.

Our app worked yesterday; ops enabled requirepass. Where do I put the password in the connection URL?'''),
    ("en", "smtp-535", '''smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')

Sending mail from a Python script with Gmail. Do I need an app password?'''),
    ("en", "cert-expired", '''curl: (60) SSL certificate problem: certificate has expired
More details here: https://curl.se/docs/sslcerts.html

It's our internal server at 10.20.0.5. How do I check the cert dates?'''),
    ("en", "firewall-log", '''[UFW BLOCK] IN=eth0 OUT= SRC=198.51.100.201 DST=10.0.0.12 LEN=44 TOS=0x00 PROTO=TCP SPT=40213 DPT=3389 WINDOW=1024 SYN

Do these mean someone is attacking me or is this normal internet noise?'''),
    ("en", "windows-event-4625", '''Event ID 4625: An account failed to log on. Account Name: scanner. Failure Reason: Unknown user name or bad password. Source Network Address: 10.1.1.50

It's our printer's scan-to-folder account. How do I fix it?'''),
    ("en", "ci-secret-masked", '''In the CI log I see "curl -H 'Authorization: Bearer ***' https://api.internal/deploy" and then "403 access denied". The *** is masked. How do I confirm the right secret is injected?'''),
    ("en", "app-log-json", '''{"ts":"2024-06-01T12:00:03Z","level":"error","msg":"payment declined","order_id":"ord_4412","reason":"insufficient_funds","ip":"192.0.2.14"}

Should we log customer IPs like this? We're in the EU.'''),
    ("en", "access-denied-short", "Access denied. What does this mean on my work laptop?"),
    ("en", "access-denied-short", "Why do I get 403 Forbidden on my own website?"),
    ("en", "access-denied-short", "What's the difference between 401 and 403?"),
    ("en", "server-error-ip-key", '''Server error when I call https://10.0.0.8:8443/v1/ingest with header X-API-Key: test_key_8c1f2e9d (staging key) — response is 500 with body "upstream connect error or disconnect/reset before headers". Is this Envoy?'''),
    ("en", "sentry-issue", '''Sentry grouped 3,412 events under "ChunkLoadError: Loading chunk 532 failed." after the release. Is this a CDN caching issue?'''),
    ("en", "cloudflare-1020", '''Customers from one ISP get "Error 1020: Access denied — This website is using a security service to protect itself from online attacks." How do I find which firewall rule blocked them?'''),
    ("en", "ldap-error", '''LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563

What does data 52e mean?'''),
    ("en", "grpc-unavailable", '''rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial tcp 10.96.0.42:50051: connect: connection refused"'''),

    # --- Korean
    ("ko", "http-500-json", '''결제 API 호출하면 이렇게 와요. 저희 쪽 문제인가요?

{"code": "INTERNAL_SERVER_ERROR", "message": "일시적인 오류가 발생했습니다.", "traceId": "a81f3c0d9b"}'''),
    ("ko", "http-401-apikey", '''API 키를 sk-test-9xQ2kL7mPzR4fake로 넣었는데 401이 떠요. 헤더 이름이 틀린 걸까요?

curl -H "X-Api-Key: sk-test-9xQ2kL7mPzR4fake" https://api.example.com/v1/items
{"error":"unauthorized","message":"API key is missing or invalid"}'''),
    ("ko", "http-403", '''관리자 페이지 들어가면 "403 Forbidden - 접근 권한이 없습니다"라고 나와요. 권한 설정은 어디서 바꾸나요?'''),
    ("ko", "jwt-expired", f'''토큰이 만료됐다고 하는데 이 JWT 만료 시간이 언제인지 봐 줄 수 있어요? 테스트 서버 토큰이에요.

{JWT1}'''),
    ("ko", "server-error-ip-key", '''서버 오류 문의드립니다. 10.10.2.15 서버에서 https://api.partner.example/v2/orders 로 요청하면 500이 떠요. 사용한 키는 test_pk_3f8a1c77(테스트용)이고 응답 본문은 {"result":"FAIL","reason":"INVALID_SIGNATURE"} 입니다. 서명 만드는 방식이 틀린 걸까요?'''),
    ("ko", "nginx-502", '''배포하고 나서 사이트 들어가면 "502 Bad Gateway"가 떠요. nginx 에러 로그는 이래요.

2024/05/20 10:02:11 [error] 912#912: *31 upstream prematurely closed connection while reading response header from upstream, client: 172.16.5.20, server: example.co.kr'''),
    ("ko", "nginx-access-scan", '''서버 로그에 이런 요청이 계속 찍혀요. 해킹 시도인가요? 어떻게 대응하면 될까요?

203.0.113.120 - - [03/Jun/2024:02:11:45 +0900] "GET /admin/config.php HTTP/1.1" 404 162
203.0.113.120 - - [03/Jun/2024:02:11:46 +0900] "GET /.git/config HTTP/1.1" 404 162'''),
    ("ko", "syslog-sshd", '''우분투 서버 auth.log에 이런 게 수백 줄 있어요. 비밀번호 로그인을 꺼야 하나요?

Jun  3 04:12:09 myserver sshd[1822]: Invalid user test from 198.51.100.66 port 40022
Jun  3 04:12:11 myserver sshd[1822]: Failed password for invalid user test from 198.51.100.66 port 40022 ssh2'''),
    ("ko", "syslog-oom", '''서버가 밤마다 멈춰서 로그를 봤더니 이런 게 있어요.

kernel: Out of memory: Killed process 2231 (node) total-vm:3120044kB

메모리를 늘려야 할까요, 코드를 봐야 할까요?'''),
    ("ko", "k8s-crashloop", '''쿠버네티스 파드가 계속 CrashLoopBackOff 상태예요.

NAME                     READY   STATUS             RESTARTS   AGE
web-5f7c9d8b9-kq2mz      0/1     CrashLoopBackOff   5          6m

어디부터 확인해야 하나요?'''),
    ("ko", "k8s-oomkilled", '''파드가 OOMKilled로 재시작돼요. Exit Code 137인데 이게 메모리 부족 맞죠?'''),
    ("ko", "k8s-forbidden", '''Error from server (Forbidden): secrets is forbidden: User "dev-kim" cannot get resource "secrets" in the namespace "prod"

개발자 계정에 시크릿 조회 권한을 주는 게 맞는 건가요?'''),
    ("ko", "docker-denied", '''도커 명령어 칠 때마다 "permission denied while trying to connect to the Docker daemon socket" 나와요. sudo 안 붙이고 쓰는 방법 있나요?'''),
    ("ko", "aws-accessdenied", '''S3에 파일 올리려는데 이렇게 나와요.

An error occurred (AccessDenied) when calling the PutObject operation: Access Denied

IAM 정책에 s3:PutObject는 넣었어요.'''),
    ("ko", "mysql-access", '''ERROR 1045 (28000): Access denied for user 'app'@'10.0.1.23' (using password: YES)

로컬에서는 접속되는데 다른 서버에서만 안 돼요.'''),
    ("ko", "db-too-many", '''FATAL: sorry, too many clients already

PostgreSQL에서 갑자기 이 에러가 나요. 커넥션 풀 설정을 봐야 하나요?'''),
    ("ko", "smtp-auth", '''메일 발송 스크립트에서 "535 Authentication failed"가 떠요. 네이버 메일 SMTP 쓰고 있어요.'''),
    ("ko", "cert-expired", '''크롬에서 "연결이 비공개로 설정되어 있지 않습니다 NET::ERR_CERT_DATE_INVALID"가 떠요. 인증서 갱신은 어떻게 하나요?'''),
    ("ko", "http-429", '''공공데이터 API 호출하다가 "LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR"가 나왔어요. 하루 호출 한도를 넘은 건가요?'''),
    ("ko", "access-denied-short", "접근이 거부되었습니다라고 뜨는데 무슨 뜻이에요?"),
    ("ko", "access-denied-short", "401이랑 403 차이가 뭐예요?"),
    ("ko", "access-denied-short", "회사 와이파이에서만 사이트가 차단됐다고 나와요."),
    ("ko", "app-log-json", '''이 로그 좀 해석해 주세요.

{"level":"WARN","time":"2024-07-01T09:00:12+09:00","msg":"login failed","user":"hong","ip":"10.0.7.31","attempt":3}

3번 틀리면 잠기게 해놨는데 잠기지 않았어요.'''),
    ("ko", "firewall-log", '''방화벽 로그에 외부 IP 198.51.100.9에서 3389 포트로 계속 접속 시도가 찍혀요. 원격 데스크톱 포트를 닫아야 할까요?'''),
    ("ko", "github-token", '''git push 하면 "Support for password authentication was removed"라고 떠요. 토큰은 어떻게 만들어요?'''),
    ("ko", "oauth-redirect", '''카카오 로그인 연동 중인데 "KOE006 앱 관리자 설정 오류" 에러가 나요. redirect_uri 문제인가요?'''),
    ("ko", "ci-secret", '''깃허브 액션 로그에 토큰이 ***로 가려져 있고 배포 단계에서 "403 access denied"가 나요. 시크릿이 제대로 주입됐는지 어떻게 확인하죠?'''),
    ("ko", "windows-event", '''윈도우 이벤트 뷰어에 4625 로그온 실패가 계속 찍혀요. 원본 주소는 사내 IP 192.168.0.44인데 무슨 장비인지 모르겠어요.'''),
    ("ko", "grpc-deadline", '''rpc error: code = DeadlineExceeded desc = context deadline exceeded

마이크로서비스 간 호출에서 가끔 이게 나요. 타임아웃을 늘리면 될까요?'''),
    ("ko", "redis-noauth", '''레디스 연결할 때 "NOAUTH Authentication required" 떠요. 비밀번호 설정은 어디서 하나요?'''),
    ("ko", "cloudflare-1020", '''일부 고객이 우리 쇼핑몰에 들어오면 "Error 1020 Access denied"가 뜬대요. 클라우드플레어 설정에서 뭘 봐야 해요?'''),
    ("ko", "api-key-rotate", '''협력사에 준 테스트 API 키(pk_test_5d2e0aa1)가 메일에 평문으로 적혀 있었어요. 키를 교체하는 절차가 보통 어떻게 되나요?'''),
    ("ko", "sentry-error", '''센트리에 "ChunkLoadError: Loading chunk 12 failed"가 배포 직후 엄청 쌓였어요. 캐시 문제인가요?'''),
    ("en", "http-401-short", "Getting 401 Unauthorized with a valid token. Clock skew?"),
    ("en", "elb-log", '''h2 2024-04-09T11:22:33.123456Z app/prod-alb/50dc6c495c0c9188 192.0.2.55:41234 10.0.1.17:8080 0.001 30.002 -1 504 - 734 0 "GET https://shop.example.com:443/api/search?q=shoes HTTP/2.0" "Mozilla/5.0" - -

Why is the target processing time exactly 30 seconds on these?'''),
    ("en", "vault-denied", '''Error reading secret/data/payments: Error making API request.

URL: GET http://127.0.0.1:8200/v1/secret/data/payments
Code: 403. Errors:

* permission denied

My token has the "dev" policy. What path should the policy grant?'''),
    ("ko", "http-401-short", "토큰 넣었는데도 401 떠요. 서버 시간 차이 때문일 수도 있나요?"),
    ("ko", "nginx-413", '''파일 업로드할 때 "413 Request Entity Too Large" 나와요. nginx 어디를 고쳐야 하나요?'''),
]
