/* The console's cases pages. */
import { API, L, Problem, alertOf, call, h, headers, page, state, table } from '../core.js';

/** What each action needs, in the order the form asks for it. */
export const ACTION_FIELDS = {
  START_VERIFICATION: [], CLOSE: [],
  RECOMMEND: ['issuer', 'number', 'date', 'sanction'],
  START_EXAMINATION: ['examinerNip', 'date', 'note'],
  DECIDE: ['number', 'date', 'sanction', 'startDate', 'capacity', 'mandate', 'receivedOn'],
  OBJECT: ['note', 'date'], UPHOLD: ['note'], DISMISS: ['note'],
  CHANGE: ['number', 'date', 'sanction', 'startDate', 'capacity', 'mandate'],
  CANCEL: ['number', 'date'],
};


// ---- cases

export async function queue(params) {
  const qs = new URLSearchParams();
  if (params.get('state')) qs.set('state', params.get('state'));
  if (params.get('overdue')) qs.set('overdue', 'true');
  if (state.agency) qs.set('agency', state.agency);
  const list = await call('GET', '/cases?' + qs);
  const stateSel = h('select', { id: 'state' }, h('option', { value: '' }, L('allStates')),
    ['REPORTED', 'VERIFICATION', 'RECOMMENDED', 'EXAMINATION', 'DECIDED', 'RECORDED', 'OBJECTION', 'CLOSED', 'DISMISSED', 'CANCELLED']
      .map((s) => h('option', { value: s, selected: params.get('state') === s }, s)));
  const overdue = h('input', { type: 'checkbox', id: 'overdue', checked: !!params.get('overdue') });
  page(L('queue'),
    h('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); location.hash = `#/cases?state=${stateSel.value}${overdue.checked ? '&overdue=1' : ''}`; } },
      h('div', {}, h('label', { for: 'state' }, L('state')), stateSel),
      h('div', {}, h('label', { for: 'overdue' }, overdue, ' ', L('onlyOverdue'))),
      h('button', { type: 'submit' }, L('filter'))),
    table(L('queue'), [L('id'), L('nip'), L('violation'), L('state'), L('due'), L('daysLeft'), '!'],
      list.map((c) => [h('a', { href: `#/cases/${c.id}` }, String(c.id)), c.nip, c.violation, c.state, c.dueOn || '—',
        c.daysLeft === null || c.daysLeft === undefined ? '—' : c.daysLeft,
        h('span', {}, c.overdue ? h('span', { class: 'badge late' }, L('overdue')) : null, ' ',
          c.blockRecommended ? h('span', { class: 'badge block' }, L('blockRecommended')) : null)]),
      'antrean-kasus.csv', [5]));
}

export async function casePage(id, notice) {
  const c = await call('GET', `/cases/${encodeURIComponent(id)}`);
  const facts = [
    [L('nip'), `${c.nip} (${c.employeeType})`], [L('violation'), c.violation], [L('state'), c.state],
    [L('source'), `${c.source}${c.reporter ? ' — ' + c.reporter : ''}`], [L('eventDate'), c.eventDate], [L('reportedOn'), c.reportedOn],
    [L('stage'), c.stage], c.terms ? [L('track'), `${c.terms.track}${c.terms.tier ? ' (' + c.terms.tier + ')' : ''}`] : null,
    c.bawasluWindowPassed ? [L('bawasluLate'), '✓'] : null,
    [L('due'), c.dueOn ? `${c.dueOn} (${c.daysLeft})` : '—'], [L('description'), c.description || '—'],
    c.recommendation ? [L('issuer'), `${c.recommendation.issuer} ${c.recommendation.number} (${c.recommendation.date}) → ${c.recommendation.sanction}`] : null,
    c.decree ? [L('decree'), `${c.decree.number} (${c.decree.date})`] : null,
    c.authority ? [L('authority'), c.authority.capacity + (c.authority.mandate ? ' — ' + c.authority.mandate : '')] : null,
    c.objectionKind ? [L('objection'), `${c.objectionKind} (${c.objectionFiledOn}): ${c.objection || ''}`] : null,
    c.terms && c.terms.objectionDeadline ? [L('objectionDeadline'), c.terms.objectionDeadline] : null,
    c.sanction ? [L('sanction'), `${c.sanction}: ${c.sanctionStart} – ${c.sanctionEnd || '∞'}`] : null,
    c.terms && c.terms.missingDocuments && c.terms.missingDocuments.length ? [L('missingDocuments'), c.terms.missingDocuments.join(', ')] : null,
  ].filter(Boolean);
  const actionsPanel = h('div', { class: 'panel', id: 'actions' });
  const docs = await call('GET', `/cases/${encodeURIComponent(id)}/documents`);
  page(L('caseTitle', c.id),
    notice ? h('div', { class: 'ok', role: 'status' }, notice) : null,
    c.blockRecommended ? h('p', {}, h('span', { class: 'badge block' }, L('blockRecommended'))) : null,
    h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', { 'data-fact': k }, v)])),
    h('h2', {}, L('next')), actionsPanel,
    h('h2', {}, L('history')),
    table(L('history'), ['#', L('action'), L('state'), L('by'), L('date'), L('note')],
      (c.history || []).map((e) => [e.seq, e.action, `${e.from || '—'} → ${e.to}`, e.actor, e.on, e.note || '']), `kasus-${c.id}-riwayat.csv`, [0]),
    h('h2', {}, L('records')),
    table(L('records'), [L('connector'), L('what'), L('state'), L('attempts'), L('targetRef')],
      (c.records || []).map((r) => [r.connector, r.what, r.state, r.attempts, r.targetRef || r.lastError || '']), `kasus-${c.id}-pencatatan.csv`, [3]),
    documentsSection(c, docs));
  const acts = c.allowedActions || [];
  actionsPanel.replaceChildren(acts.length
    ? h('div', { class: 'row' }, acts.map((a) => h('button', { type: 'button', 'data-action': a, onclick: () => actionForm(c, a, actionsPanel) }, a)))
    : h('p', { class: 'muted' }, L('noActions')));
}

/** The case's documents: listed with their hash, downloadable, and an upload form. */
export function documentsSection(c, docs) {
  const list = h('table', { 'aria-label': L('documents') },
    h('thead', {}, h('tr', {}, [L('docKind'), L('fileName'), L('size'), L('decree'), L('by'), L('uploadedAt'), L('sha256'), L('downloadFile')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, docs.length ? docs.map((d) => h('tr', { 'data-document': d.id },
      h('td', {}, state.lang === 'en' ? d.kindEn : d.kindId), h('td', {}, d.fileName), h('td', { class: 'num' }, `${Math.ceil(d.size / 1024)} KiB`),
      h('td', {}, d.decreeNumber || '—'), h('td', {}, d.uploadedBy), h('td', {}, d.uploadedAt.slice(0, 16).replace('T', ' ')),
      h('td', {}, h('code', { title: d.sha256 }, d.sha256.slice(0, 12) + '…')),
      h('td', {}, h('button', { type: 'button', 'data-download': d.id, 'aria-label': `${L('downloadFile')} ${d.fileName}`, onclick: () => downloadDocument(c.id, d) }, L('downloadFile')))))
      : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, L('none')))));
  const kind = h('select', { id: 'doc-kind' }, ['DECREE', 'BAP', 'RECOMMENDATION', 'EVIDENCE', 'OBJECTION', 'CANCELLATION'].map((k) => h('option', { value: k }, k)));
  const file = h('input', { id: 'doc-file', type: 'file', accept: 'application/pdf,image/png,image/jpeg', required: true });
  const note = h('input', { id: 'doc-note', type: 'text', maxlength: 500 });
  const problems = h('div', { 'aria-live': 'assertive' });
  const form = h('form', { id: 'doc-upload' }, h('p', { class: 'muted' }, L('docHint')),
    h('div', { class: 'row' }, h('div', {}, h('label', { for: 'doc-kind' }, L('docKind')), kind),
      h('div', {}, h('label', { for: 'doc-file' }, L('docFile')), file),
      h('div', {}, h('label', { for: 'doc-note' }, L('note')), note)),
    problems, h('button', { type: 'submit', class: 'primary' }, L('upload')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = file.files[0];
    if (!f) return;
    const q = new URLSearchParams({ kind: kind.value, name: f.name });
    if (note.value) q.set('note', note.value);
    try {
      const res = await fetch(`${API}/cases/${c.id}/documents?${q}`, {
        method: 'POST', body: f,
        headers: { ...headers('POST'), Accept: 'application/json', 'Content-Type': f.type || 'application/octet-stream' },
      });
      const json = await res.json().catch(() => ({}));
      if (!res.ok) throw new Problem(res.status, (json.messages && json.messages[state.lang]) || res.statusText);
      await casePage(c.id, L('uploaded', json.fileName));
    } catch (e) {
      problems.replaceChildren(alertOf(e));
    }
  });
  return [h('h2', {}, L('documents')), list, form];
}

/** Fetches a document with the console's credentials and saves it under its name. */
export async function downloadDocument(caseId, d) {
  const res = await fetch(`${API}/cases/${caseId}/documents/${d.id}`, { headers: headers('GET') });
  if (!res.ok) return;
  const url = URL.createObjectURL(await res.blob());
  const a = h('a', { href: url, download: d.fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---- the shared catalogue

export async function cataloguePage(notice) {
  const cat = await call('GET', '/cases/catalogue');
  state.catalogue = cat;
  const who = (x) => [x.forPns && 'PNS', x.forPppk && 'PPPK', x.forNonAsn && 'non-ASN'].filter(Boolean).join(', ');
  const editor = h('div', { id: 'sanction-editor' });
  const isAdmin = state.session.roles.includes('admin');
  page(L('catalogue'),
    notice ? h('div', { class: 'ok', role: 'status' }, notice) : null,
    h('p', { class: 'muted' }, L('centralOnly')),
    h('h2', {}, L('sanctionTypes')), editor,
    table(L('sanctionTypes'), [L('code'), L('name'), L('track'), L('tier'), L('forWhom'), L('months'), L('siasnId'), L('revision')],
      cat.sanctions.map((x) => [x.code, x.name, x.track, x.tier || '—', who(x), x.permanent ? '∞' : x.months, x.siasnHukumanId || '—', x.revision]),
      'katalog-hukuman.csv', [5, 7]),
    isAdmin ? h('div', { class: 'row' }, cat.sanctions.map((x) => h('button', { type: 'button', 'data-edit-sanction': x.code,
      onclick: () => sanctionEditor(x, editor) }, `${L('edit')} ${x.code}`))) : null,
    h('h2', {}, L('violationTypes')),
    table(L('violationTypes'), [L('code'), L('name'), L('version'), L('track'), L('tier'), L('allowed')],
      cat.violations.map((v) => [v.code, state.lang === 'en' ? v.nameEn : v.nameId, v.version, v.track, v.tier || '—', (v.allowedSanctions || []).join(' ')]),
      'katalog-pelanggaran.csv', [2]));
}

export function sanctionEditor(x, panel) {
  const field = (id, label, value, type) => {
    const input = h('input', { id: `s-${id}`, type: type || 'text', value: value === null || value === undefined ? '' : value });
    return [input, h('div', {}, h('label', { for: `s-${id}` }, label), input)];
  };
  const [name, nameRow] = field('name', L('name'), x.name);
  const [siasn, siasnRow] = field('siasn', L('siasnId'), x.siasnHukumanId);
  const [months, monthsRow] = field('months', L('months'), x.months, 'number');
  const [reg, regRow] = field('regulation', L('regulation'), x.regulation);
  const problems = h('div', { 'aria-live': 'assertive' });
  const form = h('form', { 'data-sanction': x.code }, h('h3', {}, `${x.code} (${L('revision')} ${x.revision})`),
    nameRow, siasnRow, monthsRow, regRow, problems,
    h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit' }, L('saveSanction')),
      h('button', { type: 'button', onclick: () => panel.replaceChildren() }, L('cancel'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const after = await call('PUT', `/cases/catalogue/sanctions/${encodeURIComponent(x.code)}`, {
        name: name.value, siasnHukumanId: siasn.value || null, months: Number(months.value || 0), regulation: reg.value,
        permanent: x.permanent, issuable: x.issuable, forPns: x.forPns, forPppk: x.forPppk, forNonAsn: x.forNonAsn, dismissal: x.dismissal,
      });
      await cataloguePage(L('sanctionSaved', after.code, after.revision));
    } catch (e) {
      problems.replaceChildren(alertOf(e));
    }
  });
  panel.replaceChildren(form);
  name.focus();
}

export async function actionForm(c, action, panel) {
  const fields = ACTION_FIELDS[action] || ['note'];
  const inputs = {};
  // Today as Netra counts days, in WIB (en-CA formats as YYYY-MM-DD), not in the browser's zone.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  let sanctions = [];
  if (fields.includes('sanction')) {
    if (!state.catalogue) state.catalogue = await call('GET', '/cases/catalogue');
    // The case's own terms: its stage's track and what this employee type can receive.
    const allowed = c.terms ? c.terms.sanctions : null;
    sanctions = state.catalogue.sanctions.filter((s) => s.issuable && (!allowed || allowed.includes(s.code)));
  }
  const controls = fields.map((f) => {
    const id = 'f-' + f;
    if (f === 'sanction') {
      inputs[f] = h('select', { id }, sanctions.map((s) => h('option', { value: s.code, selected: c.recommendation && c.recommendation.sanction === s.code }, `${s.code} — ${s.name}`)));
    } else if (f === 'capacity') {
      inputs[f] = h('select', { id }, ['DEFINITIVE', 'PLT', 'PJ'].map((v) => h('option', { value: v }, v)));
    } else if (f === 'note') {
      inputs[f] = h('textarea', { id });
    } else {
      const isDate = f.toLowerCase().includes('date') || f === 'receivedOn';
      inputs[f] = h('input', { id, type: isDate ? 'date' : 'text', value: isDate ? today : '' });
    }
    return h('div', {}, h('label', { for: id }, L(f)), inputs[f]);
  });
  const problems = h('div', { 'aria-live': 'assertive' });
  const form = h('form', {}, h('h3', {}, action), controls, problems,
    h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit', 'data-submit': action }, L('submit')),
      h('button', { type: 'button', onclick: () => casePage(c.id) }, L('cancel'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = {};
    for (const f of fields) if (inputs[f].value) body[f] = inputs[f].value;
    try {
      const after = await call('POST', `/cases/${c.id}/actions/${action}`, body);
      await casePage(c.id, L('done', action, after.state));
    } catch (e) {
      problems.replaceChildren(alertOf(e));
    }
  });
  panel.replaceChildren(form);
  (controls.length ? form.querySelector('input, select, textarea') : form.querySelector('button')).focus();
}
