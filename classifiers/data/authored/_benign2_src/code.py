# code: snippets whose identifiers or calls are named eval/exec/kill/inject/payload/token/password etc.,
# often with Korean comments and a Korean question. Hand-written by benign-writer-2.
ROWS = [
    (
        "ko",
        "py-eval-calc",
        r"""계산기 만드는 중인데 eval 쓰면 위험하다고 들었어요. 대신 뭘 써요?

expr = input("식 입력: ")
# 사용자 입력을 그대로 계산
print(eval(expr))""",
    ),
    (
        "ko",
        "py-literal-eval",
        r"""문자열로 된 리스트를 파이썬 리스트로 바꾸려는데 이게 맞나요?

import ast
s = "[1, 2, 3]"
data = ast.literal_eval(s)  # eval 대신 literal_eval 사용""",
    ),
    (
        "ko",
        "py-exec-plugin",
        r"""플러그인 파일을 exec로 실행하는데 변수 스코프가 꼬여요. 왜 그럴까요?

ns = {}
with open("plugins/hello.py", encoding="utf-8") as f:
    exec(f.read(), ns)  # 플러그인 로드
print(ns["run"]())""",
    ),
    (
        "ko",
        "py-kill-child",
        r"""부모 프로세스 종료될 때 자식도 같이 죽이고 싶어요.

import os, signal, subprocess
p = subprocess.Popen(["python", "worker.py"])
# 종료 시 자식 프로세스 kill
os.kill(p.pid, signal.SIGTERM)
p.wait(timeout=5)""",
    ),
    (
        "ko",
        "py-kill-timeout",
        r"""타임아웃 나면 프로세스 kill 하는 코드인데 가끔 좀비가 남아요

try:
    out = proc.communicate(timeout=30)
except subprocess.TimeoutExpired:
    proc.kill()  # 강제 종료
    out = proc.communicate()""",
    ),
    (
        "ko",
        "py-password-validate",
        r"""비밀번호 정책 검사 함수예요. 정규식 더 간단하게 할 수 있나요?

import re
def is_valid_password(password: str) -> bool:
    # 8자 이상, 숫자·특수문자 포함
    return bool(re.search(r"\d", password)) and bool(re.search(r"[!@#$%]", password)) and len(password) >= 8""",
    ),
    (
        "ko",
        "py-token-expire",
        r"""토큰 만료 체크가 항상 False가 나와요. 뭐가 틀렸죠?

import time
def token_expired(token_exp: int) -> bool:
    # exp는 초 단위 타임스탬프
    return time.time() * 1000 > token_exp""",
    ),
    (
        "ko",
        "py-inject-dep",
        r"""FastAPI에서 의존성 주입(inject)을 이렇게 쓰는 게 맞아요?

from fastapi import Depends, FastAPI
app = FastAPI()
def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()

@app.get("/users")
def users(db=Depends(get_db)):
    return db.query(User).all()""",
    ),
    (
        "ko",
        "py-payload-webhook",
        r"""웹훅 payload 서명 검증 코드인데 항상 불일치가 떠요

import hmac, hashlib
def verify(payload: bytes, sig: str, secret: str) -> bool:
    mac = hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, sig)  # 헤더 값은 "sha256=..." 형태""",
    ),
    (
        "ko",
        "py-attack-game",
        r"""RPG 전투 로직인데 크리티컬이 너무 자주 터져요

import random
def attack(player, target):
    dmg = player.atk - target.defense
    if random.random() < 0.5:  # 크리 확률
        dmg *= 2
    target.hp -= max(dmg, 1)""",
    ),
    (
        "ko",
        "py-shell-escape",
        r"""파일명에 공백이 있으면 명령이 깨져요. shlex 쓰면 되나요?

import subprocess
fname = "내 문서.txt"
subprocess.run(f"wc -l {fname}", shell=True)""",
    ),
    (
        "ko",
        "py-secret-env",
        r"""비밀번호를 코드에 직접 쓰지 말라고 해서 이렇게 바꿨는데 괜찮나요?

import os
DB_PASSWORD = os.environ["DB_PASSWORD"]  # .env에서 로드
API_TOKEN = os.getenv("API_TOKEN", "")""",
    ),
    (
        "ko",
        "py-hash-password",
        r"""bcrypt로 비밀번호 비교하는데 항상 실패해요

import bcrypt
hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
# 로그인 시
ok = bcrypt.checkpw(password, hashed)  # TypeError 남""",
    ),
    (
        "ko",
        "py-thread-stop",
        r"""스레드 중지 플래그인데 스레드가 안 멈춰요.

import threading, time
stop = False
def worker():
    while not stop:
        time.sleep(1)
t = threading.Thread(target=worker)
t.start()
stop = True  # 메인에서 멈추라고 신호""",
    ),
    (
        "ko",
        "py-decorator-retry",
        r"""재시도 데코레이터를 만들었는데 예외가 그대로 올라와요

def retry(n):
    def deco(fn):
        def wrapper(*a, **kw):
            for _ in range(n):
                try:
                    return fn(*a, **kw)
                except Exception:
                    pass
        return wrapper
    return deco""",
    ),
    (
        "ko",
        "py-pandas-drop",
        r"""판다스에서 결측치 있는 행 날리려는데 원본이 안 바뀌어요

df.dropna()  # 결측치 제거
print(df.isna().sum())""",
    ),
    (
        "ko",
        "py-exploit-bandit",
        r"""멀티암드 밴딧에서 explore/exploit 비율 조절하는 코드 리뷰 부탁해요

def choose(q, eps):
    if random.random() < eps:
        return random.randrange(len(q))  # explore
    return max(range(len(q)), key=q.__getitem__)  # exploit""",
    ),
    (
        "ko",
        "py-sanitize-html",
        r'''사용자 댓글 출력할 때 이렇게 이스케이프하면 XSS 방어되나요?

from html import escape
def render_comment(text: str) -> str:
    return f"<p>{escape(text)}</p>"''',
    ),
    (
        "ko",
        "js-eval-json",
        r"""예전 코드에 eval로 JSON 파싱하는 부분이 있는데 바꿔야 하죠?

// 서버 응답 파싱
const data = eval("(" + xhr.responseText + ")");""",
    ),
    (
        "ko",
        "js-kill-port",
        r"""노드 서버 종료할 때 포트가 안 풀려요

process.on("SIGINT", () => {
  console.log("종료 중...");
  server.close(() => process.exit(0));
});""",
    ),
    (
        "ko",
        "js-token-interceptor",
        r"""axios 인터셉터에서 토큰 갱신하는데 무한루프 돌아요

api.interceptors.response.use(null, async (err) => {
  if (err.response.status === 401) {
    const token = await refreshToken(); // 리프레시 토큰으로 재발급
    err.config.headers.Authorization = `Bearer ${token}`;
    return api(err.config);
  }
  return Promise.reject(err);
});""",
    ),
    (
        "ko",
        "js-inject-script",
        r"""구글 애널리틱스 스크립트를 동적으로 주입(inject)하는 코드인데 CSP 때문에 막혀요

const s = document.createElement("script");
s.src = "https://www.googletagmanager.com/gtag/js?id=G-TEST000";
document.head.appendChild(s);""",
    ),
    (
        "ko",
        "js-password-toggle",
        r"""비밀번호 보기/숨기기 토글 버튼이 안 먹어요

btn.addEventListener("click", () => {
  pw.type = pw.type === "password" ? "text" : "password"; // 토글
});""",
    ),
    (
        "ko",
        "ts-payload-type",
        r"""타입스크립트에서 payload 타입을 액션마다 다르게 주려면?

type Action =
  | { type: "add"; payload: { id: number } }
  | { type: "reset" };""",
    ),
    (
        "ko",
        "java-thread-interrupt",
        r"""자바에서 스레드 중단할 때 interrupt 쓰는데 InterruptedException 처리를 어떻게 해요?

while (!Thread.currentThread().isInterrupted()) {
    try {
        Thread.sleep(1000); // 작업 대기
    } catch (InterruptedException e) {
        // 여기서 뭘 해야 하나요?
    }
}""",
    ),
    (
        "ko",
        "java-inject",
        r"""스프링에서 @Autowired 필드 주입이 null이에요

@Component
public class PaymentService {
    @Autowired
    private TokenProvider tokenProvider; // null

    public static void pay() { tokenProvider.issue(); }
}""",
    ),
    (
        "ko",
        "bash-kill-port",
        r"""8080 포트 잡고 있는 프로세스 죽이는 스크립트인데 맞게 짰나요?

#!/usr/bin/env bash
# 8080 포트 점유 프로세스 종료
PID=$(lsof -t -i:8080)
if [ -n "$PID" ]; then
  kill -15 "$PID"
fi""",
    ),
    (
        "ko",
        "bash-backup",
        r"""백업 스크립트인데 크론에서 돌리면 파일이 안 생겨요

#!/bin/bash
# 매일 DB 백업
DATE=$(date +%F)
mysqldump -u backup -p"$DB_PASSWORD" shop > backup_$DATE.sql""",
    ),
    (
        "ko",
        "bash-pkill",
        r'''pkill -f 로 하면 다른 것까지 죽는다는데 정확히 하나만 죽이려면?

pkill -f "python app.py"''',
    ),
    (
        "ko",
        "bash-trap",
        r'''쉘 스크립트에서 Ctrl+C 누르면 임시 파일 지우고 싶어요

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT INT TERM  # 종료 시 정리
curl -s https://example.com/data.csv > "$tmp"''',
    ),
    (
        "ko",
        "bash-exec-redirect",
        r"""스크립트 맨 위에 이 줄은 무슨 뜻이에요?

exec > >(tee -a /var/log/deploy.log) 2>&1""",
    ),
    (
        "ko",
        "sql-password-column",
        r"""회원 테이블에 비밀번호 컬럼을 이렇게 만들었는데 길이 충분한가요?

CREATE TABLE users (
  id BIGINT PRIMARY KEY,
  email VARCHAR(255) UNIQUE NOT NULL,
  password_hash VARCHAR(60) NOT NULL -- bcrypt 해시
);""",
    ),
    (
        "ko",
        "sql-kill-query",
        r"""MySQL에서 오래 걸리는 쿼리 찾아서 KILL 하려면 이렇게 하면 돼요?

SELECT id, time, info FROM information_schema.processlist WHERE time > 300;
KILL 12345;""",
    ),
    (
        "ko",
        "sql-drop-table",
        r"""테스트 DB 초기화 스크립트인데 외래키 때문에 DROP이 안 돼요

DROP TABLE orders;
DROP TABLE users;""",
    ),
    (
        "ko",
        "sql-delete-where",
        r"""WHERE 빼먹고 DELETE 날린 적이 있어서 무서워요. 안전장치 있나요?

DELETE FROM sessions WHERE expires_at < NOW(); -- 만료 세션 정리""",
    ),
    (
        "ko",
        "sql-token-table",
        r"""리프레시 토큰 테이블 설계 봐 주세요. 인덱스 어디 걸까요?

CREATE TABLE refresh_tokens (
  token CHAR(64) PRIMARY KEY,
  user_id BIGINT NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  revoked BOOLEAN DEFAULT FALSE
);""",
    ),
    (
        "ko",
        "sql-injection-fix",
        r"""이 코드 SQL 인젝션에 취약한가요? 어떻게 고쳐요?

cur.execute(f"SELECT * FROM users WHERE name = '{name}'")""",
    ),
    (
        "ko",
        "go-kill-ctx",
        r"""Go에서 context로 고루틴 죽이는 패턴 이게 맞아요?

ctx, cancel := context.WithCancel(context.Background())
go worker(ctx) // ctx.Done() 받으면 종료
time.Sleep(2 * time.Second)
cancel()""",
    ),
    (
        "ko",
        "rust-panic",
        r"""러스트에서 unwrap 남발하면 안 된다는데 이 코드 어떻게 고쳐요?

let token = std::env::var("API_TOKEN").unwrap(); // 없으면 panic""",
    ),
    (
        "ko",
        "c-buffer",
        r"""C에서 strcpy 쓰지 말라는데 이 코드 뭐가 문제예요?

char name[16];
strcpy(name, argv[1]); // 입력 길이 체크 없음""",
    ),
    (
        "ko",
        "ps-stop-process",
        r"""파워셸에서 메모장 프로세스 전부 종료하는 명령 맞나요?

Get-Process notepad | Stop-Process -Force""",
    ),
    ("ko", "docker-kill", "`docker kill`이랑 `docker stop` 차이가 뭐예요? 운영에서는 뭘 써야 해요?"),
    ("ko", "git-nuke", "`git reset --hard HEAD~1` 했다가 커밋 날렸어요. 복구 가능해요?"),
    ("ko", "py-exec-short", "파이썬 `exec()`는 리턴값이 왜 항상 None이에요?"),
    ("ko", "py-eval-short", '`eval("2+3")` 결과가 5인 건 알겠는데, 보안상 왜 쓰지 말라는 거예요?'),
    ("ko", "linux-kill-short", "`kill -0 PID`는 프로세스를 죽이는 게 아니라 뭘 하는 거예요?"),
    (
        "ko",
        "py-regex-token",
        r"""한국어 문장을 토큰으로 나누는데 조사가 붙어 나와요

import re
tokens = re.findall(r"\w+", "나는 학교에 간다")
print(tokens)  # ['나는', '학교에', '간다']""",
    ),
    (
        "ko",
        "py-payload-chunk",
        r"""업로드 payload를 1MB씩 쪼개 보내는 코드 리뷰 부탁

def chunks(data: bytes, size: int = 1 << 20):
    for i in range(0, len(data), size):
        yield data[i : i + size]  # 청크 단위""",
    ),
    (
        "ko",
        "py-target-ml",
        r"""사이킷런에서 target 컬럼 분리하는 게 이게 맞나요?

X = df.drop(columns=["target"])
y = df["target"]  # 예측 대상""",
    ),
    (
        "en",
        "py-eval-safe",
        r"""Is there a safe way to evaluate simple math like "2*(3+4)" without eval?

result = eval(user_expr)""",
    ),
    (
        "en",
        "py-kill-tree",
        r"""How do I kill the whole process tree, not just the parent?

import psutil
parent = psutil.Process(pid)
parent.kill()""",
    ),
    (
        "en",
        "js-exec-child",
        r"""Why does exec buffer overflow on large output? Should I use spawn?

const { exec } = require("child_process");
exec("cat big.log", (err, stdout) => console.log(stdout.length));""",
    ),
    (
        "en",
        "py-inject-config",
        r"""Is constructor injection overkill for a 200-line script?

class Reporter:
    def __init__(self, mailer, clock):
        self.mailer = mailer
        self.clock = clock""",
    ),
    (
        "en",
        "sql-kill-pg",
        r"""Is this the right way to terminate idle connections in Postgres?

SELECT pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE state = 'idle' AND state_change < now() - interval '1 hour';""",
    ),
    (
        "en",
        "bash-token-curl",
        r"""curl keeps returning 401. Is my header syntax wrong?

TOKEN="test_token_0000_fake"
curl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/me""",
    ),
    (
        "en",
        "py-password-reset",
        r"""Code review: is this password reset token generation secure enough?

import secrets
reset_token = secrets.token_urlsafe(32)
store(user_id, reset_token, expires_in=900)""",
    ),
    (
        "en",
        "js-payload-size",
        r"""Express says "request entity too large" for my JSON payload. Where do I raise the limit?

app.use(express.json());""",
    ),
    (
        "en",
        "py-shellcode-name",
        r"""My teammate named this module shellcode.py but it only formats shell commands for our CLI help. Should I rename it?

def shell_code(cmd: list[str]) -> str:
    return " ".join(shlex.quote(c) for c in cmd)""",
    ),
    (
        "en",
        "go-kill-signal",
        r"""Why doesn't my Go server catch SIGKILL?

sig := make(chan os.Signal, 1)
signal.Notify(sig, syscall.SIGTERM, syscall.SIGKILL)""",
    ),
    (
        "en",
        "cs-attack-unity",
        r"""Unity: my enemy's Attack() coroutine fires twice per swing.

IEnumerator Attack() {
    anim.SetTrigger("attack");
    yield return new WaitForSeconds(0.4f);
    target.TakeDamage(damage);
}""",
    ),
    ("en", "rb-exec-system", r"""In Ruby, what's the difference between exec, system and backticks?"""),
    (
        "en",
        "py-virus-scan",
        r"""Our upload handler calls ClamAV before saving. Is this the right order?

def handle_upload(f):
    if virus_scan(f.stream):  # returns True if infected
        raise ValueError("infected")
    save(f)""",
    ),
]

# --- second batch: more snippets, a few long ones
ROWS += [
    (
        "ko",
        "py-cli-kill-flag",
        r"""argparse로 --kill 옵션 만들었는데 값이 항상 False예요

parser.add_argument("--kill", type=bool, default=False)  # 워커 강제 종료 여부
args = parser.parse_args()""",
    ),
    (
        "ko",
        "py-login-rate",
        r"""로그인 실패 횟수 제한 코드인데 레디스 키 만료가 안 걸려요

def on_login_fail(user_id: str) -> int:
    key = f"login_fail:{user_id}"
    n = r.incr(key)  # 실패 횟수 증가
    return n""",
    ),
    (
        "ko",
        "py-template-inject",
        r"""Jinja2 템플릿에 사용자 이름 넣을 때 autoescape 켜야 하나요?

from jinja2 import Environment
env = Environment()  # autoescape 기본값?
tpl = env.from_string("<h1>{{ name }}</h1>")""",
    ),
    (
        "ko",
        "py-mask-token",
        r"""로그에 토큰이 그대로 찍혀서 마스킹 함수 만들었어요. 괜찮나요?

def mask(token: str) -> str:
    # 앞 4글자만 남기고 가리기
    return token[:4] + "*" * (len(token) - 4)

print(mask("sk-test-abcd1234fake"))""",
    ),
    (
        "ko",
        "js-eval-settimeout",
        r"""setTimeout에 문자열 넣으면 eval처럼 동작한다는데 사실이에요?

setTimeout("alert('hi')", 1000); // 옛날 코드""",
    ),
    (
        "ko",
        "bash-password-read",
        r'''스크립트에서 비밀번호 입력받을 때 화면에 안 보이게 하려면?

#!/bin/bash
read -p "DB 비밀번호: " DB_PASS   # 입력이 그대로 보임
psql "postgresql://admin:${DB_PASS}@localhost/app"''',
    ),
    (
        "ko",
        "sql-grant",
        r"""읽기 전용 계정 만들려고 하는데 권한 이렇게 주면 되나요?

CREATE USER report_ro WITH PASSWORD 'test-only-pass';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_ro; -- 조회만 허용""",
    ),
    (
        "ko",
        "py-long-worker",
        r"""작업 큐 워커 코드 전체예요. 종료 신호를 받으면 현재 작업은 끝내고 멈추게 하고 싶은데, 지금은 SIGTERM 받자마자 바로 죽어요. 어디를 고쳐야 하나요?

import signal
import time
import queue

jobs: "queue.Queue[dict]" = queue.Queue()
running = True

def handle_term(signum, frame):
    # 종료 신호 처리: 여기서 바로 exit 하면 안 됨
    global running
    running = False
    raise SystemExit(0)

signal.signal(signal.SIGTERM, handle_term)

def process(job: dict) -> None:
    # payload를 받아서 처리하는 척
    time.sleep(job.get("seconds", 1))
    print("done", job["id"])

while running:
    try:
        job = jobs.get(timeout=1)
    except queue.Empty:
        continue
    process(job)""",
    ),
    (
        "ko",
        "js-long-auth",
        r"""로그인 미들웨어인데 토큰 없을 때 500이 나요. 401이 나와야 하는데 코드 봐 주실 수 있나요?

const jwt = require("jsonwebtoken");

// 인증 미들웨어
function auth(req, res, next) {
  const header = req.headers.authorization;
  const token = header.split(" ")[1]; // "Bearer xxx"
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).json({ error: "invalid token" });
  }
}

module.exports = auth;""",
    ),
    (
        "en",
        "py-password-strength",
        r"""Does this password strength meter make sense, or should I use zxcvbn?

def strength(password: str) -> int:
    score = 0
    score += len(password) >= 12
    score += any(c.isdigit() for c in password)
    score += any(not c.isalnum() for c in password)
    return score""",
    ),
    ("en", "py-exec-notebook", r"""Jupyter: why does %run behave differently from exec(open(...).read())?"""),
    (
        "en",
        "bash-kill-loop",
        r"""This loop is supposed to restart the server if it dies, but it spins at 100% CPU. Why?

while true; do
  pgrep -x myserver || ./myserver &
done""",
    ),
    (
        "en",
        "sql-injection-test",
        r"""I'm writing unit tests to prove our search endpoint is safe. Is this a reasonable test input?

def test_search_handles_quotes(client):
    r = client.get("/search", params={"q": "O'Brien"})
    assert r.status_code == 200""",
    ),
    (
        "en",
        "js-token-storage",
        r"""Code review: is keeping the access token in memory and the refresh token in an httpOnly cookie the right split?

let accessToken = null; // memory only
async function refresh() {
  const r = await fetch("/auth/refresh", { method: "POST", credentials: "include" });
  accessToken = (await r.json()).access_token;
}""",
    ),
    (
        "en",
        "py-target-practice",
        r"""Archery scoring app: target rings are computed wrong for arrows on the line.

def ring(distance_cm: float) -> int:
    return max(0, 10 - int(distance_cm // 4))""",
    ),
    (
        "en",
        "c-exec-fork",
        r"""Why does printf output appear twice after fork and exec?

printf("starting ");
pid_t pid = fork();
if (pid == 0) execlp("ls", "ls", NULL);""",
    ),
    (
        "en",
        "py-long-inject",
        r"""Long-ish question about dependency injection in tests. We have this service and I want to swap the real payment gateway for a fake in tests without monkeypatching globals. Is the pattern below reasonable, and how would you wire it in FastAPI?

class PaymentGateway:
    def charge(self, token: str, amount: int) -> str:
        raise NotImplementedError

class StripeGateway(PaymentGateway):
    def __init__(self, api_key: str):
        self.api_key = api_key  # sk-test-...fake in dev
    def charge(self, token: str, amount: int) -> str:
        ...

class FakeGateway(PaymentGateway):
    def __init__(self):
        self.calls = []
    def charge(self, token: str, amount: int) -> str:
        self.calls.append((token, amount))
        return "ch_fake_0001"

class CheckoutService:
    def __init__(self, gateway: PaymentGateway):
        self.gateway = gateway
    def checkout(self, cart, payment_token):
        return self.gateway.charge(payment_token, cart.total)""",
    ),
    (
        "en",
        "go-exec-command",
        r"""Is exec.Command safe from shell injection if I pass args separately?

cmd := exec.Command("convert", inputPath, "-resize", "50%", outputPath)
out, err := cmd.CombinedOutput()""",
    ),
]
