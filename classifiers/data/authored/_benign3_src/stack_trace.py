# stack_trace: Python/Java/Node tracebacks pasted with a Korean question. Hand-written by benign-writer-3.
TRACES = [
    ("py-keyerror", r"""Traceback (most recent call last):
  File "report.py", line 42, in <module>
    total += row["금액"]
KeyError: '금액'"""),
    ("py-unicode-decode", r"""Traceback (most recent call last):
  File "load.py", line 5, in <module>
    df = pd.read_csv("민원목록.csv")
  File ".../pandas/io/parsers/readers.py", line 912, in read_csv
UnicodeDecodeError: 'utf-8' codec can't decode byte 0xb9 in position 0: invalid start byte"""),
    ("py-permission", r"""Traceback (most recent call last):
  File "cleanup.py", line 11, in delete_old
    os.remove(path)
PermissionError: [Errno 13] Permission denied: '/var/log/app/access.log'"""),
    ("py-recursion", r"""  File "tree.py", line 8, in walk
    return walk(node.parent)
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded"""),
    ("py-attr-none", r"""Traceback (most recent call last):
  File "app/views.py", line 77, in detail
    return render(req, "detail.html", {"title": doc.title})
AttributeError: 'NoneType' object has no attribute 'title'"""),
    ("py-killed-mem", r"""Epoch 1/10
 312/1250 [======>.......] - ETA: 4:12 - loss: 0.6931
Killed"""),
    ("py-sqlalchemy-integrity", r"""sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "users_email_key"
DETAIL:  Key (email)=(hong@example.go.kr) already exists."""),
    ("py-requests-ssl", r"""requests.exceptions.SSLError: HTTPSConnectionPool(host='api.example.go.kr', port=443): Max retries exceeded with url: /v1/token (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain')))"""),
    ("java-npe", r"""Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null
	at kr.go.minwon.service.UserService.validate(UserService.java:58)
	at kr.go.minwon.controller.UserController.join(UserController.java:31)"""),
    ("java-classcast", r"""java.lang.ClassCastException: class java.lang.Integer cannot be cast to class java.lang.String
	at kr.go.stat.ExcelExporter.writeRow(ExcelExporter.java:112)"""),
    ("java-accessdenied", r"""org.springframework.security.access.AccessDeniedException: Access is denied
	at org.springframework.security.access.vote.AffirmativeBased.decide(AffirmativeBased.java:73)
	at kr.go.admin.web.BoardController.deletePost(BoardController.java:94)"""),
    ("java-oom", r"""java.lang.OutOfMemoryError: Java heap space
	at java.base/java.util.Arrays.copyOf(Arrays.java:3512)
	at kr.go.batch.ReportJob.loadAll(ReportJob.java:40)"""),
    ("java-sqlsyntax", r"""java.sql.SQLSyntaxErrorException: ORA-00942: table or view does not exist
	at oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)
	at kr.go.minwon.dao.ApplyDao.selectList(ApplyDao.java:27)"""),
    ("node-undefined", r"""TypeError: Cannot read properties of undefined (reading 'map')
    at NoticeList (webpack-internal:///./src/components/NoticeList.jsx:14:23)
    at renderWithHooks (react-dom.development.js:16305:18)"""),
    ("node-eaddrinuse", r"""node:events:495
      throw er; // Unhandled 'error' event
      ^
Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1817:16)"""),
    ("node-unhandled-promise", r"""(node:2210) UnhandledPromiseRejectionWarning: Error: Request failed with status code 401
    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)
    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)"""),
    ("node-module-not-found", r"""Error: Cannot find module 'dotenv'
Require stack:
- /home/dev/minwon-bot/index.js
    at Module._resolveFilename (node:internal/modules/cjs/loader:1075:15)"""),
    ("py-django-csrf", r"""Forbidden (CSRF token missing.): /accounts/login/
[04/Nov/2025 10:12:01] "POST /accounts/login/ HTTP/1.1" 403 2506"""),
    ("py-asyncio-cancelled", r"""Task was destroyed but it is pending!
task: <Task pending name='Task-3' coro=<poll_status() running at worker.py:22>>
asyncio.exceptions.CancelledError"""),
    ("py-jwt-expired", r"""Traceback (most recent call last):
  File "auth.py", line 19, in verify
    payload = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
jwt.exceptions.ExpiredSignatureError: Signature has expired"""),
    ("py-subprocess-error", r"""subprocess.CalledProcessError: Command '['pg_dump', '-U', 'backup', 'minwon']' returned non-zero exit status 1.
pg_dump: error: connection to server failed: FATAL:  role "backup" does not exist"""),
    ("py-torch-cuda", r"""RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 15.78 GiB total capacity; 13.10 GiB already allocated)"""),
    ("kotlin-illegalstate", r"""java.lang.IllegalStateException: Fragment MainFragment{a1b2} not attached to a context.
	at androidx.fragment.app.Fragment.requireContext(Fragment.java:900)
	at kr.go.app.ui.MainFragment.showToast(MainFragment.kt:45)"""),
    ("py-pydantic", r"""pydantic_core._pydantic_core.ValidationError: 1 validation error for 신청서
birth_date
  Input should be a valid date [type=date_type, input_value='1990.05.01', input_type=str]"""),
    ("py-zero-division", r"""Traceback (most recent call last):
  File "rate.py", line 9, in <module>
    처리율 = 처리건수 / 접수건수 * 100
ZeroDivisionError: division by zero"""),
    ("py-import-circular", r"""ImportError: cannot import name 'User' from partially initialized module 'models' (most likely due to a circular import) (/srv/app/models.py)"""),
    ("java-deadlock-dump", r""""pool-1-thread-2" #14 prio=5 BLOCKED on java.lang.Object@5e2de80c owned by "pool-1-thread-1"
	at kr.go.batch.Transfer.move(Transfer.java:31)
Found one Java-level deadlock:"""),
    ("node-jest-fail", r"""  ● 로그인 › 비밀번호 틀리면 401 반환

    expect(received).toBe(expected) // Object.is equality

    Expected: 401
    Received: 500"""),
]

ASKS = [
    ("ko", "이거 왜 나는 거예요?\n\n{c}"),
    ("ko", "{c}\n\n어제까진 잘 됐는데 갑자기 이래요. 해결 방법 알려주세요"),
    ("ko", "에러 떴어 봐줘\n{c}"),
    ("ko", "아래 스택트레이스에서 실제 원인이 되는 줄이 어디인지랑 고치는 법 정리 부탁드립니다.\n\n```\n{c}\n```"),
    ("en", "What does this traceback mean and how do I fix it?\n\n{c}"),
]


def _build():
    rows = []
    for i, (topic, t) in enumerate(TRACES):
        for j in (i % 5, (i + 1) % 5, (i + 3) % 5):
            lang, a = ASKS[j]
            rows.append((lang, topic, a.format(c=t)))
    return rows


ROWS = _build() + [
    ("ko", "read-trace", "파이썬 traceback은 위에서부터 읽어요 아래서부터 읽어요?"),
    ("ko", "read-trace", "자바 스택트레이스에서 Caused by 가 여러 개면 어느 걸 봐야 해?"),
]
ROWS += [
    ("ko", "read-trace", "에러 메시지에 'Killed'만 뜨고 끝나는데 메모리 부족인지 어떻게 확인해요?"),
    ("en", "read-trace", "How do I print a full Python traceback inside an except block without re-raising?"),
    ("ko", "read-trace", "노드에서 unhandled promise rejection 경고 뜨면 프로세스가 죽는 버전이 따로 있나요"),
]
ROWS += [
    ("ko", "long-trace", """배치 돌리는데 중간에 죽어요. 스택트레이스 전체 붙입니다. 어디가 진짜 원인이고 어떻게 고쳐야 할까요? 스프링 배치 처음 써 봐요.

2025-11-07 03:00:01.224 ERROR 1 --- [main] o.s.batch.core.step.AbstractStep : Encountered an error executing step 민원통계집계Step in job 월간통계Job
org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [STAT_MONTHLY_PK]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:233)
	at kr.go.stat.batch.writer.MonthlyStatWriter.write(MonthlyStatWriter.java:41)
	at org.springframework.batch.core.step.item.SimpleChunkProcessor.writeItems(SimpleChunkProcessor.java:193)
	... 38 common frames omitted
Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement
	at org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:109)
	... 52 common frames omitted
Caused by: java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (STAT.STAT_MONTHLY_PK) violated
	at oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)
	... 61 common frames omitted

지난달 배치가 실패해서 수동으로 한 번 다시 돌렸었는데 그거랑 관련 있을까요?"""),
]
