/* The console's templates pages. */
import { $main, L, alertOf, call, h, nextStep, page, state, table, takeFlash } from '../core.js';

// ---- pact templates

export async function templates(params) {
  const list = await call('GET', '/pact/templates?agency=' + encodeURIComponent(state.agency || ''));
  const admin = state.session.roles.includes('admin');
  const open = params.get('edit') && list.find((t) => String(t.id) === params.get('edit'));
  const next = nextStep(list);
  const newDraft = async (from) => {
    try {
      const d = await call('POST', '/pact/templates', { agency: from.agency, code: from.code, titleId: from.titleId, titleEn: from.titleEn, clauses: from.clauses });
      location.hash = `#/templates?edit=${d.id}`;
    } catch (e) { $main().append(alertOf(e)); }
  };
  page(L('tplTitle'),
    takeFlash(),
    table(L('tplTitle'), [L('code'), L('version'), L('status'), L('published'), ''],
      list.map((t) => [t.code, t.version, t.status, t.publishedAt || '—',
        !admin ? ''
          : next(t) === 'edit' ? h('a', { href: `#/templates?edit=${t.id}`, 'data-edit': t.code }, `${L('edit')} ${t.code} v${t.version}`)
            : next(t) === 'new'
              ? h('button', { type: 'button', 'data-new-draft': t.code, onclick: () => newDraft(t) }, `${L('newDraft')} (${t.code})`) : '']),
      'templat-pakta.csv', [1]),
    open ? editor(open) : null);
}

export function editor(t) {
  const titleId = h('input', { type: 'text', id: 'titleId', value: t.titleId });
  const titleEn = h('input', { type: 'text', id: 'titleEn', value: t.titleEn });
  const list = h('div', {});
  const problems = h('div', { 'aria-live': 'assertive' });
  const previewBox = h('div', { class: 'cols', id: 'preview' });
  const clauses = t.clauses.map((c) => ({ ...c }));
  const draw = () => list.replaceChildren(...clauses.map((c, i) => h('div', { class: 'clause-edit' },
    h('label', { for: `ti${i}` }, `${L('clause', i + 1)} — ${L('textId')}`),
    h('textarea', { id: `ti${i}`, oninput: (e) => { c.textId = e.target.value; } }, c.textId),
    h('label', { for: `te${i}` }, `${L('clause', i + 1)} — ${L('textEn')}`),
    h('textarea', { id: `te${i}`, oninput: (e) => { c.textEn = e.target.value; } }, c.textEn),
    h('button', { type: 'button', onclick: () => { clauses.splice(i, 1); draw(); } }, `${L('removeClause')} ${i + 1}`))));
  draw();
  const body = () => ({ agency: t.agency, code: t.code, titleId: titleId.value, titleEn: titleEn.value, clauses });
  const preview = () => previewBox.replaceChildren(
    h('section', { class: 'panel', lang: 'id', 'aria-label': L('inId') }, h('h3', {}, titleId.value), h('ol', {}, clauses.map((c) => h('li', {}, c.textId)))),
    h('section', { class: 'panel', lang: 'en', 'aria-label': L('inEn') }, h('h3', {}, titleEn.value), h('ol', {}, clauses.map((c) => h('li', {}, c.textEn)))));
  return h('section', { class: 'panel', 'aria-labelledby': 'editor-title' },
    h('h2', { id: 'editor-title' }, `${L('edit')}: ${t.code} ${L('version').toLowerCase()} ${t.version}`),
    h('label', { for: 'titleId' }, L('titleId')), titleId,
    h('label', { for: 'titleEn' }, L('titleEn')), titleEn,
    list,
    h('div', { class: 'row' },
      h('button', { type: 'button', onclick: () => { clauses.push({ textId: '', textEn: '' }); draw(); } }, L('addClause')),
      h('button', { type: 'button', 'data-preview': '', onclick: preview }, L('preview')),
      h('button', {
        type: 'button', 'data-save': '',
        onclick: async () => {
          try {
            await call('PUT', `/pact/templates/${t.id}`, body());
            problems.replaceChildren(h('div', { class: 'ok', role: 'status' }, L('saved')));
          } catch (e) { problems.replaceChildren(alertOf(e)); }
        },
      }, L('save')),
      h('button', {
        class: 'primary', type: 'button', 'data-publish': '',
        onclick: async () => {
          if (!window.confirm(L('confirmPublish'))) return;
          try {
            await call('PUT', `/pact/templates/${t.id}`, body());
            const p = await call('POST', `/pact/templates/${t.id}/publish`);
            state.flash = L('publishedOk', p.version);
            location.hash = '#/templates';
          } catch (e) { problems.replaceChildren(alertOf(e)); }
        },
      }, L('publish'))),
    problems,
    h('h3', {}, L('preview')), previewBox);
}
