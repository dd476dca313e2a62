# stack_trace: tracebacks / exceptions / panics pasted with a question (or alone).
ROWS = [
    ("en", "py-keyerror", r'''Traceback (most recent call last):
  File "app.py", line 14, in <module>
    print(config["database"]["host"])
KeyError: 'database'

what does this mean?'''),
    ("en", "py-modulenotfound", r'''Getting this after pip install, any idea?

Traceback (most recent call last):
  File "/home/jin/proj/main.py", line 1, in <module>
    import requests
ModuleNotFoundError: No module named 'requests' '''),
    ("en", "py-typeerror-none", r'''Traceback (most recent call last):
  File "report.py", line 42, in build
    total = sum(row["amount"] for row in rows)
  File "report.py", line 42, in <genexpr>
    total = sum(row["amount"] for row in rows)
TypeError: unsupported operand type(s) for +: 'int' and 'NoneType' '''),
    ("en", "py-recursion", r'''Why do I get this? The function is only supposed to go 10 levels deep.

  File "tree.py", line 8, in walk
    return walk(node.parent)
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded'''),
    ("en", "py-django-integrity", r'''django.db.utils.IntegrityError: duplicate key value violates unique constraint "accounts_user_email_key"
DETAIL:  Key (email)=(test@example.com) already exists.

How should I handle this in the signup view?'''),
    ("en", "py-permission", r'''Traceback (most recent call last):
  File "backup.py", line 23, in <module>
    shutil.copy(src, "/etc/backup/")
PermissionError: [Errno 13] Permission denied: '/etc/backup/db.sqlite'

Should I just run it with sudo?'''),
    ("en", "py-connection-refused", r'''requests.exceptions.ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=8000): Max retries exceeded with url: /api/health (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1d9e50>: Failed to establish a new connection: [Errno 111] Connection refused'))

the server is running in another terminal though'''),
    ("en", "py-torch-cuda-oom", r'''torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 23.65 GiB total capacity; 20.11 GiB already allocated; 1.21 GiB free)

batch size is 32, what are my options?'''),
    ("en", "py-valueerror-unpack", r'''ValueError: too many values to unpack (expected 2)
  File "parse.py", line 5, in <module>
    key, value = line.split("=")

line is "url=https://x.com/?a=b"'''),
    ("en", "py-attributeerror", r'''AttributeError: 'str' object has no attribute 'decode'

This worked in Python 2. What changed?'''),
    ("en", "py-indentation", r'''  File "hello.py", line 3
    print("hi")
    ^
IndentationError: expected an indented block after 'if' statement on line 2'''),
    ("en", "py-json-decode", r'''json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)

I'm calling resp.json() on an API response. Is the API returning HTML maybe?'''),
    ("en", "py-pytest-assert", r'''Why does pytest show this when the values look the same?

>       assert result == 0.3
E       assert 0.30000000000000004 == 0.3'''),
    ("en", "py-kill-signal", r'''My worker dies with this in the logs. Who is sending the kill?

Worker exiting (pid: 2231)
[2024-05-02 10:11:09 +0000] [1] [WARNING] Worker with pid 2231 was terminated due to signal 9'''),
    ("en", "java-npe", r'''Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null
	at com.shop.Customer.greet(Customer.java:27)
	at com.shop.Main.main(Main.java:12)'''),
    ("en", "java-classnotfound", r'''Caused by: java.lang.ClassNotFoundException: org.postgresql.Driver
	at java.base/jdk.internal.loader.BuiltinClassLoader.loadClass(BuiltinClassLoader.java:641)
	at java.base/java.lang.Class.forName0(Native Method)

Do I need to add something to pom.xml?'''),
    ("en", "java-concurrent-mod", r'''java.util.ConcurrentModificationException
	at java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)
	at java.base/java.util.ArrayList$Itr.next(ArrayList.java:967)
	at app.Cleanup.removeExpired(Cleanup.java:19)

I'm removing items inside a for-each loop.'''),
    ("en", "spring-bean", r'''***************************
APPLICATION FAILED TO START
***************************

Description:

Parameter 0 of constructor in com.acme.PaymentService required a bean of type 'com.acme.TokenProvider' that could not be found.

Action:

Consider defining a bean of type 'com.acme.TokenProvider' in your configuration.'''),
    ("en", "js-undefined", r'''TypeError: Cannot read properties of undefined (reading 'map')
    at ProductList (ProductList.jsx:12:23)
    at renderWithHooks (react-dom.development.js:16305:18)

The products prop comes from an API call.'''),
    ("en", "node-eaddrinuse", r'''Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1817:16)
    at listenInCluster (node:net:1865:12)

How do I find what's already on port 3000?'''),
    ("en", "node-module-esm", r'''SyntaxError: Cannot use import statement outside a module
    at internalCompileFunction (node:internal/vm:73:18)

package.json doesn't have "type" set. Is that it?'''),
    ("en", "node-unhandled", r'''(node:4412) UnhandledPromiseRejectionWarning: Error: Request failed with status code 403
    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)'''),
    ("en", "go-nil-map", r'''panic: assignment to entry in nil map

goroutine 1 [running]:
main.main()
	/home/dev/cache/main.go:9 +0x3a
exit status 2'''),
    ("en", "go-index-range", r'''panic: runtime error: index out of range [5] with length 5

goroutine 7 [running]:
main.process(...)
	/src/worker.go:31

off by one somewhere?'''),
    ("en", "rust-unwrap", r'''thread 'main' panicked at src/main.rs:14:38:
called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace'''),
    ("en", "rust-compile", r'''error[E0382]: borrow of moved value: `name`
 --> src/main.rs:5:20
  |
3 |     let other = name;
  |                 ---- value moved here
5 |     println!("{}", name);
  |                    ^^^^ value borrowed here after move'''),
    ("en", "csharp-invalidop", r'''System.InvalidOperationException: Sequence contains no elements
   at System.Linq.ThrowHelper.ThrowNoElementsException()
   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)
   at Inventory.Program.Main(String[] args) in Program.cs:line 22'''),
    ("en", "ruby-nomethod", r'''NoMethodError: undefined method `name' for nil:NilClass
  app/views/orders/show.html.erb:4
  app/controllers/orders_controller.rb:12:in `show'

Rails 7, happens only for guest orders.'''),
    ("en", "php-fatal", r'''PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/db.php:3
Stack trace:
#0 /var/www/html/index.php(2): require()
#1 {main}
  thrown in /var/www/html/db.php on line 3'''),
    ("en", "c-segfault", r'''Program received signal SIGSEGV, Segmentation fault.
0x0000555555555189 in copy_name (dst=0x0, src=0x7fffffffe0a0 "alice") at main.c:7
7	    strcpy(dst, src);
(gdb) bt
#0  copy_name (dst=0x0, ...) at main.c:7
#1  0x00005555555551c2 in main () at main.c:14'''),
    ("en", "cpp-abort", r'''terminate called after throwing an instance of 'std::out_of_range'
  what():  vector::_M_range_check: __n (which is 10) >= this->size() (which is 10)
Aborted (core dumped)'''),
    ("en", "kotlin-android", r'''FATAL EXCEPTION: main
Process: com.example.notes, PID: 18322
kotlin.UninitializedPropertyAccessException: lateinit property adapter has not been initialized
	at com.example.notes.MainActivity.onResume(MainActivity.kt:48)'''),
    ("en", "swift-fatal", r'''Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value: file MyApp/ProfileViewController.swift, line 31

the outlet is connected in the storyboard, I checked'''),
    ("en", "py-ssl", r'''ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)

On macOS, Python 3.12 from python.org.'''),
    ("en", "py-sqlalchemy", r'''sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL:  password authentication failed for user "app"

(Background on this error at: https://sqlalche.me/e/20/e3q8)

the password in .env is correct, I think'''),
    ("en", "py-exec-format", r'''OSError: [Errno 8] Exec format error: './run.sh'

the script starts with a blank line, could that matter?'''),
    ("en", "dotnet-ef", r'''Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.
   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection)

docker-compose setup, SQL Server 2022 container.'''),

    # --- Korean
    ("ko", "py-keyerror", r'''이 에러 무슨 뜻이에요?

Traceback (most recent call last):
  File "main.py", line 8, in <module>
    print(user["email"])
KeyError: 'email' '''),
    ("ko", "py-modulenotfound", r'''pip로 설치했는데 계속 이렇게 나와요 ㅠㅠ

ModuleNotFoundError: No module named 'pandas' '''),
    ("ko", "py-zerodiv", r'''평균 구하는 함수에서 에러가 나요.

Traceback (most recent call last):
  File "stats.py", line 3, in mean
    return sum(xs) / len(xs)
ZeroDivisionError: division by zero'''),
    ("ko", "py-unicode", r'''한글 파일 읽을 때 이런 에러가 떠요. 윈도우입니다.

UnicodeDecodeError: 'cp949' codec can't decode byte 0xec in position 12: illegal multibyte sequence'''),
    ("ko", "py-filenotfound", r'''FileNotFoundError: [Errno 2] No such file or directory: 'data/train.csv'

주피터에서는 되는데 터미널에서 실행하면 이래요.'''),
    ("ko", "py-typeerror-args", r'''TypeError: __init__() missing 1 required positional argument: 'name'

클래스 만들 때 뭘 빠뜨린 걸까요?'''),
    ("ko", "py-cuda-oom", r'''학습 돌리는데 이렇게 죽어요. 배치 사이즈 줄이는 거 말고 방법 있나요?

RuntimeError: CUDA out of memory. Tried to allocate 512.00 MiB'''),
    ("ko", "py-killed", r'''파이썬 스크립트가 그냥 "Killed" 한 줄 찍고 꺼져요. 메모리 문제인가요?

$ python build_index.py
Loading 12,000,000 rows...
Killed'''),
    ("ko", "java-npe", r'''자바 과제 하는데 이 에러가 계속 나요.

Exception in thread "main" java.lang.NullPointerException
	at Library.findBook(Library.java:33)
	at Main.main(Main.java:9)'''),
    ("ko", "java-arrayindex", r'''java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5
	at Score.average(Score.java:14)

for문 조건을 <= 로 써서 그런가요?'''),
    ("ko", "spring-port", r'''스프링 부트 실행하면 이렇게 나와요.

Web server failed to start. Port 8080 was already in use.

Action:
Identify and stop the process that's listening on port 8080 or configure this application to listen on another port.'''),
    ("ko", "js-undefined", r'''리액트에서 이 에러 어떻게 고쳐요?

Uncaught TypeError: Cannot read properties of null (reading 'addEventListener')
    at script.js:3:31'''),
    ("ko", "node-cors", r'''프론트에서 API 호출하면 콘솔에 이렇게 떠요.

Access to fetch at 'http://localhost:8080/api/login' from origin 'http://localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.'''),
    ("ko", "node-npm-eacces", r'''npm install -g 하면 권한 에러가 나요.

npm ERR! code EACCES
npm ERR! syscall mkdir
npm ERR! path /usr/local/lib/node_modules/typescript
npm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/typescript' '''),
    ("ko", "go-nil-pointer", r'''Go 초보인데 이 패닉이 왜 나는지 모르겠어요.

panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47e2b6]

goroutine 1 [running]:
main.(*Server).Start(0x0)'''),
    ("ko", "rust-overflow", r'''러스트 디버그 빌드에서만 이렇게 패닉이 나요.

thread 'main' panicked at 'attempt to add with overflow', src/main.rs:7:13'''),
    ("ko", "c-segfault", r'''C 과제인데 실행하면 바로 이렇게 나와요.

Segmentation fault (core dumped)

malloc 안 하고 포인터에 strcpy 한 게 문제일까요?'''),
    ("ko", "csharp-nullref", r'''유니티에서 자꾸 이 에러가 나요.

NullReferenceException: Object reference not set to an instance of an object
PlayerController.Update () (at Assets/Scripts/PlayerController.cs:25)'''),
    ("ko", "android-crash", r'''안드로이드 앱이 켜자마자 꺼져요. 로그캣에 이렇게 찍혀요.

FATAL EXCEPTION: main
java.lang.RuntimeException: Unable to start activity ComponentInfo{com.example.todo/com.example.todo.MainActivity}: android.view.InflateException'''),
    ("ko", "py-django-migrate", r'''장고 migrate 하니까 이렇게 나와요.

django.db.utils.OperationalError: no such table: board_post'''),
    ("ko", "py-selenium", r'''셀레니움 크롤링 연습 중인데 에러가 나요.

selenium.common.exceptions.NoSuchElementException: Message: no such element: Unable to locate element: {"method":"css selector","selector":"#login-btn"}'''),
    ("ko", "py-access-denied-win", r'''윈도우에서 파일 삭제하는 스크립트인데 이렇게 떠요.

PermissionError: [WinError 5] 액세스가 거부되었습니다: 'C:\\Users\\kim\\AppData\\Local\\Temp\\cache.db' '''),
    ("ko", "php-undefined", r'''Warning: Undefined array key "page" in /var/www/html/list.php on line 5

이거 그냥 무시해도 되나요?'''),
    ("ko", "py-import-circular", r'''ImportError: cannot import name 'User' from partially initialized module 'models' (most likely due to a circular import)

순환 import는 어떻게 풀어요?'''),
    ("en", "short-error", "IndexError: list index out of range. how do i fix this"),
    ("en", "short-error", "What does 'SIGKILL received' mean in my container logs?"),
    ("en", "short-error", "Got 'Segmentation fault (core dumped)'. Where do I start debugging?"),
    ("en", "py-timeout-shell", r'''subprocess.TimeoutExpired: Command '['bash', '-c', 'pg_dump shop > /backups/shop.sql']' timed out after 300 seconds

Can I raise the timeout or should I stream it?'''),
    ("ko", "short-error", "NameError: name 'df' is not defined 이거 왜 나요?"),
    ("ko", "short-error", "'Killed: 9' 뜨면서 프로그램이 꺼지는데 무슨 뜻이에요?"),
]
