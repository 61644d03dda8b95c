/*
 * Netra's console for administrators, case officers, PPKs and auditors: plain JavaScript modules, no
 * framework and no build step, one API round trip before each page shows its content. A login opens a
 * session: its cookie is HttpOnly (this script never sees it), and every change carries the session's
 * CSRF token, which stays in this tab's memory; a reload finds the session again, "Log out" ends it.
 * This module logs in, draws the navigation and routes each #/address to its page module.
 */
import { $main, API, L, alertOf, call, h, page, state } from './core.js';
import { accountsPage, passwordPage, portalsPage, transferBadge, transfersPage } from './pages/access.js';
import { audit } from './pages/audit.js';
import { casePage, cataloguePage, queue } from './pages/cases.js';
import { connector, connectors } from './pages/connectors.js';
import { dashboard } from './pages/dashboard.js';
import { electionsPage, policies } from './pages/elections.js';
import { templates } from './pages/templates.js';
import { trainingsPage } from './pages/trainings.js';

// ---- login and navigation

/** The reason a single sign-on came back refused (?sso=CODE), shown once. */
export function ssoRefusal() {
  const code = new URLSearchParams(location.search).get('sso');
  if (!code) return null;
  history.replaceState(null, '', location.pathname + location.hash);
  const texts = L('ssoErrors');
  return texts[code] || `${texts.other} (${code})`;
}

export function login(message) {
  message = message || ssoRefusal();
  document.getElementById('nav').replaceChildren();
  document.getElementById('who').replaceChildren();
  const user = h('input', { type: 'text', id: 'username', autocomplete: 'username', required: true });
  const pass = h('input', { type: 'password', id: 'password', autocomplete: 'current-password', required: true });
  const problems = h('div', { 'aria-live': 'assertive' }, message ? h('div', { class: 'alert', role: 'alert' }, message) : null);
  const sso = h('div', { class: 'sso', id: 'sso-providers' });
  const form = h('form', { class: 'panel login' },
    problems, sso,
    h('label', { for: 'username' }, L('username')), user,
    h('label', { for: 'password' }, L('password')), pass,
    h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit' }, L('login')),
      h('button', { type: 'button', onclick: () => { state.lang = state.lang === 'id' ? 'en' : 'id'; document.documentElement.lang = state.lang; login(); } }, L('lang'))));
  // The providers of single sign-on, when any is configured: each a link that starts its login.
  fetch(API + '/auth/sso', { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : []))
    .then((providers) => {
      if (!providers.length) return;
      sso.replaceChildren(
        h('div', { class: 'row' }, providers.map((p) => h('a', { class: 'button primary', href: p.login, 'data-sso': p.id }, L('ssoWith', p.label)))),
        h('p', { class: 'muted' }, L('ssoOr')));
    })
    .catch(() => null);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await call('POST', '/auth/login', { username: user.value, password: pass.value });
      await startSession();
    } catch (e) {
      state.session = null;
      problems.replaceChildren(h('div', { class: 'alert', role: 'alert' }, e.status === 401 ? L('badLogin') : e.message));
      user.focus();
      return;
    }
    if (state.session.mustChangePassword) location.hash = '#/password';
    else if (!location.hash || location.hash === '#/login') location.hash = '#/dashboard';
    else route();
  });
  page(`Netra — ${L('login')}`, form);
  user.focus();
}

/** Reads the session the cookie stands for: who, which agencies, and the CSRF token. */
export async function startSession() {
  state.session = await call('GET', '/session');
  state.csrf = state.session.csrfToken;
  state.agency = state.session.agency || (state.session.agencies[0] || null);
  navigation();
}

export async function logout() {
  try {
    await call('POST', '/auth/logout');
  } catch (e) { /* already ended */ }
  state.session = null;
  state.csrf = null;
}

export function navigation() {
  const roles = new Set(state.session.roles);
  const items = [['#/dashboard', L('dashboard')], ['#/cases', L('cases')]];
  if (roles.has('admin') || roles.has('officer') || roles.has('auditor')) items.push(['#/templates', L('templates')]);
  items.push(['#/elections', L('elections')]);
  items.push(['#/catalogue', L('catalogue')]);
  if (roles.has('admin') || roles.has('officer') || roles.has('auditor')) items.push(['#/trainings', L('trainings')]);
  if (roles.has('admin') || roles.has('officer') || roles.has('auditor')) items.push(['#/policies', L('policies')]);
  if (roles.has('admin')) items.push(['#/connectors', L('connectors')]);
  if (roles.has('admin') || roles.has('auditor')) items.push(['#/audit', L('audit')]);
  if (roles.has('admin') || roles.has('auditor')) items.push(['#/accounts', L('accounts')]);
  if (roles.has('admin')) items.push(['#/portals', L('portals')]);
  if (roles.has('admin') || roles.has('auditor')) items.push(['#/transfers', L('transfers')]);
  document.getElementById('nav').replaceChildren(...items.map(([href, text]) => h('a', { href }, text)));
  if (roles.has('admin')) transferBadge();
  const agencies = state.session.agency ? [] : state.session.agencies;
  const chooser = agencies.length > 1
    ? h('span', {}, ' ', h('label', { for: 'agency', class: 'inline' }, L('agency') + ' '),
      h('select', {
        id: 'agency',
        onchange: (e) => { state.agency = e.target.value; navigation(); route(); },
      }, agencies.map((a) => h('option', { value: a, selected: a === state.agency }, a))))
    : null;
  document.getElementById('who').replaceChildren(
    `${state.session.name} (${state.session.roles.join(', ')})${agencies.length > 1 ? '' : state.agency ? ' · ' + state.agency : ''}`,
    chooser || '',
    h('a', { href: '#/password' }, L('myPassword')), ' ',
    h('button', { type: 'button', 'data-logout': '', onclick: async () => { await logout(); location.hash = '#/login'; } }, L('logout')));
}

export async function route() {
  if (location.hash === '#/login') {
    // The login page ends whatever session this browser still has.
    if (!state.session) await startSession().catch(() => null);
    if (state.session) await logout();
    return login();
  }
  if (!state.session) {
    try {
      await startSession();
    } catch (e) {
      return login();
    }
  }
  if (state.session.mustChangePassword && location.hash !== '#/password') {
    location.hash = '#/password';
    return;
  }
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean);
  try {
    if (parts[0] === 'cases' && parts[1]) return await casePage(parts[1]);
    if (parts[0] === 'cases') return await queue(params);
    if (parts[0] === 'templates') return await templates(params);
    if (parts[0] === 'connectors' && parts[1]) return await connector(decodeURIComponent(parts[1]));
    if (parts[0] === 'connectors') return await connectors();
    if (parts[0] === 'audit') return await audit(params);
    if (parts[0] === 'catalogue') return await cataloguePage();
    if (parts[0] === 'policies') return await policies(params);
    if (parts[0] === 'elections') return await electionsPage(params);
    if (parts[0] === 'trainings') return await trainingsPage(params);
    if (parts[0] === 'accounts') return await accountsPage(params);
    if (parts[0] === 'portals') return await portalsPage();
    if (parts[0] === 'transfers') return await transfersPage();
    if (parts[0] === 'password') return passwordPage();
    return await dashboard(params);
  } catch (e) {
    if (e.status === 401) {
      state.session = null;
      return login(L('sessionEnded'));
    }
    page('Netra', alertOf(e));
  }
}

// The skip link moves the focus to the content; it must not become a route of its own.
const skip = document.querySelector('a.skip');
skip.addEventListener('click', (ev) => { ev.preventDefault(); $main().focus(); });

window.addEventListener('hashchange', route);
route(); // deferred: the document is parsed
