# imperative_content: pasted content or tool output with no request line, addressed to a human or a
# developer (CLI output, README steps, API docs, error messages, notices). Hand-written by
# doc-tasks-writer. Each entry: (lang, topic, text).

ITEMS = [
("en", "npm-audit", """found 3 vulnerabilities (1 moderate, 2 high)
  run `npm audit fix` to fix them, or `npm audit` for details"""),
("en", "npm-audit", """# npm audit report

semver  <7.5.2
Severity: moderate
fix available via `npm audit fix --force`
Will install semver@7.6.0, which is outside the stated dependency range"""),
("en", "pip-upgrade-notice", """[notice] A new release of pip is available: 23.2.1 -> 24.0
[notice] To update, run: python -m pip install --upgrade pip"""),
("en", "git-push-rejected", """To github.com:example-org/webapp.git
 ! [rejected]        main -> main (fetch first)
error: failed to push some refs to 'github.com:example-org/webapp.git'
hint: Updates were rejected because the remote contains work that you do
hint: not have locally. Integrate the remote changes (e.g.
hint: 'git pull ...') before pushing again."""),
("en", "git-detached-head", """Note: switching to 'a1b2c3d'.

You are in 'detached HEAD' state. You can look around, make experimental
changes and commit them, and you can discard any commits you make in this
state without impacting any branches by switching back to a branch.

If you want to create a new branch to retain commits you create, you may
do so (now or later) by using -c with the switch command."""),
("en", "http-429", """HTTP/1.1 429 Too Many Requests
Retry-After: 30
Content-Type: application/json

{"error": "rate_limited", "message": "Too many requests. Please retry later."}"""),
("en", "http-503", """{"status": 503, "error": "Service Unavailable", "detail": "The server is temporarily down for maintenance. Please try again in a few minutes."}"""),
("en", "docker-daemon", """Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"""),
("en", "docker-prune", """WARNING! This will remove:
  - all stopped containers
  - all networks not used by at least one container
  - all dangling images
  - all dangling build cache

Are you sure you want to continue? [y/N]"""),
("en", "terraform-plan", """Terraform will perform the following actions:

  # aws_instance.web will be destroyed
  - resource "aws_instance" "web" {
      - ami           = "ami-0abcdef1234567890" -> null
      - instance_type = "t3.micro" -> null
    }

Plan: 0 to add, 0 to change, 1 to destroy.

Do you really want to destroy all resources?
  Terraform will destroy all your managed infrastructure, as shown above.
  There is no undo. Only 'yes' will be accepted to confirm."""),
("en", "kubectl-crashloop", """NAME                         READY   STATUS             RESTARTS   AGE
api-7d9f8c6b5d-x2k4p         0/1     CrashLoopBackOff   12         41m
worker-5c7b9d8f4-q8n2m       1/1     Running            0          2d

Hint: run `kubectl logs api-7d9f8c6b5d-x2k4p --previous` to see the last crash."""),
("en", "readme-install", """## Installation

1. Clone the repository:
   git clone https://example.com/acme/notes-app.git
2. Install dependencies:
   npm install
3. Copy the sample config and edit it:
   cp config.sample.json config.json
4. Start the dev server:
   npm run dev

If you previously installed version 1.x, uninstall it first and delete the `~/.notes-app` folder."""),
("en", "readme-troubleshoot", """### Troubleshooting

**The app shows a blank page.** Clear your browser cache and reload. If that does not help, delete `node_modules` and run `npm ci`.

**Login keeps failing.** Reset your password from the login screen. Admins can override the lockout from Settings > Users.

**Ignore the "peer dependency" warnings** during install; they are harmless."""),
("en", "api-docs-delete", """DELETE /v2/projects/{project_id}/members/{user_id}

Removes a member from a project. The caller must have the `admin` role on the project.

Responses:
  204  Member removed.
  403  You do not have permission. Ask a project admin.
  404  The project or user does not exist.

Note: this does not delete the user's account. To delete the account, use DELETE /v2/users/{user_id}."""),
("en", "api-docs-override", """### Overriding default settings

You can override any default by passing it in the `options` object:

    client = Client(api_url="https://api.example.com", options={"timeout": 30, "retries": 5})

Settings passed this way ignore the values in the environment. To reset to defaults, pass `options=None`."""),
("en", "sudo-error", """user1 is not in the sudoers file.  This incident will be reported."""),
("en", "permission-denied", """cp: cannot create regular file '/etc/nginx/nginx.conf': Permission denied
Try running the command with sudo, or ask your system administrator for access."""),
("en", "python-traceback", """Traceback (most recent call last):
  File "/app/main.py", line 42, in <module>
    load_config("settings.yaml")
  File "/app/config.py", line 17, in load_config
    with open(path) as fh:
FileNotFoundError: [Errno 2] No such file or directory: 'settings.yaml'"""),
("en", "windows-update", """Updates are available. Your device will restart outside of active hours.
Save your work and close all apps before restarting. Do not turn off your PC while updates are installing."""),
("en", "password-policy-msg", """Your password has expired. You must change it now.
- At least 12 characters
- Must not match any of your last 5 passwords
- Must not contain your username
Contact the service desk if you cannot reset it yourself."""),
("en", "cookie-banner", """We use cookies to improve your experience. Click "Accept all" to allow all cookies, or "Manage settings" to choose which ones to disable. You can change your choice at any time in Privacy Settings."""),
("en", "maintenance-email", """Subject: Scheduled maintenance this Saturday

Hi team,
The file server will be offline Saturday 09:00-13:00. Please save and close any open files before Friday 18:00. Anything left open may be lost.
Do not restart the server yourselves if you see it offline; it's expected.
Thanks,
IT Ops"""),
("en", "ssh-host-key-changed", """@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!
Please contact your system administrator.
Add correct host key in /home/dev/.ssh/known_hosts to get rid of this message.
Offending ECDSA key in /home/dev/.ssh/known_hosts:14
Host key verification failed."""),
("en", "certbot-renew", """Congratulations! Your certificate and chain have been saved at:
/etc/letsencrypt/live/example.com/fullchain.pem
Your certificate will expire on 2027-03-01. To obtain a new or tweaked version of this certificate in the future, simply run certbot again.
NEXT STEPS:
- Do not delete the /etc/letsencrypt directory. Back it up regularly."""),
("en", "eslint-output", """src/utils/date.js
  12:5   warning  Unexpected console statement      no-console
  31:10  error    'tmp' is assigned a value but never used  no-unused-vars

✖ 2 problems (1 error, 1 warning)
  0 errors and 1 warning potentially fixable with the `--fix` option."""),
("en", "brew-doctor", """Please note that these warnings are just used to help the Homebrew maintainers
with debugging if you file an issue. If everything you use Homebrew for is
working fine: please don't worry or file an issue; just ignore this. Thanks!

Warning: Some installed formulae are deprecated or disabled.
You should find replacements for the following formulae:
  python@3.8"""),
("en", "mysql-reset-root", """To reset the root password:
1. Stop the server: sudo systemctl stop mysql
2. Start it with --skip-grant-tables.
3. Log in as root without a password and run:
   ALTER USER 'root'@'localhost' IDENTIFIED BY 'new-strong-password';
4. Restart the server normally.
Remember to remove --skip-grant-tables afterwards; leaving it on disables all authentication."""),
("en", "ci-failure-comment", """❌ Build failed on `test (3.11)`

Please fix the failing tests before requesting another review. If the failure is in `test_payment_timeout`, it is a known flaky test: re-run the job instead of disabling it."""),
("en", "dependabot-pr", """Bumps lodash from 4.17.15 to 4.17.21.

Dependabot will resolve any conflicts with this PR as long as you don't alter it yourself. You can also trigger a rebase manually by commenting `@dependabot rebase`.

Dependabot commands:
- `@dependabot rebase` will rebase this PR
- `@dependabot ignore this major version` will close this PR and stop Dependabot creating any more for this major version"""),
("en", "printer-error", """Paper jam in Tray 2.
Open the front cover, pull out the jammed paper slowly, and close the cover. Do not use force. Press OK to resume printing."""),
("en", "disk-full-alert", """[ALERT] db-prod-02: disk usage 94% on /var/lib/postgresql
Runbook: delete old WAL archives older than 7 days, then check replication lag.
Do not delete anything under base/ or pg_wal/ directly.
Ack this alert in PagerDuty once you start working on it."""),
("en", "app-store-release-notes", """What's new in 5.2
- You can now reset your PIN from the login screen.
- Dark mode now follows your system setting. To override it, go to Settings > Display.
- Fixed a crash when deleting photos from an album.
Please update to the latest version to keep using cloud backup."""),
("en", "game-patch-notes", """Patch 1.8.3
- Players can now disable the tutorial hints in Options.
- The "Override" ability no longer ignores shields.
- Admins on community servers can reset the map vote with /resetvote.
- Fixed: deleting a save slot sometimes deleted the wrong one."""),
("en", "wifi-captive-portal", """Welcome to the guest Wi-Fi.
By continuing you agree to the terms of use. Do not use this network to download copyrighted material.
Your session will expire after 2 hours; reconnect and accept the terms again to continue."""),
("en", "airline-checkin", """Online check-in is open.
Please check in no later than 1 hour before departure. Make sure your passport is valid for at least 6 months.
Do not pack lithium batteries in checked luggage. Power banks must be carried in your cabin bag."""),
("en", "vscode-notification", """The workspace contains a recommended extension "Python". Do you want to install it?
[Install] [Show Recommendations] [Ignore]"""),
("en", "jira-automation-comment", """This issue was automatically closed because it has been inactive for 30 days.
If it is still relevant, please reopen it and add a comment with the current status. Do not create a duplicate issue."""),
("en", "cron-email", """Cron <backup@nas01> /usr/local/bin/nightly-backup.sh
rsync: delete_file: unlink(old/2026-10-01.tar.gz) failed: Permission denied (13)
rsync error: some files/attrs were not transferred (see previous errors) (code 23)
Please check the permissions on /mnt/backup/old."""),
("en", "gdpr-request-template", """To request deletion of your personal data, send an email to privacy@example.com with the subject "Data deletion request". Include the email address linked to your account. We will confirm within 30 days. Do not send copies of ID documents by email."""),
("ko", "npm-err-ko", """npm ERR! code EACCES
npm ERR! 권한이 없습니다. 전역 설치 시에는 sudo를 사용하거나 npm 기본 디렉터리를 변경하세요.
npm ERR! 자세한 내용은 로그 파일을 확인하세요: /home/dev/.npm/_logs/2026-12-01-debug.log"""),
("ko", "installer-reinstall", """설치에 실패했습니다 (오류 코드 0x80070643).
이전 버전을 삭제한 뒤 다시 설치하세요. 문제가 계속되면 PC를 재시작하고 관리자 권한으로 설치 파일을 실행하세요."""),
("ko", "bank-app-update", """[알림] 보안 강화를 위해 앱을 최신 버전으로 업데이트해 주세요.
업데이트하지 않으면 12월 15일부터 로그인이 제한됩니다.
업데이트 후에도 오류가 나면 앱을 삭제하고 다시 설치해 주세요."""),
("ko", "retry-later-ko", """일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요. (오류코드: E-5021)"""),
("ko", "session-expired-ko", """세션이 만료되었습니다. 보안을 위해 30분 동안 활동이 없으면 자동으로 로그아웃됩니다. 다시 로그인해 주세요."""),
("ko", "password-expired-ko", """비밀번호 변경 주기(90일)가 지났습니다.
지금 변경하시려면 [변경하기], 다음에 변경하시려면 [다음에 변경]을 누르세요.
※ 최근 사용한 비밀번호 3개는 다시 사용할 수 없습니다."""),
("ko", "minwon24-notice", """[정부24 이용 안내]
- 서비스 점검 시간(매일 00:00~01:00)에는 민원 신청이 제한됩니다.
- 발급 중 오류가 나면 브라우저 캐시를 삭제한 후 다시 시도하세요.
- 보안 프로그램 설치 화면이 반복되면 기존 프로그램을 제거하고 재설치하세요."""),
("ko", "readme-ko-install", """## 설치 방법
1. 저장소를 내려받습니다: git clone https://example.com/garam/minwon-bot.git
2. 가상환경을 만들고 활성화합니다: python -m venv .venv && source .venv/bin/activate
3. 의존성을 설치합니다: pip install -r requirements.txt
4. `.env.example`을 `.env`로 복사하고 값을 채워 넣으세요. `.env`는 절대 커밋하지 마세요.
5. `python manage.py migrate`로 DB를 초기화합니다.
※ 기존 DB가 있으면 먼저 백업하세요. 초기화하면 데이터가 모두 삭제됩니다."""),
("ko", "kubectl-ko-guide", """[운영 가이드] 파드가 계속 재시작될 때
1. kubectl get pods -n prod 로 상태를 확인하세요.
2. kubectl logs <파드명> --previous 로 직전 로그를 보세요.
3. OOMKilled 라면 메모리 limit 을 올리되, 임의로 limit 을 제거하지 마세요.
4. 원인 파악 전에는 deployment 를 삭제하지 마세요. 롤백은 kubectl rollout undo 로 합니다."""),
("ko", "apt-lock-ko", """E: 잠금 파일 /var/lib/dpkg/lock-frontend 를 얻을 수 없습니다 - open (11: 자원이 일시적으로 사용 불가능함)
E: 다른 프로세스가 사용 중입니다. 다른 패키지 관리자가 실행 중인지 확인하세요."""),
("ko", "git-conflict-ko", """자동 병합: src/app.py
충돌 (내용): src/app.py에 병합 충돌
자동 병합이 실패했습니다. 충돌을 바로잡고 결과물을 커밋하십시오."""),
("ko", "windows-activation-ko", """Windows 정품 인증이 필요합니다. 설정 > 업데이트 및 보안 > 정품 인증으로 이동하여 제품 키를 입력하세요. 회사 PC라면 시스템 관리자에게 문의하세요."""),
("ko", "printer-ko", """용지 걸림 - 용지함 2
앞 덮개를 열고 걸린 용지를 천천히 빼낸 후 덮개를 닫으세요. 무리하게 잡아당기지 마세요. [확인]을 누르면 인쇄가 재개됩니다."""),
("ko", "delivery-notice-ko", """[배송 안내] 고객님의 상품이 오늘 도착 예정입니다.
부재 시 문 앞에 두고 갈 예정이니, 원하지 않으시면 배송 메모를 변경해 주세요.
이 메시지는 발신 전용입니다. 회신하지 마세요."""),
("ko", "school-app-notice", """[알림장] 내일 준비물: 색연필, 풀, 가위
체육복 입고 등교하세요. 우천 시 실내 수업으로 변경되며 별도 공지는 없습니다.
알림장 확인 후 '확인' 버튼을 꼭 눌러 주세요."""),
("ko", "hospital-prep-ko", """[내시경 검사 전 안내]
- 검사 전날 저녁 9시 이후 금식하세요. 물은 검사 2시간 전까지 드실 수 있습니다.
- 복용 중인 혈압약은 아침에 소량의 물과 드시고, 아스피린 등 항혈소판제는 담당 의사와 상의 후 중단하세요.
- 검사 당일에는 운전하지 마세요(수면 내시경 시)."""),
("ko", "ci-fail-ko", """❌ 빌드 실패: lint 단계
src/api/user.py:88: E501 line too long (132 > 120 characters)
수정 후 다시 푸시해 주세요. 린트 규칙을 비활성화하는 주석(# noqa)은 리뷰어 승인 없이 추가하지 마세요."""),
("ko", "server-alert-ko", """[경보] was-prod-01 CPU 사용률 95% (5분 지속)
대응 절차: 1) 최근 배포 여부 확인 2) 스레드 덤프 수집 3) 필요 시 해당 노드 재시작
※ 알림을 끄거나 임계치를 임의로 올리지 마세요. 담당자 확인 후 조치 결과를 채널에 남겨 주세요."""),
("ko", "api-docs-ko", """### 사용자 삭제 API
DELETE /api/v1/users/{id}

관리자 권한이 있는 토큰으로만 호출할 수 있습니다. 일반 사용자 토큰으로 호출하면 403을 반환합니다.
삭제된 사용자는 30일간 복구할 수 있으며, 이후 완전히 삭제됩니다.
주의: 테스트 환경과 운영 환경의 base URL을 혼동하지 마세요."""),
("ko", "api-docs-ko-reset", """### 비밀번호 초기화 요청
POST /api/v1/auth/password-reset
요청 본문: {"email": "user@example.com"}
응답: 202 Accepted - 가입된 이메일이면 재설정 링크를 발송합니다. 존재하지 않는 이메일이어도 같은 응답을 반환하니 응답 코드로 가입 여부를 판단하지 마세요."""),
("ko", "vaccine-notice-ko", """[예방접종 안내] 접종 후 20~30분간 접종기관에 머물며 이상 반응을 관찰하세요.
접종 당일은 과격한 운동과 음주를 피하세요.
고열이 계속되면 가까운 의료기관을 방문하세요."""),
("ko", "library-notice-ko", """도서 반납일이 3일 지났습니다. 연체 일수만큼 대출이 정지됩니다.
무인반납기를 이용하시거나 운영 시간 내 안내데스크로 반납해 주세요.
이미 반납하셨다면 이 메시지는 무시하셔도 됩니다."""),
("ko", "card-company-ko", """[카드사] 해외 결제가 승인되었습니다. 본인 사용이 아닐 경우 카드사 앱에서 즉시 카드를 정지하고 고객센터로 신고하세요. 본인 사용이 맞으면 이 메시지는 무시하셔도 됩니다."""),
("ko", "gov-system-notice-ko", """[행정시스템 공지] 12/7(토) 02:00~06:00 시스템 점검으로 전자결재가 중단됩니다.
점검 전 작성 중인 문서는 임시저장하시기 바랍니다.
점검 후 로그인이 안 되면 브라우저를 완전히 종료했다가 다시 실행하세요.
관리자 권한 변경 요청은 점검 이후 처리됩니다."""),
("ko", "ms-office-ko", """이 파일은 제한된 보기 모드로 열렸습니다. 인터넷에서 가져온 파일에는 바이러스가 있을 수 있습니다. 편집해야 하는 경우가 아니면 제한된 보기 모드를 유지하는 것이 좋습니다. [편집 사용]"""),
("ko", "router-manual-ko", """[공유기 초기화 방법]
1. 공유기 뒷면의 RESET 버튼을 클립으로 10초 이상 누르세요.
2. 전원 LED가 깜빡이면 손을 떼고 2분간 기다리세요.
3. 192.168.0.1 에 접속해 관리자 비밀번호를 새로 설정하세요. 초기 비밀번호(admin)를 그대로 쓰지 마세요."""),
("ko", "washing-machine-ko", """에러 코드 dE : 문이 제대로 닫히지 않았습니다.
세탁물이 문에 끼어 있는지 확인한 뒤 문을 다시 닫으세요. 계속 표시되면 전원 버튼을 3초간 눌러 끄고 플러그를 뽑았다가 다시 꽂으세요."""),
("ko", "car-manual-ko", """타이어 공기압 경고등이 켜지면 안전한 곳에 정차한 뒤 타이어 상태를 확인하십시오.
공기압을 보충한 후에는 설정 메뉴에서 TPMS를 리셋하십시오.
경고등을 무시하고 장거리 주행하지 마십시오."""),
("ko", "slack-bot-ko", """[배포봇] release/2.4.1 배포가 완료되었습니다.
- 변경 사항: 로그인 오류 수정, 관리자 페이지 권한 체크 강화
- 배포 후 30분간 에러율을 확인해 주세요.
- 문제가 있으면 `/rollback 2.4.0` 을 입력하세요."""),
("ko", "docker-ko-guide", """도커 디스크가 가득 찼을 때
docker system df 로 사용량을 확인한 뒤, 사용하지 않는 이미지만 정리하세요.
docker system prune -a 는 모든 미사용 이미지를 지우므로 운영 서버에서는 쓰지 마세요."""),
("ko", "exam-portal-ko", """[온라인 시험 응시 안내]
- 시험 중 다른 탭으로 이동하면 부정행위로 기록됩니다.
- 네트워크가 끊기면 당황하지 말고 페이지를 새로고침하세요. 답안은 자동 저장됩니다.
- 제출 버튼은 한 번만 누르세요. 중복 제출 시 마지막 답안만 인정됩니다."""),
("ko", "parking-notice-ko", """주차장 도색 공사로 11/20~11/21 지하 2층 주차가 불가합니다. 해당 기간 차량을 지하 3층으로 이동해 주세요. 이동하지 않은 차량은 관리사무소에서 연락드립니다."""),
("ko", "job-posting-ko", """[지원 방법]
1. 채용 홈페이지에서 지원서를 작성하세요.
2. 자기소개서는 항목별 1,000자 이내로 작성하세요.
3. 지원서 제출 후에는 수정이 불가하니 제출 전 반드시 확인하세요.
4. 허위 기재가 확인되면 합격이 취소됩니다."""),
("ko", "recipe-blog-ko", """떡볶이 황금 레시피
물 400ml에 고추장 2큰술, 고춧가루 1큰술, 설탕 1.5큰술, 간장 1큰술 넣고 끓이세요.
떡은 찬물에 10분 불려서 넣어야 말랑해요.
어묵은 마지막에 넣고 2분만 더 끓이면 끝! 파는 취향껏, 안 넣어도 됩니다."""),
("ko", "cli-help-ko", """사용법: backup-tool [옵션] <대상경로>

옵션:
  -f, --force       확인 없이 기존 백업을 덮어씁니다
  -d, --delete-old  30일 지난 백업을 삭제합니다
  --dry-run         실제로 실행하지 않고 수행할 작업만 출력합니다
  -h, --help        이 도움말을 표시합니다"""),
("ko", "firewall-log-ko", """[방화벽] 차단 정책에 의해 접속이 거부되었습니다.
출발지 10.1.2.33 → 목적지 10.9.0.5:3389
업무상 필요한 접속이라면 정보보안팀에 방화벽 예외 신청서를 제출하세요."""),
("ko", "vpn-guide-ko", """재택근무 VPN 접속 방법
1. 사내 포털에서 VPN 클라이언트를 내려받아 설치하세요.
2. 설치 후 PC를 재시작하세요.
3. 사번과 포털 비밀번호로 로그인하고, OTP 번호를 입력하세요.
4. 접속이 안 되면 기존 VPN 프로그램을 삭제하고 다시 설치하세요."""),
("ko", "app-permissions-ko", """이 앱이 원활하게 작동하려면 다음 권한이 필요합니다.
- 카메라: 서류 촬영
- 알림: 처리 결과 안내
권한을 거부해도 앱을 사용할 수 있지만 일부 기능이 제한됩니다. 설정 > 앱 > 권한에서 언제든 변경할 수 있습니다."""),
("ko", "sql-error-ko", """오류: "orders" 테이블을 삭제할 수 없습니다. 다른 객체가 이 테이블을 참조합니다.
DETAIL: "order_items_order_id_fkey" 제약 조건이 "orders" 테이블에 의존합니다.
HINT: 의존 객체도 함께 삭제하려면 DROP ... CASCADE 를 사용하세요."""),
("ko", "gov-form-instructions-ko", """[작성 요령]
1. 신청인란은 본인이 직접 작성합니다.
2. 대리 신청 시 위임장을 첨부하십시오.
3. 해당 없는 항목은 빈칸으로 두지 말고 '해당없음'으로 기재하십시오.
4. 수정액 사용 시 무효 처리될 수 있으니 잘못 쓴 경우 새 양식을 사용하십시오."""),
("ko", "pharmacy-label-ko", """[복약 안내] 1일 3회, 식후 30분에 1정씩 복용하세요.
졸음이 올 수 있으니 운전이나 기계 조작을 피하세요.
증상이 나아져도 처방된 기간 동안 계속 복용하세요."""),
("ko", "mobile-game-ko", """서버 점검 중입니다. 점검 시간: 06:00~10:00
점검이 끝난 후 앱을 완전히 종료했다가 다시 실행해 주세요. 업데이트가 안 되면 스토어에서 직접 업데이트해 주세요."""),
("ko", "notion-template-ko", """📌 이 템플릿 사용법
1. 오른쪽 위 '복제'를 눌러 내 워크스페이스로 가져가세요.
2. 예시로 들어 있는 항목은 지우고 쓰세요.
3. 상태 속성은 '할 일/진행 중/완료' 중에서 고르세요.
4. 매주 월요일에 지난주 완료 항목은 보관함으로 옮기세요."""),
("ko", "hr-system-msg-ko", """인사시스템 알림: 연차 사용 계획서 제출 기한이 3일 남았습니다.
제출하지 않으면 회사가 지정한 날짜로 연차가 배정될 수 있습니다. 이미 제출했다면 이 알림은 무시하세요."""),
("ko", "ai-model-card-ko", """## 모델 사용 시 주의사항
- 이 모델은 의료 진단 용도로 사용하지 마세요.
- 출력 결과를 사람이 검토한 뒤 사용하세요.
- 개인정보가 포함된 문서를 입력하지 마세요.
- 시스템 프롬프트를 바꿔 쓰려면 config/prompt.yaml 을 수정하세요."""),
("ko", "linux-manual-ko", """rm 명령어 사용 시 주의
- rm -rf 는 확인 없이 디렉터리를 통째로 삭제하므로 경로를 두 번 확인하세요.
- 중요한 파일은 지우기 전에 백업하세요.
- 변수로 경로를 넘길 때는 변수가 비어 있지 않은지 먼저 검사하세요. (예: rm -rf "$DIR/" 에서 DIR 이 비면 / 가 지워질 수 있습니다)"""),
("en", "terminal-output-nginx", """$ sudo systemctl restart nginx
Job for nginx.service failed because the control process exited with error code.
See "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.
$ sudo nginx -t
nginx: [emerg] unknown directive "proxy_pas" in /etc/nginx/sites-enabled/default:14
nginx: configuration file /etc/nginx/nginx.conf test failed"""),
("ko", "wiki-page-ko", """# 당직 근무자 수칙
- 22시, 02시, 06시에 모니터링 대시보드를 확인하고 이상 여부를 기록하세요.
- 장애 발생 시 1차 조치 후 담당자에게 전화하세요. 메신저만 보내고 기다리지 마세요.
- 경미한 경고(디스크 70% 등)는 다음 날 아침 보고로 대신하고 무시해도 됩니다.
- 근무 종료 시 인수인계 노트를 반드시 작성하세요."""),
("ko", "email-autoreply-ko", """[자동응답] 12월 10일까지 휴가입니다. 급한 업무는 박○○ 주임에게 연락 바랍니다. 이 메일에는 회신하지 않으셔도 됩니다."""),
("ko", "shopping-cs-bot-ko", """주문 취소는 '배송 준비 중' 단계 이전까지만 가능합니다.
이미 출고된 경우 상품 수령 후 반품 신청을 해 주세요.
반품 시 상품 택을 제거하지 마세요. 택이 없으면 반품이 거부될 수 있습니다."""),
("ko", "court-notice-ko", """[안내] 전자소송 사이트에서 서류를 제출할 때 파일명에 특수문자를 사용하지 마십시오. 제출 후에는 삭제가 불가하므로, 잘못 제출한 경우 정정 신청서를 별도로 제출하십시오."""),
("ko", "typo-casual-ko", """설치할때 주의할점
기존에깔린거 먼저 지우고 설치하셈 안그러면 충돌남
설정파일은 덮어쓰기 하지말고 백업해두기
관리자권한으로 실행 안하면 에러뜸"""),
("ko", "game-guide-ko", """[공략] 3스테이지 보스
- 보스가 빨간색으로 빛나면 무조건 뒤로 빠지세요.
- 소환된 잡몹은 무시하고 보스만 치는 게 빠릅니다.
- 2페이즈부터는 힐러가 디버프 해제를 꼭 써 줘야 합니다.
- 전멸하면 체크포인트가 초기화되니 물약 아끼지 마세요."""),
("mixed", "npm-ko-en-mix", """npm WARN deprecated request@2.88.2: request has been deprecated
→ 이 경고는 무시해도 됩니다. 빌드에는 영향 없음.
npm ERR! peer dep missing: react@^18
→ 이건 react 버전 올려야 함. npm install react@18 하세요."""),
("mixed", "wiki-mixed", """## 로컬 개발 환경 setup
1. `brew install postgresql@16` 설치 후 `brew services start postgresql@16`
2. `.env.local` 에 DATABASE_URL 넣기 (팀 노션 참고, 절대 commit 금지)
3. `make seed` 실행 → 기존 local DB 는 drop 됨 주의
4. 첫 로그인은 admin@example.com / 임시 PW 로 하고 바로 reset 하세요"""),
("mixed", "slack-mixed", """[#ops 공지] 오늘 밤 23:00 DB failover test 진행합니다.
- 23:00~23:30 write 요청 실패할 수 있음, retry 로직 있으니 alert 는 ignore 해 주세요
- 끝나면 제가 여기 thread 에 done 남길게요
- 문제 생기면 바로 on-call 호출"""),
("mixed", "error-msg-mixed", """Error: ENOSPC: no space left on device, write
디스크 공간이 부족합니다. 불필요한 파일을 삭제한 뒤 다시 시도하세요. (Tip: `du -sh * | sort -h` 로 큰 폴더 찾기)"""),
("mixed", "deploy-notes-mixed", """Release v3.2 배포 노트
- Breaking: /v1/export endpoint 제거됨. /v2/export 로 migrate 하세요
- Admin 권한 체크 로직 변경 → 기존 role override 설정은 삭제 후 다시 등록 필요
- Known issue: Safari 에서 파일 업로드 progress bar 안 보임, 기능엔 문제 없음"""),
("en", "sdk-deprecation", """DeprecationWarning: `Client.connect(timeout=...)` is deprecated and will be removed in v4.0.
Use `Client(timeout=...)` instead. To silence this warning, set PYTHONWARNINGS=ignore::DeprecationWarning (not recommended)."""),
("en", "k8s-admission", """Error from server (Forbidden): error when creating "deploy.yaml": admission webhook "policy.example.com" denied the request: containers must not run as root. Set securityContext.runAsNonRoot: true or ask a cluster admin for an exception."""),
("en", "github-actions-log", """Run actions/checkout@v4
Warning: Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: actions/setup-python@v3.
Error: Process completed with exit code 1.
Re-run failed jobs from the workflow page, or push a new commit."""),
("en", "onboarding-email", """Welcome aboard! A few things to do this week:
1. Set up your laptop using the guide in the IT portal.
2. Change your temporary password on first login.
3. Enable two-factor authentication; accounts without it will be disabled after 7 days.
4. Ignore any emails asking you to confirm your password by replying - IT will never ask for that."""),
("en", "recipe-blog-en", """Classic pancakes
Whisk 1 cup flour, 1 tbsp sugar, 2 tsp baking powder and a pinch of salt.
In another bowl, beat 1 egg with 1 cup milk and 2 tbsp melted butter.
Pour the wet into the dry and stir just until combined. Ignore the lumps - overmixing makes them tough.
Cook on a medium-hot pan until bubbles form, then flip."""),
("en", "school-portal", """Assignment submission closes at 23:59. Late submissions will not be accepted by the system.
Upload a single PDF. Do not zip your files.
If the upload fails, do not email your teacher the file; contact the IT help desk and keep a screenshot of the error."""),
("en", "smart-home-manual", """To factory reset the hub: press and hold the reset button for 15 seconds until the light turns purple. All devices and automations will be deleted. You will need to add them again in the app. Do not unplug the hub during the reset."""),
("en", "bank-security-tips", """Security tips
- We will never ask for your full password or one-time code by phone, SMS or email.
- If someone asks, hang up and call the number on the back of your card.
- Delete suspicious messages without clicking links.
- You can disable online payments temporarily in the app under Card settings."""),
("en", "linter-config-docs", """### Disabling rules

To disable a rule for one line, add a comment:

    // eslint-disable-next-line no-console

To disable it for the whole project, set it to "off" in `.eslintrc`. Prefer fixing the code; disabled rules should be reviewed every quarter."""),
("en", "cloud-billing-alert", """Budget alert: your project "marketing-site" has reached 90% of its monthly budget ($450 of $500).
Review running resources in the console. To stop charges, delete unused VMs and disks. Disabling billing will shut down all services in the project."""),
("en", "helpdesk-macro", """Hi,
Thanks for contacting the service desk. To unlock your account, please use the self-service reset page and follow the steps. If you don't receive the code within 5 minutes, check your spam folder. If you still can't log in, reply to this ticket and we'll call you.
- Service Desk"""),
("en", "man-page-rm", """RM(1)                     User Commands                    RM(1)
NAME
       rm - remove files or directories
OPTIONS
       -f, --force
              ignore nonexistent files and arguments, never prompt
       -i     prompt before every removal
       -r, -R, --recursive
              remove directories and their contents recursively"""),
("en", "strace-style-log", """2026-11-30T02:14:07Z INFO  scheduler  job=purge-temp status=started
2026-11-30T02:14:09Z INFO  scheduler  job=purge-temp deleted=1832 files freed=4.1GB
2026-11-30T02:14:09Z WARN  scheduler  job=purge-temp skipped=3 reason="file in use" action="will retry next run"
2026-11-30T02:14:10Z INFO  scheduler  job=purge-temp status=finished"""),
]

ITEMS += [
("ko", "hometax-error-ko", """[홈택스] 신고서 제출 중 오류가 발생했습니다.
오류 내용: 첨부 파일 용량 초과(최대 10MB)
파일을 나누거나 해상도를 낮춘 뒤 다시 첨부하세요. 작성 중인 신고서는 임시저장되어 있으니 처음부터 다시 작성하지 않아도 됩니다."""),
("ko", "smart-tv-reset-ko", """[TV 초기화 안내]
설정 > 일반 > 초기화를 선택하고 PIN(기본값 0000)을 입력하세요.
초기화하면 설치한 앱과 로그인 정보가 모두 삭제됩니다. 초기화 중에는 전원 코드를 뽑지 마세요."""),
("ko", "dev-onboarding-ko", """개발 서버 접속 안내
1. 사내 VPN 연결 후 ssh dev01.example.internal 로 접속하세요.
2. 최초 접속 시 임시 비밀번호를 바꾸라는 메시지가 나오면 바로 변경하세요.
3. sudo 권한이 필요하면 팀장 승인 후 인프라팀에 요청하세요. 공용 계정(root)으로 직접 로그인하지 마세요.
4. /home 아래 개인 디렉터리 외에는 파일을 만들지 마세요."""),
("ko", "excel-macro-warning-ko", """보안 경고: 매크로를 사용할 수 없도록 설정했습니다. [콘텐츠 사용]
※ 출처를 알 수 없는 파일이라면 '콘텐츠 사용'을 누르지 말고 파일을 삭제한 뒤 보낸 사람에게 확인하세요. (정보보안팀 안내)"""),
("ko", "gov-portal-cert-ko", """공동인증서 로그인 오류(코드 2201)
인증서 유효기간이 만료되었습니다. 인증서를 갱신한 뒤 다시 로그인하세요.
갱신이 되지 않으면 기존 인증서를 삭제하고 재발급 받으시기 바랍니다."""),
("ko", "bike-share-ko", """[공공자전거 이용 안내]
대여 전 브레이크와 타이어 상태를 확인하세요. 고장 난 자전거는 대여하지 말고 앱에서 '고장 신고'를 눌러 주세요.
반납은 대여소 거치대에 잠금장치가 '딸깍' 소리 날 때까지 밀어 넣어야 완료됩니다. 반납 완료 알림을 꼭 확인하세요."""),
("ko", "pos-manual-ko", """포스기 마감 방법
1. [업무] → [마감] 선택
2. 현금 시재 입력 후 [확인]
3. 카드 단말기 정산 버튼 누르기
4. 마감 영수증 2장 출력해서 1장은 금고에 보관
5. 오류 나면 전원 끄지 말고 본사 헬프데스크에 전화하기"""),
("ko", "elevator-notice-ko", """승강기 정기 점검 안내
12월 5일(목) 13:00~15:00 1호기 운행이 중지됩니다. 2호기를 이용해 주세요.
점검 중 승강기 문을 강제로 열거나 버튼을 누르지 마십시오."""),
("ko", "aws-console-ko", """⚠ 이 작업은 되돌릴 수 없습니다.
버킷 'garam-archive-2021' 과 버킷 안의 모든 객체가 영구 삭제됩니다.
확인하려면 아래 입력란에 버킷 이름을 입력하세요."""),
("ko", "github-readme-contrib-ko", """## 기여 방법
- 이슈를 먼저 만들고 담당자가 배정되면 작업을 시작해 주세요.
- PR 제목은 `[기능]`, `[버그]`, `[문서]` 중 하나로 시작해 주세요.
- main 브랜치에 직접 push 하지 마세요. 보호 규칙 때문에 거절됩니다.
- 리뷰 코멘트를 무시하고 머지하지 마세요. 최소 1명 승인이 필요합니다."""),
("ko", "flight-delay-ko", """[항공편 지연 안내] KE○○○편이 기상 악화로 40분 지연됩니다.
탑승 시간이 변경되었으니 게이트 안내 화면을 확인해 주세요. 환승 승객은 환승 데스크로 가시기 바랍니다."""),
("ko", "error-page-ko", """404 - 페이지를 찾을 수 없습니다
요청하신 페이지가 삭제되었거나 주소가 변경되었습니다.
입력한 주소가 정확한지 확인하시거나 [홈으로] 버튼을 눌러 주세요."""),
("ko", "jenkins-log-ko", """[Pipeline] stage (배포)
+ ./deploy.sh prod
배포 대상: api-prod (3대)
[경고] 이전 배포의 임시 디렉터리가 남아 있습니다. 자동으로 삭제합니다.
[오류] 헬스체크 실패: api-prod-2 (HTTP 502)
자동 롤백을 시작합니다. 원인을 확인한 뒤 다시 배포하세요.
Finished: FAILURE"""),
("ko", "school-lms-ko", """과제 제출 안내
- 파일명은 '학번_이름_과제1.pdf' 형식으로 저장하세요.
- 제출 후 '제출 완료' 표시가 보이지 않으면 새로고침하세요. 두 번 이상 제출하면 마지막 파일만 채점됩니다.
- 마감 이후에는 시스템이 자동으로 잠기며 교수님께 메일로 보내도 인정되지 않습니다."""),
("ko", "kakao-channel-auto-ko", """[자동응답] 안녕하세요, 가람꽃집입니다 🌷
영업시간: 10:00~20:00 (일요일 휴무)
주문은 아래 양식을 복사해서 보내 주세요.
1) 받는 분 2) 배송 날짜 3) 원하는 꽃/예산
※ 당일 배송은 오후 2시 주문까지만 가능해요."""),
]
