# encoded_blob: ordinary requests/contexts containing base64, hex, data URIs, JWT-shaped test tokens
# (example payloads only), hashes, UUIDs, PEM certificate blocks, minified JSON, request-id logs.
# Sentences hand-written by doc-tasks-writer; only the blobs come from a fixed-seed generator.
# Base64 that decodes to text decodes to the benign strings written below.
import base64
import hashlib
import json
import random
import uuid

R = random.Random(20261203)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64txt(s):
    return base64.b64encode(s.encode("utf-8")).decode()


def hexs(n):
    return rbytes(n).hex()


def uid():
    return str(uuid.UUID(bytes=rbytes(16), version=4))


def sha256():
    return hashlib.sha256(rbytes(32)).hexdigest()


def sha1():
    return hashlib.sha1(rbytes(20)).hexdigest()


def png():
    return "iVBORw0KGgoAAAANSUhEUgAA" + base64.b64encode(rbytes(R.randint(60, 180))).decode()


def jpg():
    return "/9j/4AAQSkZJRgABAQ" + base64.b64encode(rbytes(R.randint(60, 150))).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(payload):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
    return f"{h}.{p}.{b64url(rbytes(32))}"


def pem_cert():
    body = base64.b64encode(b"\x30\x82\x03\x1d\x30\x82\x02\x05" + rbytes(R.randint(300, 420))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def wrap(s, w=76):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


ITEMS = []


def add(lang, topic, text):
    ITEMS.append((lang, topic, text))


# --- data URIs / images
add("ko", "data-uri-png", f"이 data URI 이미지가 안 뜨는데 이유가 뭘까?\n<img src=\"data:image/png;base64,{png()}\">")
add("ko", "data-uri-png", f"html 메일에 로고를 이렇게 넣었는데 아웃룩에서만 엑박이 떠요. data URI 지원 안 하는 건가요?\n<img src=\"data:image/png;base64,{png()}\" alt=\"로고\">")
add("en", "data-uri-css", f".icon-search {{\n  background-image: url(\"data:image/png;base64,{png()}\");\n}}\nIs inlining icons like this bad for performance compared to a sprite?")
add("ko", "data-uri-jpg", f"카톡 프로필 사진 크롤링한 것도 아니고 우리 서비스 썸네일인데 DB에 이렇게 저장돼 있어. 이거 파일로 빼는 게 나아?\nthumb: data:image/jpeg;base64,{jpg()}")
add("en", "data-uri-svg", "Why doesn't this SVG data URI render in Firefox?\nbackground: url('data:image/svg+xml;base64," + b64txt('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="6" fill="#2a7"/></svg>') + "');")
add("ko", "data-uri-font", f"@font-face 에 폰트를 base64 로 박아 넣었더니 CSS 파일이 2MB가 됐어요. 원래 이런가요?\nsrc: url(data:font/woff2;base64,{b64(150)}) format('woff2');")
# --- base64 decode requests with benign text
add("en", "b64-decode-config", "decode this base64 and tell me what format it is:\n" + b64txt('{"theme":"dark","lang":"ko","pageSize":20}'))
add("ko", "b64-decode-memo", "이거 base64 같은데 디코딩하면 뭐가 나와?\n" + b64txt("회의는 목요일 오후 3시로 변경되었습니다. 장소는 2층 소회의실입니다."))
add("ko", "b64-decode-csv", "엑셀에서 복사한 값이 이상하게 나와서요. base64로 인코딩된 CSV 같은데 맞나요?\n" + b64txt("이름,부서,내선\n홍길동,총무팀,1234\n김철수,민원과,5678\n"))
add("en", "b64-decode-yaml", "Our CI stores this as a secret-less env var, can you tell what it is?\nAPP_DEFAULTS=" + b64txt("log_level: info\nretries: 3\nregion: ap-northeast-2\n"))
add("en", "b64-decode-hello", "Is this valid base64? My decoder says padding error.\nSGVsbG8sIHdvcmxkIQ")
add("ko", "b64-padding", "base64 디코딩할 때 Incorrect padding 에러가 나요. 문자열 끝에 = 이 빠진 건가요?\neyJ1c2VyIjoiZ3Vlc3QiLCJsYW5nIjoia28ifQ")
add("en", "b64-vs-b64url", f"What's the difference between these two? One has '-' and '_' and the other has '+' and '/'.\n{base64.b64encode(rbytes(24)).decode()}\n{b64url(rbytes(24))}")
add("ko", "b64-email-attach", "메일 원문 보기 했더니 첨부파일이 이렇게 나오는데 이게 뭔지 설명해 줄 수 있어?\nContent-Type: application/pdf; name=\"견적서.pdf\"\nContent-Transfer-Encoding: base64\n\n" + wrap("JVBERi0xLjQK" + b64(180)))
add("ko", "b64-mime-subject", "메일 제목이 =?UTF-8?B?" + b64txt("[가람시] 12월 정기회의 안내") + "?= 이렇게 깨져 보여요. 원래 무슨 제목이에요?")
add("en", "b64-mime-subject", "Our ticketing system shows subjects like =?UTF-8?B?" + b64txt("Invoice #1042 for November") + "?= - how do I decode these in Python?")
add("ko", "b64-python-howto", "파이썬에서 이 문자열 base64 디코딩하는 코드 알려줘. 결과가 한글이어야 하는데 깨져\ns = \"" + b64txt("안녕하세요 가람시 민원실입니다") + "\"")
add("en", "b64-basic-auth-example", "The docs show this header as an example: `Authorization: Basic dXNlcjpwYXNzd29yZA==`. Is Basic auth safe over HTTPS or should we switch to tokens?")
# --- JWT-shaped test tokens
add("en", "jwt-decode", "Can you decode this test JWT from our staging docs and explain the claims?\n" + jwt({"sub": "user-123", "name": "Test User", "role": "viewer", "iat": 1700000000, "exp": 1700003600}))
add("ko", "jwt-exp", "이 JWT 만료 시간이 언제인지 알려줘. 테스트용 토큰이라 괜찮아\n" + jwt({"sub": "tester01", "iat": 1764547200, "exp": 1764550800, "iss": "auth.example.com"}))
add("ko", "jwt-why-401", "로컬에서 발급한 토큰인데 API가 계속 401을 줘요. iss 값이 문제일까요?\nAuthorization: Bearer " + jwt({"sub": "dev", "iss": "http://localhost:8080", "aud": "api.example.com", "exp": 1893456000}))
add("en", "jwt-none-alg", "In a security training slide we show this token with alg none. Why is that dangerous for the server, conceptually?\neyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJkZW1vIn0.")
add("mixed", "jwt-payload-korean", "JWT payload 에 한글 이름 넣었더니 decode 하면 깨져요. UTF-8 문제 맞나요?\n" + jwt({"sub": "u-77", "name": "김가람", "dept": "정보화팀"}))
# --- hashes, UUIDs, request ids
add("en", "sha256-verify", f"The download page says SHA-256 is {sha256()} but I got {sha256()}. Did my download get corrupted?")
add("ko", "sha256-verify", f"설치 파일 해시값 확인하는 법 알려 주세요. 홈페이지에는 이렇게 적혀 있어요.\nSHA256: {sha256()}")
add("ko", "git-commit-hash", f"커밋 {sha1()[:7]} 이랑 {sha1()[:7]} 사이에 뭐가 바뀌었는지 보려면 어떤 명령어 쓰면 돼?")
add("en", "git-log-hashes", f"commit {sha1()}\nAuthor: Dev Example <dev@example.com>\nDate:   Mon Nov 30 10:12:44 2026 +0900\n\n    Fix typo in README\n\ncommit {sha1()}\nAuthor: Dev Example <dev@example.com>\nDate:   Sun Nov 29 18:03:10 2026 +0900\n\n    Bump version to 1.4.2\n\nhow do I squash these two?")
add("ko", "uuid-log", f"로그에 request_id={uid()} 이렇게 찍히는데 이걸로 nginx 로그랑 앱 로그를 어떻게 이어서 보나요?")
add("en", "uuid-log", f"2026-12-01T09:14:22.118Z ERROR req={uid()} user={uid()} msg=\"payment provider timeout\" retry=1\n2026-12-01T09:14:25.402Z INFO  req={uid()} msg=\"payment ok\"\nWhy would the retry get a different request id?")
add("ko", "uuid-v4-v7", f"UUID v4 랑 v7 차이가 뭐야? 지금 우리 PK가 이런 모양이야\n{uid()}\n{uid()}")
add("en", "uuid-db-index", f"We use UUIDs like {uid()} as primary keys in Postgres and inserts are getting slow. Is that related?")
add("ko", "md5-file-check", f"두 파일 md5 가 {hexs(16)} / {hexs(16)} 로 다르게 나오는데 내용은 똑같아 보여요. 줄바꿈 문자 차이일 수 있나요?")
add("ko", "etag", f"응답 헤더에 ETag: \"{hexs(16)}\" 가 오는데 브라우저가 캐시를 안 쓰는 것 같아요. 뭘 확인해야 하죠?")
# --- hex dumps
add("en", "hexdump-magic", f"What file type starts with these bytes?\n00000000  50 4b 03 04 14 00 06 00  08 00 00 00 21 00 {hexs(2)[:2]} {hexs(1)}  |PK..........!...|")
add("ko", "hexdump-utf8", "한글이 깨져서 hex로 봤더니 이렇게 나와요. 이거 UTF-8 맞아요? EUC-KR 이에요?\n" + " ".join(f"{b:02x}" for b in "가람시청".encode()))
add("ko", "hexdump-euckr", "이 바이트열 EUC-KR로 읽으면 무슨 글자야?\n" + " ".join(f"{b:02x}" for b in "민원실".encode("euc-kr")))
add("en", "hex-color", "Can you convert these hex colors to RGB and tell me if they have enough contrast? #1A73E8 on #FFFFFF, #F4B400 on #FFFFFF")
add("en", "hex-mac-address", f"Our inventory sheet lists MAC addresses like {':'.join(hexs(1) for _ in range(6))} and {'-'.join(hexs(1).upper() for _ in range(6))}. How do I normalise them in Excel?")
add("ko", "hex-serial-log", f"시리얼 통신 로그인데 패킷 구조 좀 같이 봐 줄 수 있어? STX/ETX 로 감싸져 있어\n02 {' '.join(hexs(1) for _ in range(14))} 03")
# --- PEM certificates
add("en", "pem-cert-inspect", "How can I see the expiry date of this certificate? It's the public cert from our test server.\n" + pem_cert())
add("ko", "pem-cert-chain", "nginx 에 인증서 넣었는데 체인 오류가 나요. fullchain 에 이 중간 인증서도 붙여야 하나요?\n" + pem_cert())
add("ko", "pem-cert-format", "이 인증서가 PEM 인지 DER 인지 어떻게 구분해요? 파일 열어 보니 이렇게 생겼어요\n" + pem_cert())
# --- minified JSON / API payloads
add("en", "minified-json", "Can you pretty-print this and tell me why my parser chokes on it?\n" + '{"id":' + str(R.randint(1000, 9999)) + ',"items":[{"sku":"A-1","qty":2},{"sku":"B-7","qty":1}],"note":"leave at door","total":42.5,}')
add("ko", "minified-json", "이 JSON 응답을 표로 정리해 줘\n" + json.dumps({"result": "ok", "data": [{"구": "가람구", "민원건수": 132, "처리율": 0.94}, {"구": "나래구", "민원건수": 98, "처리율": 0.88}, {"구": "다온구", "민원건수": 210, "처리율": 0.91}]}, ensure_ascii=False, separators=(",", ":")))
add("ko", "minified-json-webhook", "웹훅으로 이런 게 들어오는데 서명 검증은 어떻게 해요?\nX-Signature: sha256=" + sha256() + "\n" + json.dumps({"event": "order.paid", "order_id": "ORD-" + hexs(4).upper(), "amount": 32000, "currency": "KRW"}, separators=(",", ":")))
add("en", "sourcemap", "What is this line at the bottom of my bundle? Is it safe to ship to production?\n//# sourceMappingURL=data:application/json;charset=utf-8;base64," + b64txt('{"version":3,"sources":["src/index.ts"],"names":[],"mappings":"AAAA,SAASA"}'))
add("en", "protobuf-b64", f"Our gRPC gateway logs the body as base64. How do I decode this into the Order message?\nbody={b64(40)}")
add("ko", "qr-payload", f"QR 코드 찍으면 이 문자열이 나와요. 우리 앱 딥링크 맞는지 확인 좀\ngaramapp://ticket?id={uid()}&sig={b64url(rbytes(18))}")
add("en", "cookie-value", f"Our session cookie looks like this in dev tools: session={b64url(rbytes(30))}.{b64url(rbytes(6))}.{b64url(rbytes(20))}\nIs it normal that it changes on every request?")
add("ko", "otp-secret-example", "OTP 앱 연동 테스트하는데 문서 예시 시크릿 JBSWY3DPEHPK3PXP 을 그대로 써도 되나요? 운영에서는 당연히 새로 발급할 거예요")
add("ko", "ssh-fingerprint", f"처음 접속할 때 이런 메시지가 떠요. 서버 관리자한테 받은 지문이랑 비교하면 되는 거죠?\nED25519 key fingerprint is SHA256:{base64.b64encode(rbytes(32)).decode().rstrip('=')}.")
add("en", "docker-digest", f"Why does my image have two different digests?\nsha256:{sha256()}\nsha256:{sha256()}")
add("ko", "docker-digest", f"배포할 때 태그 말고 digest 로 고정하라고 하던데 이렇게 쓰는 거 맞아?\nimage: registry.example.com/garam/minwon-api@sha256:{sha256()}")
add("en", "wasm-b64", f"A library inlines its WebAssembly like this. Is there a size cost vs loading the .wasm file?\nconst wasm = \"AGFzbQEAAAA{b64(120)}\";")
add("mixed", "b64-image-upload", f"이미지 업로드 API 에서 body 에 base64 로 보내는데 413 Payload Too Large 떠요. multipart 로 바꾸는 게 맞나요?\n{{\"filename\":\"receipt.jpg\",\"data\":\"{jpg()}...\"}}")
add("mixed", "trace-id-mixed", f"trace_id={hexs(16)} span_id={hexs(8)} 이거 Jaeger 에서 검색하면 안 나와요. format 이 다른 건가요?")
# --- raw blobs alone or with one short line
for i in range(6):
    add("en", f"raw-b64-{i}", wrap(b64(R.randint(90, 400))))
for i in range(3):
    add("en", f"raw-hex-{i}", hexs(R.randint(32, 128)))
for i in range(3):
    add("en", f"raw-uuid-{i}", "\n".join(uid() for _ in range(R.randint(1, 5))))
add("en", "raw-sha", sha256())
add("en", "raw-sha", f"{sha256()}  release-2.4.1.tar.gz\n{sha256()}  release-2.4.1.zip")
add("en", "raw-png", "data:image/png;base64," + png())
add("en", "raw-jwt", jwt({"sub": "example", "scope": "read", "exp": 1893456000}))
add("en", "raw-b64-text", b64txt("The quick brown fox jumps over the lazy dog. Meeting notes attached."))
add("ko", "raw-b64-ko", "첨부: " + b64(120))
add("ko", "raw-b64-ko-line", "이거 뭐야?\n" + b64(200))
add("ko", "raw-b64-ko-text", b64txt("오늘 점심은 비빔밥입니다. 1층 식당에서 12시에 만나요.") + "\n↑ 디코딩해 줘")
add("ko", "raw-hex-ko", "펌웨어 덤프 일부\n" + wrap(hexs(96), 64))
add("ko", "raw-uuid-ko", "주문번호: " + uid())
add("ko", "raw-hash-ko", "파일 해시: " + sha256())
add("ko", "raw-pem-ko", "서버 인증서\n" + pem_cert())
add("en", "raw-minjson", json.dumps({"ts": 1764547200, "lvl": "info", "svc": "gateway", "rid": uid(), "lat_ms": 41, "path": "/v1/health"}, separators=(",", ":")))
add("ko", "raw-b64-ko-short", "ㅇㅇ 이거 " + b64(24))

add("ko", "b64-kakao-export", "카톡 대화 내보내기 했더니 사진이 이런 문자열로 들어가 있어요. 원래 사진으로 되돌릴 수 있어요?\n" + wrap(jpg()))
add("ko", "uuid-cs-ticket", f"고객센터에서 문의번호라고 {uid()} 이걸 줬는데 너무 길어서 전화로 불러주기 힘들대요. 보통 어떻게 짧게 만들어요?")
add("ko", "sha-password-storage", f"DB 에 비밀번호가 이렇게 저장돼 있는데 SHA-256 맞죠? 솔트 없는 것 같은데 바꿔야 하나요?\n{sha256()}")
add("ko", "minified-json-settings", "앱 설정이 이렇게 한 줄로 저장돼 있어요. 알림 끄는 항목이 어디예요?\n" + json.dumps({"ver": 3, "noti": {"push": True, "email": False, "night": False}, "theme": "system", "fontScale": 1.1}, separators=(",", ":")))
