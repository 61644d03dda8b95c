/* The console's trainings pages. */
import { $main, L, alertOf, call, h, nextStep, page, state, table, takeFlash } from '../core.js';

// ---- training modules

export async function trainingsPage(params) {
  const list = await call('GET', '/training/modules?agency=' + encodeURIComponent(state.agency || ''));
  const admin = state.session.roles.includes('admin');
  const open = params.get('new') && admin
    ? { agency: state.agency, code: '', version: 1, title: '', passMark: 70, validityDays: 365, sections: [{ title: '', body: '' }], questions: [{ prompt: '', choices: [], correctChoice: 0 }] }
    : params.get('edit') && list.find((m) => String(m.id) === params.get('edit'));
  const next = nextStep(list);
  page(L('trainings'),
    takeFlash(),
    admin ? h('div', { class: 'row' }, h('a', { href: '#/trainings?new=1', class: 'button', 'data-create-module': '' }, L('newModule'))) : null,
    table(L('trainings'), [L('code'), L('version'), L('status'), L('name'), L('passMark'), ''],
      list.map((m) => [m.code, m.version, m.status, m.title, m.passMark,
        !admin ? ''
          : next(m) === 'edit' ? h('a', { href: `#/trainings?edit=${m.id}`, 'data-edit-module': m.code }, `${L('edit')} ${m.code} v${m.version}`)
            : next(m) === 'new'
              ? h('button', {
                type: 'button', 'data-new-module': m.code,
                onclick: async () => {
                  try {
                    const d = await call('POST', '/training/modules', {
                      agency: m.agency, code: m.code, title: m.title, passMark: m.passMark, validityDays: m.validityDays,
                      sections: m.sections, questions: m.questions.map((q) => ({ prompt: q.prompt, choices: q.choices, correctChoice: 0 })),
                    });
                    location.hash = `#/trainings?edit=${d.id}`;
                  } catch (e) { $main().append(alertOf(e)); }
                },
              }, `${L('newDraft')} (${m.code})`) : '']),
      'modul-pelatihan.csv', [1, 4]),
    open ? moduleEditor(open) : null);
}

/** Edits a draft module, or a new one (no id yet: its code is typed here, saving creates it). */
export function moduleEditor(m) {
  const creating = !m.id;
  const code = creating ? h('input', { type: 'text', id: 'm-code', value: m.code, autocomplete: 'off' }) : null;
  const title = h('input', { type: 'text', id: 'm-title', value: m.title });
  const pass = h('input', { type: 'text', id: 'm-pass', inputmode: 'numeric', value: m.passMark });
  const valid = h('input', { type: 'text', id: 'm-valid', inputmode: 'numeric', value: m.validityDays });
  const sections = m.sections.map((s) => ({ ...s }));
  const questions = m.questions.map((q) => ({ prompt: q.prompt, choices: q.choices.slice(), correctChoice: q.correctChoice ?? null }));
  const box = h('div', {});
  const problems = h('div', { 'aria-live': 'assertive' });
  // replaceChildren takes nodes, not arrays: the lists are spread into one flat list.
  const draw = () => box.replaceChildren(...[
    h('h3', {}, L('material')),
    sections.map((s, i) => h('div', { class: 'clause-edit' },
      h('label', { for: `s${i}t` }, `${L('section', i + 1)} — ${L('name')}`),
      h('input', { type: 'text', id: `s${i}t`, value: s.title, oninput: (e) => { s.title = e.target.value; } }),
      h('label', { for: `s${i}b` }, L('body')),
      h('textarea', { id: `s${i}b`, oninput: (e) => { s.body = e.target.value; } }, s.body),
      h('button', { type: 'button', onclick: () => { sections.splice(i, 1); draw(); } }, `${L('remove')} ${i + 1}`))),
    h('button', { type: 'button', onclick: () => { sections.push({ title: '', body: '' }); draw(); } }, L('addSection')),
    h('h3', {}, L('quiz')),
    questions.map((q, i) => {
      // The right answer is picked among the choices as they are typed.
      const options = () => q.choices.map((c, j) => h('option', { value: j, selected: q.correctChoice === j }, `${j + 1}. ${c}`));
      const answer = h('select', { id: `q${i}a`, onchange: (e) => { q.correctChoice = Number(e.target.value); } }, options());
      return h('div', { class: 'clause-edit' },
        h('label', { for: `q${i}p` }, `${L('question', i + 1)}`),
        h('input', { type: 'text', id: `q${i}p`, value: q.prompt, oninput: (e) => { q.prompt = e.target.value; } }),
        h('label', { for: `q${i}c` }, L('choices')),
        h('textarea', {
          id: `q${i}c`,
          oninput: (e) => {
            q.choices = e.target.value.split('\n').filter((x) => x.trim());
            if (q.correctChoice === null || q.correctChoice >= q.choices.length) q.correctChoice = 0;
            answer.replaceChildren(...options());
          },
        }, q.choices.join('\n')),
        h('label', { for: `q${i}a` }, L('correct')), answer,
        h('button', { type: 'button', onclick: () => { questions.splice(i, 1); draw(); } }, `${L('remove')} ${i + 1}`));
    }),
    h('button', { type: 'button', onclick: () => { questions.push({ prompt: '', choices: [], correctChoice: 0 }); draw(); } }, L('addQuestion'))].flat());
  draw();
  const body = () => ({
    agency: m.agency, code: creating ? code.value.trim() : m.code, title: title.value, passMark: Number(pass.value), validityDays: Number(valid.value),
    sections, questions: questions.map((q) => ({ ...q, correctChoice: q.correctChoice ?? 0 })),
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'module-editor' },
    h('h2', { id: 'module-editor' }, creating ? L('newModule') : `${L('edit')}: ${m.code} v${m.version}`),
    creating ? [h('label', { for: 'm-code' }, L('code')), code] : null,
    h('label', { for: 'm-title' }, L('name')), title,
    h('label', { for: 'm-pass' }, L('passMark')), pass,
    h('label', { for: 'm-valid' }, L('validityDays')), valid,
    box, problems,
    h('div', { class: 'row' },
      h('button', {
        type: 'button', 'data-save-module': '',
        onclick: async () => {
          try {
            if (creating) {
              const d = await call('POST', '/training/modules', body());
              state.flash = L('saved');
              location.hash = `#/trainings?edit=${d.id}`;
              return;
            }
            await call('PUT', `/training/modules/${m.id}`, body());
            problems.replaceChildren(h('div', { class: 'ok', role: 'status' }, L('saved')));
          } catch (e) { problems.replaceChildren(alertOf(e)); }
        },
      }, L('save')),
      h('button', {
        class: 'primary', type: 'button', 'data-publish-module': '',
        onclick: async () => {
          if (!window.confirm(L('confirmPublish'))) return;
          try {
            const id = creating ? (await call('POST', '/training/modules', body())).id : m.id;
            if (!creating) await call('PUT', `/training/modules/${id}`, body());
            const p = await call('POST', `/training/modules/${id}/publish`);
            state.flash = L('publishedOk', p.version);
            location.hash = '#/trainings';
          } catch (e) { problems.replaceChildren(alertOf(e)); }
        },
      }, L('publish'))));
}
