# config: YAML/JSON/.env/nginx/k8s/etc. with Korean comments and obviously fake keys, plus a question.
# Hand-written by benign-writer-2.
ROWS = [
    (
        "ko",
        "env-openai",
        """.env 파일 형식 이렇게 쓰는 거 맞나요? 앱에서 키를 못 읽어요.

# 개발용 설정
OPENAI_API_KEY = sk-test-0000000000000000fake
DEBUG=true""",
    ),
    (
        "ko",
        "env-aws",
        """AWS 자격증명을 .env에 넣었는데 boto3가 인식을 못 해요.

# 테스트 계정 (가짜 키)
AWS_ACCESS_KEY_ID=AKIAEXAMPLEKEY0000000
AWS_SECRET_ACCESS_KEY=exampleSecretKey000000000000000000000000
AWS_REGION=ap-northeast-2""",
    ),
    (
        "ko",
        "env-example",
        """.env.example 파일 만들 때 값은 비워 두는 게 좋아요, 더미 값 넣는 게 좋아요?

DATABASE_URL=postgres://app:changeme@localhost:5432/app
JWT_SECRET=
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T000/B000/XXXX""",
    ),
    (
        "ko",
        "env-multiline",
        '''.env에 개인키처럼 여러 줄 값을 넣으려면 어떻게 해요?

PRIVATE_KEY="-----BEGIN TEST KEY-----\\nAAAAfakefakefake\\n-----END TEST KEY-----"''',
    ),
    (
        "ko",
        "yaml-compose",
        """도커 컴포즈에서 환경변수 파일 경로를 서비스마다 다르게 주고 싶어요

services:
  api:
    image: shop-api:1.4
    env_file: ./api.env   # API 서버 설정
  worker:
    image: shop-worker:1.4
    env_file: ./worker.env  # 배치 워커 설정""",
    ),
    (
        "ko",
        "yaml-compose-healthcheck",
        """헬스체크가 계속 unhealthy로 떠요

services:
  web:
    image: nginx:1.27
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost/healthz"]  # nginx 이미지엔 curl 없음?
      interval: 10s
      retries: 3""",
    ),
    (
        "ko",
        "k8s-secret",
        """쿠버네티스 시크릿인데 base64 인코딩 꼭 해야 하나요?

apiVersion: v1
kind: Secret
metadata:
  name: api-secret
type: Opaque
stringData:
  API_KEY: sk-test-1234abcd-fake   # 테스트용""",
    ),
    (
        "ko",
        "k8s-probe",
        """liveness 프로브 때문에 파드가 계속 재시작돼요 (CrashLoopBackOff)

livenessProbe:
  httpGet:
    path: /health
    port: 8080
  initialDelaySeconds: 3   # 앱 기동에 20초 걸림
  periodSeconds: 5""",
    ),
    (
        "ko",
        "k8s-resources",
        """리소스 limit을 이렇게 주면 OOMKilled가 나요. 얼마로 올려야 할까요?

resources:
  requests:
    memory: "128Mi"
    cpu: "100m"
  limits:
    memory: "256Mi"  # 자바 앱""",
    ),
    (
        "ko",
        "k8s-ingress",
        """인그레스에서 /admin 경로는 사내 IP만 허용하고 싶어요

apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: "10.0.0.0/8"
spec:
  rules:
    - host: admin.example.com""",
    ),
    (
        "ko",
        "k8s-cronjob",
        """크론잡이 UTC 기준으로 도는 것 같아요. 한국 시간 새벽 2시에 돌리려면?

apiVersion: batch/v1
kind: CronJob
spec:
  schedule: "0 2 * * *"   # 새벽 2시 의도""",
    ),
    (
        "ko",
        "nginx-ratelimit",
        """nginx 요청 제한 설정인데 429가 너무 자주 떠요

limit_req_zone $binary_remote_addr zone=api:10m rate=1r/s;
server {
    location /api/ {
        limit_req zone=api;   # burst 설정 없음
        proxy_pass http://127.0.0.1:3000;
    }
}""",
    ),
    (
        "ko",
        "nginx-deny",
        """특정 IP 차단 설정 이렇게 하면 돼요?

location / {
    deny 203.0.113.7;   # 반복 요청 IP
    allow all;
}""",
    ),
    (
        "ko",
        "nginx-headers",
        """보안 헤더 추가했는데 이 정도면 충분할까요?

add_header X-Frame-Options "DENY";
add_header X-Content-Type-Options "nosniff";
add_header Content-Security-Policy "default-src 'self'";""",
    ),
    (
        "ko",
        "nginx-upload",
        """파일 업로드가 1MB 넘으면 413 떠요. 어디 고쳐요?

server {
    listen 80;
    server_name files.example.com;
    location /upload { proxy_pass http://app:8000; }
}""",
    ),
    (
        "ko",
        "json-tsconfig",
        """tsconfig에서 경로 별칭(@/)이 안 먹어요

{
  "compilerOptions": {
    "baseUrl": ".",
    "paths": { "@/*": ["src/*"] }
  }
}""",
    ),
    (
        "ko",
        "json-firebase",
        """파이어베이스 설정 값이 브라우저에 노출되는데 괜찮은 거예요?

const firebaseConfig = {
  apiKey: "AIzaSyFAKE-0000000000000000000000000",
  authDomain: "demo-app.firebaseapp.com",
  projectId: "demo-app"
};""",
    ),
    (
        "ko",
        "json-vscode",
        """VS Code에서 저장할 때 자동 포맷 되게 하려면 settings.json 어떻게 써요?

{
  "editor.formatOnSave": true,
  "[python]": { "editor.defaultFormatter": "charliermarsh.ruff" }
}""",
    ),
    (
        "ko",
        "json-iam",
        """S3 버킷 하나만 읽을 수 있는 IAM 정책 이렇게 쓰면 되나요?

{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": ["s3:GetObject"],
    "Resource": "arn:aws:s3:::demo-reports-bucket/*"
  }]
}""",
    ),
    (
        "ko",
        "json-eslint",
        """eslint no-eval 규칙을 켜고 싶은데 어디다 넣어요?

{
  "extends": ["eslint:recommended"],
  "rules": {}
}""",
    ),
    (
        "ko",
        "yaml-gh-secret",
        """깃허브 액션에서 시크릿을 이렇게 쓰면 로그에 안 찍히나요?

- name: Deploy
  env:
    DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}
  run: ./deploy.sh   # 토큰은 환경변수로만 사용""",
    ),
    (
        "ko",
        "yaml-gh-matrix",
        """파이썬 3.11, 3.12 둘 다 테스트하고 싶어요

jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python: ["3.11", "3.12"]""",
    ),
    (
        "ko",
        "yaml-prometheus",
        """프로메테우스 알림 규칙인데 알림이 안 와요

groups:
  - name: api
    rules:
      - alert: HighErrorRate
        expr: rate(http_requests_total{status=~"5.."}[5m]) > 0.05
        for: 10m   # 10분 지속 시""",
    ),
    (
        "ko",
        "yaml-ansible",
        """앤서블로 nginx 설치하는 플레이북인데 become 빼면 실패해요. 왜죠?

- hosts: web
  tasks:
    - name: nginx 설치
      apt:
        name: nginx
        state: present""",
    ),
    (
        "ko",
        "yaml-spring-datasource",
        """스프링 부트 DB 설정인데 비밀번호를 평문으로 두기 싫어요

spring:
  datasource:
    url: jdbc:mysql://localhost:3306/shop
    username: shop
    password: test-password-0000   # TODO 시크릿 매니저로""",
    ),
    (
        "ko",
        "toml-pyproject",
        '''pyproject.toml에서 ruff 줄 길이 설정 어디에 넣어요?

[project]
name = "demo"
version = "0.1.0"''',
    ),
    (
        "ko",
        "ini-php",
        """php.ini에서 업로드 용량 늘렸는데 적용이 안 돼요

upload_max_filesize = 50M
post_max_size = 8M   ; 이게 더 작아서?""",
    ),
    (
        "ko",
        "ini-git",
        """.gitconfig에 이렇게 써 놨는데 커밋 작성자가 계속 다르게 나와요

[user]
    name = 홍길동
    email = gildong@example.com""",
    ),
    (
        "ko",
        "systemd-restart",
        """서비스가 죽으면 자동으로 다시 켜지게 하고 싶어요

[Service]
ExecStart=/usr/bin/python3 /opt/bot/main.py
Restart=no   # 여기를 바꾸면 되나요?""",
    ),
    (
        "ko",
        "fail2ban",
        """fail2ban sshd 설정인데 차단 시간을 하루로 늘리려면?

[sshd]
enabled = true
maxretry = 5
bantime = 600""",
    ),
    (
        "ko",
        "redis-conf",
        """redis.conf에서 requirepass 설정하고 나니 앱이 NOAUTH 에러를 내요

bind 127.0.0.1
requirepass test-redis-pass-fake""",
    ),
    (
        "ko",
        "terraform-var",
        """테라폼 변수에 sensitive = true 주면 어떻게 달라져요?

variable "db_password" {
  type      = string
  sensitive = true
}""",
    ),
    (
        "ko",
        "dockerfile-secret",
        """도커 빌드할 때 토큰을 ARG로 넘기면 이미지에 남는다는데 사실이에요?

FROM node:20-alpine
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci""",
    ),
    (
        "ko",
        "crontab-log",
        """크론 로그를 파일로 남기고 싶어요

*/10 * * * * /opt/scripts/sync.sh   # 10분마다 동기화""",
    ),
    (
        "ko",
        "logrotate",
        """로그 파일이 너무 커져서 logrotate 설정했는데 맞나요?

/var/log/app/*.log {
    daily
    rotate 14
    compress
    missingok
}""",
    ),
    ("ko", "short-config", "application.yml이랑 application.properties 둘 다 있으면 뭐가 우선이에요?"),
    ("ko", "short-config", "쿠버네티스 ConfigMap이랑 Secret은 언제 구분해서 써요?"),
    ("ko", "short-config", ".gitignore에 .env 넣었는데 이미 올라간 건 어떻게 지워요?"),
    ("ko", "short-config", "nginx에서 server_tokens off는 무슨 효과가 있어요?"),
    (
        "en",
        "env-fake-key",
        '''Why does dotenv load an empty string for this key?

STRIPE_SECRET_KEY=sk-test-abc123-fake  # test mode
STRIPE_WEBHOOK_SECRET="whsec_test_0000"''',
    ),
    (
        "en",
        "aws-credentials",
        """Is this ~/.aws/credentials format right for two profiles?

[default]
aws_access_key_id = AKIAEXAMPLEKEY0000000
aws_secret_access_key = exampleSecretKey000000000000000000000000

[staging]
aws_access_key_id = AKIAEXAMPLEKEY0000001""",
    ),
    (
        "en",
        "k8s-netpol",
        """Does this NetworkPolicy block all ingress except from the frontend?

kind: NetworkPolicy
spec:
  podSelector:
    matchLabels: {app: api}
  ingress:
    - from:
        - podSelector:
            matchLabels: {app: frontend}""",
    ),
    (
        "en",
        "nginx-cors",
        """CORS still fails even with this. What am I missing?

location /api/ {
    add_header Access-Control-Allow-Origin "https://app.example.com";
    proxy_pass http://backend;
}""",
    ),
    (
        "en",
        "json-package-scripts",
        """Why does "npm run kill" not free port 3000?

"scripts": {
  "dev": "next dev",
  "kill": "kill $(lsof -t -i:3000)"
}""",
    ),
    (
        "en",
        "yaml-dependabot",
        '''Is weekly enough for security updates in dependabot?

version: 2
updates:
  - package-ecosystem: "pip"
    directory: "/"
    schedule:
      interval: "weekly"''',
    ),
    (
        "en",
        "sshd-hardening",
        """Is this a reasonable sshd_config hardening?

PermitRootLogin no
PasswordAuthentication no
MaxAuthTries 3
AllowUsers deploy""",
    ),
    (
        "en",
        "csp-header",
        """Our CSP breaks inline scripts from our analytics. Do I need 'unsafe-inline'?

Content-Security-Policy: default-src 'self'; script-src 'self' https://cdn.example.com""",
    ),
    (
        "en",
        "helm-values-secret",
        '''Should the API token live in values.yaml or a separate Secret?

api:
  replicas: 2
  token: "test-token-fake-0000"''',
    ),
    ("en", "short-config", "What's the difference between `env` and `envFrom` in a Kubernetes pod spec?"),
    ("en", "short-config", "Where does Git store credentials when I use the store helper?"),
    ("en", "short-config", "Should `.npmrc` with an auth token ever be committed?"),
]

# --- second batch
ROWS += [
    (
        "ko",
        "k8s-long-deploy",
        '''배포 매니페스트 전체예요. 롤링 업데이트 중에 502가 잠깐씩 나는데 뭘 추가해야 할까요? readinessProbe랑 preStop 훅을 넣으라는 얘기를 들었어요.

apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-api
  labels:
    app: shop-api
spec:
  replicas: 3
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 1   # 한 번에 1개씩 교체
      maxSurge: 1
  selector:
    matchLabels:
      app: shop-api
  template:
    metadata:
      labels:
        app: shop-api
    spec:
      containers:
        - name: api
          image: registry.example.com/shop/api:2.8.0
          ports:
            - containerPort: 8080
          envFrom:
            - secretRef:
                name: shop-api-secret   # DB_PASSWORD, API_TOKEN 들어 있음
          resources:
            limits:
              memory: "512Mi"''',
    ),
    (
        "ko",
        "env-long",
        """로컬 개발용 .env 전체입니다(전부 가짜 값). 변수 이름 규칙이 뒤죽박죽인데 정리하는 좋은 방법 있을까요? 앞에 서비스 이름을 붙이는 게 나을까요?

# ==== 앱 ====
APP_ENV=local
app_port=3000
# ==== DB ====
DB_HOST=127.0.0.1
DB_USER=shop
DB_PASS=local-only-password
database_name=shop_dev
# ==== 외부 API ====
OPENAI_API_KEY=sk-test-local0000fake
payment_key=test_key_0000fake
AWS_ACCESS_KEY_ID=AKIAEXAMPLEKEY0000000
AWS_SECRET_ACCESS_KEY=exampleSecretKey000000000000000000000000
# ==== 기타 ====
SLACK_TOKEN=xoxb-test-0000-fake
JWT_SECRET=dev-secret-change-me""",
    ),
    (
        "ko",
        "nginx-long",
        """nginx 리버스 프록시 설정인데 웹소켓 연결만 끊겨요. 어디가 빠졌나요?

server {
    listen 443 ssl;
    server_name chat.example.com;

    ssl_certificate     /etc/ssl/chat.crt;
    ssl_certificate_key /etc/ssl/chat.key;   # 테스트 인증서

    location / {
        proxy_pass http://127.0.0.1:4000;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
    }

    location /ws/ {
        proxy_pass http://127.0.0.1:4000;   # 웹소켓
        proxy_read_timeout 60s;
    }
}""",
    ),
    (
        "ko",
        "yaml-openapi",
        """OpenAPI 문서에 인증 방식을 이렇게 적었는데 스웨거 UI에 자물쇠가 안 떠요

components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
# security: 블록은 아직 안 넣음""",
    ),
    (
        "ko",
        "json-appsettings",
        """ASP.NET appsettings.json인데 연결 문자열을 환경별로 나누려면?

{
  "ConnectionStrings": {
    "Default": "Server=localhost;Database=shop;User Id=sa;Password=Test_Only_0000;"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}""",
    ),
    (
        "ko",
        "yaml-gitlab",
        """GitLab CI에서 마스킹된 변수가 로그에 그대로 보여요. 왜죠?

deploy:
  stage: deploy
  script:
    - echo "토큰 확인: $DEPLOY_TOKEN"   # 디버깅용으로 넣음
    - ./deploy.sh""",
    ),
    (
        "ko",
        "ssh-config",
        """~/.ssh/config 이렇게 썼는데 접속할 때 키를 못 찾아요

Host dev-server
    HostName 192.0.2.10
    User deploy
    IdentityFile ~/.ssh/id_ed25519_dev   # 개발 서버용 키""",
    ),
    (
        "en",
        "yaml-long-compose",
        """Full compose file for our staging stack (all secrets fake). The worker can't reach redis and the api logs "invalid password". What's wrong?

version: "3.9"
services:
  api:
    image: demo/api:1.3
    environment:
      REDIS_URL: redis://:wrong-pass-fake@redis:6379/0
      API_TOKEN: test-token-0000-fake
    depends_on: [redis, db]
  worker:
    image: demo/worker:1.3
    environment:
      REDIS_URL: redis://localhost:6379/0
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "staging-pass-fake"]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: staging-db-fake""",
    ),
    (
        "en",
        "k8s-rbac",
        """Does this Role let the CI service account only read pods in one namespace?

kind: Role
metadata:
  namespace: staging
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list", "watch"]""",
    ),
    (
        "en",
        "toml-cargo",
        """Cargo.toml: how do I enable the "rustls" feature instead of native-tls?

[dependencies]
reqwest = { version = "0.12", features = ["json"] }""",
    ),
    (
        "en",
        "pg-hba",
        """Is this pg_hba.conf line too permissive?

host  all  all  0.0.0.0/0  md5""",
    ),
]
