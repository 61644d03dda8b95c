/* The console's access pages. */
import { L, alertOf, call, download, h, page, state, table, takeFlash } from '../core.js';
import { startSession } from '../main.js';

// ---- accounts and the access review

export const ROLES = ['admin', 'officer', 'ppk', 'auditor'];

export async function accountsPage(params) {
  const admin = state.session.roles.includes('admin');
  const q = state.agency ? '?agency=' + encodeURIComponent(state.agency) : '';
  const list = admin ? await call('GET', '/admin/accounts' + q) : [];
  const notice = h('div', { 'aria-live': 'polite', id: 'account-notice' }, takeFlash());
  const act = async (fn) => {
    try {
      const message = await fn();
      state.flash = message || null;
      await accountsPage(params);
    } catch (e) { notice.replaceChildren(alertOf(e)); }
  };
  const rows = list.map((a) => {
    const boxes = ROLES.map((r) => h('label', { class: 'inline' },
      h('input', { type: 'checkbox', value: r, checked: a.roles.includes(r), 'data-role-of': a.username }), ' ', r, ' '));
    const self = a.username === state.session.name;
    return [a.username, a.agency || '—',
      a.sso ? h('span', { 'data-sso-roles': a.username }, a.roles.join(', '), ' · ', L('ssoManaged', a.sso))
        : h('span', {}, boxes, h('button', { type: 'button', 'data-save-roles': a.username, onclick: () => act(async () => {
          const roles = [...document.querySelectorAll(`input[data-role-of="${CSS.escape(a.username)}"]:checked`)].map((x) => x.value);
          await call('PATCH', `/admin/accounts/${encodeURIComponent(a.username)}`, { roles });
        }) }, L('saveRoles'))),
      a.active ? L('yes') : L('no'),
      a.lockedUntil || '—',
      a.lastLoginAt ? `${a.lastLoginAt} ${L('from')} ${a.lastLoginAddress || '—'}` : '—',
      h('span', {},
        self ? null : h('button', { type: 'button', 'data-toggle-active': a.username, onclick: () => act(() =>
          call('PATCH', `/admin/accounts/${encodeURIComponent(a.username)}`, { active: !a.active }).then(() => null)) }, a.active ? L('disable') : L('enable')),
        ' ',
        a.sso ? null : h('button', { type: 'button', 'data-reset': a.username, onclick: () => act(async () => {
          const t = await call('POST', `/admin/accounts/${encodeURIComponent(a.username)}/password-reset`);
          return L('temporary', t.username, t.temporaryPassword);
        }) }, L('resetPassword')),
        a.lockedUntil ? h('button', { type: 'button', 'data-unlock': a.username, onclick: () => act(() =>
          call('POST', `/admin/accounts/${encodeURIComponent(a.username)}/unlock`).then(() => null)) }, L('unlock')) : null)];
  });
  page(L('accountsTitle'),
    notice,
    h('div', { class: 'row' }, h('button', {
      type: 'button', 'data-access-review': '',
      onclick: async () => {
        try {
          download('netra-tinjauan-akses.csv', await call('GET', '/admin/access-review.csv' + q, null, true));
        } catch (e) { notice.replaceChildren(alertOf(e)); }
      },
    }, L('accessReview'))),
    admin ? table(L('accountsTitle'), [L('username'), L('agency'), L('roles'), L('active'), L('locked'), L('lastLogin'), ''], rows, 'akun.csv') : null,
    admin ? newAccountForm() : null);
}

export function newAccountForm() {
  const user = h('input', { id: 'na-username', type: 'text', autocomplete: 'off', required: true });
  const pass = h('input', { id: 'na-password', type: 'password', autocomplete: 'new-password', required: true, 'aria-describedby': 'na-rule' });
  const boxes = ROLES.map((r) => h('label', { class: 'inline' }, h('input', { type: 'checkbox', value: r, name: 'na-role' }), ' ', r, ' '));
  const problems = h('div', { 'aria-live': 'assertive' });
  return h('form', {
    class: 'panel', 'aria-labelledby': 'new-account',
    onsubmit: async (ev) => {
      ev.preventDefault();
      const roles = boxes.map((b) => b.querySelector('input')).filter((x) => x.checked).map((x) => x.value);
      try {
        await call('POST', '/admin/accounts', { username: user.value, password: pass.value, roles, agency: state.agency });
        state.flash = L('accountCreated', user.value);
        await accountsPage(new URLSearchParams());
      } catch (e) { problems.replaceChildren(alertOf(e)); }
    },
  },
  h('h2', { id: 'new-account' }, L('newAccount')),
  h('div', {}, h('label', { for: 'na-username' }, L('username')), user),
  h('div', {}, h('label', { for: 'na-password' }, L('password')), pass, h('div', { class: 'muted', id: 'na-rule' }, L('passwordRule'))),
  h('fieldset', {}, h('legend', {}, L('roles')), boxes),
  problems,
  h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit', 'data-create-account': '' }, L('newAccount'))));
}

export function passwordPage() {
  const field = (id, label, auto) => [h('label', { for: id }, label),
    h('input', { id, type: 'password', autocomplete: auto, required: true })];
  const problems = h('div', { 'aria-live': 'assertive' });
  const form = h('form', {
    class: 'panel',
    onsubmit: async (ev) => {
      ev.preventDefault();
      const v = (id) => document.getElementById(id).value;
      if (v('pw-new') !== v('pw-repeat')) return problems.replaceChildren(h('div', { class: 'alert', role: 'alert' }, L('notSame')));
      try {
        await call('POST', '/auth/password', { currentPassword: v('pw-current'), newPassword: v('pw-new') });
        await startSession();
        form.reset();
        problems.replaceChildren(h('div', { class: 'ok', role: 'status' }, L('passwordChanged')));
      } catch (e) { problems.replaceChildren(alertOf(e)); }
    },
  },
  field('pw-current', L('currentPassword'), 'current-password'),
  field('pw-new', L('newPassword'), 'new-password'),
  h('div', { class: 'muted' }, L('passwordRule')),
  field('pw-repeat', L('repeatPassword'), 'new-password'),
  problems,
  h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit', 'data-change-password': '' }, L('changePassword'))));
  page(L('myPassword'), state.session.mustChangePassword ? h('div', { class: 'alert', role: 'alert' }, L('mustChange')) : null, form);
}

// ---- HR portals: their issuers and signing keys (rotated with an overlap, revoked at once)

export async function portalsPage() {
  const q = state.agency ? '?agency=' + encodeURIComponent(state.agency) : '';
  const list = await call('GET', '/admin/portals' + q);
  const notice = h('div', { 'aria-live': 'polite', id: 'portal-notice' }, takeFlash());
  const act = async (fn) => {
    try {
      state.flash = await fn();
      await portalsPage();
    } catch (e) { notice.replaceChildren(alertOf(e)); }
  };
  const sections = list.map((p) => {
    const secret = h('input', { type: 'password', autocomplete: 'off', id: `rk-${p.issuer}`, 'data-rotate-secret': p.issuer });
    const overlap = h('input', { type: 'number', min: '0', max: '720', value: '24', id: `ro-${p.issuer}`, 'data-rotate-overlap': p.issuer });
    const rows = p.keys.map((k) => [k.keyId, k.state, k.createdAt, k.retiresAt || k.revokedAt || '—',
      k.state === 'REVOKED' || k.state === 'RETIRED' ? '' : h('button', { type: 'button', 'data-revoke': k.keyId, onclick: () => act(async () => {
        await call('DELETE', `/admin/portals/${encodeURIComponent(p.issuer)}/keys/${encodeURIComponent(k.keyId)}`);
        return L('keyRevoked', k.keyId);
      }) }, L('revoke'))]);
    return h('section', { class: 'panel' },
      h('h2', {}, `${p.issuer} · ${p.agency}`),
      table(`${L('keys')} ${p.issuer}`, [L('keyId'), L('state'), L('createdAt'), L('retiresAt'), ''], rows, `portal-${p.issuer}-kunci.csv`),
      h('form', { class: 'row', onsubmit: (ev) => { ev.preventDefault(); act(async () => {
        const k = await call('POST', `/admin/portals/${encodeURIComponent(p.issuer)}/keys`, { secret: secret.value, overlapHours: Number(overlap.value) });
        return L('keyRotated', p.issuer, k.keyId);
      }); } },
      h('label', { for: secret.id }, L('secret')), secret,
      h('label', { for: overlap.id }, L('overlapHours')), overlap,
      h('button', { type: 'submit', 'data-rotate': p.issuer }, L('rotate'))));
  });
  const issuer = h('input', { id: 'np-issuer', type: 'text', required: true });
  const secret = h('input', { id: 'np-secret', type: 'password', autocomplete: 'off', required: true });
  const form = h('form', { class: 'panel', 'aria-labelledby': 'new-portal', onsubmit: (ev) => { ev.preventDefault(); act(async () => {
    const k = await call('POST', '/admin/portals', { agency: state.agency, issuer: issuer.value, secret: secret.value });
    return L('portalRegistered', issuer.value, k.keyId);
  }); } },
  h('h2', { id: 'new-portal' }, L('newPortal')),
  h('div', {}, h('label', { for: 'np-issuer' }, L('issuer')), issuer),
  h('div', {}, h('label', { for: 'np-secret' }, L('secret')), secret),
  h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit', 'data-register-portal': '' }, L('newPortal'))));
  page(L('portalsTitle'), notice, ...sections, form);
}

// ---- transfers (mutasi): asked for by one agency, decided by the other or centrally

/** The Mutasi link counts the requests that wait for this administrator's decision. */
export async function transferBadge() {
  const q = state.agency && !state.session.agency ? '&agency=' + encodeURIComponent(state.agency) : '';
  let waiting;
  try {
    waiting = (await call('GET', '/transfers?state=PENDING&limit=1000' + q)).filter((t) => t.decidableByMe).length;
  } catch (e) { return; } // the Mutasi page itself says what is wrong
  const link = document.querySelector("#nav a[href='#/transfers']");
  if (!link) return;
  link.textContent = waiting ? `${L('transfers')} (${waiting})` : L('transfers');
  if (waiting) link.setAttribute('aria-label', L('transfersWaiting', waiting));
  else link.removeAttribute('aria-label');
}

export async function transfersPage() {
  transferBadge();
  const admin = state.session.roles.includes('admin');
  const q = state.agency && !state.session.agency ? '?agency=' + encodeURIComponent(state.agency) : '';
  const list = await call('GET', '/transfers' + q);
  const notice = h('div', { 'aria-live': 'polite', id: 'transfer-notice' }, takeFlash());
  const act = async (t, what) => {
    try {
      const done = await call('POST', `/transfers/${t.id}/${what}`, {});
      state.flash = L('transferDone', t.id, done.state);
      await transfersPage();
    } catch (e) { notice.replaceChildren(alertOf(e)); }
  };
  const rows = list.map((t) => [`#${t.id}`, t.nip, t.fromAgency, t.toAgency, t.origin, t.state,
    `${t.requestedBy} · ${t.requestedAt}`, t.note || t.decisionNote || '—',
    !admin || t.state !== 'PENDING' ? '' : h('span', {},
      t.decidableByMe ? h('button', { type: 'button', 'data-approve': t.id, onclick: () => act(t, 'approve') }, L('approve')) : null, ' ',
      t.decidableByMe ? h('button', { type: 'button', 'data-refuse': t.id, onclick: () => act(t, 'refuse') }, L('refuse')) : null, ' ',
      !t.decidableByMe || !state.session.agency ? h('button', { type: 'button', 'data-withdraw': t.id, onclick: () => act(t, 'withdraw') }, L('withdraw')) : null)]);
  const nip = h('input', { id: 'nt-nip', type: 'text', inputmode: 'numeric', required: true });
  const to = h('input', { id: 'nt-to', type: 'text' });
  const note = h('input', { id: 'nt-note', type: 'text', maxlength: '500' });
  const form = h('form', { class: 'panel', 'aria-labelledby': 'new-transfer', onsubmit: async (ev) => {
    ev.preventDefault();
    try {
      const t = await call('POST', '/transfers', { nip: nip.value, toAgency: to.value || null, note: note.value || null });
      state.flash = L('transferDone', t.id, t.state);
      await transfersPage();
    } catch (e) { notice.replaceChildren(alertOf(e)); }
  } },
  h('h2', { id: 'new-transfer' }, L('newTransfer')),
  h('div', {}, h('label', { for: 'nt-nip' }, 'NIP'), nip),
  h('div', {}, h('label', { for: 'nt-to' }, L('toAgency')), to),
  h('div', {}, h('label', { for: 'nt-note' }, L('note')), note),
  h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit', 'data-request-transfer': '' }, L('newTransfer'))));
  page(L('transfersTitle'), notice, h('p', { class: 'muted' }, L('claimHint')),
    table(L('transfersTitle'), ['#', 'NIP', L('fromAgency'), L('toAgency'), L('origin'), L('state'), L('requested') , L('note'), ''], rows, 'mutasi.csv'),
    admin ? form : null);
}
