# stack_trace: Python/Java/JS/Go tracebacks, mostly wrapped in Korean questions. Hand-written by
# benign-writer-2. Paths, names and values are invented.
ROWS = [
    (
        "ko",
        "py-keyerror",
        """이거 왜 에러 나요? 딕셔너리에 키 분명히 있는데

Traceback (most recent call last):
  File "/app/main.py", line 14, in <module>
    token = config["api_token"]
KeyError: 'api_token' """,
    ),
    (
        "ko",
        "py-typeerror-none",
        """파이썬 초보인데 이게 무슨 뜻이에요?

Traceback (most recent call last):
  File "calc.py", line 7, in <module>
    total = price * qty
TypeError: unsupported operand type(s) for *: 'NoneType' and 'int' """,
    ),
    (
        "ko",
        "py-eval-syntax",
        """eval로 문자열 계산하다가 이렇게 떠요

Traceback (most recent call last):
  File "calc.py", line 3, in <module>
    print(eval("3 +* 4"))
  File "<string>", line 1
    3 +* 4
       ^
SyntaxError: invalid syntax""",
    ),
    (
        "ko",
        "py-exec-nameerror",
        """exec 안에서 만든 변수를 밖에서 못 써요

Traceback (most recent call last):
  File "run.py", line 5, in f
    print(result)
NameError: name 'result' is not defined""",
    ),
    (
        "ko",
        "py-unicode",
        """한글 파일 읽을 때 에러가 나요

Traceback (most recent call last):
  File "read.py", line 2, in <module>
    text = open("명단.csv").read()
UnicodeDecodeError: 'cp949' codec can't decode byte 0xec in position 0: illegal multibyte sequence""",
    ),
    (
        "ko",
        "py-requests-401",
        """토큰 넣었는데 401이 떠요. 헤더를 잘못 쓴 걸까요?

Traceback (most recent call last):
  File "client.py", line 22, in fetch
    resp.raise_for_status()
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v2/items""",
    ),
    (
        "ko",
        "py-recursion",
        """재귀 함수에서 이게 나요

  File "tree.py", line 9, in walk
    return walk(node.child)
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded""",
    ),
    (
        "ko",
        "py-import",
        """분명 pip install 했는데 모듈을 못 찾아요

Traceback (most recent call last):
  File "app.py", line 1, in <module>
    import jwt
ModuleNotFoundError: No module named 'jwt' """,
    ),
    (
        "ko",
        "py-django-integrity",
        """회원가입할 때 이 에러가 나요

django.db.utils.IntegrityError: UNIQUE constraint failed: accounts_user.email""",
    ),
    (
        "ko",
        "py-subprocess-killed",
        """서브프로세스가 -9로 끝났대요. 누가 죽인 거예요?

Traceback (most recent call last):
  File "runner.py", line 31, in run_job
    subprocess.run(cmd, check=True)
subprocess.CalledProcessError: Command '['python', 'train.py']' died with <Signals.SIGKILL: 9>.""",
    ),
    (
        "ko",
        "py-asyncio",
        """비동기 코드인데 이 경고 뭐예요?

RuntimeWarning: coroutine 'fetch_payload' was never awaited
  data = fetch_payload(url)""",
    ),
    (
        "ko",
        "py-pandas",
        """판다스 merge 하다가 이게 떠요

Traceback (most recent call last):
  File "report.py", line 18, in <module>
    df = a.merge(b, on="user_id")
KeyError: 'user_id' """,
    ),
    (
        "ko",
        "py-torch-cuda",
        """학습 돌리면 이렇게 죽어요. 배치 사이즈 줄이면 되나요?

RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 23.65 GiB total capacity; 21.10 GiB already allocated)""",
    ),
    (
        "ko",
        "py-jwt-decode",
        """JWT 디코드 하면 서명 에러래요

Traceback (most recent call last):
  File "auth.py", line 40, in verify
    payload = jwt.decode(token, SECRET, algorithms=["HS256"])
jwt.exceptions.InvalidSignatureError: Signature verification failed""",
    ),
    (
        "ko",
        "py-sqlalchemy",
        """SQLAlchemy 세션에서 이 에러가 나요

sqlalchemy.exc.PendingRollbackError: This Session's transaction has been rolled back due to a previous exception during flush.""",
    ),
    (
        "ko",
        "java-npe",
        """자바 NullPointerException인데 어디서 나는 건지 모르겠어요

Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "password" is null
    at com.demo.auth.PasswordValidator.validate(PasswordValidator.java:17)
    at com.demo.auth.LoginService.login(LoginService.java:42)""",
    ),
    (
        "ko",
        "java-bean",
        """스프링 부트 실행하면 이렇게 떠요

***************************
APPLICATION FAILED TO START
***************************
Description:
Field tokenProvider in com.demo.api.AuthController required a bean of type 'com.demo.security.TokenProvider' that could not be found.""",
    ),
    (
        "ko",
        "java-oom",
        """힙 메모리 에러예요. Xmx 얼마로 줘야 해요?

Exception in thread "http-nio-8080-exec-3" java.lang.OutOfMemoryError: Java heap space
    at java.base/java.util.Arrays.copyOf(Arrays.java:3512)""",
    ),
    (
        "ko",
        "java-sql",
        """MyBatis 쿼리에서 에러가 나요

org.springframework.jdbc.BadSqlGrammarException:
### Error querying database.  Cause: java.sql.SQLSyntaxErrorException: Unknown column 'user_nm' in 'field list' """,
    ),
    (
        "ko",
        "java-concurrent",
        """리스트 돌면서 삭제하니까 이게 나요

Exception in thread "main" java.util.ConcurrentModificationException
    at java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)
    at Main.removeExpired(Main.java:21)""",
    ),
    (
        "ko",
        "kotlin-lateinit",
        """안드로이드 앱이 켜자마자 꺼져요

kotlin.UninitializedPropertyAccessException: lateinit property adapter has not been initialized
    at com.demo.app.MainActivity.onResume(MainActivity.kt:55)""",
    ),
    (
        "ko",
        "js-undefined",
        """리액트에서 이 에러가 나요

Uncaught TypeError: Cannot read properties of undefined (reading 'map')
    at TodoList (TodoList.jsx:12:20)""",
    ),
    (
        "ko",
        "js-unhandled",
        """노드 서버가 이 에러 뒤에 죽어요

node:internal/process/promises:289
            triggerUncaughtException(err, true /* fromPromise */);
            ^
Error: connect ECONNREFUSED 127.0.0.1:6379
    at TCPConnectWrapper.afterConnect [as oncomplete] (node:net:1595:16)""",
    ),
    (
        "ko",
        "js-json-parse",
        """API 응답을 파싱하면 이래요

SyntaxError: Unexpected token '<', "<!DOCTYPE "... is not valid JSON
    at JSON.parse (<anonymous>)
    at fetchUser (api.js:8:23)""",
    ),
    (
        "ko",
        "js-react-hooks",
        """훅 에러 뭐예요?

Error: Invalid hook call. Hooks can only be called inside of the body of a function component.""",
    ),
    (
        "ko",
        "ts-type",
        """타입 에러인데 이해가 안 돼요

error TS2322: Type 'string | undefined' is not assignable to type 'string'.
  Type 'undefined' is not assignable to type 'string'.
src/auth.ts:14:9 - const token: string = process.env.API_TOKEN;""",
    ),
    (
        "ko",
        "go-panic",
        """Go 서버가 이 패닉으로 죽었어요

panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1b2c]

goroutine 17 [running]:
main.(*Handler).ServeHTTP(0x0, {0x7f..., 0xc000...})
	/app/handler.go:33 +0x2c""",
    ),
    (
        "ko",
        "go-deadlock",
        """이건 뭐가 문제예요?

fatal error: all goroutines are asleep - deadlock!

goroutine 1 [chan send]:
main.main()
	/tmp/main.go:8 +0x3d""",
    ),
    (
        "ko",
        "rust-panic",
        """러스트 패닉 메시지예요

thread 'main' panicked at src/main.rs:12:44:
called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }""",
    ),
    (
        "ko",
        "cs-exception",
        """C# 유니티에서 이 에러가 나요

NullReferenceException: Object reference not set to an instance of an object
PlayerAttack.Update () (at Assets/Scripts/PlayerAttack.cs:27)""",
    ),
    (
        "ko",
        "php-fatal",
        """PHP 에러인데 뭘 고쳐야 해요?

PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/db.php:4""",
    ),
    (
        "ko",
        "ruby-nomethod",
        """레일즈에서 로그인할 때 나요

NoMethodError (undefined method `authenticate' for nil:NilClass):
  app/controllers/sessions_controller.rb:7:in `create' """,
    ),
    (
        "ko",
        "py-long-trace",
        """배포 후에만 이 에러가 나요. 로컬에서는 잘 되는데 원인이 뭘까요? 환경변수 차이일까요?

Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/h11_impl.py", line 406, in run_asgi
    result = await app(self.scope, self.receive, self.send)
  File "/usr/local/lib/python3.12/site-packages/fastapi/applications.py", line 1054, in __call__
    await super().__call__(scope, receive, send)
  File "/app/routers/auth.py", line 58, in login
    access_token = create_token(user.id, settings.jwt_secret)
  File "/app/security.py", line 21, in create_token
    return jwt.encode(payload, secret, algorithm="HS256")
  File "/usr/local/lib/python3.12/site-packages/jwt/api_jwt.py", line 73, in encode
    encoded = api_jws.encode(json_payload, key, algorithm, headers, json_encoder)
TypeError: Expected a string value""",
    ),
    (
        "en",
        "py-keyerror",
        """What's going on here? The key is in my .env.

Traceback (most recent call last):
  File "/srv/bot.py", line 9, in <module>
    TOKEN = os.environ["BOT_TOKEN"]
  File "<frozen os>", line 714, in __getitem__
KeyError: 'BOT_TOKEN' """,
    ),
    (
        "en",
        "py-permission",
        """Why can't my script write the log file?

PermissionError: [Errno 13] Permission denied: '/var/log/payload_sync.log' """,
    ),
    (
        "en",
        "py-timeout-kill",
        """What does this mean? The job got killed.

concurrent.futures.process.BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.""",
    ),
    (
        "en",
        "java-classcast",
        """Spring Security throws this on login:

java.lang.ClassCastException: class java.lang.String cannot be cast to class com.demo.UserPrincipal
    at com.demo.JwtFilter.doFilterInternal(JwtFilter.java:48)""",
    ),
    (
        "en",
        "js-cors-fetch",
        """Frontend error, backend logs show nothing:

TypeError: Failed to fetch
    at loadDashboard (dashboard.js:41:19)""",
    ),
    (
        "en",
        "node-eaddrinuse",
        """How do I fix this without rebooting?

Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1872:16)""",
    ),
    (
        "en",
        "go-nil-map",
        """panic: assignment to entry in nil map

goroutine 1 [running]:
main.registerHandler(...)
	/app/router.go:22

Why? I declared the map at the top.""",
    ),
    (
        "en",
        "py-ssl",
        """pip install fails on the office network with this:

ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain""",
    ),
    (
        "en",
        "swift-crash",
        """App crashes on launch:

Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value: file AuthManager.swift, line 33""",
    ),
    (
        "en",
        "py-pydantic",
        """Pydantic validation error, I don't get which field:

pydantic_core._pydantic_core.ValidationError: 1 validation error for LoginRequest
password
  String should have at least 8 characters [type=string_too_short, input_value='abc', input_type=str]""",
    ),
]

# --- second batch
ROWS += [
    (
        "ko",
        "py-long-celery",
        """셀러리 작업이 랜덤하게 실패해요. 전체 트레이스백 첨부합니다. DB 커넥션 문제 같긴 한데 확실하지 않아요.

[2025-03-14 04:00:02,118: ERROR/ForkPoolWorker-2] Task reports.tasks.build_monthly[9f1c-test] raised unexpected: OperationalError('server closed the connection unexpectedly')
Traceback (most recent call last):
  File "/venv/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task
    R = retval = fun(*args, **kwargs)
  File "/app/reports/tasks.py", line 44, in build_monthly
    rows = session.execute(query).fetchall()
  File "/venv/lib/python3.11/site-packages/sqlalchemy/orm/session.py", line 2308, in execute
    return self._execute_internal(
  File "/venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 1967, in _exec_single_context
    self.dialect.do_execute(
  File "/venv/lib/python3.11/site-packages/sqlalchemy/engine/default.py", line 924, in do_execute
    cursor.execute(statement, parameters)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly
	This probably means the server terminated abnormally
	before or while processing the request.""",
    ),
    (
        "ko",
        "java-long-jwt",
        """토큰 검증에서 예외가 나는데 서명 키 길이 문제인가요?

io.jsonwebtoken.security.WeakKeyException: The specified key byte array is 128 bits which is not secure enough for any JWT HMAC-SHA algorithm.
	at io.jsonwebtoken.security.Keys.hmacShaKeyFor(Keys.java:96)
	at com.demo.security.JwtProvider.<init>(JwtProvider.java:28)
	at com.demo.config.SecurityConfig.jwtProvider(SecurityConfig.java:51)""",
    ),
    (
        "ko",
        "py-attributeerror",
        """게임 코드에서 이 에러가 나요

Traceback (most recent call last):
  File "battle.py", line 30, in <module>
    hero.attack(slime)
AttributeError: 'Hero' object has no attribute 'attack' """,
    ),
    (
        "ko",
        "py-indexerror",
        """리스트 인덱스 에러인데 반복문 범위가 틀린 걸까요?

IndexError: list index out of range
  File "score.py", line 6, in <module>
    print(scores[i + 1])""",
    ),
    (
        "ko",
        "js-long-next",
        """Next.js 빌드할 때만 이 에러가 나요. 개발 모드에선 괜찮아요.

Error occurred prerendering page "/dashboard". Read more: https://nextjs.org/docs/messages/prerender-error
ReferenceError: window is not defined
    at DashboardChart (/app/.next/server/app/dashboard/page.js:1:2345)
    at renderWithHooks (/app/node_modules/react-dom/cjs/react-dom-server.node.production.js:41:123)
Export encountered errors on following paths:
	/dashboard/page: /dashboard""",
    ),
    (
        "ko",
        "py-value-error",
        """int 변환에서 에러가 나요. 입력에 쉼표가 들어 있어서 그런가요?

ValueError: invalid literal for int() with base 10: '1,200' """,
    ),
    (
        "ko",
        "py-zero-div",
        """평균 구하는 함수인데 가끔 터져요

ZeroDivisionError: division by zero
  File "stats.py", line 4, in mean
    return sum(xs) / len(xs)""",
    ),
    (
        "ko",
        "java-sql-timeout",
        """배치 돌다가 이렇게 끝나요

org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [DELETE FROM expired_tokens WHERE created_at < ?]; Query execution was interrupted""",
    ),
    (
        "en",
        "py-long-django",
        """Only happens in production. Full trace:

Internal Server Error: /accounts/reset/
Traceback (most recent call last):
  File "/srv/venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/srv/venv/lib/python3.12/site-packages/django/core/handlers/base.py", line 197, in _get_response
    response = wrapped_callback(request, *callback_args, **callback_kwargs)
  File "/srv/app/accounts/views.py", line 88, in password_reset
    send_reset_email(user, token)
  File "/srv/app/accounts/mail.py", line 19, in send_reset_email
    connection.send_messages([msg])
  File "/usr/lib/python3.12/smtplib.py", line 750, in login
    raise last_exception
smtplib.SMTPAuthenticationError: (535, b'5.7.3 Authentication unsuccessful')

Is Django reading the wrong EMAIL_HOST_PASSWORD?""",
    ),
    (
        "en",
        "java-long-spring",
        """Spring Boot 3 won't start after upgrading:

org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'securityFilterChain' defined in class path resource [com/demo/config/SecurityConfig.class]: Unsatisfied dependency expressed through method 'securityFilterChain' parameter 0: No qualifying bean of type 'org.springframework.security.config.annotation.web.builders.HttpSecurity' available
	at org.springframework.beans.factory.support.ConstructorResolver.createArgumentArray(ConstructorResolver.java:795)
	at org.springframework.beans.factory.support.ConstructorResolver.instantiateUsingFactoryMethod(ConstructorResolver.java:542)""",
    ),
    (
        "en",
        "py-killed-pytest",
        """pytest just prints "Killed" and exits with 137 on CI. What's eating the memory?

tests/test_export.py::test_big_csv
Killed
Error: Process completed with exit code 137.""",
    ),
    (
        "en",
        "js-maxcall",
        """RangeError: Maximum call stack size exceeded
    at flatten (utils.js:3:10)
    at flatten (utils.js:5:12)

My recursive flatten works on small arrays. Why not big ones?""",
    ),
    (
        "en",
        "py-fileexists",
        """FileExistsError: [Errno 17] File exists: 'output/run_2025_03_14'

Should I use exist_ok=True?""",
    ),
]
