{{/* Names ------------------------------------------------------------------------------------- */}}
{{- define "sg.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "sg.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Leaves room for the longest suffix ("-classifier-models"). */}}
{{- define "sg.classifierName" -}}
{{- printf "%s-classifier" (include "sg.fullname" . | trunc 45 | trimSuffix "-") -}}
{{- end -}}

{{- define "sg.policiesConfigMap" -}}
{{- if .Values.policies.existingConfigMap -}}
{{- .Values.policies.existingConfigMap -}}
{{- else -}}
{{- printf "%s-policies" (include "sg.fullname" . | trunc 54 | trimSuffix "-") -}}
{{- end -}}
{{- end -}}

{{- define "sg.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "sg.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The Secret holding the gateway's own keys. */}}
{{- define "sg.secretName" -}}
{{- default (include "sg.fullname" .) .Values.secrets.existingSecret -}}
{{- end -}}

{{/* Labels -------------------------------------------------------------------------------------- */}}
{{- define "sg.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ include "sg.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: safety-gateway
{{- end -}}

{{- define "sg.gatewaySelectorLabels" -}}
app.kubernetes.io/name: {{ include "sg.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: gateway
{{- end -}}

{{- define "sg.classifierSelectorLabels" -}}
app.kubernetes.io/name: {{ include "sg.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: classifier
{{- end -}}

{{/* Images -------------------------------------------------------------------------------------- */}}
{{- define "sg.gatewayImage" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{- define "sg.classifierImage" -}}
{{- $c := .Values.classifier -}}
{{- $repo := default .Values.image.repository $c.image.repository -}}
{{- $tag := $c.image.tag -}}
{{- if not $tag -}}
{{- $tag = default .Chart.AppVersion .Values.image.tag -}}
{{- if $c.gpu.enabled -}}{{- $tag = printf "%s%s" $tag $c.gpu.imageTagSuffix -}}{{- end -}}
{{- end -}}
{{- printf "%s:%s" $repo $tag -}}
{{- end -}}

{{/* Fixed paths inside the pods ----------------------------------------------------------------- */}}
{{- define "sg.configDir" -}}/etc/safety-gateway/config{{- end -}}
{{- define "sg.policiesDir" -}}/etc/safety-gateway/policies{{- end -}}
{{- define "sg.keysDir" -}}/etc/safety-gateway/keys{{- end -}}
{{- define "sg.dataDir" -}}/var/lib/safety-gateway{{- end -}}

{{/* Which optional secrets exist ------------------------------------------------------------------ */}}
{{- define "sg.pgHasPassword" -}}
{{- $a := .Values.postgresql.auth -}}
{{- if and (not $a.dsnKey) (or $a.existingSecret $a.password) -}}true{{- end -}}
{{- end -}}

{{- define "sg.redisHasPassword" -}}
{{- $a := .Values.redis.auth -}}
{{- if and (not $a.urlKey) (or $a.existingSecret $a.password) -}}true{{- end -}}
{{- end -}}

{{- define "sg.monitoringTokenGenerated" -}}
{{- if and .Values.serviceMonitor.enabled (not .Values.serviceMonitor.tokenSecret.name) (not .Values.secrets.existingSecret) -}}true{{- end -}}
{{- end -}}

{{/* Checks that fail the render with a message instead of a broken install. */}}
{{- define "sg.validate" -}}
{{- if and .Values.audit.enabled (eq .Values.audit.sink "sqlite") (or .Values.gateway.autoscaling.enabled (gt (int .Values.gateway.replicaCount) 1)) -}}
{{- fail "audit.sink sqlite keeps the audit in one pod's volume: use it with gateway.replicaCount 1 and gateway.autoscaling.enabled false, or use audit.sink postgres" -}}
{{- end -}}
{{- if and .Values.audit.enabled (eq .Values.audit.sink "sqlite") (not .Values.gateway.dataVolume.existingClaim) -}}
{{- fail "audit.sink sqlite needs gateway.dataVolume.existingClaim: in an emptyDir the audit would vanish with the pod" -}}
{{- end -}}
{{- if and .Values.audit.enabled (not (has .Values.audit.sink (list "postgres" "sqlite"))) -}}
{{- fail (printf "audit.sink must be postgres or sqlite, not %q" .Values.audit.sink) -}}
{{- end -}}
{{- if and (not .Values.redis.enabled) (or .Values.gateway.autoscaling.enabled (gt (int .Values.gateway.replicaCount) 1)) -}}
{{- fail "redis.enabled false keeps pseudonyms in each pod's memory, so replicas cannot restore each other's: enable Redis or run one replica" -}}
{{- end -}}
{{- if and (not .Values.secrets.existingSecret) (not .Values.secrets.generate) (not .Values.secrets.apiKeys) -}}
{{- fail "secrets: set secrets.existingSecret (see values.yaml for its keys), or secrets.apiKeys with secrets.generate true" -}}
{{- end -}}
{{- if and .Values.classifier.gpu.enabled (not .Values.classifier.enabled) -}}
{{- fail "classifier.gpu.enabled needs classifier.enabled" -}}
{{- end -}}
{{- range $file, $_ := .Values.policies.files -}}
{{- if not (or (hasSuffix ".yaml" $file) (hasSuffix ".yml" $file)) -}}
{{- fail (printf "policies.files: %q must end in .yaml or .yml (other files are not loaded as policies)" $file) -}}
{{- end -}}
{{- end -}}
{{- range .Values.networkPolicy.upstreams -}}
{{- if not .cidr -}}{{- fail "every networkPolicy.upstreams entry needs a cidr" -}}{{- end -}}
{{- end -}}
{{- end -}}

{{/* Probe ---------------------------------------------------------------------------------------- */}}
{{- define "sg.probe" -}}
httpGet:
  path: {{ .path }}
  port: http
periodSeconds: {{ .periodSeconds }}
timeoutSeconds: {{ .timeoutSeconds }}
failureThreshold: {{ .failureThreshold }}
{{- end -}}

{{/* gateway.yaml: the chart's sections, then gateway.config merged over them. */}}
{{- define "sg.gatewayConfig" -}}
{{- $v := .Values -}}
{{- $cfg := dict -}}
{{- $_ := set $cfg "server" (dict "host" "0.0.0.0" "port" (int $v.gateway.port)) -}}
{{- $paths := list -}}
{{- range $v.policies.library -}}
{{- $paths = append $paths (printf "package:policies/library/%s" .) -}}
{{- end -}}
{{- if or $v.policies.files $v.policies.existingConfigMap -}}
{{- $paths = append $paths (include "sg.policiesDir" .) -}}
{{- end -}}
{{- $_ := set $cfg "policy_paths" $paths -}}
{{- if $v.audit.enabled -}}
{{- $audit := dict "sink" $v.audit.sink "spool_dir" (printf "%s/audit-spool" (include "sg.dataDir" .)) "signing_key" (printf "%s/audit-signing.pem" (include "sg.keysDir" .)) "create_signing_key" false "text_mode" $v.audit.textMode "text_hash_key_file" (printf "%s/audit-text-hash.key" (include "sg.keysDir" .)) "dashboard" (dict "session_secret" "${SAFETY_GATEWAY_DASHBOARD_SESSION_SECRET}") -}}
{{- if eq $v.audit.sink "postgres" -}}
{{- $_ := set $audit "postgres_dsn" "${SAFETY_GATEWAY_DATABASE_URL}" -}}
{{- $_ := set $audit "postgres_schema" $v.audit.schema -}}
{{- else -}}
{{- $_ := set $audit "path" (printf "%s/audit.db" (include "sg.dataDir" .)) -}}
{{- end -}}
{{- if $v.audit.verifyKeys -}}
{{- $keys := list -}}
{{- range $name, $_ := $v.audit.verifyKeys -}}
{{- $keys = append $keys (printf "%s/audit-verify-%s.pem" (include "sg.configDir" $) $name) -}}
{{- end -}}
{{- $_ := set $audit "verify_keys" $keys -}}
{{- end -}}
{{- $_ := set $cfg "audit" $audit -}}
{{- end -}}
{{- $provenance := dict "state_dir" (printf "%s/provenance" (include "sg.dataDir" .)) -}}
{{- if $v.provenance.previousPublicKeys -}}
{{- $keys := list -}}
{{- range $name, $_ := $v.provenance.previousPublicKeys -}}
{{- $keys = append $keys (printf "%s/provenance-previous-%s.pem" (include "sg.configDir" $) $name) -}}
{{- end -}}
{{- $_ := set $provenance "previous_public_keys" $keys -}}
{{- end -}}
{{- $_ := set $cfg "provenance" $provenance -}}
{{- if and $v.redis.enabled (hasKey $v.gateway.config "rate_limits") -}}
{{- $_ := set $cfg "rate_limits" (dict "redis_url" "${SAFETY_GATEWAY_REDIS_URL}") -}}
{{- end -}}
{{- if $v.redis.enabled -}}
{{- $_ := set $cfg "pii" (dict "vault" (dict "backend" "redis" "url" "${SAFETY_GATEWAY_REDIS_URL}" "ttl_s" (int $v.redis.vault.ttlS) "prefix" $v.redis.vault.prefix)) -}}
{{- end -}}
{{- if $v.classifier.enabled -}}
{{- $remote := dict "url" (printf "http://%s:%d" (include "sg.classifierName" .) (int $v.classifier.port)) "timeout_s" $v.classifier.client.requestTimeoutS "retries" (int $v.classifier.client.retries) -}}
{{- $_ := set $cfg "classifier" (dict "backend" "remote" "timeout_s" $v.classifier.client.timeoutS "remote" $remote) -}}
{{- else -}}
{{- $local := dict "backend" "local" "device" "cpu" "timeout_s" $v.classifier.client.timeoutS -}}
{{- if $v.gateway.torchThreads -}}{{- $_ := set $local "threads" (int $v.gateway.torchThreads) -}}{{- end -}}
{{- $_ := set $cfg "classifier" $local -}}
{{- end -}}
{{- toYaml (mustMergeOverwrite $cfg (deepCopy $v.gateway.config)) -}}
{{- end -}}

{{/* One key of the chart's Secret, base64: kept from the cluster, else generated, else a failure. */}}
{{- define "sg.pick" -}}
{{- if hasKey .old .key -}}
{{- index .old .key -}}
{{- else if .gen -}}
{{- b64enc .new -}}
{{- else -}}
{{- fail (printf "secrets.generate is false and the chart's Secret has no %q: create your own Secret with every key listed in values.yaml and set secrets.existingSecret" .key) -}}
{{- end -}}
{{- end -}}
