/* The console's dashboard pages. */
import { L, call, h, page, state, table } from '../core.js';

// ---- the compliance dashboard

export async function dashboard(params) {
  const elections = state.session.elections.filter((e) => !state.agency || e.agencies.includes(state.agency));
  if (!elections.length) return page(L('dashboard'), h('p', {}, L('none')));
  const electionId = params.get('election') || elections[0].id;
  const d = await call('GET', `/elections/${electionId}/compliance?agency=${encodeURIComponent(state.agency || '')}`);
  const t = d.total;
  const tile = (label, value, note) => h('div', { class: 'tile' }, h('span', { class: 'n' }, value), label, note ? h('div', { class: 'muted' }, note) : null);
  const bar = (pct, cls) => h('div', { class: 'bar ' + (cls || ''), role: 'img', 'aria-label': pct + '%' }, h('span', { style: `width:${pct}%` }));
  page(`${L('dashboard')} — ${d.electionName}`,
    h('p', { class: 'muted' }, `${L('agency')}: ${d.agency} · ${d.asOf}`),
    elections.length > 1 ? h('div', { class: 'row' }, h('label', { for: 'election' }, L('election')),
      h('select', { id: 'election', onchange: (e) => { location.hash = '#/dashboard?election=' + e.target.value; } },
        elections.map((e) => h('option', { value: e.id, selected: String(e.id) === String(electionId) }, e.name)))) : null,
    h('div', { class: 'tiles' },
      tile(L('employees'), t.employees),
      tile(L('signed'), t.signedPercent + '%', `${t.signed} / ${t.employees}`),
      tile(L('trained'), t.trainedPercent + '%', `${t.trained} / ${t.employees}`),
      tile(L('compliant'), t.compliantPercent + '%', `${t.compliant} / ${t.employees}`),
      tile(L('openCases'), d.openCases.reduce((n, o) => n + o.cases, 0)),
      tile(L('overdue'), d.overdueCases),
      tile(L('blockRecommended'), d.blockRecommended)),
    h('h2', {}, L('perUnit')),
    table(L('perUnit'), [L('unit'), L('employees'), L('signed'), '%', L('trained'), '%', L('compliant'), '%'],
      d.units.map((u) => [u.unitName || u.unitCode || '—', u.employees, u.signed, h('span', {}, bar(u.signedPercent), `${u.signedPercent}%`),
        u.trained, h('span', {}, bar(u.trainedPercent, 'trained'), `${u.trainedPercent}%`), u.compliant, `${u.compliantPercent}%`]),
      `kepatuhan-unit-${d.agency}-${d.electionId}.csv`, [1, 2, 4, 6]),
    h('h2', {}, L('overTime')),
    chart(d.timeline, t.employees),
    table(L('overTime'), [L('day'), L('signed'), L('trained')], d.timeline.map((p) => [p.day, p.signed, p.trained]),
      `kepatuhan-harian-${d.agency}-${d.electionId}.csv`, [1, 2]),
    h('h2', {}, L('byType')),
    table(L('byType'), [L('violation'), L('state'), L('count'), L('overdue')],
      d.openCases.map((o) => [o.violation, o.state, o.cases, o.overdue]), `kasus-terbuka-${d.agency}.csv`, [2, 3]),
    h('h2', {}, L('acrossElections')),
    h('p', { class: 'muted' }, L('acrossNote')),
    columns(d.acrossElections),
    table(L('acrossElections'), [L('election'), L('votingDay'), L('asOf'), L('employees'), L('signed') + ' %', L('trained') + ' %', L('compliant') + ' %'],
      d.acrossElections.map((e) => [e.name, e.votingDay, e.asOf, e.employees, e.signedPercent, e.trainedPercent, e.compliantPercent]),
      `kepatuhan-antarpemilihan-${d.agency}.csv`, [3, 4, 5, 6]));
}

/** Signed, trained and compliant shares per election as grouped columns (SVG); the table says the same. */
export function columns(list) {
  if (!list.length) return null;
  const W = 640, H = 220, P = 30, B = 18;
  const group = (W - 2 * P) / list.length;
  const keys = [['signedPercent', '#0b4f8a'], ['trainedPercent', '#1b6e2a'], ['compliantPercent', '#5b2a86']];
  const y = (v) => H - P - (v * (H - 2 * P)) / 100;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', list.map((e) => `${e.name}: ${e.signedPercent}% / ${e.trainedPercent}% / ${e.compliantPercent}%`).join('; '));
  svg.setAttribute('data-chart', 'across-elections');
  svg.style.maxWidth = '100%';
  const esc = (t) => String(t).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c]));
  let out = `<rect x="${P}" y="${P}" width="${W - 2 * P}" height="${H - 2 * P}" fill="#fff" stroke="#c9ced3"/>`;
  list.forEach((e, i) => {
    const x0 = P + i * group + (group - 3 * B) / 2;
    keys.forEach(([k, color], j) => {
      out += `<rect x="${(x0 + j * B).toFixed(1)}" y="${y(e[k]).toFixed(1)}" width="${B - 3}" height="${(H - P - y(e[k])).toFixed(1)}" fill="${color}"/>`;
    });
    out += `<text x="${(P + i * group + 4).toFixed(1)}" y="${H - 10}">${esc(e.name.length > 28 ? e.name.slice(0, 27) + '…' : e.name)}</text>`;
  });
  out += `<text x="${P + 4}" y="${P - 8}">${keys.map(([, color], j) => `<tspan fill="${color}">■</tspan> ${esc(L(['signed', 'trained', 'compliant'][j]))}`).join('   ')} (%)</text>`;
  svg.innerHTML = out;
  return h('div', { class: 'panel' }, svg);
}

/** The cumulative counts as a line chart (SVG), described for screen readers by the table. */
export function chart(points, employees) {
  if (points.length < 2) return h('p', { class: 'muted' }, L('none'));
  const W = 640, H = 200, P = 30, max = Math.max(employees, 1);
  const x = (i) => P + (i * (W - 2 * P)) / (points.length - 1);
  const y = (v) => H - P - (v * (H - 2 * P)) / max;
  const line = (key) => points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${L('signed')}: ${points[points.length - 1].signed}; ${L('trained')}: ${points[points.length - 1].trained}`);
  svg.style.maxWidth = '100%';
  svg.innerHTML = `<rect x="${P}" y="${P}" width="${W - 2 * P}" height="${H - 2 * P}" fill="#fff" stroke="#c9ced3"/>
    <path d="${line('signed')}" fill="none" stroke="#0b4f8a" stroke-width="2.5"/>
    <path d="${line('trained')}" fill="none" stroke="#1b6e2a" stroke-width="2.5" stroke-dasharray="6 3"/>
    <text x="${P}" y="${H - 8}">${points[0].day}</text><text x="${W - P - 70}" y="${H - 8}">${points[points.length - 1].day}</text>
    <text x="${P + 4}" y="${P - 8}">— ${L('signed')}   - - ${L('trained')}   (max ${max})</text>`;
  return h('div', { class: 'panel' }, svg);
}
