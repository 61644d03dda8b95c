/*
 * <netra-prompts>: Netra's prompts inside an HR portal page. One script, no framework, its own
 * Shadow DOM. The portal passes the short-lived token it signed for the employee:
 *
 *   <script src="https://netra.example.go.id/netra/widget/netra-prompts.js" defer></script>
 *   <netra-prompts token="eyJ..." lang="id"></netra-prompts>
 *
 * Attributes: token (required), lang ("id" default, "en"), api (Netra's API base; by default the
 * one next to this script). Property: tokenProvider, an async function answering a fresh token,
 * asked when the token has expired. Events (bubbling, composed): netra-signed, netra-passed,
 * netra-done. Theme with CSS custom properties on the element: --netra-accent,
 * --netra-accent-text, --netra-text, --netra-muted, --netra-bg, --netra-surface, --netra-border,
 * --netra-danger, --netra-ok, --netra-radius, --netra-font.
 */
(() => {
  'use strict';
  if (customElements.get('netra-prompts')) return;

  const SCRIPT_SRC = document.currentScript && document.currentScript.src;
  const DEFAULT_API = SCRIPT_SRC ? new URL('../api/v1', SCRIPT_SRC).href.replace(/\/$/, '') : '/netra/api/v1';

  const TEXT = {
    id: {
      myCases: 'Kasus dugaan pelanggaran Anda',
      caseState: { REPORTED: 'Dilaporkan', VERIFICATION: 'Diverifikasi', RECOMMENDED: 'Direkomendasikan',
        EXAMINATION: 'Diperiksa atasan', DECIDED: 'Diputus', RECORDED: 'Diputus dan dicatat', OBJECTION: 'Keberatan diajukan',
        CLOSED: 'Selesai', DISMISSED: 'Dihentikan', CANCELLED: 'Dibatalkan' },
      decreeLine: (n, d) => `SK ${n} tanggal ${d}`,
      openDocument: (kind) => `Unduh ${kind}`,
      sanctionLine: (s, from, to) => `Hukuman: ${s} (${from}${to ? ' – ' + to : ''})`,
      objectUntil: (d) => `Keberatan dapat diajukan sampai ${d}.`,
      objected: (k, d) => `${k === 'BANDING' ? 'Banding' : 'Keberatan'} diajukan ${d}.`,
      object: 'Ajukan keberatan', objectTitle: 'Keberatan atas keputusan',
      objectIntro: 'Uraikan alasan keberatan Anda. Keberatan ditujukan kepada atasan pejabat yang memutus; terhadap pemberhentian, banding administratif kepada BPASN.',
      objectNote: 'Alasan keberatan', send: 'Kirim keberatan', objectSent: 'Keberatan Anda sudah diterima.',
      title: 'Netralitas ASN',
      loading: 'Memuat…',
      hello: (n) => `Halo, ${n}.`,
      waiting: 'Permohonan Anda yang menunggu',
      waitingFor: 'Menunggu:',
      todo: 'Yang perlu Anda lakukan',
      SIGN_PACT: 'Baca dan tandatangani pakta integritas',
      TAKE_TRAINING: 'Ikuti pelatihan netralitas',
      doneTitle: 'Tidak ada yang perlu Anda lakukan',
      doneBody: 'Pakta integritas dan pelatihan netralitas Anda sudah lengkap.',
      signedOn: (d) => `Pakta ditandatangani ${d}`,
      passedUntil: (d) => `Lulus pelatihan, berlaku sampai ${d}`,
      leave: 'Cuti', duty: 'Tugas pemilihan',
      outcome: { BLOCK: 'Ditahan', ALLOW_WITH_WARNING: 'Diizinkan dengan catatan', ALLOW: 'Diizinkan' },
      pactTitle: 'Pakta integritas netralitas',
      pactIntro: 'Bacalah setiap butir. Centang persetujuan pada setiap butir, lalu ketik nama lengkap Anda.',
      version: (v) => `Versi ${v}`,
      agree: 'Saya memahami dan menyetujui butir ini',
      typedName: 'Nama lengkap Anda',
      typedNameHint: (n) => `Ketik sesuai data kepegawaian: ${n}`,
      next: 'Lanjut', back: 'Kembali', cancel: 'Batal', close: 'Selesai', retry: 'Coba lagi',
      needAll: 'Setujui setiap butir pakta.',
      needName: 'Ketik nama lengkap Anda.',
      confirmTitle: 'Konfirmasi tanda tangan',
      confirmBody: (n, v) => `Dengan menekan “Tandatangani”, ${n} menandatangani pakta integritas netralitas ASN versi ${v}. Tanda tangan ini tercatat dan tidak dapat ditarik kembali.`,
      sign: 'Tandatangani',
      signedTitle: 'Pakta sudah ditandatangani',
      receiptNo: 'Nomor tanda terima', signedAt: 'Waktu', templateVersion: 'Versi pakta',
      download: 'Unduh tanda terima', print: 'Cetak',
      trainingTitle: 'Pelatihan netralitas ASN',
      material: 'Materi', quiz: 'Kuis',
      quizIntro: (m) => `Jawab semua pertanyaan. Nilai lulus: ${m}.`,
      question: (i) => `Pertanyaan ${i}`,
      submit: 'Kirim jawaban',
      needAnswers: 'Jawab semua pertanyaan.',
      attemptsLeft: (n) => `Sisa percobaan hari ini: ${n}.`,
      noAttempts: 'Percobaan hari ini sudah habis. Anda dapat mencoba lagi besok.',
      passedTitle: 'Anda lulus pelatihan',
      failedTitle: 'Anda belum lulus',
      score: (s, m) => `Nilai Anda ${s} (nilai lulus ${m}).`,
      certificate: 'Nomor sertifikat', validUntil: 'Berlaku sampai',
      offline: 'Netra tidak dapat dihubungi saat ini. Periksa koneksi Anda lalu coba lagi.',
      expired: 'Sesi Anda telah berakhir. Muat ulang halaman portal untuk melanjutkan.',
      noToken: 'Portal tidak mengirim identitas Anda ke Netra. Hubungi pengelola portal kepegawaian.',
      failed: 'Permintaan tidak dapat diproses.',
      receiptHeading: 'Tanda terima pakta integritas netralitas ASN',
      employee: 'Pegawai', election: 'Pemilihan', check: 'Periksa tanda terima di',
    },
    en: {
      myCases: 'Suspected violations about you',
      caseState: { REPORTED: 'Reported', VERIFICATION: 'Being verified', RECOMMENDED: 'Recommended',
        EXAMINATION: 'Examined by the superior', DECIDED: 'Decided', RECORDED: 'Decided and recorded', OBJECTION: 'Objection filed',
        CLOSED: 'Closed', DISMISSED: 'Dismissed', CANCELLED: 'Cancelled' },
      decreeLine: (n, d) => `Decree ${n} of ${d}`,
      openDocument: (kind) => `Download the ${kind.toLowerCase()}`,
      sanctionLine: (s, from, to) => `Sanction: ${s} (${from}${to ? ' – ' + to : ''})`,
      objectUntil: (d) => `You may object until ${d}.`,
      objected: (k, d) => `${k === 'BANDING' ? 'Appeal' : 'Objection'} filed on ${d}.`,
      object: 'Object to the decision', objectTitle: 'Objection to the decision',
      objectIntro: 'Give the reasons for your objection. It goes to the superior of the official who decided; against a dismissal, an administrative appeal goes to BPASN.',
      objectNote: 'Reasons', send: 'Send the objection', objectSent: 'Your objection has been received.',
      title: 'Civil-service neutrality',
      loading: 'Loading…',
      hello: (n) => `Hello, ${n}.`,
      waiting: 'Your requests waiting',
      waitingFor: 'Waiting for:',
      todo: 'What you need to do',
      SIGN_PACT: 'Read and sign the integrity pact',
      TAKE_TRAINING: 'Take the neutrality training',
      doneTitle: 'Nothing left for you to do',
      doneBody: 'Your integrity pact and neutrality training are complete.',
      signedOn: (d) => `Pact signed on ${d}`,
      passedUntil: (d) => `Training passed, valid until ${d}`,
      leave: 'Leave', duty: 'Election duty',
      outcome: { BLOCK: 'On hold', ALLOW_WITH_WARNING: 'Allowed with a warning', ALLOW: 'Allowed' },
      pactTitle: 'Neutrality integrity pact',
      pactIntro: 'Read every clause. Tick your consent to each one, then type your full name.',
      version: (v) => `Version ${v}`,
      agree: 'I understand and agree to this clause',
      typedName: 'Your full name',
      typedNameHint: (n) => `As in your personnel record: ${n}`,
      next: 'Continue', back: 'Back', cancel: 'Cancel', close: 'Done', retry: 'Try again',
      needAll: 'Agree to every clause of the pact.',
      needName: 'Type your full name.',
      confirmTitle: 'Confirm your signature',
      confirmBody: (n, v) => `By pressing “Sign”, ${n} signs version ${v} of the civil-service neutrality integrity pact. The signature is recorded and cannot be withdrawn.`,
      sign: 'Sign',
      signedTitle: 'The pact is signed',
      receiptNo: 'Receipt number', signedAt: 'Time', templateVersion: 'Pact version',
      download: 'Download the receipt', print: 'Print',
      trainingTitle: 'Civil-service neutrality training',
      material: 'Material', quiz: 'Quiz',
      quizIntro: (m) => `Answer every question. Pass mark: ${m}.`,
      question: (i) => `Question ${i}`,
      submit: 'Send my answers',
      needAnswers: 'Answer every question.',
      attemptsLeft: (n) => `Tries left today: ${n}.`,
      noAttempts: 'You have used today’s tries. You can try again tomorrow.',
      passedTitle: 'You passed the training',
      failedTitle: 'You have not passed yet',
      score: (s, m) => `Your score is ${s} (pass mark ${m}).`,
      certificate: 'Certificate number', validUntil: 'Valid until',
      offline: 'Netra cannot be reached right now. Check your connection and try again.',
      expired: 'Your session has ended. Reload the portal page to continue.',
      noToken: 'The portal did not send your identity to Netra. Contact the HR portal’s administrator.',
      failed: 'The request could not be processed.',
      receiptHeading: 'Receipt: civil-service neutrality integrity pact',
      employee: 'Employee', election: 'Election', check: 'Check the receipt at',
    },
  };

  const STYLE = `
    :host { display: block; font-family: var(--netra-font, system-ui, sans-serif); color: var(--netra-text, #1b1b1b); }
    .netra { background: var(--netra-bg, #fff); border: 1px solid var(--netra-border, #8a8a8a); border-radius: var(--netra-radius, 6px); padding: 1rem; max-width: 100%; box-sizing: border-box; line-height: 1.5; }
    h2 { font-size: 1.2rem; margin: 0 0 .5rem; } h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
    h2:focus { outline: 2px solid var(--netra-accent, #0b5cad); outline-offset: 2px; }
    p { margin: .3rem 0 .6rem; } ul, ol { padding-left: 1.3rem; margin: .3rem 0; }
    .muted { color: var(--netra-muted, #4a4a4a); }
    .card { background: var(--netra-surface, #f3f6fa); border-radius: var(--netra-radius, 6px); padding: .6rem .8rem; margin: .5rem 0; }
    .row { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .8rem; }
    button { font: inherit; padding: .55rem 1rem; border-radius: var(--netra-radius, 6px); border: 1px solid var(--netra-accent, #0b5cad); background: var(--netra-bg, #fff); color: var(--netra-accent, #0b5cad); cursor: pointer; min-height: 44px; }
    button.primary { background: var(--netra-accent, #0b5cad); color: var(--netra-accent-text, #fff); }
    button:focus-visible, input:focus-visible { outline: 3px solid var(--netra-accent, #0b5cad); outline-offset: 2px; }
    button[disabled] { opacity: .6; cursor: progress; }
    .clause { border: 1px solid var(--netra-border, #8a8a8a); border-radius: var(--netra-radius, 6px); padding: .6rem .8rem; margin: .5rem 0; }
    label { display: flex; gap: .5rem; align-items: flex-start; cursor: pointer; }
    label.block { display: block; font-weight: 600; margin-top: .8rem; }
    input[type=checkbox], input[type=radio] { width: 1.2rem; height: 1.2rem; margin-top: .2rem; flex: none; }
    input[type=text] { font: inherit; width: 100%; max-width: 28rem; box-sizing: border-box; padding: .5rem; border: 1px solid var(--netra-muted, #4a4a4a); border-radius: var(--netra-radius, 6px); }
    fieldset { border: 1px solid var(--netra-border, #8a8a8a); border-radius: var(--netra-radius, 6px); margin: .6rem 0; padding: .5rem .8rem; }
    legend { font-weight: 600; padding: 0 .3rem; }
    .alert { border-left: 4px solid var(--netra-danger, #b00020); background: #fdecee; color: #5c0011; padding: .5rem .8rem; margin: .6rem 0; }
    .ok { border-left: 4px solid var(--netra-ok, #1b6e2a); background: #e9f5ec; color: #0f3d17; padding: .5rem .8rem; margin: .6rem 0; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: .5rem 0; } dt { font-weight: 600; } dd { margin: 0; word-break: break-all; }
    .badge { display: inline-block; font-size: .85rem; padding: 0 .4rem; border-radius: 4px; background: #fdecee; color: #5c0011; }
    .badge.ALLOW { background: #e9f5ec; color: #0f3d17; } .badge.ALLOW_WITH_WARNING { background: #fff4d6; color: #4d3800; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  /** Builds an element: h('p', {class: 'x'}, 'text', child…); text is never parsed as HTML. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  class Problem extends Error {
    constructor(kind, detail, errors) { super(detail || kind); this.kind = kind; this.errors = errors || []; }
  }

  class NetraPrompts extends HTMLElement {
    static get observedAttributes() { return ['token', 'lang', 'api']; }

    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      this.tokenProvider = null;
      this.seq = 0;
    }

    connectedCallback() { this.overview(); }

    attributeChangedCallback(name, before, after) {
      if (this.isConnected && before !== null && before !== after) this.overview();
    }

    get lang() { return (this.getAttribute('lang') || 'id').toLowerCase().startsWith('en') ? 'en' : 'id'; }
    get t() { return TEXT[this.lang]; }
    get api() { return (this.getAttribute('api') || DEFAULT_API).replace(/\/$/, ''); }

    date(iso, withTime) {
      if (!iso) return '';
      const d = new Date(iso.length === 10 ? iso + 'T00:00:00' : iso);
      return new Intl.DateTimeFormat(this.lang === 'en' ? 'en-GB' : 'id-ID',
        withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' }).format(d);
    }

    /** One call to Netra; a 401 asks the tokenProvider once for a fresh token. */
    async call(method, path, body, retried) {
      const token = this.getAttribute('token');
      if (!token) throw new Problem('noToken');
      let res;
      try {
        res = await fetch(this.api + path, {
          method,
          headers: {
            Authorization: 'Bearer ' + token,
            Accept: 'application/json',
            'Accept-Language': this.lang,
            ...(body ? { 'Content-Type': 'application/json' } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
        });
      } catch (e) {
        throw new Problem('offline');
      }
      if (res.status === 401) {
        if (!retried && typeof this.tokenProvider === 'function') {
          const fresh = await this.tokenProvider().catch(() => null);
          if (fresh) {
            this.setAttribute('token', fresh);
            return this.call(method, path, body, true);
          }
        }
        throw new Problem('expired');
      }
      const json = await res.json().catch(() => null);
      if (!res.ok) {
        const p = json || {};
        const detail = (p.messages && p.messages[this.lang]) || p.detail || this.t.failed;
        const errors = (p.errors || []).map((e) => (e.messages && e.messages[this.lang]) || e.message);
        throw new Problem(res.status >= 500 ? 'server' : 'problem', detail, errors);
      }
      return json;
    }

    /** Shows a view: its heading takes the focus, so keyboard and screen-reader users follow. */
    show(title, ...content) {
      const heading = h('h2', { tabindex: '-1', id: 'netra-view' }, title);
      const section = h('section', { class: 'netra', lang: this.lang, 'aria-labelledby': 'netra-view' },
        heading, ...content);
      this.root.replaceChildren(h('style', { text: STYLE }), section);
      // The first view does not take the focus from the host page; every later one does.
      if (this.focusViews) heading.focus();
      return section;
    }

    busy() {
      this.show(this.t.title, h('p', { role: 'status' }, this.t.loading));
    }

    fail(e) {
      const t = this.t;
      const text = e.kind === 'offline' || e.kind === 'server' ? t.offline
        : e.kind === 'expired' ? t.expired : e.kind === 'noToken' ? t.noToken : e.message;
      const again = e.kind === 'offline' || e.kind === 'server'
        ? h('div', { class: 'row' }, h('button', { class: 'primary', type: 'button', 'data-step': 'retry', onclick: () => this.overview() }, t.retry))
        : null;
      this.show(t.title, h('div', { class: 'alert', role: 'alert' }, text,
        e.errors.length ? h('ul', {}, e.errors.map((x) => h('li', {}, x))) : null), again);
      this.focusViews = true;
    }

    async guarded(step) {
      const mine = ++this.seq;
      try {
        await step(() => mine === this.seq);
      } catch (e) {
        if (mine === this.seq) this.fail(e instanceof Problem ? e : new Problem('problem', String(e)));
      }
    }

    // ---- the overview

    overview() {
      this.busy();
      return this.guarded(async (current) => {
        const p = await this.call('GET', '/me/prompts');
        const mine = await this.call('GET', '/me/cases').catch(() => []);
        if (!current()) return;
        this.prompts = p;
        const cases = this.casesSection(mine || []);
        const t = this.t;
        const name = p.status && p.status.employee ? p.status.employee.name : '';
        const pending = (p.pendingRequests || []).map((d) => this.pendingItem(d));
        const seen = new Set();
        const actions = (p.actions || []).filter((a) => {
          const k = a.action + ':' + a.electionId;
          return !seen.has(k) && seen.add(k);
        });
        if (!actions.length) {
          const lines = (p.status ? p.status.elections : []).flatMap((e) => [
            e.pactSignedAt ? h('li', {}, t.signedOn(this.date(e.pactSignedAt))) : null,
            e.trainingValidUntil ? h('li', {}, t.passedUntil(this.date(e.trainingValidUntil))) : null,
          ]);
          this.show(t.doneTitle,
            name ? h('p', {}, t.hello(name)) : null,
            h('div', { class: 'ok', role: 'status' }, t.doneBody),
            lines.some(Boolean) ? h('ul', {}, lines) : null,
            pending.length ? [h('h3', {}, t.waiting), h('ul', {}, pending)] : null,
            cases);
          this.focusViews = true;
          this.dispatchEvent(new CustomEvent('netra-done', { bubbles: true, composed: true }));
          return;
        }
        this.show(t.title,
          name ? h('p', {}, t.hello(name)) : null,
          pending.length ? [h('h3', {}, t.waiting), h('ul', {}, pending)] : null,
          h('h3', {}, t.todo),
          actions.map((a) => h('div', { class: 'card' },
            h('p', {}, this.lang === 'en' ? a.messageEn : a.messageId),
            h('button', {
              class: 'primary', type: 'button', 'data-action': a.action,
              onclick: () => (a.action === 'SIGN_PACT' ? this.pact(a.electionId) : this.training()),
            }, t[a.action] || a.action))),
          cases);
        this.focusViews = true;
      });
    }

    // ---- my cases and objections

    casesSection(list) {
      if (!list.length) return null;
      const t = this.t;
      return [h('h3', {}, t.myCases), list.map((c) => h('div', { class: 'card', 'data-case': String(c.id) },
        h('p', {}, h('strong', {}, (this.lang === 'en' ? c.violationEn : c.violationId) || c.violation), ' ',
          h('span', { class: 'badge' }, t.caseState[c.state] || c.state)),
        c.decree ? h('p', {}, t.decreeLine(c.decree.number, this.date(c.decree.date))) : null,
        (c.documents || []).map((d) => h('p', {}, h('button', { type: 'button', class: 'link', 'data-document': String(d.id),
          onclick: () => this.openDocument(c, d) }, t.openDocument(this.lang === 'en' ? d.kindEn : d.kindId), ` (${d.fileName})`))),
        c.sanction ? h('p', {}, t.sanctionLine(c.sanctionName || c.sanction, this.date(c.sanctionStart), c.sanctionEnd ? this.date(c.sanctionEnd) : '')) : null,
        c.objectionKind ? h('p', {}, t.objected(c.objectionKind, this.date(c.objectionFiledOn))) : null,
        c.canObject ? [h('p', {}, t.objectUntil(this.date(c.objectionDeadline))),
          h('button', { type: 'button', 'data-step': 'object', onclick: () => this.objection(c) }, t.object)] : null))];
    }

    /** Fetches my document with my token and saves it under its name. */
    async openDocument(c, d) {
      const res = await fetch(`${this.api}/me/cases/${encodeURIComponent(c.id)}/documents/${encodeURIComponent(d.id)}`,
        { headers: { Authorization: 'Bearer ' + this.getAttribute('token') } }).catch(() => null);
      if (!res || !res.ok) return;
      const url = URL.createObjectURL(await res.blob());
      const a = h('a', { href: url, download: d.fileName });
      this.root.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }

    objection(c) {
      const t = this.t;
      const note = h('textarea', { id: 'netra-objection', rows: '5' });
      const problems = h('div', { 'aria-live': 'assertive' });
      const send = h('button', { class: 'primary', type: 'button', 'data-step': 'send-objection' }, t.send);
      send.addEventListener('click', () => this.guarded(async (current) => {
        send.disabled = true;
        try {
          await this.call('POST', `/me/cases/${encodeURIComponent(c.id)}/objection`, { note: note.value });
          if (!current()) return;
          this.show(t.objectTitle, h('div', { class: 'ok', role: 'status' }, t.objectSent),
            h('div', { class: 'row' }, h('button', { type: 'button', onclick: () => this.overview() }, t.back)));
          this.focusViews = true;
        } catch (e) {
          if (e.kind !== 'problem') throw e;
          send.disabled = false;
          problems.replaceChildren(h('div', { class: 'alert', role: 'alert' }, e.message,
            e.errors.length ? h('ul', {}, e.errors.map((x) => h('li', {}, x))) : null));
        }
      }));
      this.show(t.objectTitle,
        h('p', {}, (this.lang === 'en' ? c.violationEn : c.violationId) || c.violation),
        h('p', {}, t.objectIntro),
        h('label', { for: 'netra-objection' }, t.objectNote), note,
        problems,
        h('div', { class: 'row' }, send, h('button', { type: 'button', onclick: () => this.overview() }, t.back)));
      this.focusViews = true;
    }

    pendingItem(d) {
      const t = this.t;
      const what = d.kind === 'LEAVE' ? `${t.leave} ${d.leaveType || ''}` : `${t.duty} ${d.dutyBody || ''}`;
      const reasons = (d.reasons || []).filter((r) => r.severity !== 'INFO');
      return h('li', {},
        h('strong', {}, what.trim()), ` · ${this.date(d.startDate)} – ${this.date(d.endDate)} `,
        h('span', { class: 'badge ' + d.outcome }, t.outcome[d.outcome] || d.outcome),
        reasons.length ? h('div', { class: 'muted' }, t.waitingFor + ' ',
          reasons.map((r) => (this.lang === 'en' ? r.messageEn : r.messageId)).join(' ')) : null);
    }

    // ---- the pact

    pact(electionId) {
      this.busy();
      return this.guarded(async (current) => {
        const tpl = await this.call('GET', '/me/pact?electionId=' + encodeURIComponent(electionId));
        if (current()) this.pactForm(electionId, tpl, null);
      });
    }

    pactForm(electionId, tpl, kept) {
      const t = this.t;
      const en = this.lang === 'en';
      const name = this.prompts && this.prompts.status ? this.prompts.status.employee.name : '';
      const boxes = tpl.clauses.map((c, i) => h('input', {
        type: 'checkbox', id: 'c' + i, checked: kept ? kept.consents[i] : false,
      }));
      const typed = h('input', {
        type: 'text', id: 'typed', autocomplete: 'name', 'aria-describedby': 'typed-hint',
        value: kept ? kept.typedName : '',
      });
      const problems = h('div', { 'aria-live': 'assertive' });
      const clear = () => problems.replaceChildren();
      boxes.forEach((b) => b.addEventListener('change', clear));
      typed.addEventListener('input', clear);
      const section = this.show(`${t.pactTitle} — ${en ? tpl.titleEn : tpl.titleId}`,
        h('p', { class: 'muted' }, t.version(tpl.version)),
        h('p', {}, t.pactIntro),
        h('ol', {}, tpl.clauses.map((c, i) => h('li', { class: 'clause' },
          h('p', {}, en ? c.textEn : c.textId),
          h('label', { for: 'c' + i }, boxes[i], t.agree)))),
        h('label', { class: 'block', for: 'typed' }, t.typedName),
        typed,
        h('p', { class: 'muted', id: 'typed-hint' }, t.typedNameHint(name)),
        problems,
        h('div', { class: 'row' },
          h('button', {
            class: 'primary', type: 'button', 'data-step': 'next',
            onclick: () => {
              const missing = [];
              if (boxes.some((b) => !b.checked)) missing.push(t.needAll);
              if (!typed.value.trim()) missing.push(t.needName);
              if (missing.length) {
                problems.replaceChildren(h('div', { class: 'alert', role: 'alert' },
                  h('ul', {}, missing.map((m) => h('li', {}, m)))));
                (boxes.find((b) => !b.checked) || typed).focus();
                return;
              }
              this.pactConfirm(electionId, tpl, { consents: boxes.map((b) => b.checked), typedName: typed.value.trim() });
            },
          }, t.next),
          h('button', { type: 'button', onclick: () => this.overview() }, t.cancel)));
      return section;
    }

    pactConfirm(electionId, tpl, input) {
      const t = this.t;
      const signButton = h('button', { class: 'primary', type: 'button', 'data-step': 'sign' }, t.sign);
      const problems = h('div', { 'aria-live': 'assertive' });
      signButton.addEventListener('click', () => this.guarded(async (current) => {
        signButton.disabled = true;
        try {
          const signed = await this.call('POST', '/me/pact/signatures', {
            electionId, templateId: tpl.id, contentHash: tpl.contentHash,
            typedName: input.typedName, consents: input.consents,
          });
          if (current()) this.pactSigned(signed);
        } catch (e) {
          if (e.kind !== 'problem') throw e;
          signButton.disabled = false;
          problems.replaceChildren(h('div', { class: 'alert', role: 'alert' }, e.message,
            e.errors.length ? h('ul', {}, e.errors.map((x) => h('li', {}, x))) : null));
        }
      }));
      this.show(t.confirmTitle,
        h('p', {}, t.confirmBody(input.typedName, tpl.version)),
        problems,
        h('div', { class: 'row' }, signButton,
          h('button', { type: 'button', onclick: () => this.pactForm(electionId, tpl, input) }, t.back)));
    }

    pactSigned(s) {
      const t = this.t;
      this.dispatchEvent(new CustomEvent('netra-signed', { bubbles: true, composed: true, detail: { signatureId: s.signatureId } }));
      const employee = this.prompts && this.prompts.status ? this.prompts.status.employee : {};
      const receiptText = [
        t.receiptHeading, '',
        `${t.receiptNo}: ${s.signatureId}`,
        `${t.employee}: ${employee.name || ''} (${employee.nip || ''})`,
        `${t.election}: ${s.electionId}`,
        `${t.templateVersion}: ${s.templateVersion} (${s.templateHash})`,
        `${t.signedAt}: ${this.date(s.signedAt, true)} (${s.signedAt})`, '',
        'JWS:', s.receipt, '',
        `${t.check}: ${this.api}/pact/receipts/verify`,
      ].join('\n');
      this.show(t.signedTitle,
        h('div', { class: 'ok', role: 'status' }, t.signedTitle),
        h('dl', {},
          h('dt', {}, t.receiptNo), h('dd', { 'data-receipt-number': s.signatureId }, String(s.signatureId)),
          h('dt', {}, t.signedAt), h('dd', {}, this.date(s.signedAt, true)),
          h('dt', {}, t.templateVersion), h('dd', {}, String(s.templateVersion))),
        h('div', { class: 'row' },
          h('button', {
            type: 'button',
            onclick: () => {
              const a = h('a', {
                href: URL.createObjectURL(new Blob([receiptText], { type: 'text/plain;charset=utf-8' })),
                download: `tanda-terima-pakta-${s.signatureId}.txt`,
              });
              this.root.append(a);
              a.click();
              a.remove();
            },
          }, t.download),
          h('button', {
            type: 'button',
            onclick: () => {
              const w = window.open('', '_blank');
              if (!w) return;
              w.document.title = t.receiptHeading;
              w.document.body.append(Object.assign(w.document.createElement('pre'), { textContent: receiptText }));
              w.print();
            },
          }, t.print),
          h('button', { class: 'primary', type: 'button', 'data-step': 'close', onclick: () => this.overview() }, t.close)));
    }

    // ---- the training

    training() {
      this.busy();
      return this.guarded(async (current) => {
        const tr = await this.call('GET', '/me/training');
        if (current()) this.trainingForm(tr);
      });
    }

    trainingForm(tr) {
      const t = this.t;
      const m = tr.module;
      if (tr.attemptsLeftToday <= 0) {
        this.show(`${t.trainingTitle} — ${m.title}`, h('div', { class: 'alert', role: 'alert' }, t.noAttempts),
          h('div', { class: 'row' }, h('button', { type: 'button', onclick: () => this.overview() }, t.back)));
        return;
      }
      const groups = m.questions.map((q, i) => h('fieldset', {},
        h('legend', {}, `${t.question(i + 1)}: ${q.prompt}`),
        q.choices.map((c, j) => h('label', { for: `q${i}-${j}` },
          h('input', { type: 'radio', name: `q${i}`, id: `q${i}-${j}`, value: String(j) }), c))));
      const problems = h('div', { 'aria-live': 'assertive' });
      const send = h('button', { class: 'primary', type: 'button', 'data-step': 'submit' }, t.submit);
      send.addEventListener('click', () => {
        const answers = groups.map((g) => {
          const c = g.querySelector('input:checked');
          return c ? Number(c.value) : null;
        });
        if (answers.some((a) => a === null)) {
          problems.replaceChildren(h('div', { class: 'alert', role: 'alert' }, t.needAnswers));
          groups[answers.indexOf(null)].querySelector('input').focus();
          return;
        }
        this.guarded(async (current) => {
          send.disabled = true;
          const r = await this.call('POST', '/me/training/attempts', { moduleId: m.id, answers });
          if (current()) this.trainingResult(r);
        });
      });
      this.show(`${t.trainingTitle} — ${m.title}`,
        h('h3', {}, t.material),
        m.sections.map((s) => h('div', { class: 'card' }, h('h4', {}, s.title),
          String(s.body || '').split(/\n{2,}/).map((para) => h('p', {}, para)))),
        h('h3', {}, t.quiz),
        h('p', {}, t.quizIntro(m.passMark), ' ', h('span', { class: 'muted' }, t.attemptsLeft(tr.attemptsLeftToday))),
        groups, problems,
        h('div', { class: 'row' }, send, h('button', { type: 'button', onclick: () => this.overview() }, t.cancel)));
    }

    trainingResult(r) {
      const t = this.t;
      if (r.passed) {
        this.dispatchEvent(new CustomEvent('netra-passed', { bubbles: true, composed: true, detail: { certificateNumber: r.certificateNumber } }));
        this.show(t.passedTitle,
          h('div', { class: 'ok', role: 'status' }, t.score(r.score, r.passMark)),
          h('dl', {},
            h('dt', {}, t.certificate), h('dd', { 'data-certificate': r.certificateNumber }, r.certificateNumber),
            h('dt', {}, t.validUntil), h('dd', {}, this.date(r.validUntil))),
          h('div', { class: 'row' }, h('button', { class: 'primary', type: 'button', 'data-step': 'close', onclick: () => this.overview() }, t.close)));
        return;
      }
      this.show(t.failedTitle,
        h('div', { class: 'alert', role: 'alert' }, t.score(r.score, r.passMark)),
        h('p', {}, r.attemptsLeftToday > 0 ? t.attemptsLeft(r.attemptsLeftToday) : t.noAttempts),
        h('div', { class: 'row' },
          r.attemptsLeftToday > 0 ? h('button', { class: 'primary', type: 'button', 'data-step': 'retry', onclick: () => this.training() }, t.retry) : null,
          h('button', { type: 'button', onclick: () => this.overview() }, t.back)));
    }
  }

  customElements.define('netra-prompts', NetraPrompts);
})();
