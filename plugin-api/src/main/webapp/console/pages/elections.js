/* The console's elections pages. */
import { L, alertOf, call, h, page, state, table, takeFlash } from '../core.js';

// ---- gate policies, with the dry run

export const LEAVES = ['TAHUNAN', 'BESAR', 'SAKIT', 'MELAHIRKAN', 'ALASAN_PENTING', 'CLTN', 'BERSAMA'];
export const BODIES = ['PPK', 'PPS', 'KPPS', 'PANTARLIH', 'PANWASCAM', 'PKD', 'PTPS'];

export async function policies(params) {
  const elections = state.session.elections.filter((e) => !state.agency || e.agencies.includes(state.agency));
  if (!elections.length) return page(L('policies'), h('p', {}, L('none')));
  const electionId = params.get('election') || elections[0].id;
  const agencyQ = `agency=${encodeURIComponent(state.agency || '')}`;
  const p = await call('GET', `/elections/${electionId}/policy?${agencyQ}`);
  const admin = state.session.roles.includes('admin');
  const mode = h('select', { id: 'mode' }, ['ENFORCE', 'RECORD_ONLY'].map((m) => h('option', { value: m, selected: p.mode === m }, m)));
  const pact = h('input', { type: 'checkbox', id: 'requirePact', checked: p.requirePact });
  const training = h('input', { type: 'checkbox', id: 'requireTraining', checked: p.requireTraining });
  const code = h('input', { type: 'text', id: 'trainingCode', value: p.trainingCode || '' });
  const group = (name, all, chosen) => h('fieldset', {}, h('legend', {}, L(name)),
    all.map((v) => h('label', { class: 'choice', for: `${name}-${v}` },
      h('input', { type: 'checkbox', id: `${name}-${v}`, name, value: v, checked: (chosen || []).includes(v) }), ' ',
      v === 'PPK' ? L('ppkBody') : v)));
  const gatedLeave = group('gatedLeaveTypes', LEAVES, p.gatedLeaveTypes);
  const warnedLeave = group('warnedLeaveTypes', LEAVES, p.warnedLeaveTypes);
  const gatedBodies = group('gatedDutyBodies', BODIES, p.gatedDutyBodies);
  const picked = (fs) => Array.from(fs.querySelectorAll('input:checked')).map((i) => i.value);
  const body = () => ({
    mode: mode.value, requirePact: pact.checked, requireTraining: training.checked, trainingCode: code.value,
    gatedLeaveTypes: picked(gatedLeave), warnedLeaveTypes: picked(warnedLeave), gatedDutyBodies: picked(gatedBodies),
  });
  const out = h('div', { 'aria-live': 'polite', id: 'dry-run' });
  page(`${L('policies')} — ${elections.find((e) => String(e.id) === String(electionId)).name}`,
    h('p', { class: 'muted' }, `${L('agency')}: ${p.agency} · ${p.isDefault ? L('defaultPolicy') : L('version') + ' ' + p.version}`),
    h('form', { class: 'panel', onsubmit: (e) => e.preventDefault() },
      h('label', { for: 'mode' }, L('mode')), mode,
      h('label', { class: 'choice', for: 'requirePact' }, pact, ' ', L('requirePact')),
      h('label', { class: 'choice', for: 'requireTraining' }, training, ' ', L('requireTraining')),
      h('label', { for: 'trainingCode' }, L('trainingCode')), code,
      gatedBodies, gatedLeave, warnedLeave,
      h('div', { class: 'row' },
        h('button', {
          type: 'button', 'data-dry-run': '',
          onclick: async () => {
            try {
              const r = await call('POST', `/elections/${electionId}/policy/dry-run?${agencyQ}`, body());
              out.replaceChildren(
                h('div', { class: 'ok', role: 'status' }, L('dryRunSummary', r.blocked, r.warned, r.employees, `${r.dutyBody}, ${r.day}`)),
                table(L('byReason'), [L('reason'), L('count')], Object.entries(r.byReason).map(([k, v]) => [k, v]), 'uji-kebijakan-alasan.csv', [1]),
                table(L('perUnit'), [L('unit'), L('employees'), L('blocked'), L('warned')],
                  r.units.map((u) => [u.unitName || u.unitCode || '—', u.employees, u.blocked, u.warned]), 'uji-kebijakan-unit.csv', [1, 2, 3]));
            } catch (e) { out.replaceChildren(alertOf(e)); }
          },
        }, L('dryRun')),
        admin ? h('button', {
          class: 'primary', type: 'button', 'data-save-policy': '',
          onclick: async () => {
            try {
              const saved = await call('PUT', `/elections/${electionId}/policy?${agencyQ}`, body());
              out.replaceChildren(h('div', { class: 'ok', role: 'status' }, L('policySaved', saved.version)));
            } catch (e) { out.replaceChildren(alertOf(e)); }
          },
        }, L('savePolicy')) : null)),
    out);
}

// ---- elections and their phases

/** The phase Netra reports for an election today, in the console's language. */
export const PHASES = { NOT_STARTED: 'phaseBefore', PREPARATION: 'phasePrep', CAMPAIGN: 'phaseCampaign',
  QUIET_AND_VOTING: 'phaseVoting', AFTER_VOTE: 'phaseAfter', OVER: 'phaseDone' };

export async function electionsPage(params) {
  const list = await call('GET', '/elections?agency=' + encodeURIComponent(state.agency || ''));
  const admin = state.session.roles.includes('admin');
  const open = params.get('new') && admin
    ? { name: '', type: 'PILKADA', agencies: [state.agency].filter(Boolean) }
    : params.get('edit') && list.find((e) => String(e.id) === params.get('edit'));
  page(L('elections'),
    takeFlash(),
    admin ? h('div', { class: 'row' }, h('a', { href: '#/elections?new=1', class: 'button', 'data-new-election': '' }, L('newElection'))) : null,
    table(L('elections'), [L('name'), L('kind'), L('phase'), L('electionStart'), L('campaign'), L('votingDay'), L('endDate'), ''],
      list.map((e) => [e.name, e.type, L(PHASES[e.phase] || e.phase), e.startDate, `${e.campaignStart || '—'} – ${e.campaignEnd || '—'}`,
        e.votingDay || '—', e.endDate, admin ? h('a', { href: `#/elections?edit=${e.id}`, 'data-edit-election': e.id }, L('edit')) : '']),
      'pemilihan.csv'),
    open ? electionEditor(open) : null);
}

/** Edits an election, or creates one when it has no id yet (then with its kind). */
export function electionEditor(e) {
  const fields = ['name', 'startDate', 'campaignStart', 'campaignEnd', 'votingDay', 'endDate'];
  const creating = !e.id;
  const inputs = {};
  const problems = h('div', { 'aria-live': 'assertive' });
  const kind = creating
    ? h('select', { id: 'e-type' }, ['PILKADA', 'PEMILU'].map((t) => h('option', { value: t, selected: t === e.type }, t)))
    : null;
  return h('form', {
    class: 'panel', 'aria-labelledby': 'election-editor',
    onsubmit: async (ev) => {
      ev.preventDefault();
      const body = { ...e };
      fields.forEach((f) => { body[f] = inputs[f].value || null; });
      if (creating) body.type = kind.value;
      try {
        if (creating) {
          const made = await call('POST', '/elections', body);
          state.session = await call('GET', '/session'); // the dashboard lists it from now on
          state.flash = L('electionCreated', made.name);
          location.hash = '#/elections';
          return;
        }
        await call('PUT', `/elections/${e.id}`, body);
        problems.replaceChildren(h('div', { class: 'ok', role: 'status' }, L('electionSaved')));
      } catch (err) { problems.replaceChildren(alertOf(err)); }
    },
  },
  h('h2', { id: 'election-editor' }, creating ? L('newElection') : `${L('edit')}: ${e.name}`),
  creating ? h('p', { class: 'muted' }, `${L('agencies')}: ${(e.agencies || []).join(', ') || '—'}`) : null,
  creating ? h('div', {}, h('label', { for: 'e-type' }, L('kind')), kind) : null,
  fields.map((f) => {
    inputs[f] = h('input', { id: 'e-' + f, type: f === 'name' ? 'text' : 'date', value: e[f] || '' });
    return h('div', {}, h('label', { for: 'e-' + f }, L(f === 'startDate' ? 'electionStart' : f)), inputs[f]);
  }),
  problems,
  h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit', 'data-save-election': '' }, creating ? L('createElection') : L('save'))));
}
