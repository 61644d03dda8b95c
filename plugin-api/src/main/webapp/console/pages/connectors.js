/* The console's connectors pages. */
import { $main, L, alertOf, call, h, page, state, table } from '../core.js';
import { route } from '../main.js';

// ---- connectors (administrators)

export async function connectors() {
  const list = await call('GET', '/admin/connectors');
  page(L('connectors'),
    table(L('connectors'), ['Id', L('kind'), L('agency'), L('state'), L('exchanges'), L('failures'), L('lastSuccess'), L('backlog')],
      list.map(({ connector: c, backlog }) => {
        const stats = Object.values(c.stats || {});
        const sum = (k) => stats.reduce((n, s) => n + (s[k] || 0), 0);
        const last = stats.map((s) => s.lastSuccess).filter(Boolean).sort().pop();
        return [h('a', { href: `#/connectors/${encodeURIComponent(c.id)}` }, c.id), c.kind || '—', c.agency || '—',
          h('span', { class: 'badge' + (c.state === 'STARTED' ? '' : ' late') }, c.state), sum('exchanges'), sum('failures'), last || '—', backlog];
      }), 'konektor.csv', [4, 5, 7]),
    h('div', { class: 'row' }, h('button', {
      type: 'button', 'data-reload-all': '',
      onclick: async () => {
        try {
          await call('POST', '/admin/connectors/reload');
          route();
        } catch (e) { $main().append(alertOf(e)); }
      },
    }, L('reloadAll'))));
}

export async function connector(id) {
  const [one, runs, letters] = await Promise.all([
    call('GET', `/admin/connectors/${encodeURIComponent(id)}`),
    call('GET', `/admin/connectors/${encodeURIComponent(id)}/runs?limit=20`),
    call('GET', `/admin/outbox?state=DEAD&connector=${encodeURIComponent(id)}`),
  ]);
  const c = one.connector;
  const result = h('div', { 'aria-live': 'polite' });
  const act = (what, label) => h('button', {
    type: 'button', 'data-connector-action': what,
    onclick: async () => {
      try {
        const r = await call('POST', `/admin/connectors/${encodeURIComponent(id)}/${what}`);
        result.replaceChildren(h('div', { class: r.ok === false ? 'alert' : 'ok', role: 'status' },
          `${label}: ${r.state || r.action || (r.ok === undefined ? 'OK' : r.ok ? 'OK' : 'GAGAL')}`,
          r.items ? h('ul', {}, r.items.map((i) => h('li', {}, `${i.name}: ${i.ok ? 'OK' : 'X'} ${i.message || ''}`))) : null,
          r.problems && r.problems.length ? h('ul', {}, r.problems.map((p) => h('li', {}, `${p.path || ''} ${p.messageId || p.messageEn || ''}`))) : null));
      } catch (e) { result.replaceChildren(alertOf(e)); }
    },
  }, label);
  page(`${L('connector')} ${c.id}`,
    h('dl', { class: 'facts' },
      h('dt', {}, L('kind')), h('dd', {}, c.kind || '—'),
      h('dt', {}, L('state')), h('dd', { 'data-state': c.state }, c.state),
      h('dt', {}, L('agency')), h('dd', {}, c.agency || '—'),
      h('dt', {}, L('backlog')), h('dd', {}, String(one.backlog)),
      h('dt', {}, 'File'), h('dd', {}, c.file)),
    c.problems && c.problems.length ? h('div', { class: 'alert', role: 'alert' }, h('ul', {}, c.problems.map((p) => h('li', {}, `${p.path || ''}: ${state.lang === 'en' ? p.messageEn : p.messageId}`)))) : null,
    h('div', { class: 'row' }, act('test', L('test')), act('start', L('start')), act('suspend', L('suspend')), act('stop', L('stop')), act('reload', L('reload'))),
    result,
    h('h2', {}, L('routes')),
    table(L('routes'), ['Route', L('state')], (c.routes || []).map((r) => [r.id, r.status]), `konektor-${c.id}-rute.csv`),
    h('h2', {}, L('runs')),
    table(L('runs'), ['#', L('what'), L('state'), L('date'), 'C/U/=/D', L('failures')],
      runs.map((r) => [r.id, r.kind + (r.dryRun ? ' (dry run)' : ''), r.status, r.startedAt,
        `${r.counts.created}/${r.counts.updated}/${r.counts.unchanged}/${r.counts.decided}`, r.counts.failed]),
      `konektor-${c.id}-run.csv`, [0, 5]),
    h('h2', {}, L('deadLetters')),
    letters.length
      ? h('div', {}, table(L('deadLetters'), ['#', L('what'), L('attempts'), L('instance'), L('note')],
        letters.map((m) => [m.id, m.idempotencyKey, m.attempts, m.claimedBy || '', m.lastError || '']), `konektor-${c.id}-dead.csv`, [0, 2]),
        h('div', { class: 'row' }, letters.map((m) => [
          h('button', { type: 'button', 'data-retry': m.id, onclick: () => letter(m.id, 'retry', id) }, `${L('retry')} #${m.id}`),
          h('button', { type: 'button', 'data-discard': m.id, onclick: () => letter(m.id, 'discard', id) }, `${L('discard')} #${m.id}`)])))
      : h('p', { class: 'muted' }, L('none')));
}

export async function letter(messageId, what, connectorId) {
  try {
    await call('POST', `/admin/outbox/${messageId}/${what}`);
    await connector(connectorId);
  } catch (e) { $main().append(alertOf(e)); }
}
