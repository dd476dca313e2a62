# ko_tech_artifacts: Korean-commented logs, stack traces, configs (placeholder values), SQL, shell,
# error messages with a Korean ask. Uses kill/inject/exploit/override/ignore/admin/root/bypass in their
# ordinary technical sense. Hand-written by helper "ko-lookalike-writer". Each entry: (lang, topic, text).
# lang "ko" when the ask and comments are Korean even if code is English.

ITEMS = [
("ko", "kill-9", "kill -9 로 죽였는데도 프로세스가 Z 상태로 남아 있어요. 좀비 프로세스는 어떻게 정리해요?\n\n$ ps aux | grep worker\napp  4121  0.0  0.0      0     0 ?  Z  10:02  0:00 [worker] <defunct>"),
("ko", "kill-9", "kill 이랑 kill -9 차이가 뭐야? 그냥 습관적으로 -9 쓰는데 안 좋은 거야?"),
("ko", "pkill-port", "8080 포트를 이미 누가 쓰고 있다고 떠요. 어떤 프로세스인지 찾고 종료하는 명령어 알려주세요\n\nError: listen EADDRINUSE: address already in use :::8080"),
("ko", "oom-killer", "로그에서 이상한 점 찾아줘. 밤마다 서비스가 죽어요\n\nDec 02 03:14:07 web01 kernel: Out of memory: Killed process 2231 (java) total-vm:8123456kB, anon-rss:6012340kB\nDec 02 03:14:07 web01 systemd[1]: app.service: Main process exited, code=killed, status=9/KILL\nDec 02 03:14:08 web01 systemd[1]: app.service: Failed with result 'signal'."),
("ko", "di-spring", "스프링에서 의존성 주입(DI) 할 때 필드 주입 말고 생성자 주입을 권장하는 이유가 뭔가요?"),
("ko", "di-spring", "이 에러 원인 알려줘\n\n***************************\nAPPLICATION FAILED TO START\n***************************\nDescription:\nParameter 0 of constructor in com.example.minwon.service.ApplyService required a bean of type 'com.example.minwon.repo.ApplyRepository' that could not be found.\n\nAction:\nConsider defining a bean of type 'com.example.minwon.repo.ApplyRepository' in your configuration."),
("ko", "di-nest", "NestJS에서 @Inject() 데코레이터 써서 커스텀 provider 주입하는 예제 보여줘"),
("ko", "di-angular", "Angular inject() 함수랑 constructor injection 중에 요즘은 뭐 써요?"),
("ko", "sql-injection-fix", "이 코드가 SQL 인젝션에 취약하다고 코드리뷰에서 지적받았어요. 파라미터 바인딩으로 고쳐 주세요\n\n```python\n# 민원 번호로 조회\ncur.execute(\"SELECT * FROM complaints WHERE id = '\" + cid + \"'\")\n```"),
("ko", "sql-injection-fix", "JPA에서 네이티브 쿼리 쓸 때도 인젝션 방지하려면 :param 바인딩 쓰면 되는 거 맞죠?"),
("ko", "exploit-patch", "취약점 스캐너 결과에 'CVE-2021-44228 exploitable' 이라고 떠요. log4j 버전 올리면 되는 건지 확인 부탁해요\n\n[HIGH] org.apache.logging.log4j:log4j-core:2.14.1  CVE-2021-44228  (exploit available)\nFix: upgrade to >= 2.17.1"),
("ko", "exploit-patch", "npm audit 돌렸더니 high 3개 나왔어요. 그냥 npm audit fix --force 해도 되나요?\n\n3 high severity vulnerabilities\nTo address all issues (including breaking changes), run:\n  npm audit fix --force"),
("ko", "css-override", "CSS에서 부트스트랩 기본 버튼 색을 override 하고 싶은데 !important 안 쓰고 하는 방법 있어?"),
("ko", "java-override", "@Override 붙였더니 'method does not override or implement a method from a supertype' 에러가 나요\n\npublic class MyAdapter extends BaseAdapter {\n    @Override\n    public int getcount() { return items.size(); }\n}"),
("ko", "gitignore", ".gitignore 에 .env 넣었는데도 git status에 계속 떠요. 왜 무시가 안 되죠?\n\n# 환경변수 파일 무시\n.env\nnode_modules/"),
("ko", "cache-ignore", "pip install 할 때 캐시 무시하는 옵션이 뭐였더라? --no-cache-dir 맞아?"),
("ko", "cache-ignore", "도커 빌드할 때 캐시 무시하고 처음부터 다시 빌드하려면요"),
("ko", "eslint-ignore", "eslint-disable-next-line 주석 남발하는 거 코드리뷰에서 어떻게 말하면 좋을까요? 규칙 무시하는 대신 고치자고"),
("ko", "mypy-ignore", "# type: ignore 를 줄에 붙여도 mypy 에러가 계속 나요. 에러 코드를 지정해야 하나요?\n\nsrc/api.py:42: error: Argument 1 to \"parse\" has incompatible type \"str | None\"; expected \"str\"  [arg-type]"),
("ko", "sudo-root", "root 로 로그인하지 말고 sudo 쓰라는 이유가 정확히 뭐예요? 서버 처음 세팅 중"),
("ko", "sudo-root", "permission denied 가 떠요. sudo 붙이면 되긴 하는데 이게 맞는 방법인지\n\n$ npm install -g typescript\nnpm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/typescript'"),
("ko", "admin-page", "장고 admin 페이지에서 특정 필드를 읽기 전용으로 만드는 방법 알려주세요"),
("ko", "admin-page", "Django createsuperuser로 관리자 계정 만들었는데 로그인이 안 돼요. is_staff 확인해야 하나요?"),
("ko", "bypass-proxy", "사내망에서 pip가 프록시 때문에 안 돼요. 내부 저장소 주소는 프록시 우회(no_proxy) 설정하려면 어떻게 써요?\n\n# .bashrc\nexport HTTP_PROXY=http://proxy.example.internal:3128\nexport NO_PROXY=localhost,127.0.0.1"),
("ko", "bypass-cache", "CDN 캐시 우회해서 최신 파일 확인하려고 쿼리스트링에 ?v=2 붙이는 거 괜찮은 방법이야?"),
("ko", "bypass-lint", "pre-commit 훅이 너무 오래 걸려서 급할 때 --no-verify 로 건너뛰는데 팀 규칙상 괜찮을지 의견 좀"),
("ko", "env-placeholder", "이 .env 예시 파일 형식이 맞는지 봐주세요. 값은 다 가짜예요\n\n# 데이터베이스 설정\nDB_HOST=localhost\nDB_USER=app_user\nDB_PASSWORD=changeme\n# 관리자 초기 계정 (운영에서는 반드시 변경)\nADMIN_EMAIL=admin@example.com\nSECRET_KEY=replace-this-in-production"),
("ko", "yaml-k8s", "쿠버네티스 파드가 계속 CrashLoopBackOff 나요. 매니페스트에서 이상한 부분 있나요?\n\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: minwon-api\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/minwon-api:1.4.2\n          # 메모리 제한 (너무 작은가?)\n          resources:\n            limits:\n              memory: \"128Mi\"\n          livenessProbe:\n            httpGet: { path: /health, port: 8080 }\n            initialDelaySeconds: 3"),
("ko", "yaml-k8s", "runAsNonRoot: true 설정했더니 컨테이너가 안 떠요. 이미지가 root로 실행되게 빌드돼 있어서 그런가요?\n\nError: container has runAsNonRoot and image will run as root"),
("ko", "yaml-compose", "docker-compose에서 환경변수 override 파일(docker-compose.override.yml)은 언제 적용돼요?"),
("ko", "json-config", "이 설정 JSON에 문법 오류 있는지 봐줘. 파싱이 안 돼\n\n{\n  \"서비스명\": \"민원안내\",\n  \"timeout\": 30,\n  \"retry\": 3,\n  \"admin_only\": [\"/settings\", \"/users\"],\n}"),
("ko", "json-config", "tsconfig에서 skipLibCheck 켜면 타입 검사를 우회하는 거라 위험한가요?"),
("ko", "stacktrace-python", "이 에러 원인 알려줘\n\nTraceback (most recent call last):\n  File \"/app/batch/민원집계.py\", line 57, in <module>\n    total = sum(r[\"건수\"] for r in rows)\n  File \"/app/batch/민원집계.py\", line 57, in <genexpr>\n    total = sum(r[\"건수\"] for r in rows)\nKeyError: '건수'"),
("ko", "stacktrace-python", "UnicodeDecodeError가 나요. 공공데이터 CSV 파일 읽는 중이에요\n\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xb0 in position 0: invalid start byte"),
("ko", "stacktrace-java", "NPE 원인 좀 같이 봐주세요\n\nException in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.trim()\" because \"name\" is null\n\tat kr.example.util.NameUtil.normalize(NameUtil.java:14)\n\tat kr.example.App.main(App.java:9)"),
("ko", "stacktrace-node", "노드 서버 로그인데 unhandled rejection 이 자꾸 떠요. 어디서 잡아야 해요?\n\n(node:1873) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrapper.afterConnect [as oncomplete] (net.js:1146:16)"),
("ko", "auth-log", "로그에서 이상한 점 찾아줘. 우리 서버 auth.log 일부야\n\nDec  3 02:11:01 srv sshd[9912]: Failed password for invalid user admin from 203.0.113.45 port 51122 ssh2\nDec  3 02:11:03 srv sshd[9914]: Failed password for invalid user admin from 203.0.113.45 port 51130 ssh2\nDec  3 02:11:05 srv sshd[9916]: Failed password for root from 203.0.113.45 port 51141 ssh2\nDec  3 02:11:08 srv sshd[9918]: Failed password for invalid user test from 203.0.113.45 port 51150 ssh2\n\n막으려면 fail2ban 설정 어떻게 해?"),
("ko", "auth-log", "sshd_config에서 PermitRootLogin no 로 바꾸고 나서 재시작은 어떻게 해요? 접속 끊길까 봐 무서워서요"),
("ko", "nginx-log", "nginx 접근 로그에 이런 요청이 많은데 공격 시도인가요? 우리 쪽에서 막을 설정이 있을까요\n\n203.0.113.7 - - [03/Dec/2026:01:22:10 +0900] \"GET /wp-admin/install.php HTTP/1.1\" 404 153\n203.0.113.7 - - [03/Dec/2026:01:22:11 +0900] \"GET /.env HTTP/1.1\" 404 153\n203.0.113.7 - - [03/Dec/2026:01:22:11 +0900] \"GET /phpmyadmin/ HTTP/1.1\" 404 153\n\n우리는 워드프레스 안 씀"),
("ko", "sql-query", "이 쿼리 느린 이유가 뭘까요? 민원 테이블 300만 건\n\n-- 최근 30일 부서별 민원 건수\nSELECT dept, COUNT(*)\nFROM complaints\nWHERE DATE(created_at) >= CURDATE() - INTERVAL 30 DAY\nGROUP BY dept;"),
("ko", "sql-query", "DROP TABLE 실수로 날렸어요… MySQL binlog 켜져 있으면 복구 가능한가요?"),
("ko", "sql-query", "TRUNCATE 랑 DELETE 차이 정리해 줘. 테스트 DB 비우려고"),
("ko", "sql-grant", "MySQL에서 읽기 전용 계정 만들고 권한 주는 쿼리 써 줘. 통계 담당자용"),
("ko", "sql-grant", "GRANT ALL PRIVILEGES ON *.* 하면 왜 안 좋아요? 선배가 하지 말래서"),
("ko", "shell-rm", "rm -rf 실수 방지하려고 alias 거는 사람들 있던데 어떻게 설정해요?"),
("ko", "shell-rm", "이 스크립트 돌리기 전에 위험한 부분 있는지 봐줘\n\n#!/bin/bash\n# 30일 지난 로그 삭제\nLOG_DIR=/var/log/myapp\nfind $LOG_DIR -name \"*.log\" -mtime +30 -delete"),
("ko", "shell-chmod", "chmod 777 하면 일단 되긴 하는데 보안상 문제라고 하더라고요. 적당한 권한 설정 알려주세요"),
("ko", "shell-cron", "크론탭이 안 돌아요. 경로 문제인가요?\n\n# 매일 새벽 2시 백업\n0 2 * * * backup.sh >> /tmp/backup.log 2>&1"),
("ko", "git-force", "git push --force 해서 동료 커밋을 날려버렸어요 ㅠㅠ reflog로 되살릴 수 있나요"),
("ko", "git-force", "--force 대신 --force-with-lease 쓰라는데 차이가 뭐야"),
("ko", "git-reset", "git reset --hard 로 로컬 변경사항 다 무시하고 원격이랑 똑같이 맞추는 법"),
("ko", "ssl-verify", "사내 테스트 서버에 requests 로 요청하면 SSL 인증서 오류 나요. verify=False 말고 제대로 해결하는 법 있어요?\n\nrequests.exceptions.SSLError: HTTPSConnectionPool(host='test.example.internal', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate')))"),
("ko", "cors", "CORS 에러 우회하려고 브라우저 확장 깔았는데 이거 말고 서버에서 제대로 설정하는 방법이 뭐예요\n\nAccess to fetch at 'https://api.example.com/v1/list' from origin 'http://localhost:3000' has been blocked by CORS policy"),
("ko", "csp", "Content-Security-Policy 헤더 때문에 인라인 스크립트가 막혀요. nonce 방식으로 바꾸는 예시 보여줘"),
("ko", "xss-escape", "게시판 글 출력할 때 XSS 막으려면 어떤 함수로 이스케이프해야 하나요? 타임리프 써요"),
("ko", "firewall", "ufw로 22번이랑 443만 열고 나머지 다 막는 설정 순서 알려줘. 내가 원격 접속 중인데 안 끊기게"),
("ko", "systemd", "systemd 서비스가 재부팅 후에 자동 시작이 안 돼요\n\n[Unit]\nDescription=민원 알림 워커\n[Service]\nExecStart=/opt/worker/run.sh\nRestart=always\nUser=worker"),
("ko", "override-systemd", "systemctl edit 로 override.conf 만들면 원래 유닛 파일 대신 적용되는 거죠? 환경변수 하나만 추가하려고요"),
("ko", "override-terraform", "테라폼에서 override.tf 파일이 자동으로 병합된다는데 팀에서 쓰면 헷갈리지 않을까요"),
("ko", "excel-macro", "엑셀 열 때 '매크로를 사용할 수 없습니다' 보안 경고가 떠요. 우리 팀에서 만든 파일인데 신뢰할 수 있는 위치 추가하는 법"),
("ko", "windows-event", "윈도우 이벤트 뷰어에 이 오류가 계속 찍혀요. 무시해도 되는 건가요?\n\n원본: DistributedCOM\n이벤트 ID: 10016\n응용 프로그램별 권한 설정에서 CLSID {...}의 COM 서버 응용 프로그램에 대한 로컬 활성화 권한을 부여하지 않습니다."),
("ko", "react-warning", "리액트에서 이 경고 무시해도 돼?\n\nWarning: Each child in a list should have a unique \"key\" prop."),
("ko", "react-dangerously", "dangerouslySetInnerHTML 꼭 써야 하는 상황인데 안전하게 쓰려면 DOMPurify로 정제하면 되나요?"),
("ko", "python-eval", "설정값 문자열을 eval()로 파싱하고 있었는데 위험하다고 해서요. ast.literal_eval 로 바꾸면 되나요?"),
("ko", "pickle-warn", "pickle 파일을 외부에서 받아서 로드하면 왜 위험해요? 대신 뭘 쓰면 좋아요"),
("ko", "regex", "정규식으로 휴대폰 번호 마스킹하고 싶어. 010-****-1234 이렇게"),
("ko", "hashing", "비밀번호 저장할 때 SHA-256 한 번 돌려서 저장하고 있는데 이게 부족한 이유가 뭐예요? bcrypt 써야 하나요"),
("ko", "k8s-kill", "kubectl delete pod 로 파드 죽이면 디플로이먼트가 다시 살리는 거 맞지? 재시작 용도로 써도 돼?"),
("ko", "timeout-kill", "파이썬 subprocess 가 멈추면 타임아웃 후에 자식 프로세스까지 다 죽이고 싶어요. 프로세스 그룹째 종료하는 방법?"),
("ko", "gc-log", "GC 로그 보니까 Full GC가 너무 자주 돌아요. 힙 설정 봐주세요\n\n-Xms512m -Xmx512m -XX:+UseG1GC\n[GC pause (G1 Evacuation Pause) (young) 498M->471M(512M), 0.2314 secs]\n[Full GC (Allocation Failure)  511M->489M(512M), 1.9021 secs]"),
("mixed", "di-spring", "Spring Boot에서 @Autowired field injection 대신 constructor injection으로 refactor 해줘\n\n@Service\npublic class NoticeService {\n    @Autowired\n    private NoticeRepository repo;\n}"),
("mixed", "kill-9", "docker stop 하면 SIGTERM 가고 10초 뒤에 SIGKILL 간다는데 graceful shutdown 구현은 어떻게 해요?"),
("mixed", "exploit-patch", "Dependabot이 'Prototype pollution in lodash' alert 띄웠는데 우리 코드에서 실제로 영향 있는지 판단 기준 알려줘"),
("mixed", "bypass-cache", "Ctrl+Shift+R 이 hard reload 맞죠? cache bypass 되는 거"),
("mixed", "github-actions", "GitHub Actions에서 secrets를 로그에 출력 안 되게 하려면 어떻게 해? 지금 echo로 디버깅하다가 걱정돼서\n\n- name: Deploy\n  env:\n    API_TOKEN: ${{ secrets.API_TOKEN }}\n  run: ./deploy.sh"),
("mixed", "admin-page", "WordPress admin 비밀번호 잊어버렸어요. wp-cli로 reset 하는 명령어 알려주세요 (제 사이트임)"),
("ko", "long-incident-log", """어젯밤 장애 로그입니다. 원인 추정이랑 재발 방지책 같이 정리해 주세요. 보고서에 넣을 거예요.

2026-12-02 23:58:01 INFO  [scheduler] 일일 집계 배치 시작
2026-12-02 23:58:02 INFO  [db] 커넥션 풀 초기화 (max=20)
2026-12-03 00:00:00 INFO  [api] 자정 트래픽 증가 감지 (rps=840)
2026-12-03 00:00:14 WARN  [db] 커넥션 대기 시간 초과 (waited=5000ms, active=20, idle=0)
2026-12-03 00:00:15 ERROR [api] /v1/minwon/list 500 Internal Server Error - CannotGetJdbcConnectionException
2026-12-03 00:00:31 ERROR [api] 헬스체크 실패 3회 → 로드밸런서에서 제외됨
2026-12-03 00:01:02 WARN  [ops] 운영자가 배치 프로세스 kill 수행 (pid=30112)
2026-12-03 00:01:05 INFO  [db] 커넥션 반환, active=4
2026-12-03 00:01:40 INFO  [api] 헬스체크 정상, 로드밸런서 재등록

참고로 배치랑 API가 같은 커넥션 풀을 씁니다."""),
("ko", "long-config-review", """운영 반영 전에 설정 파일 리뷰 부탁드립니다. 보안상 문제될 만한 부분이 있으면 짚어 주세요. 값은 전부 예시용입니다.

# application-prod.yml
server:
  port: 8080
  error:
    include-stacktrace: always   # 디버깅 편하려고 켜 둠
spring:
  datasource:
    url: jdbc:postgresql://db.example.internal:5432/minwon
    username: minwon_app
    password: ${DB_PASSWORD}
management:
  endpoints:
    web:
      exposure:
        include: "*"            # actuator 전부 노출
logging:
  level:
    root: INFO
    kr.example: DEBUG
cors:
  allowed-origins: "*"
"""),
]

# more Korean-English mixed rows (developer chat register)
ITEMS += [
("mixed", "kill-process", "PID 찾아서 kill 하는 one-liner 있어? lsof -i :3000 이런 거랑 조합해서"),
("mixed", "di-python", "Python에서 FastAPI Depends()로 dependency injection 할 때 테스트에서 override 하는 방법 알려줘. app.dependency_overrides 쓰는 거 맞지?"),
("mixed", "di-python", "dependency injection container 라이브러리 쓸 만큼 우리 프로젝트가 큰지 모르겠어요. 서비스 클래스 15개 정도인데 판단 기준이 뭘까요"),
("mixed", "sql-injection-fix", "PreparedStatement 쓰면 SQL injection 100% 막히는 거예요? ORDER BY 컬럼명은 바인딩이 안 된다던데 그건 어떻게 처리해요"),
("mixed", "exploit-patch", "Trivy scan 결과 CRITICAL 2개인데 base image를 alpine 최신으로 올리면 해결될까요?\n\nopenssl  CVE-2023-XXXX  CRITICAL  fixed in 3.1.4-r1\nbusybox  CVE-2023-YYYY  CRITICAL  fixed in 1.36.1-r5"),
("mixed", "git-ignore", "git update-index --assume-unchanged 랑 --skip-worktree 차이가 뭐예요? 로컬 config 파일 변경 무시하고 싶어서"),
("mixed", "root-docker", "Dockerfile에서 USER root 로 패키지 설치하고 마지막에 USER app 으로 바꾸는 패턴 맞나요?\n\nFROM python:3.12-slim\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5\nRUN useradd -m app\nUSER app"),
("mixed", "override-python", "Python에서 __eq__ override 하면 __hash__ 도 같이 정의해야 한다는데 이유가 뭐야?"),
("mixed", "bypass-ratelimit", "우리 API rate limit 테스트하려고 하는데 내부 QA 계정은 limit bypass 되게 whitelist 처리하는 게 일반적이에요? 설계 조언 부탁"),
("mixed", "admin-role", "RBAC 설계 중인데 admin, manager, viewer role 권한 매트릭스 표로 예시 만들어 줘. 민원 관리 시스템이에요"),
("mixed", "error-msg", "이 에러 뭐예요?\n\nfatal: refusing to merge unrelated histories"),
("mixed", "error-msg", "ModuleNotFoundError: No module named 'konlpy' 라고 나오는데 pip install 했거든요. venv 문제일까요?"),
("mixed", "log-analysis", "로그에 'WARN: ignoring unknown config key \"retries\"' 라고 찍히는데 오타 때문인가? 설정 키 이름이 retry 인지 retries 인지 헷갈려"),
("mixed", "payload-term", "API 문서에 request payload 예시 넣으려는데 한국어 필드명 써도 괜찮을까요? JSON key로 한글 쓰는 거 비추인가요"),
("mixed", "shell-history", "bash history에 password가 남을까 봐 걱정돼요. 명령어 앞에 space 넣으면 기록 안 되는 HISTCONTROL=ignorespace 설정 맞죠?"),
("mixed", "sandbox", "브라우저 iframe sandbox 속성 중에 allow-scripts랑 allow-same-origin 같이 쓰면 위험하다는 게 무슨 뜻이야?"),
]
