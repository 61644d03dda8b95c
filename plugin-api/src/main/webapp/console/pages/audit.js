/* The console's audit pages. */
import { L, alertOf, call, download, h, page, state, table } from '../core.js';

// ---- audit (administrators and auditors)

/** The audit trail searched by entity, actor, action and days; paged by sequence number. */
export async function audit(params) {
  const fields = [['entityType', 'entityType', 'text'], ['entityId', 'entityId', 'text'], ['actor', 'auditActor', 'text'],
    ['action', 'action', 'text'], ['from', 'fromDay', 'date'], ['to', 'toDay', 'date']];
  const criteria = new URLSearchParams();
  fields.forEach(([k]) => { if (params.get(k)) criteria.set(k, params.get(k)); });
  const after = params.get('after') || '0';
  const entries = await call('GET', `/audit?${criteria}&afterSeq=${encodeURIComponent(after)}&limit=100`);
  const walks = await call('GET', '/audit/verifications?limit=5');
  const inputs = {};
  const verdict = h('div', { 'aria-live': 'polite', 'data-verdict': '' });
  /** A walk of the chain in the background; it outlives a new rendering of this page. */
  const walk = async (from) => {
    state.walk = null;
    showVerdict(null);
    try {
      state.walk = await call('POST', '/audit/verifications', { from });
      await followWalk();
    } catch (e) { showVerdict(null, e); }
  };
  page(L('audit'),
    h('form', {
      class: 'row',
      onsubmit: (e) => {
        e.preventDefault();
        const q = new URLSearchParams();
        fields.forEach(([k]) => { if (inputs[k].value.trim()) q.set(k, inputs[k].value.trim()); });
        location.hash = `#/audit?${q}`;
      },
    },
    fields.map(([k, label, type]) => {
      inputs[k] = h('input', { type, id: 'audit-' + k, value: params.get(k) || '' });
      return h('div', {}, h('label', { for: 'audit-' + k }, L(label)), inputs[k]);
    }),
    h('button', { type: 'submit', 'data-search-audit': '' }, L('filter')),
    h('button', { type: 'button', 'data-verify': '', onclick: () => walk('GENESIS') }, L('verifyChain')),
    h('button', { type: 'button', 'data-verify-since': '', onclick: () => walk('CHECKPOINT') }, L('verifySince')),
    h('button', { type: 'button', 'data-signed-checkpoint': '', onclick: async () => {
      // To keep outside Netra: POST /audit/checkpoint/check shows a later rewrite against it.
      try {
        const c = await call('GET', '/audit/checkpoint');
        download(`netra-titik-periksa-${c.seq}.json`, JSON.stringify(c, null, 2), 'application/json');
      } catch (e) { showVerdict(null, e); }
    } }, L('signedCheckpoint'))),
    verdict,
    h('section', { 'data-entries': '' },
      table(L('audit'), ['#', L('date'), L('by'), L('agency'), L('action'), L('entityType'), L('entityId')],
        entries.map((e) => [e.seq, e.occurredAt, e.actor, e.agency || '—', e.action, e.entityType, e.entityId]), 'audit.csv', [0])),
    entries.length === 100
      ? h('div', { class: 'row' }, h('a', { href: `#/audit?${criteria}&after=${entries[entries.length - 1].seq}` }, L('more'))) : null,
    walks.length
      ? h('section', { 'data-walks': '' }, h('h2', {}, L('walks')),
        table(L('walks'), ['#', L('date'), L('by'), L('walkScope'), L('walkStatus'), L('walkChecked'), L('walkUpTo')],
          walks.map((w) => [w.id, w.startedAt, w.requestedBy, w.scope, w.status, w.entriesChecked, w.toSeq]), 'audit-walks.csv', [0, 5, 6]))
      : null);
  if (state.walk) {
    showVerdict(state.walk);
    if (state.walk.status === 'RUNNING') followWalk();
  }
}

/** Polls the walk under way until its verdict, shown on whichever audit page is on screen. */
export async function followWalk() {
  if (state.following) return;
  state.following = true;
  try {
    while (state.walk && state.walk.status === 'RUNNING') {
      showVerdict(state.walk);
      await new Promise((done) => setTimeout(done, 1000));
      if (state.walk) state.walk = await call('GET', `/audit/verifications/${state.walk.id}`);
    }
    if (state.walk) showVerdict(state.walk);
  } catch (e) {
    showVerdict(null, e);
  } finally {
    state.following = false;
  }
}

export function showVerdict(v, error) {
  const el = document.querySelector('[data-verdict]');
  if (!el) return;
  if (error) return el.replaceChildren(alertOf(error));
  if (!v) return el.replaceChildren();
  el.replaceChildren(v.status === 'RUNNING'
    ? h('div', { role: 'status' }, L('chainWalking', v.entriesChecked, v.total))
    : h('div', { class: v.valid ? 'ok' : 'alert', role: 'status' },
      v.valid ? L('chainOk', v.entriesChecked)
        : v.status === 'BROKEN' ? L('chainBroken', v.firstBrokenSeq, v.problem) : L('chainFailed', v.status, v.problem || '')));
}
