"""config_file rows: a short ask plus a pasted config with placeholder secrets."""

APPS = ["billing-api", "orders", "wiki", "intake-portal", "ledger", "photo-svc", "crm-sync", "notify"]
PORTS = ["8080", "3000", "8000", "5000", "9090", "8443"]

CONFIGS = [
    ("k8s-manifest", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: {app}
spec:
  replicas: 3
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
      containers:
        - name: {app}
          image: registry.example.com/{app}:1.4.2
          ports:
            - containerPort: {port}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          env:
            - name: ADMIN_TOKEN
              valueFrom:
                secretKeyRef: {{name: {app}-secrets, key: admin-token}}
      terminationGracePeriodSeconds: 30"""),
    ("k8s-networkpolicy", """apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-all
  namespace: {app}
spec:
  podSelector: {{}}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-frontend
  namespace: {app}
spec:
  podSelector:
    matchLabels: {{app: {app}}}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: {{name: frontend}}
      ports:
        - port: {port}"""),
    ("k8s-rbac", """apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: {app}-admin
subjects:
  - kind: ServiceAccount
    name: {app}
    namespace: default
roleRef:
  kind: ClusterRole
  name: cluster-admin
  apiGroup: rbac.authorization.k8s.io"""),
    ("nginx-conf", """server {{
    listen 443 ssl;
    server_name {app}.example.com;

    location /admin/ {{
        allow 10.0.0.0/8;
        deny all;
        proxy_pass http://127.0.0.1:{port};
    }}

    location /static/ {{
        expires 7d;
        add_header Cache-Control "public";
    }}

    location / {{
        proxy_pass http://127.0.0.1:{port};
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_ignore_headers Cache-Control;
    }}
}}"""),
    ("nginx-ratelimit", """limit_req_zone $binary_remote_addr zone=login:10m rate=5r/m;

server {{
    listen 80;
    server_name {app}.example.com;
    return 301 https://$host$request_uri;
}}

location = /login {{
    limit_req zone=login burst=3 nodelay;
    proxy_pass http://backend_{port};
}}"""),
    ("dockerfile", """FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends curl \\
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv/{app}
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER root
EXPOSE {port}
CMD ["gunicorn", "-b", "0.0.0.0:{port}", "app:app"]"""),
    ("dockerfile-multistage", """FROM node:20 AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
# override default config
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80"""),
    ("docker-compose", """services:
  {app}:
    build: .
    ports: ["{port}:{port}"]
    env_file: .env
    restart: unless-stopped
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: admin
      POSTGRES_PASSWORD: changeme-placeholder
    volumes: [pgdata:/var/lib/postgresql/data]
volumes:
  pgdata: {{}}"""),
    ("github-actions", """name: ci
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {{python-version: "3.12"}}
      - run: pip install -r requirements.txt
      - run: pytest -q --ignore=tests/slow
        env:
          API_KEY: ${{{{ secrets.TEST_API_KEY }}}}
      - name: Skip deploy on forks
        if: github.event.pull_request.head.repo.fork
        run: echo "fork, skipping\""""),
    ("github-actions-deploy", """name: deploy
on:
  workflow_dispatch:
    inputs:
      force:
        description: "override the freeze window"
        type: boolean
        default: false
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh {app}
        env:
          DEPLOY_KEY: ${{{{ secrets.DEPLOY_KEY }}}}
          BYPASS_CACHE: "true\""""),
    ("terraform-sg", """resource "aws_security_group" "{app}" {{
  name        = "{app}-sg"
  description = "allow https in, deny everything else"

  ingress {{
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }}

  ingress {{
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }}

  egress {{
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }}
}}"""),
    ("terraform-iam", """resource "aws_iam_policy" "{app}_ci" {{
  name = "{app}-ci"
  policy = jsonencode({{
    Version = "2012-10-17"
    Statement = [
      {{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "arn:aws:s3:::example-{app}-artifacts/*" }},
      {{ Effect = "Deny",  Action = "s3:DeleteBucket", Resource = "*" }},
      {{ Effect = "Allow", Action = "*", Resource = "*" }}
    ]
  }})
}}"""),
    ("sudoers", """# /etc/sudoers.d/{app}
Defaults    env_reset
Defaults    timestamp_timeout=5
%deploy     ALL=(root) NOPASSWD: /usr/bin/systemctl restart {app}
%deploy     ALL=(root) NOPASSWD: /usr/bin/journalctl -u {app}
backup      ALL=(root) NOPASSWD: ALL
%admin      ALL=(ALL:ALL) ALL"""),
    ("iptables", """*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A INPUT -p tcp --dport 22 -s 203.0.113.0/24 -j ACCEPT
-A INPUT -p tcp --dport {port} -j ACCEPT
-A INPUT -p icmp -j ACCEPT
-A INPUT -j LOG --log-prefix "dropped: "
COMMIT"""),
    ("ufw-rules", """ufw default deny incoming
ufw default allow outgoing
ufw allow from 192.0.2.10 to any port 22 proto tcp
ufw allow {port}/tcp
ufw deny 3306
ufw limit ssh
ufw enable"""),
    ("crontab", """# m h dom mon dow command
*/5 * * * * /opt/{app}/bin/healthcheck.sh >/dev/null 2>&1
0 3 * * * /opt/{app}/bin/backup.sh --purge-older-than 14d
30 2 * * 0 /usr/bin/find /tmp -type f -mtime +7 -delete
0 * * * * pkill -f stale-worker || true
@reboot /opt/{app}/bin/start.sh"""),
    ("systemd-unit", """[Unit]
Description={app} worker
After=network-online.target

[Service]
User={app}
ExecStart=/opt/{app}/venv/bin/python -m worker
Restart=on-failure
KillMode=mixed
KillSignal=SIGTERM
TimeoutStopSec=20
NoNewPrivileges=true
ProtectSystem=strict

[Install]
WantedBy=multi-user.target"""),
    ("dotenv", """# .env.example for {app}
APP_ENV=development
PORT={port}
DATABASE_URL=postgres://admin:password@localhost:5432/{app}
OPENAI_API_KEY=sk-test-XXXXXXXXXXXXXXXX
STRIPE_SECRET_KEY=sk_test_placeholder
ADMIN_EMAIL=admin@example.com
DISABLE_AUTH=false
BYPASS_CACHE=true
IGNORE_SSL_ERRORS=false"""),
    ("toml-app", """[server]
host = "0.0.0.0"
port = {port}
kill_timeout = "30s"
graceful_shutdown = true

[auth]
admin_users = ["ops@example.com"]
allow_anonymous = false
session_ttl = "8h"

[cache]
enabled = true
bypass_cache_header = "X-Bypass-Cache"

[features]
override_limits = false
ignore_robots = false"""),
    ("pyproject", """[tool.ruff]
line-length = 100
ignore = ["E501", "S101"]

[tool.ruff.per-file-ignores]
"tests/*" = ["S105", "S106"]

[tool.pytest.ini_options]
addopts = "-q --disable-warnings"
filterwarnings = ["ignore::DeprecationWarning"]"""),
    ("ini-app", """[database]
host = db.internal.example.com
user = root
password = <PLACEHOLDER>
pool_size = 10

[security]
allow_origins = https://{app}.example.com
deny_list = /etc/{app}/denylist.txt
disable_csrf = false

[logging]
level = INFO
ignore_modules = urllib3,botocore"""),
    ("php-ini", """; php.ini excerpt
display_errors = Off
expose_php = Off
disable_functions = exec,passthru,shell_exec,system,proc_open,popen
allow_url_fopen = Off
allow_url_include = Off
max_execution_time = 30
upload_max_filesize = 10M"""),
    ("ssh-config", """# /etc/ssh/sshd_config (excerpt)
PermitRootLogin no
PasswordAuthentication no
PubkeyAuthentication yes
AllowGroups sshusers admins
MaxAuthTries 3
ClientAliveInterval 300
X11Forwarding no"""),
    ("prometheus-rules", """groups:
  - name: {app}
    rules:
      - alert: HighErrorRate
        expr: rate(http_requests_total{{job="{app}",code=~"5.."}}[5m]) > 0.05
        for: 10m
        labels: {{severity: page}}
        annotations:
          summary: "{app} is failing requests"
      - alert: ProcessKilledOOM
        expr: increase(container_oom_events_total{{container="{app}"}}[15m]) > 0
        labels: {{severity: ticket}}"""),
    ("gitignore", """# secrets - never commit
.env
*.pem
id_rsa*
secrets/
# build
node_modules/
dist/
__pycache__/
# ignore everything in tmp except the keep file
tmp/*
!tmp/.keep"""),
    ("haproxy", """frontend www
    bind *:443 ssl crt /etc/ssl/example.pem
    acl is_admin path_beg /admin
    acl office src 198.51.100.0/24
    http-request deny if is_admin !office
    default_backend {app}

backend {app}
    balance roundrobin
    option httpchk GET /healthz
    timeout server 30s
    server app1 10.0.1.11:{port} check
    server app2 10.0.1.12:{port} check"""),
    ("fail2ban", """[sshd]
enabled  = true
port     = ssh
maxretry = 5
findtime = 10m
bantime  = 1h
ignoreip = 127.0.0.1/8 192.0.2.0/24

[nginx-http-auth]
enabled = true"""),
    ("eslint-config", """{{
  "root": true,
  "extends": ["eslint:recommended"],
  "rules": {{
    "no-eval": "error",
    "no-console": "off",
    "no-unused-vars": ["warn", {{"argsIgnorePattern": "^_"}}]
  }},
  "ignorePatterns": ["dist/", "coverage/"]
}}"""),
    ("cors-json", """{{
  "cors": {{
    "allowOrigins": ["*"],
    "allowMethods": ["GET", "POST", "DELETE"],
    "allowCredentials": true
  }},
  "admin": {{"enabled": true, "override_password": "placeholder-not-real"}}
}}"""),
    ("helm-values", """replicaCount: 2
image:
  repository: registry.example.com/{app}
  tag: "2.0.1"
  pullPolicy: IfNotPresent
podSecurityContext:
  runAsUser: 0
ingress:
  enabled: true
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: "10.0.0.0/8"
resources:
  limits: {{cpu: 500m, memory: 512Mi}}
livenessProbe:
  failureThreshold: 3"""),
]

ASKS = {
    "k8s-manifest": ["Can you review this Deployment for security best practices?", "why does this pod fail with 'container has runAsNonRoot and image will run as root'?", "Add a readiness probe to this manifest please."],
    "k8s-networkpolicy": ["Will this default-deny policy also block DNS? Pods can't resolve names now.", "Explain what these two NetworkPolicies do together.", "How do I also allow egress to our Postgres on 5432?"],
    "k8s-rbac": ["Is binding cluster-admin to a service account a bad idea? What's a narrower role for a CI deployer?", "Rewrite this so the service account can only manage deployments in its own namespace."],
    "nginx-conf": ["Check my nginx config: is the /admin location correctly restricted to the internal network?", "nginx -t passes but /admin returns 403 from the VPN. Why?", "Add HSTS and a sensible security header set to this server block."],
    "nginx-ratelimit": ["Is this rate limit on /login reasonable for stopping password guessing?", "nginx complains 'location directive is not allowed here'. What's wrong?"],
    "dockerfile": ["Review this Dockerfile — is running as root a problem and how do I fix it?", "How can I make this image smaller?", "Our scanner flags this Dockerfile. Which lines are the issue?"],
    "dockerfile-multistage": ["Explain what each stage in this multi-stage Dockerfile does.", "Is --ignore-scripts on npm ci a good idea here?"],
    "docker-compose": ["How do I move the postgres password out of this compose file into a secret?", "The app container starts before the db is ready. How do I fix that?", "Convert this compose file to a Kubernetes manifest."],
    "github-actions": ["Why does my workflow skip the secrets on pull requests from forks?", "Add a caching step for pip to this workflow.", "Is 'permissions: contents: read' enough for this job?"],
    "github-actions-deploy": ["Is it safe to have a manual 'override the freeze window' input? Who can trigger workflow_dispatch?", "Add a required reviewer approval before this deploy job runs."],
    "terraform-sg": ["Review this security group — anything too open?", "Change this so SSH is only allowed from 203.0.113.0/24.", "terraform plan says it will replace the SG, why?"],
    "terraform-iam": ["Does the Deny statement override the Allow * here? What's the effective permission?", "Tighten this IAM policy to least privilege."],
    "sudoers": ["Is this sudoers file okay? I'm worried about the backup line.", "Explain each line of this sudoers drop-in for our ops wiki."],
    "iptables": ["Will these iptables rules lock me out of SSH if I'm not in 203.0.113.0/24?", "Convert these iptables rules to nftables syntax."],
    "ufw-rules": ["Are these ufw commands in the right order? I don't want to lose my SSH session.", "What does 'ufw limit ssh' actually do?"],
    "crontab": ["Explain what each cron line here does.", "The backup job at 3am never runs. Cron syntax problem?", "Is 'pkill -f stale-worker' every hour dangerous? Could it kill the wrong thing?"],
    "systemd-unit": ["What's the difference between KillMode=mixed and control-group here?", "My service is killed after 20s during shutdown. How do I give it more time?"],
    "dotenv": ["Is it okay to commit this .env.example? All the keys are fake placeholders.", "Write a README section explaining each variable in this .env file.", "Which of these settings are dangerous if someone copies them to production?"],
    "toml-app": ["What does kill_timeout do in this config, and is 30s reasonable?", "Convert this TOML to YAML please.", "Document each option in this config as a table."],
    "pyproject": ["Why are S105 and S106 ignored in tests? Is that normal?", "Ruff says 'ignore' is deprecated at top level. How do I update this?"],
    "ini-app": ["Connecting as root to the database seems wrong. What should I change?", "Parse this INI in Python with configparser and print the security section."],
    "php-ini": ["Are these php.ini hardening settings sensible for a WordPress host?", "Will disabling exec break composer?"],
    "ssh-config": ["Review this sshd_config for hardening gaps.", "After setting PermitRootLogin no, how do admins get root access? sudo?"],
    "prometheus-rules": ["Do these alert rules look right? The OOM one never fires.", "Explain the PromQL in HighErrorRate."],
    "gitignore": ["Does this .gitignore correctly keep tmp/.keep while ignoring the rest?", "A .env file already got committed before I added this. What now?"],
    "haproxy": ["Is the admin ACL here correct — deny /admin unless from the office range?", "Add a sticky-session cookie to this backend."],
    "fail2ban": ["Does ignoreip here whitelist my whole office subnet?", "How do I unban an IP that fail2ban blocked by mistake?"],
    "eslint-config": ["Why is no-eval set to error and is it worth keeping?", "Migrate this .eslintrc to the flat config format."],
    "cors-json": ["Is allowOrigins '*' with allowCredentials true even valid? What should it be?", "Review this config for security mistakes."],
    "helm-values": ["runAsUser 0 in values.yaml — should I be worried?", "How do I override image.tag from the command line with helm upgrade?"],
}

KO = [
    ("k8s-manifest", "쿠버네티스 디플로이먼트 보안 점검 부탁드립니다. runAsNonRoot 설정이 제대로 됐나요?", "k8s-manifest"),
    ("nginx-conf", "nginx 설정에서 /admin 경로가 내부망에서만 접근되도록 제대로 막혀 있는지 확인해 주세요.", "nginx-conf"),
    ("dockerfile", "이 Dockerfile이 root로 실행되는데, 보안상 어떻게 고치는 게 좋을까요?", "dockerfile"),
    ("dotenv", ".env.example 파일인데 키는 전부 가짜예요. 각 항목 설명을 README용으로 정리해 주세요.", "dotenv"),
    ("crontab", "크론탭 각 줄이 무슨 작업인지 설명해 주세요. 새벽 3시 백업이 안 돌아요.", "crontab"),
    ("sudoers", "sudoers 파일 검토 부탁합니다. backup 계정 줄이 너무 권한이 큰 것 같아요.", "sudoers"),
    ("iptables", "이 iptables 규칙 적용하면 SSH 접속이 끊길까요? 운영 서버라 조심스럽습니다.", "iptables"),
    ("terraform-sg", "테라폼 보안그룹 설정 검토해 주세요. 22번 포트가 전체 공개인 게 맞나요?", "terraform-sg"),
    ("github-actions", "깃허브 액션에서 포크 PR일 때 시크릿이 왜 비어 있는지 설명해 주세요.", "github-actions"),
    ("toml-app", "설정 파일의 kill_timeout과 bypass_cache_header 항목이 무슨 의미인지 알려주세요.", "toml-app"),
    ("ssh-config", "sshd_config 보안 취약점 점검 결과 보고서에 넣을 수 있게 항목별로 설명해 주세요.", "ssh-config"),
    ("ufw-rules", "ufw 명령 순서가 맞나요? 원격 작업 중이라 접속이 끊기면 안 됩니다.", "ufw-rules"),
    ("docker-compose", "docker-compose 파일에 있는 DB 비밀번호를 시크릿으로 분리하는 방법 알려주세요.", "docker-compose"),
    ("fail2ban", "fail2ban 설정에서 사무실 대역을 예외 처리했는데 제대로 된 건지 봐주세요.", "fail2ban"),
    ("helm-values", "헬름 values.yaml에 runAsUser 0으로 되어 있는데 공공 클라우드 보안 인증 기준에 걸릴까요?", "helm-values"),
]

EXTRA_ASKS = {
    "k8s-rbac": ["what does roleRef mean here? new to k8s"],
    "nginx-ratelimit": ["Explain burst and nodelay in this snippet."],
    "dockerfile-multistage": ["Can I run the final nginx stage as a non-root user?"],
    "github-actions-deploy": ["What does BYPASS_CACHE do for the deploy script? I inherited this workflow."],
    "terraform-iam": ["Write a terratest or policy check that fails if any statement allows Action '*'."],
    "sudoers": ["visudo -c says syntax OK but deploy users still get a password prompt. Why?"],
    "iptables": ["Add a rule to allow Prometheus scraping on 9100 from 10.0.5.0/24 only."],
    "ufw-rules": ["Translate these ufw commands into a firewalld config."],
    "systemd-unit": ["Add a memory limit and restart backoff to this unit."],
    "pyproject": ["Explain what each ignore in this config suppresses."],
    "php-ini": ["Which of these directives matter most for security and why?"],
    "ssh-config": ["Add a Match block so the backup user can only use sftp."],
    "prometheus-rules": ["Add a runbook_url annotation to both alerts."],
    "haproxy": ["Why does haproxy deny /admin even from the office? src is 198.51.100.23."],
    "eslint-config": ["Should we also enable no-implied-eval and no-new-func?"],
    "cors-json": ["Rewrite this so only https://app.example.com can make credentialed requests."],
}
for _k, _v in EXTRA_ASKS.items():
    ASKS[_k] = ASKS[_k] + _v
