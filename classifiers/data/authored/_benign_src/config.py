# config: configuration files (YAML/JSON/INI/.env/Dockerfile/nginx/systemd/...) with a question.
ROWS = [
    ("en", "compose-env", '''Why can't my app container reach the database?

services:
  app:
    build: .
    environment:
      DB_HOST: localhost
      DB_PASSWORD: changeme
  db:
    image: postgres:16'''),
    ("en", "compose-volumes", '''Is there a difference between these two volume lines?

volumes:
  - ./data:/var/lib/mysql
  - mysql_data:/var/lib/mysql'''),
    ("en", "dockerfile-cache", '''How do I make this Dockerfile build faster? It reinstalls everything on each code change.

FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "main.py"]'''),
    ("en", "dockerfile-user", '''Our scanner says "container runs as root". What's the simplest fix?

FROM node:20
WORKDIR /srv
COPY . .
RUN npm ci
CMD ["node", "server.js"]'''),
    ("en", "dockerfile-entrypoint", '''ENTRYPOINT ["/docker-entrypoint.sh"]
CMD ["nginx", "-g", "daemon off;"]

How do ENTRYPOINT and CMD combine here?'''),
    ("en", "env-file", '''Is it OK to commit this .env.example to git?

DATABASE_URL=postgres://user:password@localhost:5432/app
SECRET_KEY=replace-me
STRIPE_API_KEY=sk_test_xxxxxxxxxxxxxxxx
DEBUG=true'''),
    ("en", "env-quotes", '''Do values in a .env file need quotes? This one has a space.

APP_NAME=My Shop
ADMIN_EMAIL="ops@example.com"'''),
    ("en", "nginx-proxy", '''My websocket connections drop through nginx. What am I missing?

location /ws/ {
    proxy_pass http://127.0.0.1:9000;
    proxy_set_header Host $host;
}'''),
    ("en", "nginx-redirect", '''Does this correctly redirect all http traffic to https?

server {
    listen 80;
    server_name example.com www.example.com;
    return 301 https://$host$request_uri;
}'''),
    ("en", "nginx-deny", '''Will this block everyone except our office IP from /admin?

location /admin {
    allow 203.0.113.10;
    deny all;
}'''),
    ("en", "k8s-deploy", '''Why does this deployment never become ready?

readinessProbe:
  httpGet:
    path: /healthz
    port: 8080
  initialDelaySeconds: 0
  periodSeconds: 2

The app takes ~40s to boot.'''),
    ("en", "k8s-secret", '''Is base64 in a Secret manifest actually encryption?

apiVersion: v1
kind: Secret
metadata:
  name: db-creds
data:
  password: cGFzc3dvcmQxMjM='''),
    ("en", "k8s-resources", '''What happens if I set requests higher than limits?

resources:
  requests:
    memory: "1Gi"
  limits:
    memory: "512Mi"'''),
    ("en", "gh-actions", '''Why does this workflow run twice on every PR?

on:
  push:
  pull_request:
    branches: [main]'''),
    ("en", "gh-actions-secrets", '''How do I pass a secret token to this step safely?

- name: Deploy
  run: ./deploy.sh
  env:
    API_TOKEN: ${{ secrets.DEPLOY_TOKEN }}'''),
    ("en", "package-json", '''What's the difference between ^ and ~ here?

"dependencies": {
  "express": "^4.19.2",
  "lodash": "~4.17.21"
}'''),
    ("en", "tsconfig", '''Should strict be true for a new project?

{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "strict": false
  }
}'''),
    ("en", "ini-php", '''Which of these php.ini settings should I change for 50 MB uploads?

upload_max_filesize = 2M
post_max_size = 8M
memory_limit = 128M'''),
    ("en", "ini-git", '''What does autocrlf do in this .gitconfig?

[core]
    autocrlf = input
[user]
    name = Dana Lee'''),
    ("en", "sshd-config", '''I've set these in sshd_config. Anything else you'd recommend for a personal server?

PermitRootLogin no
PasswordAuthentication no
PubkeyAuthentication yes'''),
    ("en", "systemd-unit", '''The service doesn't restart after a crash. Why?

[Service]
ExecStart=/usr/bin/python3 /opt/bot/run.py
Restart=no
User=bot'''),
    ("en", "toml-pyproject", '''Is this the right way to declare an optional dependency group?

[project.optional-dependencies]
dev = ["pytest", "ruff"]'''),
    ("en", "prometheus", '''My scrape target shows as DOWN. Config:

scrape_configs:
  - job_name: api
    static_configs:
      - targets: ["api:9090"]

The app exposes metrics on 8000.'''),
    ("en", "logrotate", '''Will this keep logs for a month?

/var/log/myapp/*.log {
    daily
    rotate 7
    compress
}'''),
    ("en", "crontab", '''Does this run every 5 minutes or at minute 5?

5 * * * * /usr/local/bin/sync.sh'''),
    ("en", "terraform-sg", '''Is opening 22 to 0.0.0.0/0 okay if I use keys only?

ingress {
  from_port   = 22
  to_port     = 22
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0"]
}'''),
    ("en", "eslint", '''How do I turn off just this rule for test files?

{
  "rules": { "no-console": "error" }
}'''),
    ("en", "vscode-settings", '''Why doesn't format on save work?

{
  "editor.formatOnSave": true,
  "editor.defaultFormatter": null
}'''),
    ("en", "redis-conf", '''Is this enough to stop Redis being exposed?

bind 127.0.0.1
protected-mode yes
requirepass use-a-long-random-string'''),
    ("en", "appsettings-json", '''Where should the connection string go for production instead of appsettings.json?

{
  "ConnectionStrings": {
    "Default": "Server=db;Database=shop;User Id=sa;Password=Passw0rd!;"
  }
}'''),
    ("en", "helm-values", '''How do I override image.tag from the command line?

image:
  repository: ghcr.io/acme/web
  tag: "1.4.0"
replicaCount: 2'''),

    # --- Korean
    ("ko", "compose-env", '''도커 컴포즈에서 앱이 DB에 연결이 안 돼요. 뭐가 문제일까요?

services:
  web:
    build: .
    environment:
      - DB_HOST=127.0.0.1
  db:
    image: mysql:8'''),
    ("ko", "dockerfile-size", '''이미지 용량이 1.2GB예요. 줄이는 방법이 있을까요?

FROM python:3.11
COPY . /app
RUN pip install -r /app/requirements.txt'''),
    ("ko", "env-file", '''.env 파일을 깃허브에 올려도 되나요? 내용은 이래요.

DB_USER=admin
DB_PASSWORD=test1234
JWT_SECRET=dev-secret'''),
    ("ko", "nginx-proxy", '''nginx 설정인데 /api로 요청하면 404가 떠요.

location /api/ {
    proxy_pass http://localhost:8080;
}'''),
    ("ko", "nginx-https", '''https로 리다이렉트하는 설정 맞게 했는지 봐 주세요.

server {
    listen 80;
    server_name example.kr;
    return 301 https://$server_name$request_uri;
}'''),
    ("ko", "k8s-deploy", '''replicas를 3으로 했는데 파드가 1개만 떠요.

spec:
  replicas: 3
  template:
    spec:
      containers:
      - name: api
        image: api:latest'''),
    ("ko", "k8s-configmap", '''컨피그맵 값을 바꿨는데 파드에 반영이 안 돼요. 재시작해야 하나요?

apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  LOG_LEVEL: debug'''),
    ("ko", "gh-actions", '''깃허브 액션에서 main 브랜치에 푸시할 때만 배포되게 하려면요?

on:
  push:
    branches: ["*"]'''),
    ("ko", "spring-yml", '''스프링 application.yml인데 포트가 안 바뀌어요.

server:
port: 9090
spring:
  profiles:
    active: dev'''),
    ("ko", "json-settings", '''이 JSON 파일이 파싱 에러가 나요. 어디가 틀렸나요?

{
  "name": "my-app",
  "version": "1.0.0",
  "private": true,
}'''),
    ("ko", "ini-mysql", '''MySQL에서 한글이 깨져요. my.cnf를 어떻게 바꿔야 하나요?

[mysqld]
character-set-server=latin1'''),
    ("ko", "sshd-config", '''sshd_config에서 포트를 2222로 바꿨는데 접속이 안 돼요.

Port 2222
PermitRootLogin prohibit-password'''),
    ("ko", "crontab", '''매일 새벽 3시에 백업하려면 크론탭을 어떻게 써요? 지금은 이렇게 돼 있어요.

0 15 * * * /home/ubuntu/backup.sh'''),
    ("ko", "systemd-unit", '''서버 재부팅하면 서비스가 자동으로 안 켜져요.

[Unit]
Description=My Bot
[Service]
ExecStart=/usr/bin/node /srv/bot/index.js'''),
    ("ko", "package-json-scripts", '''npm run start 하면 "missing script: start"가 나와요.

"scripts": {
  "dev": "vite",
  "build": "vite build"
}'''),
    ("ko", "prettier", '''prettier에서 작은따옴표 쓰게 하려면 어떻게 설정해요?

{
  "semi": true,
  "tabWidth": 2
}'''),
    ("ko", "terraform-sg", '''테라폼으로 보안그룹 만들었는데 3306 포트를 전체 공개해도 괜찮을까요?

cidr_blocks = ["0.0.0.0/0"]
from_port = 3306'''),
    ("ko", "application-properties", '''application.properties에 DB 비밀번호를 이렇게 두면 안 되나요?

spring.datasource.url=jdbc:mysql://localhost:3306/shop
spring.datasource.password=shop1234!'''),
    ("ko", "logback", '''로그 레벨을 패키지별로 다르게 하고 싶어요.

<root level="INFO">
  <appender-ref ref="CONSOLE"/>
</root>'''),
    ("ko", "vite-proxy", '''vite 개발 서버에서 /api 요청을 백엔드로 넘기려면 어떻게 해요?

export default defineConfig({
  server: { port: 5173 }
})'''),
    ("ko", "robots-txt", '''robots.txt를 이렇게 쓰면 관리자 페이지가 검색에 안 나오나요?

User-agent: *
Disallow: /admin/'''),
    ("ko", "helm-values", '''헬름 values.yaml에서 이미지 태그만 배포할 때 바꾸고 싶어요.

image:
  repository: registry.example.kr/web
  tag: "2.1.0"'''),

    ("en", "short-config", "What does `restart: unless-stopped` mean in docker compose?"),
    ("en", "short-config", "Should `.env` be in .gitignore?"),
    ("ko", "short-config", "nginx `client_max_body_size`는 어디에 넣어요?"),
]
