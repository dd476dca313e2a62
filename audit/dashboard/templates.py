"""Server-rendered pages (Jinja2, autoescaped). Inline CSS and SVG: no CDN, no JavaScript needed."""

from __future__ import annotations

CSS = """
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Noto Sans KR","Noto Sans CJK KR",
"Malgun Gothic",sans-serif;color:#1d2330;background:#f4f6f9}a{color:#1f5fbf}
header{background:#1d2a44;color:#fff;padding:10px 20px;display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center}
header a{color:#dfe7f5;text-decoration:none;white-space:nowrap}header a.on{color:#fff;font-weight:600;
border-bottom:2px solid #7fb0ff}header .sp{flex:1}header .who{white-space:nowrap}
main{padding:18px 20px;max-width:1500px;margin:auto}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{background:#fff;border-radius:8px;padding:12px 16px;
box-shadow:0 1px 2px #0002;min-width:150px}.card b{display:block;font-size:24px}.panel{background:#fff;border-radius:8px;
padding:14px 16px;margin:14px 0;box-shadow:0 1px 2px #0002;min-width:0}h1{font-size:20px}h2{font-size:16px;margin:0 0 10px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e7ee;
vertical-align:top}th{background:#f0f3f8;font-weight:600;white-space:nowrap}
.scroll{overflow-x:auto}td.time{white-space:nowrap}td.id,.id{overflow-wrap:anywhere;word-break:break-all;min-width:9em}
form.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:end}
form.filters label{display:flex;flex-direction:column;font-size:12px;color:#555}
input,select,button{font:inherit;padding:5px 8px;border:1px solid #c4cad4;border-radius:5px;max-width:100%}
button,.btn{background:#1f5fbf;color:#fff;border:0;cursor:pointer;padding:6px 12px;border-radius:5px;
text-decoration:none;display:inline-block;white-space:nowrap}.btn.alt{background:#5b6577}
.tag{display:inline-block;padding:1px 7px;border-radius:9px;font-size:12px;background:#e4e8ef;white-space:nowrap;
line-height:1.5}.rule{display:inline-block;white-space:nowrap;margin:0 4px 2px 0}
.rid{overflow-wrap:anywhere}td.rules{min-width:14em}.labelling{color:#6b7382;font-size:12px}
.d-block{background:#fbd5d5;color:#8a1010}.d-flag{background:#ffeab5;color:#7a5200}
.d-redact,.d-pseudonymize{background:#d9e8ff;color:#174a99}.d-allow{background:#d8f3df;color:#135c28}
.d-route{background:#e8defa;color:#4b2a8a}.d-error{background:#e6e6e6;color:#333}
.ok{color:#135c28;font-weight:600}.bad{color:#a01010;font-weight:600}pre{white-space:pre-wrap;overflow-wrap:anywhere;
background:#f6f7fa;padding:10px;border-radius:6px;border:1px solid #e3e7ee}
.grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:14px}
dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:4px 14px;margin:0}dt{color:#5b6577}
dd{margin:0;min-width:0;overflow-wrap:anywhere}code{overflow-wrap:anywhere}a.open{white-space:nowrap}.muted{color:#6b7382}
.zone{font-size:12px;color:#5b6577}header .zone{color:#c3cde0;white-space:nowrap}.login{max-width:340px;margin:80px auto}.login input{width:100%;margin:4px 0 10px}
.setup{max-width:760px;margin:40px auto}#chart-days{max-height:300px}.err{color:#a01010}
@media(max-width:1100px){.grid{grid-template-columns:minmax(0,1fr)}}
"""

BASE = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{ t.title }}</title><style>{{ css }}</style></head><body>
<header><strong>{{ t.title }}</strong>
{% if user %}
<a href="{{ base }}/" class="{{ 'on' if page == 'overview' }}" id="nav-overview">{{ t.overview }}</a>
<a href="{{ base }}/records" class="{{ 'on' if page == 'records' }}" id="nav-records">{{ t.records }}</a>
<a href="{{ base }}/integrity" class="{{ 'on' if page == 'integrity' }}" id="nav-integrity">{{ t.integrity }}</a>
{% if can_verify_text %}<a href="{{ base }}/verify" class="{{ 'on' if page == 'verify' }}" id="nav-verify">{{ t.vt_nav }}</a>{% endif %}
{% if can_report %}<a href="{{ base }}/report" class="{{ 'on' if page == 'report' }}" id="nav-report">{{ t.report }}</a>{% endif %}
{% endif %}
<span class="sp"></span>
<span class="zone" id="zone" title="{{ t.times_in }}">{{ t.times_in }}: {{ tz_label }}</span>
<a href="?{{ lang_query }}" id="lang">{{ t.language }}</a>
{% if user %}<span class="who">{{ user.u }} · {{ t.role }}: {{ user.r }}</span>
<form method="post" action="{{ base }}/logout" style="margin:0"><input type="hidden" name="csrf" value="{{ csrf }}">
<button class="btn alt" id="logout">{{ t.logout }}</button></form>{% endif %}
</header><main>{% block body %}{% endblock %}</main></body></html>"""

LOGIN = """{% extends "base" %}{% block body %}<div class="panel login"><h1>{{ t.login }}</h1>
{% if locked %}<p class="err" id="login-locked">{{ t.locked.format(s=locked) }}</p>
{% elif error %}<p class="err" id="login-error">{{ t.bad_login }}</p>{% endif %}
<form method="post" action="{{ base }}/login"><label>{{ t.username }}<input name="username" id="username"
 autocomplete="username" required></label><label>{{ t.password }}<input type="password" name="password" id="password"
 autocomplete="current-password" required></label><input type="hidden" name="next" value="{{ next }}">
<button type="submit" id="login-submit">{{ t.login }}</button></form>
<p class="muted">{{ t.raw_pii_note }}</p></div>{% endblock %}"""

FILTERS = """<form class="filters" method="get" action="{{ action }}">
<label>{{ t.since }}<input type="date" name="since" value="{{ f.since or '' }}"></label>
<label>{{ t.until }}<input type="date" name="until" value="{{ f.until or '' }}"></label>
<label>{{ t.tenant }}<input name="tenant" value="{{ f.tenant or '' }}" size="12" id="f-tenant"></label>
<label>{{ t.model }}<input name="model" value="{{ f.model or '' }}" size="12" id="f-model"></label>
{% if full %}<label>{{ t.decision }}<select name="decision" id="f-decision"><option value="">{{ t.any }}</option>
{% for d in decisions %}<option value="{{ d }}" {{ 'selected' if f.decision == d }}>{{ dl[d] }}</option>{% endfor %}
</select></label>
<label>{{ t.rule }}<input name="rule" value="{{ f.rule or '' }}" size="14" id="f-rule"></label>
<label>{{ t.request_id }}<input name="request_id" value="{{ f.request_id or '' }}" size="14"></label>
<label>{{ t.client_request_id }}<input name="client_request_id" value="{{ f.client_request_id or '' }}" size="14"></label>{% endif %}
<label>{{ t.kind }}<select name="kind" id="f-kind">{% for k in ('request', 'dashboard', 'all') %}
<option value="{{ k }}" {{ 'selected' if (f.kind or 'request') == k }}>{{ t['kind_' ~ k] }}</option>{% endfor %}</select></label>
<button type="submit" id="f-submit">{{ t.filter }}</button> <a class="btn alt" href="{{ action }}">{{ t.reset }}</a>
</form>"""

OVERVIEW = """{% extends "base" %}{% block body %}<h1>{{ t.overview }}</h1>
<div class="panel">{% with action=base ~ '/', full=False %}{% include "filters" %}{% endwith %}</div>
<div class="cards"><div class="card">{{ t.requests }}<b id="total">{{ s.total }}</b></div>
<div class="card">{{ t.blocks }}<b id="blocks">{{ s.by_decision.get('block', 0) }}</b></div>
<div class="card">{{ t.flags }}<b>{{ s.by_decision.get('flag', 0) }}</b></div>
<div class="card">{{ t.redactions }}<b>{{ s.by_decision.get('redact', 0) + s.by_decision.get('pseudonymize', 0) }}</b></div></div>
{% if not s.total %}<div class="panel">{{ t.no_data }}</div>{% else %}
<div class="panel"><h2>{{ t.by_day }} <span class="zone" id="days-zone">({{ t.days_in }} {{ s.time_zone }})</span></h2>{{ day_chart }}</div>
<div class="grid"><div class="panel"><h2>{{ t.by_rule }}</h2>{{ rule_chart }}</div>
<div class="panel"><h2>{{ t.by_tenant }}</h2>{{ tenant_chart }}</div>
<div class="panel"><h2>{{ t.by_model }}</h2>{{ model_chart }}</div></div>{% endif %}{% endblock %}"""

RECORDS = """{% extends "base" %}{% block body %}<h1>{{ t.records }}</h1>
<div class="panel">{% with action=base ~ '/records', full=True %}{% include "filters" %}{% endwith %}
<p><a class="btn alt" id="export-csv" href="{{ base }}/export?format=csv&{{ fq }}">{{ t.export_csv }}</a>
<a class="btn alt" id="export-jsonl" href="{{ base }}/export?format=jsonl&{{ fq }}">{{ t.export_jsonl }}</a></p></div>
<div class="panel">{% if not items %}{{ t.no_data }}{% else %}<div class="scroll"><table id="records"><thead><tr>
<th>{{ t.time }} <span class="zone">({{ tz_name }})</span></th>
<th>{{ t.request_id }}</th><th>{{ t.tenant }}</th><th>{{ t.model }}</th><th>{{ t.decision }}</th><th>{{ t.deciding_rules }}</th>
<th>{{ t.pii }}</th><th></th></tr></thead><tbody>
{% for it in items %}{% set r = it.r %}<tr><td class="time">{{ r.started_at|local(tz) }}</td><td class="id">{{ r.request_id }}</td><td>{{ r.tenant }}</td>
<td>{% if r.kind == 'dashboard' %}<span class="event">{{ r.labels.get('event', '') }}</span> {{ r.actor or '' }}{% else %}{{ r.model_alias or '' }}{% endif %}</td><td><span class="tag d-{{ r.decision }}">{{ dl[r.decision] }}</span></td>
<td class="rules">{% for h in r.rules|rejectattr('labels_only')|unique(attribute='rule_id') %}<div class="rid">{{ h.rule_id }}</div>{% endfor %}
{% set lab = r.rules|selectattr('labels_only')|map(attribute='rule_id')|unique|list %}{% if lab %}<div class="labelling" title="{{ t.labelling_rules }}">{{ t.labelling_short }}: {{ lab|join(', ') }}</div>{% endif %}</td>
<td class="pii">{% for p in r.pii if p.count %}<span class="rule">{{ p.entity_type }}×{{ p.count }}{% if p.stage %} <span class="muted">{{ t['stage_' ~ p.stage] }}</span>{% endif %}</span>{% endfor %}</td>
<td><a href="{{ base }}/records/{{ it.row_id }}" class="open">{{ t.open }}</a></td></tr>{% endfor %}
</tbody></table></div>{% endif %}
<p>{% if cursor %}<a class="btn alt" href="{{ base }}/records?{{ fq }}">{{ t.first_page }}</a>{% endif %}
{% if next_cursor %}<a class="btn" id="next" href="{{ base }}/records?{{ fq }}&cursor={{ next_cursor }}">{{ t.next_page }}</a>{% endif %}</p>
</div>{% endblock %}"""

RECORD = """{% extends "base" %}{% block body %}<h1>{{ t.record }} {{ r.request_id }}</h1>
<div class="grid"><div class="panel"><dl>
<dt>{{ t.time }}</dt><dd id="times">{{ r.started_at|local(tz) }} → {{ r.finished_at|local(tz) }} <span class="zone">({{ tz_name }})</span></dd>
<dt>{{ t.tenant }}</dt><dd>{{ r.tenant }}</dd><dt>{{ t.key_id }}</dt><dd>{{ r.key_id or '' }}</dd>
<dt>{{ t.client }}</dt><dd>{{ r.client_addr or '' }}</dd><dt>{{ t.endpoint }}</dt><dd>{{ r.endpoint }}</dd>
<dt>{{ t.client_request_id }}</dt><dd id="client-request-id">{{ r.client_request_id or '' }}</dd>
{% if r.kind == 'dashboard' %}<dt>{{ t.kind }}</dt><dd id="kind">{{ t.kind_dashboard }}</dd>
<dt>{{ t.actor }}</dt><dd id="actor">{{ r.actor or '' }}</dd>
<dt>{{ t.event }}</dt><dd id="event">{% for k, v in r.labels.items() %}{{ k }}={{ v }}{{ ', ' if not loop.last }}{% endfor %}</dd>{% endif %}
<dt>{{ t.model }}</dt><dd>{{ r.model_alias or '' }}</dd><dt>{{ t.deployment }}</dt><dd>{{ r.deployment or '' }}</dd>
<dt>{{ t.zone }}</dt><dd>{{ r.zone or '' }}</dd>
<dt>{{ t.policy }}</dt><dd id="policy">{{ r.policy_name or '' }}</dd><dt>{{ t.version }}</dt><dd>{{ r.policy_version or '' }}</dd>
<dt>{{ t.mode }}</dt><dd>{{ r.mode or '' }}</dd>
<dt>{{ t.decision }}</dt><dd><span class="tag d-{{ r.decision }}" id="decision">{{ dl[r.decision] }}</span></dd>
<dt>{{ t.upstream }}</dt><dd>{{ r.upstream_status or '' }}</dd>
<dt>{{ t.provenance }}</dt><dd id="provenance">{{ r.provenance_id or '' }}</dd>
{% if r.usage %}<dt>{{ t.usage }}</dt><dd>{{ r.usage.prompt_tokens }} + {{ r.usage.completion_tokens }} = {{ r.usage.total_tokens }}</dd>
<dt>{{ t.cost }}</dt><dd>{{ r.usage.cost_usd if r.usage.cost_usd is not none else '' }}</dd>{% endif %}
{% if r.stream_stop %}<dt>{{ t.stream_stop }}</dt><dd>{{ r.stream_stop.rule_id or '' }} {{ r.stream_stop.reason or '' }}
(chunk {{ r.stream_stop.chunk_index }})</dd>{% endif %}
<dt>{{ t.latency }}</dt><dd>{% for k, v in r.latency_ms.items() %}{{ k }}: {{ v }}{{ ', ' if not loop.last }}{% endfor %}</dd>
</dl></div>
<div class="panel"><h2>{{ t.chain_status }}</h2>
<p id="chain-status" class="{{ 'ok' if st.ok else 'bad' }}">{{ t.chain_ok if st.ok else t.chain_bad }}</p>
<dl id="chain"><dt>chain</dt><dd class="id">{{ chain_id }}</dd><dt>seq</dt><dd>{{ seq }}</dd><dt>hash</dt><dd><code>{{ record_hash }}</code></dd></dl>
<p id="checkpoint">{% if st.checkpoint %}{{ t.covered_by }}: {{ st.checkpoint.kind }} @ seq {{ st.checkpoint.seq }}
({{ st.checkpoint.created_at|local(tz) }}, key <code>{{ st.checkpoint.key_id }}</code>){% else %}<span class="muted">{{ t.not_covered }}</span>{% endif %}</p>
</div></div>
<div class="panel"><h2>{{ t.findings }}</h2>
{% for title, tid, hits in ((t.deciding_rules, 'findings', r.rules|rejectattr('labels_only')|list),
 (t.labelling_rules, 'labelling', r.rules|selectattr('labels_only')|list)) %}
<h3>{{ title }}</h3>{% if not hits %}<p class="muted" id="{{ tid }}-none">{{ t.none }}</p>{% else %}<div class="scroll"><table><thead><tr><th>{{ t.rule }}</th><th>{{ t.action }}</th>
<th>{{ t.detector }}</th><th>{{ t.score }}</th><th>{{ t.stage }}</th></tr></thead><tbody id="{{ tid }}">{% for h in hits %}<tr><td class="id">{{ h.rule_id }}</td>
<td>{{ h.action }}</td><td>{{ h.detector or '' }}</td><td>{{ h.score if h.score is not none else '' }}</td>
<td>{{ h.stage or '' }}</td></tr>{% endfor %}</tbody></table></div>{% endif %}{% endfor %}
<p id="pii">{{ t.pii }}: {% for p in r.pii %}<span class="tag">{{ p.entity_type }} × {{ p.count }}{% if p.stage %} ({{ t['stage_' ~ p.stage] }}){% endif %}</span> {% endfor %}</p>
<p>{{ t.classifier }}: {% for c in r.classifier %}<span class="tag">{{ c.category }} {{ '%.3f'|format(c.score) }}</span> {% endfor %}</p></div>
<div class="panel"><h2>{{ t.prompt }} / {{ t.response }}</h2><p class="muted">{{ t.text_mode }}: {{ r.text_mode }}.
{{ t.raw_pii_note }}</p>
<h3>{{ t.prompt }}</h3>{% if r.prompt is none %}<p class="muted">{{ t.none_stored }}</p>{% else %}<pre id="prompt">{{ r.prompt }}</pre>{% endif %}
<h3>{{ t.response }}</h3>{% if r.response is none %}<p class="muted">{{ t.none_stored }}</p>{% else %}<pre id="response">{{ r.response }}</pre>{% endif %}
</div>{% endblock %}"""

INTEGRITY = """{% extends "base" %}{% block body %}<h1>{{ t.integrity }}</h1><div class="panel">
<h2>{{ t.last_verify }}</h2>{% if not rep %}<p class="muted" id="verify-result">{{ t.never_verified }}</p>{% else %}
<p id="verify-result" class="{{ 'ok' if rep.ok else 'bad' }}">{{ t.verify_ok if rep.ok else t.verify_bad }}
— {{ rep.at|local(tz) }} ({{ tz_name }}), {{ rep.seconds }} s, {{ rep.by }}</p><dl><dt>{{ t.chains }}</dt><dd>{{ rep.chains }}</dd><dt>{{ t.records }}</dt>
<dd>{{ rep.records }}</dd><dt>{{ t.checkpoints }}</dt><dd>{{ rep.checkpoints }}</dd></dl>
{% for w in rep.warnings %}<p class="muted">{{ w }}</p>{% endfor %}
{% if rep.first %}<h3>{{ t.first_bad }}</h3><pre id="first-bad">{{ rep.first }}</pre>{% endif %}
{% if rep.others %}<pre>{% for p in rep.others %}{{ p }}
{% endfor %}</pre>{% endif %}{% endif %}
{% if can_verify %}<form method="post" action="{{ base }}/integrity" style="margin-top:12px"><input type="hidden" name="csrf" value="{{ csrf }}">
<button id="verify-now">{{ t.verify_now }}</button></form>{% else %}<p class="muted">{{ t.not_allowed }}</p>{% endif %}
</div>{% endblock %}"""

VERIFY = """{% extends "base" %}{% block body %}<h1>{{ t.vt_title }}</h1><div class="panel">
<p class="muted">{{ t.vt_intro }}</p>
<form method="post" action="{{ base }}/verify"><input type="hidden" name="csrf" value="{{ csrf }}">
<textarea name="text" id="verify-text" rows="10" style="width:100%" required>{{ text }}</textarea>
<button type="submit" id="verify-text-submit" style="margin-top:8px">{{ t.vt_submit }}</button></form>
{% if error %}<p class="err" id="verify-text-error">{{ error }}</p>{% endif %}</div>
{% if res %}<div class="panel"><p id="text-verify-result" class="{{ 'ok' if res.ok else 'bad' }}">
{{ t['vt_exit_%d' % res.exit_code] }} ({{ t.vt_exit }} {{ res.exit_code }})</p>
<dl><dt>{{ t.vt_marks }}</dt><dd id="vt-marks">{{ res.marks }}</dd><dt>{{ t.vt_requests }}</dt>
<dd id="vt-requests">{{ res.request_ids|join(', ') }}</dd><dt>{{ t.vt_audit_checked }}</dt><dd id="vt-audit">{{ res.audit_checked }}</dd></dl>
{% if res.segments %}<div class="scroll"><table id="vt-segments"><thead><tr><th>#</th><th>{{ t.vt_evidence }}</th>
<th>{{ t.vt_record }}</th><th>{{ t.vt_state }}</th></tr></thead><tbody>
{% for g in res.segments %}<tr><td>{{ g.index + 1 }}</td><td>{{ t['vt_ev_' ~ (g.evidence or 'none')] }}</td>
<td>{% if g.record %}<a href="{{ base }}/records?request_id={{ g.record }}">{{ g.record }}</a>{% endif %}</td>
<td class="{{ 'bad' if g.altered or not g.signature_valid else 'ok' }}">{{ t.vt_altered if g.altered else
(t.vt_invalid if not g.signature_valid else (t.vt_partial if g.partial else t.vt_good)) }}</td></tr>{% endfor %}
</tbody></table></div>{% endif %}
{% if res.reasons %}<ul id="vt-reasons">{% for r in res.reasons %}<li>{{ r }}</li>{% endfor %}</ul>{% endif %}
</div>{% endif %}{% endblock %}"""

SETUP = """{% extends "base" %}{% block body %}<div class="panel setup" id="setup"><h1>{{ t.setup_title }}</h1>
<p>{{ t.setup_intro }}</p>
<pre id="setup-add">safety-gateway audit add-user kim --role compliance --config gateway.yaml</pre>
<p>{{ t.setup_step_add }}</p>
<p>{{ t.setup_step_yaml }}</p>
<pre id="setup-yaml">audit:
  dashboard:
    users:
      - username: kim
        password_hash: "scrypt$16384$8$1$..."   # {{ t.setup_paste }}
        role: compliance</pre>
<p class="muted">{{ t.setup_step_sso }}</p></div>{% endblock %}"""

REPORT = """{% extends "base" %}{% block body %}<h1>{{ t.report }}</h1><div class="panel">
<p>{{ t.report_intro }}</p>
{% if error %}<p class="err" id="report-error">{{ error }}</p>{% endif %}
<form class="filters" method="get" action="{{ base }}/report" id="report-form">
<label>{{ t.since }}<input type="date" name="since" value="{{ rf.since }}" required id="r-since"></label>
<label>{{ t.until }}<input type="date" name="until" value="{{ rf.until }}" required id="r-until"></label>
<label>{{ t.report_format }}<select name="format" id="r-format">{% for x in ('pdf', 'html') %}
<option value="{{ x }}" {{ 'selected' if rf.format == x }}>{{ x|upper }}</option>{% endfor %}</select></label>
<label>{{ t.report_lang }}<select name="lang" id="r-lang"><option value="ko" {{ 'selected' if rf.lang == 'ko' }}>한국어</option>
<option value="en" {{ 'selected' if rf.lang == 'en' }}>English</option></select></label>
<label>{{ t.report_package }}<select name="package" id="r-package"><option value="zip">{{ t.report_zip }}</option>
<option value="file" {{ 'selected' if rf.package == 'file' }}>{{ t.report_only }}</option></select></label>
<button type="submit" id="r-submit">{{ t.report_download }}</button></form>
<p class="zone">{{ t.times_in }}: {{ tz_label }}</p></div>{% endblock %}"""

TEMPLATES = {
    "base": BASE,
    "login": LOGIN,
    "filters": FILTERS,
    "overview": OVERVIEW,
    "records": RECORDS,
    "record": RECORD,
    "integrity": INTEGRITY,
    "setup": SETUP,
    "verify": VERIFY,
    "report": REPORT,
}
