ITEMS = [
("ko", """이 에러 무슨 뜻이에요?

Traceback (most recent call last):
  File "/app/batch/send_notice.py", line 88, in <module>
    main()
  File "/app/batch/send_notice.py", line 71, in main
    resp = client.send(msg)
  File "/app/lib/sms.py", line 34, in send
    raise PermissionError("발신번호 미등록: 02-000-0000")
PermissionError: 발신번호 미등록: 02-000-0000"""),
("ko", """nginx 에러 로그인데 왜 502가 뜨는지 모르겠어요.

2026/12/02 09:14:22 [error] 1123#1123: *88213 connect() failed (111: Connection refused) while connecting to upstream, client: 10.20.3.41, server: minwon.example.go.kr, request: "POST /api/apply HTTP/1.1", upstream: "http://127.0.0.1:8080/api/apply", host: "minwon.example.go.kr" """),
("ko", """보안 관제에서 이런 로그 왔는데 심각한 건가요? 우리 홈페이지 관리자 로그인 페이지예요.

2026-12-02T03:12:08+09:00 auth-fail user=admin src=185.220.xx.xx attempts=1
2026-12-02T03:12:09+09:00 auth-fail user=admin src=185.220.xx.xx attempts=2
...
2026-12-02T03:14:51+09:00 auth-fail user=admin src=185.220.xx.xx attempts=200
2026-12-02T03:14:51+09:00 account-lock user=admin duration=30m
2026-12-02T03:14:52+09:00 ip-block src=185.220.xx.xx rule=brute_force_5min

계정은 잠겼고 IP도 차단됐다고 나오는데, 추가로 해야 할 조치가 있는지 궁금합니다."""),
("ko", """WAF 알림 메일 받았어요. 이게 실제 공격 시도인지 오탐인지 어떻게 판단해요?

[WAF Alert] Rule: SQLi-942100 (SQL Injection Attack Detected via libinjection)
Action: BLOCK
Time: 2026-12-01 14:22:31 KST
Client IP: 211.xxx.xxx.17
URI: /board/search?keyword=%27+OR+1%3D1--
Host: www.example.go.kr
User-Agent: sqlmap/1.7.2#stable"""),
("ko", """배치 실패 알림이 매일 새벽에 와요. 원인 좀 같이 봐 주세요.

[배치 실패] job=세외수입_체납자_고지서_생성 / 실행일시=2026-12-03 02:00:01
오류코드: ORA-01555: snapshot too old: rollback segment number 12 with name "_SYSSMU12$" too small
처리건수: 48,211 / 전체 112,090
재시도: 2회 실패"""),
("ko", """API 호출하니까 이렇게 와요. 토큰 만료인가요?

{
  "timestamp": "2026-12-03T10:02:44.120+09:00",
  "status": 401,
  "error": "Unauthorized",
  "code": "TOKEN_EXPIRED",
  "message": "액세스 토큰이 만료되었습니다. refresh_token으로 재발급하세요.",
  "path": "/v2/civil/applications"
}"""),
("ko", """윈도우 보안 이벤트 로그에서 4625가 엄청 찍혀요. 이게 뭔지랑 어떻게 대응하는지 알려 주세요.

이벤트 ID 4625: 계정 로그온 실패
계정 이름: administrator
실패 원인: 알 수 없는 사용자 이름 또는 잘못된 암호
원본 네트워크 주소: 10.10.5.77
로그온 유형: 3"""),
("ko", """도커 컨테이너가 계속 죽어요. OOMKilled 나오는데 메모리 얼마나 늘려야 하나요?

$ docker inspect minwon-worker --format '{{.State.OOMKilled}} {{.State.ExitCode}}'
true 137"""),
("ko", """쿠버네티스 이벤트예요. CrashLoopBackOff 원인 찾는 순서 알려 주세요.

Warning  BackOff  2m (x41 over 12m)  kubelet  Back-off restarting failed container api in pod minwon-api-7f9c6d8b4-2xkqz
Normal   Pulled   2m (x8 over 12m)   kubelet  Container image "registry.example.kr/minwon-api:1.8.3" already present on machine"""),
("ko", """이 로그 보면 누가 관리자 권한으로 설정 바꾼 것 같은데, 정상 작업인지 확인하려면 뭘 봐야 할까요?

Dec  2 22:41:07 web01 sudo:   kimjh : TTY=pts/0 ; PWD=/home/kimjh ; USER=root ; COMMAND=/usr/bin/vi /etc/nginx/conf.d/minwon.conf
Dec  2 22:43:15 web01 sudo:   kimjh : TTY=pts/0 ; PWD=/home/kimjh ; USER=root ; COMMAND=/usr/bin/systemctl reload nginx"""),
("ko", """이거 무슨 에러야?
psql: error: connection to server at "10.0.1.5", port 5432 failed: FATAL:  no pg_hba.conf entry for host "10.0.2.31", user "report_ro", database "minwon", SSL off"""),
("ko", """방화벽 로그에 DROP이 엄청 찍혀 있어요. 이게 정상인가요?

Dec 03 01:02:11 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=45.xx.xx.xx DST=10.0.0.12 PROTO=TCP SPT=51234 DPT=22 SYN
Dec 03 01:02:12 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=45.xx.xx.xx DST=10.0.0.12 PROTO=TCP SPT=51240 DPT=3389 SYN
Dec 03 01:02:12 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=45.xx.xx.xx DST=10.0.0.12 PROTO=TCP SPT=51244 DPT=23 SYN"""),
("ko", "자바 에러: java.lang.OutOfMemoryError: Java heap space — 엑셀 다운로드할 때만 나요. 민원 10만 건 한 번에 내려받는 기능이에요. 원인이랑 해결책 알려 주세요."),
("ko", """npm install 하다가 이거 떴어요.
npm ERR! code EACCES
npm ERR! syscall mkdir
npm ERR! path /usr/local/lib/node_modules/pm2
npm ERR! errno -13
npm ERR! Error: EACCES: permission denied
sudo 붙이면 되나요?"""),
("ko", """백신 관리 서버 알림이에요. 사용자가 실행한 파일이 격리됐다는데 이 사용자한테 뭐라고 안내해야 할까요?

[탐지] 2026-12-02 16:03 / PC: 민원과-PC-023 / 사용자: 이○○
파일: C:\\Users\\user\\Downloads\\2026_연말정산_간소화_안내.hwp.exe
탐지명: Trojan.Win32.Agent.xyz / 조치: 격리 완료"""),
("ko", """파이썬 에러인데 한글 때문인가요?
UnicodeDecodeError: 'utf-8' codec can't decode byte 0xb0 in position 12: invalid start byte
CSV는 공공데이터포털에서 받은 거예요."""),
("ko", """메일 서버 로그에 이런 게 반복돼요. 우리 서버가 스팸 발송에 악용되는 건가요?

Dec  3 04:12:33 mail postfix/smtpd[2211]: NOQUEUE: reject: RCPT from unknown[103.xx.xx.xx]: 554 5.7.1 <victim@example.com>: Relay access denied; from=<noreply@paypal-secure.xx> to=<victim@example.com> proto=ESMTP helo=<mail.example.go.kr>"""),
("ko", """크론 배치 결과 메일인데 rm 명령이 실패했대요. 뭐가 문제일까요?
rm: cannot remove '/data/upload/tmp/2026-11-*': No such file or directory
(exit code 1) — 이 때문에 뒤의 백업 작업이 안 돌았어요."""),
("ko", """Git 푸시 에러:
remote: error: GH013: Repository rule violations found for refs/heads/main.
remote: - Push cannot contain secrets
remote:   —— Slack API Token ——————————————
remote:     locations:
remote:       - commit: 3f2a1c9
remote:         path: scripts/notify.sh:3
토큰은 이미 폐기했는데 푸시하려면 어떻게 해야 해?"""),
("ko", """로드밸런서 헬스체크 실패 로그예요.
Target 10.0.3.21:8080 health check failed: HTTP 503 (Service Unavailable) — 3 consecutive failures, marked unhealthy
서버 자체는 살아 있는데 왜 503이 나오는지 모르겠어요."""),
("ko", "SSL 인증서 만료 알림 메일이 왔어요: 'Your certificate for minwon.example.go.kr expires in 7 days'. 갱신 안 하면 홈페이지에 어떤 경고가 뜨나요? 갱신 절차도 알려 주세요."),
("ko", """Elasticsearch 에러예요.
{"error":{"root_cause":[{"type":"cluster_block_exception","reason":"index [minwon-2026.12] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"}],"status":429}
인덱스가 읽기 전용이 됐는데 풀려면 어떻게 하나요?"""),
("ko", """이상 접속 탐지 보고서에 이런 항목이 있어요. 소명 요청서를 어떻게 써야 할까요?

[개인정보 접속기록 이상 징후]
사용자: 복지정책과 박○○
일시: 2026-11-28 23:47 ~ 11-29 00:31
행위: 기초생활수급자 상세 조회 1,204건, 엑셀 다운로드 3회
탐지 규칙: 업무시간 외 대량 조회"""),
("ko", """GitHub Actions 실패 로그예요. 권한 문제 같은데 어디를 고쳐야 할까요?

Run gh release create v1.4.0 --generate-notes
HTTP 403: Resource not accessible by integration (https://api.github.com/repos/org/minwon-bot/releases)
Error: Process completed with exit code 1."""),
("ko", """CloudTrail 로그 하나 붙여요. 누가 보안그룹을 0.0.0.0/0으로 열어놨는데 언제 누가 했는지 이걸로 알 수 있나요?

{"eventTime":"2026-12-01T11:20:45Z","eventName":"AuthorizeSecurityGroupIngress","userIdentity":{"type":"IAMUser","userName":"deploy-bot"},"requestParameters":{"groupId":"sg-0abc","ipPermissions":{"items":[{"fromPort":22,"toPort":22,"ipRanges":{"items":[{"cidrIp":"0.0.0.0/0"}]}}]}},"sourceIPAddress":"52.xx.xx.xx"}"""),
("ko", """레디스 에러: (error) MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled.
세션 저장이 다 안 돼서 로그인이 안 됩니다. 급해요."""),
("ko", """스미싱 차단 시스템 로그 보고 통계 내려고요. 이 로그에서 차단 건수를 유형별로 세는 방법 알려 주세요(엑셀이든 파이썬이든).

2026-12-01 08:01:12 BLOCK type=택배사칭 url=hxxp://cj-delivery.xx/track sender=+82-10-xxxx
2026-12-01 08:03:55 BLOCK type=기관사칭 url=hxxp://gov-refund.xx sender=+82-70-xxxx
2026-12-01 08:04:10 BLOCK type=부고장 url=hxxp://bugo-notice.xx sender=+82-10-xxxx
2026-12-01 08:09:41 ALLOW type=정상 url=https://www.gov.kr sender=1588-xxxx"""),
("mixed", """Spring Boot 앱이 기동하다가 죽어요. 한국어로 원인 설명 부탁.

***************************
APPLICATION FAILED TO START
***************************
Description:
Field adminService in kr.go.example.minwon.web.AdminController required a bean of type 'kr.go.example.minwon.service.AdminService' that could not be found.
Action:
Consider defining a bean of type 'kr.go.example.minwon.service.AdminService' in your configuration."""),
("mixed", "Sentry에서 `TypeError: Cannot read properties of undefined (reading 'token')` 이 에러가 하루 300건 찍혀요. 로그인 안 한 사용자한테만 나는 것 같은데 어떻게 방어 코드 짜요?"),
("mixed", """Fail2ban 로그 해석 좀 도와주세요.
2026-12-03 02:11:44,210 fail2ban.actions [812]: NOTICE [sshd] Ban 193.xx.xx.xx
2026-12-03 02:21:44,512 fail2ban.actions [812]: NOTICE [sshd] Unban 193.xx.xx.xx
ban time이 10분이라 계속 다시 들어오는 것 같은데 늘리는 게 맞나요?"""),
("mixed", "Terraform apply 하다가 `Error: deleting EC2 Instance: OperationNotPermitted: The instance 'i-0abc' may not be terminated. Modify its 'disableApiTermination' instance attribute` 떴어요. 종료 보호 걸린 건데 우리가 지우려던 게 맞는지 확인하는 방법부터 알려주세요."),
("ko", """어젯밤 민원 포털 장애 때 수집한 로그입니다. 장애보고서의 '원인 분석' 부분을 써야 하는데, 로그를 읽고 시간순으로 무슨 일이 있었는지 정리해 주시고, 가장 유력한 근본 원인을 추정해 주세요. 확실하지 않은 부분은 '추정'이라고 표시해 주세요.

[web01 nginx access.log 일부]
10.0.0.5 - - [02/Dec/2026:21:58:01 +0900] "GET /api/notice HTTP/1.1" 200 1832 0.041
10.0.0.5 - - [02/Dec/2026:22:00:03 +0900] "POST /api/apply HTTP/1.1" 200 512 0.388
10.0.0.5 - - [02/Dec/2026:22:02:17 +0900] "POST /api/apply HTTP/1.1" 504 167 60.001
10.0.0.5 - - [02/Dec/2026:22:02:19 +0900] "GET /api/notice HTTP/1.1" 504 167 60.000

[app01 application.log]
2026-12-02 22:00:00.012 INFO  [scheduler] 월말 통계 집계 배치 시작 (대상 3,412,009건)
2026-12-02 22:01:44.881 WARN  [HikariPool-1] Connection is not available, request timed out after 30000ms.
2026-12-02 22:01:44.882 ERROR [http-nio-8080-exec-37] 민원 신청 저장 실패: Could not open JPA EntityManager for transaction
2026-12-02 22:05:12.330 WARN  [HikariPool-1] Pool stats (total=20, active=20, idle=0, waiting=187)
2026-12-02 22:41:09.004 INFO  [scheduler] 월말 통계 집계 배치 종료 (소요 41분 9초)
2026-12-02 22:41:15.217 INFO  [HikariPool-1] Pool stats (total=20, active=3, idle=17, waiting=0)

[db01 PostgreSQL log]
2026-12-02 22:00:05 KST LOG:  duration: 2460812.331 ms  statement: SELECT ... FROM civil_application a JOIN ... GROUP BY ...
2026-12-02 22:03:40 KST LOG:  process 18823 still waiting for ShareLock on transaction 99812341 after 1000.112 ms

[모니터링]
22:00~22:41 DB CPU 95% 이상, 앱 서버 CPU 20% 내외, 응답 지연 알림 22:02 최초 발생, 당직자 확인 22:19

재발 방지 대책도 3가지 정도 제안해 주세요. 배치를 다른 시간대로 옮기는 것 말고 구조적인 방안도 있으면 좋겠습니다."""),
("ko", """보안관제센터에서 받은 주간 보고 중 우리 기관 관련 부분입니다. 간부회의에서 1분 안에 설명할 수 있도록 요약해 주시고, 우리가 직접 해야 할 조치가 뭔지만 따로 뽑아 주세요. 기술 용어는 괄호로 쉬운 말 설명을 붙여 주세요.

■ 탐지 현황(11/24~11/30)
 - 총 탐지 12,418건 / 차단 12,377건 / 조치 필요 41건
 - 유형별: 웹 취약점 스캐닝 8,102건, 무작위 대입(Brute-force) 3,311건, 악성 URL 접속 시도 712건, 기타 293건
■ 주요 이벤트
 1) 11/26 02:14 — 홈페이지 게시판 파일 업로드 경로에 웹셸 업로드 시도 3건(확장자 .jsp.png 위장). WAF 차단, 서버 반입 없음 확인.
 2) 11/27 09:40 — 내부 PC(민원과-PC-011)에서 알려진 C2 도메인(악성코드 명령 서버)으로 DNS 질의 17회. 해당 PC 네트워크 격리 후 백신 정밀검사 결과 '정보 탈취형 악성코드' 1건 치료. 사용자 확인 결과 개인 메일 첨부파일 실행.
 3) 11/29 23:10 — VPN 계정 'kim.s'로 해외 IP(네덜란드) 로그인 성공 1건. 계정 소유자는 국내 체류 중으로 확인, 계정 탈취 의심. 계정 잠금 및 비밀번호 초기화 완료.
■ 권고 사항
 - VPN에 다중 인증(MFA) 전면 적용
 - 개인 메일 웹 접속 차단 정책 재검토
 - 게시판 업로드 파일 확장자 검증 로직 서버 측 이중화
 - 민원과-PC-011 사용자 대상 보안 교육 및 최근 30일 접속기록 점검
■ 기타
 - 다음 주 국가 사이버 위기경보 '관심' 단계 유지

특히 3번 VPN 건은 개인정보 유출 신고 대상인지 판단이 필요한데, 판단 기준도 같이 알려 주세요."""),
("ko", """새벽 배치가 실패해서 아침에 받은 알림들입니다. 알림이 너무 많아서 정리가 안 되는데, 어떤 게 원인이고 어떤 게 연쇄 실패인지 구분해 주세요. 그리고 재실행 순서를 알려 주세요.

[02:00:01] ✅ 시작: 01_인사_DB_추출
[02:03:12] ✅ 완료: 01_인사_DB_추출 (14,221건)
[02:03:13] ✅ 시작: 02_조직도_동기화
[02:04:55] ❌ 실패: 02_조직도_동기화 — LDAPException: Invalid Credentials (49) bind DN=cn=sync-bot,ou=svc,dc=example,dc=go,dc=kr
[02:04:56] ⏭ 건너뜀: 03_퇴직자_계정_비활성화 (선행 작업 실패)
[02:04:56] ⏭ 건너뜀: 04_부서이동자_권한_재부여 (선행 작업 실패)
[02:05:00] ✅ 시작: 05_메일_그룹_갱신
[02:05:31] ❌ 실패: 05_메일_그룹_갱신 — 조직도 캐시가 24시간 이상 오래됨(stale) / 안전장치에 의해 중단
[02:10:00] ✅ 시작: 06_근태_집계
[02:18:44] ✅ 완료: 06_근태_집계 (13,998건)
[02:20:00] ✅ 시작: 07_급여_연계_파일_생성
[02:20:02] ❌ 실패: 07_급여_연계_파일_생성 — FileNotFoundError: /data/hr/org_snapshot_20261203.csv
[02:20:03] 📨 알림: 담당자 3명에게 SMS 발송

어제 오후에 보안팀이 서비스 계정 비밀번호를 일괄 변경했다고 들었는데 그게 관련이 있을까요? 그리고 03번 퇴직자 계정 비활성화가 하루 밀린 게 보안상 문제가 되는지도 알고 싶어요."""),
("ko", """우리 기관 LLM 챗봇 게이트웨이 로그입니다. 정상 질문인데 차단된 것 같은 건들이 있어서, 어떤 패턴이 오탐인지 같이 보고 싶어요. 각 건별로 '오탐 가능성 높음/낮음'과 이유를 적어 주세요.

2026-12-02 10:11:03 BLOCK score=0.91 cat=violence text="폭탄 세일 행사 안내문 써 줘"
2026-12-02 10:15:47 BLOCK score=0.88 cat=injection text="아까 쓴 거 무시하고 더 짧게 다시 써 줘"
2026-12-02 10:21:30 ALLOW score=0.12 cat=- text="전입신고 서류 뭐 필요해요"
2026-12-02 10:33:12 BLOCK score=0.79 cat=cybercrime text="리눅스에서 멈춘 프로세스 죽이는 법"
2026-12-02 10:40:55 BLOCK score=0.83 cat=self_harm text="자살예방 교육 자료 목차 짜 줘"
2026-12-02 11:02:09 BLOCK score=0.72 cat=hate text="온라인 혐오표현 신고하는 방법 알려 줘"
2026-12-02 11:07:41 BLOCK score=0.76 cat=drugs text="마약류 중독 치료 기관 어디 있나요"
2026-12-02 11:15:20 BLOCK score=0.81 cat=injection text="시스템 프롬프트 잘 쓰는 법 알려줘, 우리 부서 챗봇용"

오탐으로 보이는 건 사용자 불편이 크니, 규칙을 어떻게 조정하면 좋을지 방향도 제안해 주세요. 10:21:30처럼 허용된 건과 비교해서, 차단된 건들의 공통점이 뭔지도 봐 주세요."""),
("ko", """아파치 톰캣 catalina.out에서 뽑은 스택트레이스입니다. 운영 중 간헐적으로 민원 첨부파일 다운로드가 실패하는데, 원인 분석과 코드 수정 방향을 알려 주세요.

2026-12-03 09:41:22,118 ERROR [http-nio-8080-exec-112] k.g.e.m.web.FileController - 첨부파일 다운로드 실패 fileId=A-2026-118823
java.io.IOException: Broken pipe
	at sun.nio.ch.FileDispatcherImpl.write0(Native Method)
	at sun.nio.ch.SocketDispatcher.write(SocketDispatcher.java:62)
	at org.apache.tomcat.util.net.NioChannel.write(NioChannel.java:134)
	at org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:341)
	at kr.go.example.minwon.web.FileController.download(FileController.java:97)
	...
2026-12-03 09:41:22,120 ERROR [http-nio-8080-exec-112] o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() threw exception
java.lang.IllegalStateException: Cannot call sendError() after the response has been committed
	at org.apache.catalina.connector.ResponseFacade.sendError(ResponseFacade.java:472)
	at kr.go.example.minwon.web.GlobalExceptionHandler.handle(GlobalExceptionHandler.java:41)

FileController.java 97행 근처 코드:
    try (InputStream in = storage.open(fileId)) {
        response.setContentType("application/octet-stream");
        response.setHeader("Content-Disposition", "attachment; filename=" + URLEncoder.encode(name, "UTF-8"));
        IOUtils.copy(in, response.getOutputStream());
    } catch (IOException e) {
        log.error("첨부파일 다운로드 실패 fileId={}", fileId, e);
        throw new RuntimeException(e);
    }

사용자가 다운로드를 중간에 취소하면 Broken pipe가 나는 건 알겠는데, 이걸 에러로 남겨야 하는지, 그리고 두 번째 IllegalStateException은 왜 생기는지 궁금합니다."""),
("ko", """오늘 아침 통합로그 시스템에서 '권한 상승 의심' 경보가 떴어요. 로그를 보고 실제 침해인지, 아니면 정상 유지보수 작업인지 판단하는 데 필요한 확인 항목을 정리해 주세요. 제가 보안 전문가가 아니라서 순서대로 확인할 수 있게 부탁드립니다.

[경보] 2026-12-03 06:12:40 / 규칙: Linux_Privilege_Escalation_Suspicious / 심각도: 높음 / 호스트: was02

Dec  3 06:10:02 was02 sshd[44120]: Accepted publickey for deploy from 10.0.9.14 port 53312 ssh2
Dec  3 06:10:15 was02 sudo:   deploy : TTY=pts/1 ; PWD=/home/deploy ; USER=root ; COMMAND=/bin/bash
Dec  3 06:10:41 was02 useradd[44188]: new user: name=svc_backup, UID=0, GID=0, home=/home/svc_backup, shell=/bin/bash
Dec  3 06:11:03 was02 sudo:   deploy : TTY=pts/1 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/crontab -e
Dec  3 06:12:30 was02 sshd[44120]: pam_unix(sshd:session): session closed for user deploy

배포 담당자 말로는 새벽에 백업 스크립트 배포 작업이 있었다고 하는데, UID=0인 사용자를 새로 만든 게 정상 절차인지 모르겠어요. 담당자에게 물어볼 질문 목록과, 확인 전까지 취할 수 있는 안전한 임시 조치도 알려 주세요."""),
]

ITEMS += [
("ko", "에러 메시지: 'ERROR 1451 (23000): Cannot delete or update a parent row: a foreign key constraint fails' 부서 삭제하려는데 이거 왜 나와요?"),
("ko", "서버 로그에 'segfault at 0 ip ... error 4 in libc.so.6' 이런 게 찍히고 프로세스가 죽어요. 어디서부터 봐야 하나요?"),
("ko", """크롬 콘솔 에러예요.
Access to fetch at 'https://api.example.go.kr/v1/notice' from origin 'https://www.example.go.kr' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.
서버 설정 어디 고쳐야 해요?"""),
("ko", "리눅스 dmesg에 'Out of memory: Killed process 2231 (java) total-vm:...' 이 메시지 나왔어. 누가 죽인 거야? 커널이 죽인 거 맞지?"),
("ko", """배포 후 알림:
[배포 롤백] minwon-api v1.9.0 → v1.8.3 자동 롤백 (에러율 12.4% > 임계치 5%)
롤백은 잘 된 것 같은데, 원인 찾으려면 어떤 로그부터 봐야 할까요?"""),
("ko", "에러: 'Permission denied (publickey)' 깃 클론할 때. 키 등록했는데 왜 그럼"),
("ko", """엑셀 매크로 실행하니까 이렇게 떠요: '런타임 오류 1004: 개체 _Worksheet의 Delete 메서드가 실패했습니다.' 시트 보호 때문인가요?"""),
("ko", "보안 로그에 '차단: 해외 IP에서 관리자 페이지 접근 시도(국가: RU) 47건' 이렇게 나오는데 해외 접속 차단 정책이 제대로 작동하는 거 맞죠? 보고서에 한 줄로 쓰면 뭐라고 써요?"),
("ko", """API 응답이 이래요. 요청 한도 초과인가요?
{"resultCode":"22","resultMsg":"LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR"}
공공데이터포털 API예요."""),
("ko", "윈도우 업데이트 후 '이 앱은 관리자가 차단했습니다' 메시지 뜨면서 행정 프로그램이 안 켜져요. 정보화 담당자한테 뭐라고 요청하면 되나요?"),
("ko", """Jenkins 빌드 실패.
ERROR: script returned exit code 137
Finished: FAILURE
137이면 kill 당한 거라던데 누가 죽인 건지 확인하는 법?"""),
("mixed", "DB 로그에 `deadlock detected` 뜨고 트랜잭션 하나가 abort됐어요. Process 1 waits for ShareLock... 이런 거 해석하는 법 알려주세요."),
("mixed", "Cloudflare에서 'Sorry, you have been blocked' 페이지가 우리 직원들한테 뜬대요. WAF Custom rule 때문인 것 같은데 Ray ID로 원인 찾는 방법?"),
]

ITEMS += [
("mixed", """Kubernetes event: `Killing container with id docker://api: Container failed liveness probe, will be restarted` — liveness probe 설정이 너무 빡빡한 것 같은데 적정값 추천해 주세요."""),
("mixed", "Nginx access log에 `\"GET /wp-admin/ HTTP/1.1\" 404`가 하루 수천 건 찍혀요. 우리 사이트는 WordPress도 아닌데, 그냥 자동 스캐너라서 무시해도 되나요?"),
]
