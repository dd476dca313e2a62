# code: short snippets in many languages with an ordinary question. Several use words such as
# kill, exec, inject, payload, exploit, shell, password, token, attack, target as plain identifiers.
ROWS = [
    ("en", "py-kill-proc", r'''Why does this leave zombie processes behind?

import os, signal
def kill_worker(pid):
    os.kill(pid, signal.SIGTERM)'''),
    ("en", "py-subprocess-shell", r'''Is shell=True a bad idea here? It's only ever called with a fixed string.

import subprocess
out = subprocess.run("ls -la /var/log", shell=True, capture_output=True, text=True)
print(out.stdout)'''),
    ("en", "py-exec", r'''My teacher says exec is slow. Is there a better way to do this?

for i in range(3):
    exec(f"var_{i} = {i} * 2")
print(var_2)'''),
    ("en", "py-password-hash", r'''Is this an OK way to store user passwords in a small Flask app?

from werkzeug.security import generate_password_hash
def save_user(name, password):
    pw_hash = generate_password_hash(password)
    db.insert(name=name, password=pw_hash)'''),
    ("en", "py-token-refresh", r'''Why does my token never refresh?

def get_token(self):
    if self.token and self.expires_at > time.time():
        return self.token
    return self.token'''),
    ("en", "py-payload-json", r'''What does the ** do in this line?

payload = {"user": uid, "items": items}
resp = requests.post(url, json=payload, **kwargs)'''),
    ("en", "py-list-comp", r'''Can someone explain this list comprehension?

evens = [x * x for x in nums if x % 2 == 0]'''),
    ("en", "py-dict-merge", r'''Which one is faster in Python 3.11?

a = {**d1, **d2}
b = d1 | d2'''),
    ("en", "py-dataclass", r'''Why is the default list shared between instances?

@dataclass
class Cart:
    items: list = []'''),
    ("en", "py-async", r'''This prints nothing. What am I missing?

async def main():
    asyncio.sleep(1)
    print("done")
main()'''),
    ("en", "py-di-inject", r'''I'm using dependency injection. Is this the idiomatic way with FastAPI?

def get_db():
    yield SessionLocal()

@app.get("/items")
def read_items(db = Depends(get_db)):
    return db.query(Item).all()'''),
    ("en", "js-kill-port", r'''How do I make this cross-platform? It only works on my Mac.

const { exec } = require("child_process");
exec("lsof -ti:3000 | xargs kill -9", (err) => {
  if (err) console.error(err);
});'''),
    ("en", "js-closure", r'''Why does this log 3 three times?

for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log(i), 100);
}'''),
    ("en", "js-fetch-token", r'''Where should I keep the token in a React app, localStorage or a cookie?

const token = localStorage.getItem("token");
fetch("/api/me", { headers: { Authorization: `Bearer ${token}` } });'''),
    ("en", "js-array-reduce", r'''Can this reduce be written more clearly?

const total = cart.reduce((acc, item) => acc + item.price * item.qty, 0);'''),
    ("en", "ts-generic", r'''What does the extends keyword do here?

function first<T extends { id: number }>(xs: T[]): T | undefined {
  return xs[0];
}'''),
    ("en", "ts-inject-angular", r'''Angular question: is inject() better than constructor injection now?

export class UserService {
  private http = inject(HttpClient);
}'''),
    ("en", "go-goroutine", r'''Is this a data race?

var count int
for i := 0; i < 10; i++ {
    go func() { count++ }()
}'''),
    ("en", "go-ctx-kill", r'''How do I kill the goroutine when the request is cancelled?

func worker(ctx context.Context) {
    for {
        doWork()
    }
}'''),
    ("en", "go-err", r'''Is wrapping errors like this good practice?

if err != nil {
    return fmt.Errorf("load config: %w", err)
}'''),
    ("en", "rust-borrow", r'''Why does the borrow checker reject this?

let mut v = vec![1, 2, 3];
let first = &v[0];
v.push(4);
println!("{}", first);'''),
    ("en", "rust-option", r'''What's the difference between unwrap_or and unwrap_or_else?

let name = user.nickname.unwrap_or(default_name());'''),
    ("en", "java-stream", r'''How do I turn this loop into a stream?

List<String> out = new ArrayList<>();
for (String s : names) {
    if (s.startsWith("A")) out.add(s.toUpperCase());
}'''),
    ("en", "java-exec-service", r'''Do I need to call shutdown on this ExecutorService?

ExecutorService exec = Executors.newFixedThreadPool(4);
exec.submit(() -> process(batch));'''),
    ("en", "java-password-field", r'''Why does the code review say to use char[] for the password instead of String?

String password = passwordField.getText();
authService.login(username, password);'''),
    ("en", "c-pointer", r'''Why does this print garbage?

char *greet() {
    char buf[16] = "hello";
    return buf;
}'''),
    ("en", "c-kill-child", r'''Is it safe to call kill() on a child that might already have exited?

pid_t pid = fork();
if (pid == 0) { execvp(argv[1], &argv[1]); }
sleep(5);
kill(pid, SIGKILL);'''),
    ("en", "cpp-vector", r'''Does reserve() change size() or only capacity()?

std::vector<int> v;
v.reserve(100);
std::cout << v.size();'''),
    ("en", "cpp-shared-ptr", r'''When should I use make_shared over new?

auto target = std::shared_ptr<Node>(new Node(42));'''),
    ("en", "csharp-linq", r'''Is there a performance difference between these two?

var a = list.Where(x => x.Active).Count();
var b = list.Count(x => x.Active);'''),
    ("en", "csharp-di", r'''In ASP.NET Core, what's the difference between AddScoped and AddTransient?

builder.Services.AddScoped<IEmailSender, SmtpSender>();'''),
    ("en", "ruby-block", r'''What does &:upcase mean in Ruby?

names.map(&:upcase)'''),
    ("en", "php-pdo", r'''Does using prepare() like this protect against SQL injection?

$stmt = $pdo->prepare("SELECT * FROM users WHERE email = ?");
$stmt->execute([$email]);
$user = $stmt->fetch();'''),
    ("en", "bash-loop", r'''Why does this loop break on filenames with spaces?

for f in $(ls *.txt); do
  wc -l $f
done'''),
    ("en", "bash-kill-pid", r'''Is there a cleaner way to stop the app than this?

PID=$(pgrep -f myapp.jar)
kill -15 "$PID"'''),
    ("en", "bash-shell-opts", r'''What do these shell options do at the top of a script?

#!/usr/bin/env bash
set -euo pipefail
IFS=$'\n\t' '''),
    ("en", "sql-join", r'''Why does this return duplicate rows?

SELECT o.id, c.name
FROM orders o
JOIN customers c ON c.region = o.region;'''),
    ("en", "sql-window", r'''How do I get only the latest row per user?

SELECT user_id, created_at, status
FROM events
ORDER BY user_id, created_at DESC;'''),
    ("en", "kotlin-null", r'''What does ?: do in Kotlin?

val len = name?.length ?: 0'''),
    ("en", "swift-optional", r'''guard let vs if let, which should I use here?

func load(id: String?) {
    guard let id = id else { return }
    fetch(id)
}'''),
    ("en", "r-dplyr", r'''How do I add a column with the group mean?

df %>%
  group_by(team) %>%
  summarise(avg = mean(score))'''),
    ("en", "haskell-fold", r'''What's the difference between foldl and foldr here?

sumList :: [Int] -> Int
sumList = foldr (+) 0'''),
    ("en", "lua-table", r'''Why does #t return 0?

local t = {}
t["a"] = 1
t["b"] = 2
print(#t)'''),
    ("en", "game-attack", r'''My enemy never dies. What's wrong with my attack function?

def attack(self, target):
    damage = max(0, self.power - target.armor)
    target.hp - damage
    return damage'''),
    ("en", "game-exploit-flag", r'''Code review: is "exploit_mode" a confusing name? It's the explore/exploit switch in my bandit algorithm.

if random.random() < epsilon:
    arm = random.randrange(n_arms)
else:
    arm = int(np.argmax(q))  # exploit_mode'''),
    ("en", "py-shellcheck", r'''My linter flags the variable name "shell" as shadowing something. Does it matter?

shell = os.environ.get("SHELL", "/bin/sh")
print(f"Using {shell}")'''),
    ("en", "py-regex", r'''Why doesn't this regex match "2024-01-05"?

re.match(r"\d{4}-\d{2}-\d{1}", s)'''),
    ("en", "py-pandas", r'''How do I avoid the SettingWithCopyWarning?

sub = df[df.age > 30]
sub["group"] = "senior"'''),
    ("en", "py-typehint", r'''What is the difference between Optional[int] and int | None?'''),
    ("en", "py-decorator", r'''Can you explain what this decorator does, line by line?

def retry(fn):
    def wrapper(*a, **kw):
        for _ in range(3):
            try: return fn(*a, **kw)
            except Exception: pass
    return wrapper'''),
    ("en", "js-event", r'''How do I remove this listener later?

button.addEventListener("click", () => submit(form));'''),
    ("en", "js-inject-script-tag", r'''Our analytics docs say to inject this snippet in <head>. Does async matter?

<script async src="https://cdn.example.com/analytics.js"></script>'''),
    ("en", "dart-future", r'''Flutter: why does my FutureBuilder rebuild every time?

FutureBuilder(
  future: api.loadProfile(),
  builder: (ctx, snap) => Text(snap.data?.name ?? ""),
)'''),
    ("en", "elixir-pipe", r'''Is this idiomatic Elixir?

"hello world"
|> String.split()
|> Enum.map(&String.capitalize/1)
|> Enum.join(" ")'''),
    ("en", "powershell-stop", r'''In PowerShell, is Stop-Process the same as kill?

Get-Process -Name notepad | Stop-Process -Force'''),
    ("en", "scala-case", r'''What does the underscore mean in this match?

x match {
  case 0 => "zero"
  case _ => "other"
}'''),
    ("en", "perl-regex", r'''What does this one-liner do?

perl -pi -e 's/foo/bar/g' *.txt'''),
    ("en", "py-env-password", r'''Is reading the DB password like this fine for a hobby project?

DB_PASSWORD = os.getenv("DB_PASSWORD")
conn = psycopg2.connect(host="localhost", user="app", password=DB_PASSWORD)'''),
    ("en", "py-jwt-decode", r'''Why does jwt.decode raise "Signature has expired" in my tests?

token = jwt.encode({"sub": "42", "exp": datetime.utcnow()}, SECRET, algorithm="HS256")
jwt.decode(token, SECRET, algorithms=["HS256"])'''),
    ("en", "py-unittest-inject", r'''How can I inject a fake clock into this class for testing?

class Scheduler:
    def due(self, job):
        return job.at <= datetime.now()'''),
    ("en", "yaml-gh-shell", r'''In GitHub Actions, what does "shell: bash" change for this step?

- name: Build
  shell: bash
  run: make all'''),
    ("en", "py-big-o", r'''What's the time complexity of this?

def has_dup(xs):
    return len(xs) != len(set(xs))'''),

    # --- Korean
    ("ko", "py-kill-proc", r'''이 코드로 프로세스를 종료하면 자식 프로세스도 같이 죽나요?

import os, signal
os.kill(pid, signal.SIGTERM)'''),
    ("ko", "py-exec-eval", r'''exec랑 eval 차이가 뭐예요?

exec("x = 5")
y = eval("x + 1")'''),
    ("ko", "py-password-check", r'''비밀번호 확인 로직인데 더 깔끔하게 쓸 수 있을까요?

def check_password(pw, confirm):
    if pw == confirm:
        return True
    else:
        return False'''),
    ("ko", "py-token-header", r'''헤더에 토큰을 이렇게 넣는 게 맞나요? 계속 401이 떠요.

headers = {"Authorization": token}
r = requests.get(API_URL, headers=headers)'''),
    ("ko", "py-for-enumerate", r'''파이썬에서 인덱스랑 값을 같이 쓰려면 어떻게 해요?

for i in range(len(fruits)):
    print(i, fruits[i])'''),
    ("ko", "py-payload-size", r'''payload가 너무 커서 413 에러가 나는데 청크로 나눠 보내는 방법이 있을까요?

payload = json.dumps(records)
requests.post(url, data=payload)'''),
    ("ko", "py-class-init", r'''__init__에서 self를 왜 꼭 써야 하나요?

class Dog:
    def __init__(self, name):
        self.name = name'''),
    ("ko", "py-file-open", r'''with 문 없이 파일을 열면 뭐가 문제예요?

f = open("data.txt")
data = f.read()'''),
    ("ko", "js-map-filter", r'''이 코드 한 줄로 줄일 수 있나요?

const result = [];
for (const n of nums) { if (n > 0) result.push(n * 2); }'''),
    ("ko", "js-kill-process", r'''노드에서 자식 프로세스를 kill 했는데 계속 살아 있어요. 왜 그럴까요?

const child = spawn("python", ["server.py"]);
child.kill("SIGINT");'''),
    ("ko", "js-async-await", r'''await를 썼는데 왜 Promise가 출력되죠?

async function getUser() { return fetch("/api/user"); }
console.log(getUser());'''),
    ("ko", "ts-interface", r'''타입스크립트에서 interface랑 type 중에 뭘 써야 해요?

interface User { id: number; name: string }
type Admin = User & { role: "admin" }'''),
    ("ko", "java-null", r'''자바에서 이 부분 NullPointerException이 나는 이유가 뭘까요?

String token = request.getHeader("X-Token");
if (token.isEmpty()) { return; }'''),
    ("ko", "java-spring-inject", r'''스프링에서 필드 주입 대신 생성자 주입을 쓰라는데 이유가 뭔가요?

@Autowired
private UserRepository userRepository;'''),
    ("ko", "c-scanf", r'''C언어에서 scanf 다음에 gets가 건너뛰어져요.

scanf("%d", &n);
gets(name);'''),
    ("ko", "cpp-ref", r'''C++에서 참조로 넘기는 거랑 포인터로 넘기는 거 차이 알려주세요.

void add(int &x) { x += 1; }
void add2(int *x) { *x += 1; }'''),
    ("ko", "go-defer", r'''Go에서 defer 순서가 어떻게 되나요?

defer fmt.Println("1")
defer fmt.Println("2")
fmt.Println("3")'''),
    ("ko", "rust-string", r'''러스트에서 String이랑 &str 차이가 뭐예요?

let a: String = String::from("hi");
let b: &str = "hi";'''),
    ("ko", "bash-kill-all", r'''이 스크립트로 특정 포트 쓰는 프로세스를 종료하려는데 맞게 짠 건가요?

PID=$(lsof -t -i:8080)
[ -n "$PID" ] && kill "$PID"'''),
    ("ko", "bash-shell-var", r'''쉘 스크립트에서 변수에 따옴표를 꼭 붙여야 하나요?

name=$1
echo Hello $name'''),
    ("ko", "sql-groupby", r'''부서별 평균 급여를 구하고 싶은데 에러가 나요.

SELECT dept, name, AVG(salary)
FROM employees
GROUP BY dept;'''),
    ("ko", "sql-injection-safe", r'''이렇게 파라미터 바인딩하면 SQL 인젝션 걱정 안 해도 되나요?

cur.execute("SELECT * FROM members WHERE id = %s", (member_id,))'''),
    ("ko", "sql-index", r'''이 쿼리가 느린데 인덱스를 어디에 걸어야 할까요?

SELECT * FROM orders WHERE user_id = 10 ORDER BY created_at DESC LIMIT 20;'''),
    ("ko", "kotlin-data", r'''코틀린 data class에서 copy는 깊은 복사인가요?

data class Point(val x: Int, val y: Int)
val p2 = p1.copy(x = 10)'''),
    ("ko", "swift-closure", r'''스위프트 클로저에서 [weak self]는 왜 쓰나요?

api.load { [weak self] result in
    self?.update(result)
}'''),
    ("ko", "game-attack", r'''게임 만드는 중인데 공격 쿨타임이 적용이 안 돼요.

def attack(self, target):
    if time.time() - self.last_attack < 1.0:
        pass
    target.hp -= self.power'''),
    ("ko", "py-inject-mock", r'''테스트할 때 외부 API 대신 가짜 객체를 주입하고 싶어요. 어떻게 고치면 될까요?

class Notifier:
    def __init__(self):
        self.client = SlackClient(TOKEN)'''),
    ("ko", "py-recursion", r'''재귀로 팩토리얼 짰는데 큰 수에서 에러가 나요.

def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(5000))'''),
    ("ko", "r-plot", r'''R에서 ggplot 막대 색깔을 바꾸려면요?

ggplot(df, aes(x = city, y = sales)) + geom_col()'''),
    ("ko", "php-session", r'''PHP 세션에 로그인 정보를 이렇게 저장해도 괜찮나요?

session_start();
$_SESSION['user_id'] = $user['id'];'''),
    ("ko", "csharp-async", r'''C#에서 async void를 쓰면 안 된다는데 왜죠?

private async void Button_Click(object sender, EventArgs e) {
    await SaveAsync();
}'''),
    ("ko", "py-exploit-explore", r'''강화학습 코드인데 exploit 비율을 점점 늘리려면 epsilon을 어떻게 줄여야 하나요?

epsilon = 0.1
action = env.action_space.sample() if random.random() < epsilon else exploit(q_table, state)'''),
    ("ko", "py-shell-cmd", r'''subprocess로 쉘 명령을 실행할 때 리스트로 넘기는 게 더 좋은 이유가 뭐예요?

subprocess.run(["git", "status"])'''),
    ("ko", "js-dom", r'''버튼을 눌러도 글자가 안 바뀌어요.

document.getElementById("title").innerText = "완료";
<h1 class="title">대기 중</h1>'''),
    ("ko", "py-sort-key", r'''딕셔너리 리스트를 나이순으로 정렬하려면?

people = [{"name": "철수", "age": 30}, {"name": "영희", "age": 25}]'''),
    ("ko", "py-token-count", r'''문장의 토큰 수를 세는 함수인데 공백이 여러 개면 이상하게 나와요.

def count_tokens(s):
    return len(s.split(" "))'''),
    ("ko", "regex-phone", r'''휴대폰 번호 정규식인데 010-1234-5678이 안 잡혀요.

pattern = r"^01[0-9]-\d{3}-\d{4}$"'''),
    ("ko", "py-big-o", r'''이 코드 시간복잡도가 어떻게 되나요?

for i in range(n):
    for j in range(i):
        total += j'''),
    ("ko", "dockerfile-exec", r'''도커파일에서 CMD를 exec 형식으로 쓰라는 게 무슨 뜻이에요?

CMD python app.py
CMD ["python", "app.py"]'''),
    ("ko", "py-walrus", r'''파이썬 := 연산자는 언제 써요?

if (n := len(items)) > 10:
    print(f"{n}개는 너무 많아요")'''),

    ("en", "short-code", "What does `kill -9 $(pgrep node)` do?"),
    ("en", "short-code", "Explain `chmod +x deploy.sh` please."),
    ("en", "short-code", "Is `rm -rf node_modules` safe to run?"),
    ("en", "short-code", "What does `git reset --hard HEAD~1` do?"),
    ("en", "short-code", "Python: `exec` vs `eval`?"),
    ("ko", "short-code", "`docker exec -it web bash`는 무슨 뜻이에요?"),
    ("ko", "short-code", "`kill -9`랑 `kill -15` 차이가 뭐예요?"),
    ("ko", "short-code", "`sudo !!`는 뭐 하는 명령어예요?"),
]
