/* What every console page shares: the API's address, the session state, the words, DOM and API helpers. */
import { WORDS } from './words.js';

export const API = new URL('../api/v1', document.baseURI).href.replace(/\/$/, '');

export const state = { csrf: null, session: null, lang: 'id', agency: null, catalogue: null, walk: null, following: false };
export const $main = () => document.getElementById('main');
export const L = (k, ...a) => { const v = WORDS[state.lang][k]; return typeof v === 'function' ? v(...a) : v || k; };

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export class Problem extends Error {
  constructor(status, detail, errors) { super(detail); this.status = status; this.errors = errors || []; }
}

/** What every call sends: the session's CSRF token with a change; the cookie goes by itself. */
export function headers(method) {
  return {
    'X-Netra-Client': 'console', 'Accept-Language': state.lang,
    ...(method !== 'GET' && state.csrf ? { 'X-CSRF-Token': state.csrf } : {}),
  };
}

export async function call(method, path, body, raw) {
  let res;
  try {
    res = await fetch(API + path, {
      method,
      headers: {
        ...headers(method),
        Accept: raw ? 'text/csv' : 'application/json',
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    throw new Problem(0, L('offline'));
  }
  if (raw && res.ok) return res.text();
  const json = await res.json().catch(() => null);
  if (!res.ok) {
    const p = json || {};
    throw new Problem(res.status, (p.messages && p.messages[state.lang]) || p.detail || res.statusText,
      (p.errors || []).map((e) => (e.field ? e.field + ': ' : '') + ((e.messages && e.messages[state.lang]) || e.message)));
  }
  return json;
}

export function alertOf(e) {
  return h('div', { class: 'alert', role: 'alert' }, e.message,
    e.errors && e.errors.length ? h('ul', {}, e.errors.map((x) => h('li', {}, x))) : null);
}

/** Shows a page: its h1 takes the focus, the nav marks where we are. */
export function page(title, ...content) {
  const main = $main();
  main.replaceChildren(h('h1', { tabindex: '-1', id: 'page-title' }, title),
    ...content.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  document.title = `${title} — Netra`;
  document.querySelector('a.skip').textContent = L('skip');
  document.getElementById('page-title').focus();
  document.querySelectorAll('#nav a').forEach((a) => {
    if (location.hash.startsWith(a.getAttribute('href'))) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

export function csvOf(header, rows) {
  const cell = (v) => {
    let s = v === null || v === undefined ? '' : String(v);
    // As the server's CsvWriter: formulas (= + - @ TAB CR first) neutralised, quoted on , ; " and breaks.
    if (/^[=+\-@\t\r]/.test(s) && typeof v !== 'number') s = "'" + s;
    return /[",;\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function download(name, text, type = 'text/csv;charset=utf-8') {
  const a = h('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

/** A table with its CSV export of exactly what it shows. */
export function table(caption, header, rows, name, numeric) {
  if (!rows.length) return h('p', { class: 'muted' }, L('none'));
  const num = new Set(numeric || []);
  return h('div', {},
    h('table', {},
      h('caption', { class: 'sr' }, caption),
      h('thead', {}, h('tr', {}, header.map((c, i) => h('th', { scope: 'col', class: num.has(i) ? 'num' : null }, c)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => h('td', { class: num.has(i) ? 'num' : null }, c)))))),
    h('div', { class: 'row' }, h('button', {
      type: 'button', 'data-csv': name,
      onclick: () => download(name, csvOf(header, rows.map((r) => r.map((c) => (c instanceof Node ? c.textContent : c))))),
    }, `${L('csv')}: ${caption}`)));
}

/**
 * For versioned documents (pact templates, training modules): what an administrator can do with
 * each row — 'edit' a draft, or start a 'new' draft from the latest version of a code that has
 * none — else null.
 */
export function nextStep(list) {
  const hasDraft = new Set(list.filter((d) => d.status === 'DRAFT').map((d) => d.code));
  const latest = {};
  list.forEach((d) => { if (!latest[d.code] || latest[d.code].version < d.version) latest[d.code] = d; });
  return (d) => (d.status === 'DRAFT' ? 'edit' : latest[d.code] === d && !hasDraft.has(d.code) ? 'new' : null);
}

/** The message a page left for the next one (after a publish), shown once. */
export function takeFlash() {
  const flash = state.flash;
  state.flash = null;
  return flash ? h('div', { class: 'ok', role: 'status' }, flash) : null;
}
