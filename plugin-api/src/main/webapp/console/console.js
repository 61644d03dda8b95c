/*
 * Netra's console for administrators, case officers, PPKs and auditors: plain JavaScript, no
 * framework, one API round trip before each page shows its content. A login opens a session:
 * its cookie is HttpOnly (this script never sees it), and every change carries the session's CSRF
 * token, which stays in this tab's memory; a reload finds the session again, "Log out" ends it.
 */
(() => {
  'use strict';
  const API = new URL('../api/v1', document.baseURI).href.replace(/\/$/, '');

  const WORDS = {
    id: {
      ssoWith: (p) => `Masuk dengan ${p}`, ssoOr: 'atau dengan nama pengguna dan kata sandi', ssoManaged: (p) => `SSO ${p}: peran diatur di penyedia`,
      ssoErrors: {
        SSO_STATE: 'Login SSO tidak dimulai dari peramban ini atau sudah kedaluwarsa; silakan coba lagi.',
        SSO_DENIED: 'Penyedia SSO tidak meloloskan login ini.',
        SSO_TOKEN: 'Jawaban penyedia SSO tidak dapat diterima; hubungi administrator.',
        SSO_UNREACHABLE: 'Penyedia SSO tidak dapat dihubungi; coba lagi nanti.',
        SSO_NO_ROLE: 'Akun SSO Anda tidak memegang peran Netra apa pun; minta administrator SSO memberikannya.',
        SSO_NO_AGENCY: 'Token SSO tidak menyebut instansi Anda; minta administrator SSO melengkapinya.',
        SSO_DISABLED: 'Akun Netra Anda dinonaktifkan; hubungi administrator Netra.',
        SSO_NAME_TAKEN: 'Nama akun SSO Anda sudah dipakai akun lain; hubungi administrator Netra.',
        other: 'Login SSO gagal.',
      },
      login: 'Masuk', username: 'Nama pengguna', password: 'Kata sandi', logout: 'Keluar',
      badLogin: 'Nama pengguna atau kata sandi salah.', offline: 'Netra tidak dapat dihubungi.',
      sessionEnded: 'Sesi Anda telah berakhir; silakan masuk lagi.', accounts: 'Akun', myPassword: 'Kata sandi saya',
      accountsTitle: 'Akun konsol', newAccount: 'Akun baru', roles: 'Peran', active: 'Aktif', locked: 'Terkunci sampai',
      lastLogin: 'Terakhir masuk', from: 'dari', disable: 'Nonaktifkan', enable: 'Aktifkan', resetPassword: 'Atur ulang kata sandi',
      unlock: 'Buka kunci', saveRoles: 'Simpan peran', temporary: (u, p) => `Kata sandi sementara ${u}: ${p} — sampaikan secara langsung; diganti saat masuk berikutnya.`,
      accountCreated: (u) => `Akun ${u} dibuat.`, accessReview: 'Tinjauan akses (CSV)', yes: 'ya', no: 'tidak',
      portals: 'Portal', portalsTitle: 'Portal HR dan kuncinya', issuer: 'Penerbit (iss)', keyId: 'ID kunci (kid)', keys: 'Kunci',
      newPortal: 'Daftarkan portal', secret: 'Kunci rahasia (≥ 32 karakter)', rotate: 'Ganti kunci', overlapHours: 'Kunci lama tetap berlaku (jam)',
      revoke: 'Cabut', portalRegistered: (i, k) => `Portal ${i} terdaftar; kid ${k}.`, keyRotated: (i, k) => `Kunci baru ${i}: kid ${k}. Pasang di portal sebelum kunci lama berakhir.`,
      keyRevoked: (k) => `Kunci ${k} dicabut.`, retiresAt: 'Berakhir', createdAt: 'Dibuat',
      requested: 'Diajukan', transfers: 'Mutasi', transfersWaiting: (n) => `Mutasi: ${n} permohonan menunggu keputusan Anda`, transfersTitle: 'Mutasi pegawai antarinstansi', fromAgency: 'Dari', toAgency: 'Ke', origin: 'Asal',
      approve: 'Setujui', refuse: 'Tolak', withdraw: 'Tarik', newTransfer: 'Ajukan mutasi', note: 'Catatan',
      transferDone: (id, s) => `Mutasi #${id}: ${s}.`, claimHint: 'CLAIM: instansi lain mengirim NIP pegawai yang tercatat di instansi ini. SIASN: konektor siasn-rest membaca di SIASN bahwa pegawai sudah pindah; mutasi itu langsung disetujui.',
      currentPassword: 'Kata sandi sekarang', newPassword: 'Kata sandi baru', repeatPassword: 'Ulangi kata sandi baru',
      changePassword: 'Ganti kata sandi', passwordChanged: 'Kata sandi diganti; sesi lain akun ini telah diakhiri.',
      mustChange: 'Kata sandi Anda diatur administrator: pilih kata sandi sendiri sebelum melanjutkan.',
      notSame: 'Kedua kata sandi baru tidak sama.', passwordRule: '10–128 karakter, bukan nama pengguna, bukan kata yang mudah ditebak.',
      dashboard: 'Kepatuhan', cases: 'Kasus', templates: 'Pakta', agency: 'Instansi', election: 'Pemilihan',
      employees: 'Pegawai', signed: 'Menandatangani pakta', trained: 'Lulus pelatihan', compliant: 'Lengkap keduanya',
      openCases: 'Kasus terbuka', overdue: 'Lewat tenggat', blockRecommended: 'Direkomendasikan blokir',
      perUnit: 'Per unit kerja', unit: 'Unit', overTime: 'Dari hari ke hari', day: 'Tanggal',
      byType: 'Kasus terbuka per jenis dan status', violation: 'Pelanggaran', state: 'Status', count: 'Jumlah',
      csv: 'Unduh CSV', queue: 'Antrean kasus', allStates: 'Semua status', onlyOverdue: 'Hanya yang lewat tenggat',
      filter: 'Saring', id: 'No.', nip: 'NIP', due: 'Tenggat', daysLeft: 'Sisa hari', none: 'Tidak ada data.',
      caseTitle: (id) => `Kasus ${id}`, source: 'Sumber', reporter: 'Pelapor', eventDate: 'Tanggal kejadian',
      reportedOn: 'Dicatat', description: 'Uraian', sanction: 'Hukuman', decree: 'Keputusan', history: 'Riwayat',
      action: 'Tindakan', by: 'Oleh', note: 'Catatan', records: 'Pencatatan ke data kepegawaian', connector: 'Konektor',
      ppkBody: 'PPK (Panitia Pemilihan Kecamatan)', documents: 'Dokumen', missingDocuments: 'Dokumen belum diunggah',
      catalogue: 'Katalog', sanctionTypes: 'Jenis hukuman', violationTypes: 'Jenis pelanggaran', revision: 'Revisi',
      tier: 'Tingkat', forWhom: 'Untuk', months: 'Bulan', siasnId: 'Id SIASN', regulation: 'Dasar',
      allowed: 'Hukuman yang boleh', saveSanction: 'Simpan', sanctionSaved: (c, r) => `Jenis hukuman ${c} disimpan (revisi ${r}).`,
      centralOnly: 'Katalog dipakai semua instansi: hanya administrator pusat yang mengubahnya; kasus menyimpan versi yang dipakainya.', docKind: 'Jenis dokumen', docFile: 'Berkas (PDF, PNG, JPEG)', fileName: 'Nama berkas', size: 'Ukuran',
      sha256: 'SHA-256', uploadedAt: 'Diunggah', upload: 'Unggah', downloadFile: 'Unduh', uploaded: (n) => `Dokumen ${n} diunggah.`,
      docHint: 'SK diunggah sebagai PDF sebelum keputusan dicatat; ikut dikirim ke SIASN (upload-dok-rw).',
      what: 'Isi', targetRef: 'Id di tujuan', attempts: 'Percobaan', next: 'Langkah berikutnya', noActions: 'Peran Anda tidak punya langkah untuk status ini.',
      issuer: 'Penerbit', number: 'Nomor', date: 'Tanggal', startDate: 'Mulai berlaku', examinerNip: 'NIP pemeriksa',
      capacity: 'Kedudukan Pejabat Pembina Kepegawaian (DEFINITIVE, PLT, PJ)', mandate: 'Surat mandat (Plt/Pj)', receivedOn: 'SK diterima pegawai',
      stage: 'Tahap', track: 'Jalur', authority: 'Penanda tangan SK', objection: 'Upaya administratif', objectionDeadline: 'Batas keberatan',
      bawasluLate: 'Lewat 7 hari Bawaslu (informasi)',
      submit: 'Kirim', cancel: 'Batal', done: (a, s) => `${a}: kasus kini berstatus ${s}.`,
      tplTitle: 'Templat pakta integritas', code: 'Kode', version: 'Versi', status: 'Status', published: 'Terbit',
      edit: 'Ubah', preview: 'Pratinjau', publish: 'Terbitkan', newDraft: 'Buat draf versi baru', save: 'Simpan draf',
      titleId: 'Judul (Indonesia)', titleEn: 'Judul (Inggris)', clause: (i) => `Butir ${i}`, textId: 'Teks Indonesia', textEn: 'Teks Inggris',
      addClause: 'Tambah butir', removeClause: 'Hapus butir', saved: 'Draf disimpan.', publishedOk: (v) => `Versi ${v} diterbitkan.`,
      confirmPublish: 'Terbitkan draf ini? Teks versi terbit tidak dapat diubah lagi.', inId: 'Bahasa Indonesia', inEn: 'English',
      lang: 'English',
      connectors: 'Konektor', connector: 'Konektor', kind: 'Jenis', exchanges: 'Pertukaran', failures: 'Gagal',
      lastSuccess: 'Terakhir berhasil', backlog: 'Antrean kirim', reloadAll: 'Muat ulang semua berkas konektor',
      test: 'Uji koneksi', start: 'Jalankan', suspend: 'Tangguhkan', stop: 'Hentikan', reload: 'Muat ulang berkas',
      routes: 'Rute', runs: 'Laporan run', deadLetters: 'Surat mati (dead letters)', instance: 'Instans Netra', retry: 'Kirim ulang', discard: 'Buang',
      audit: 'Audit', entityType: 'Jenis entitas', entityId: 'Id entitas', auditActor: 'Pelaku (sebagian nama)', fromDay: 'Dari tanggal', toDay: 'Sampai tanggal', verifyChain: 'Periksa rantai hash',
      chainOk: (n) => `Rantai utuh: ${n} entri diperiksa.`, chainBroken: (seq, p) => `Rantai putus pada entri ${seq}: ${p}`,
      verifySince: 'Periksa sejak titik periksa terakhir', signedCheckpoint: 'Unduh titik periksa bertanda tangan', chainWalking: (n, t) => `Memeriksa rantai: ${n} dari ${t} entri…`,
      chainFailed: (s, p) => `Pemeriksaan berhenti (${s}): ${p}`, walks: 'Pemeriksaan rantai terakhir', walkScope: 'Cakupan', walkStatus: 'Status', walkChecked: 'Diperiksa', walkUpTo: 'Sampai entri',
      more: 'Berikutnya',
      policies: 'Kebijakan gerbang', defaultPolicy: 'kebijakan bawaan (belum ditulis instansi)', mode: 'Mode',
      requirePact: 'Wajib pakta integritas', requireTraining: 'Wajib lulus pelatihan', trainingCode: 'Kode modul pelatihan',
      gatedLeaveTypes: 'Cuti yang ditahan', warnedLeaveTypes: 'Cuti yang diberi peringatan', gatedDutyBodies: 'Tugas pemilihan yang ditahan',
      dryRun: 'Uji coba pada pegawai saat ini', savePolicy: 'Simpan kebijakan', byReason: 'Per alasan', reason: 'Alasan',
      blocked: 'Ditahan', warned: 'Peringatan',
      dryRunSummary: (b, w, n, r) => `${b} dari ${n} pegawai akan ditahan, ${w} diberi peringatan (tugas ${r}).`,
      policySaved: (v) => `Kebijakan versi ${v} disimpan.`,
      elections: 'Pemilihan', electionStart: 'Mulai', name: 'Nama', phase: 'Tahap saat ini', campaign: 'Kampanye', votingDay: 'Hari pemungutan suara',
      endDate: 'Selesai', campaignStart: 'Awal kampanye', campaignEnd: 'Akhir kampanye',
      phaseBefore: 'Belum mulai', phasePrep: 'Persiapan', phaseCampaign: 'Kampanye', phaseVoting: 'Masa tenang dan pemungutan',
      phaseAfter: 'Sesudah pemungutan', phaseDone: 'Selesai',
      newElection: 'Pemilihan baru', createElection: 'Buat pemilihan', electionSaved: 'Pemilihan disimpan.',
      electionCreated: (n) => `Pemilihan “${n}” dibuat.`, agencies: 'Instansi',
      acrossElections: 'Antarpemilihan', acrossNote: 'Kelengkapan pada hari pemungutan suara tiap pemilihan (atau hari ini bila belum tiba).',
      asOf: 'Per tanggal',
      trainings: 'Pelatihan', passMark: 'Nilai lulus', validityDays: 'Berlaku (hari)', material: 'Materi', quiz: 'Kuis',
      section: (i) => `Bagian ${i}`, body: 'Isi', remove: 'Hapus', addSection: 'Tambah bagian', question: (i) => `Pertanyaan ${i}`,
      choices: 'Pilihan jawaban (satu per baris)', correct: 'Jawaban benar', addQuestion: 'Tambah pertanyaan',
      newModule: 'Modul pelatihan baru', skip: 'Langsung ke isi',
    },
    en: {
      ssoWith: (p) => `Log in with ${p}`, ssoOr: 'or with a username and password', ssoManaged: (p) => `SSO ${p}: roles managed at the provider`,
      ssoErrors: {
        SSO_STATE: 'This single sign-on was not started in this browser or has expired; please try again.',
        SSO_DENIED: 'The SSO provider did not let this login through.',
        SSO_TOKEN: 'The SSO provider\'s answer cannot be accepted; ask the administrator.',
        SSO_UNREACHABLE: 'The SSO provider cannot be reached; try again later.',
        SSO_NO_ROLE: 'Your SSO account holds no Netra role; ask the SSO administrator to grant one.',
        SSO_NO_AGENCY: 'The SSO token names no agency of yours; ask the SSO administrator to add it.',
        SSO_DISABLED: 'Your Netra account is disabled; ask Netra\'s administrator.',
        SSO_NAME_TAKEN: 'Your SSO account\'s name is taken by another account; ask Netra\'s administrator.',
        other: 'Single sign-on failed.',
      },
      login: 'Log in', username: 'Username', password: 'Password', logout: 'Log out',
      badLogin: 'Wrong username or password.', offline: 'Netra cannot be reached.',
      sessionEnded: 'Your session has ended; please log in again.', accounts: 'Accounts', myPassword: 'My password',
      accountsTitle: 'Console accounts', newAccount: 'New account', roles: 'Roles', active: 'Active', locked: 'Locked until',
      lastLogin: 'Last login', from: 'from', disable: 'Disable', enable: 'Enable', resetPassword: 'Reset password',
      unlock: 'Unlock', saveRoles: 'Save roles', temporary: (u, p) => `Temporary password of ${u}: ${p} — hand it over in person; it is changed at the next login.`,
      accountCreated: (u) => `Account ${u} created.`, accessReview: 'Access review (CSV)', yes: 'yes', no: 'no',
      portals: 'Portals', portalsTitle: 'HR portals and their keys', issuer: 'Issuer (iss)', keyId: 'Key id (kid)', keys: 'Keys',
      newPortal: 'Register a portal', secret: 'Secret key (≥ 32 characters)', rotate: 'Rotate key', overlapHours: 'Old key stays valid (hours)',
      revoke: 'Revoke', portalRegistered: (i, k) => `Portal ${i} registered; kid ${k}.`, keyRotated: (i, k) => `New key for ${i}: kid ${k}. Install it in the portal before the old key ends.`,
      keyRevoked: (k) => `Key ${k} revoked.`, retiresAt: 'Ends', createdAt: 'Created',
      requested: 'Requested', transfers: 'Transfers', transfersWaiting: (n) => `Transfers: ${n} requests wait for your decision`, transfersTitle: 'Transfers between agencies', fromAgency: 'From', toAgency: 'To', origin: 'Origin',
      approve: 'Approve', refuse: 'Refuse', withdraw: 'Withdraw', newTransfer: 'Ask for a transfer', note: 'Note',
      transferDone: (id, s) => `Transfer #${id}: ${s}.`, claimHint: 'CLAIM: another agency sent the NIP of an employee held here. SIASN: a siasn-rest connector read in SIASN that the employee has moved; such a transfer is approved at once.',
      currentPassword: 'Current password', newPassword: 'New password', repeatPassword: 'Repeat the new password',
      changePassword: 'Change password', passwordChanged: 'Password changed; the account\'s other sessions have ended.',
      mustChange: 'Your password was set by an administrator: choose your own before going on.',
      notSame: 'The two new passwords differ.', passwordRule: '10–128 characters, not the username, not an easily guessed word.',
      dashboard: 'Compliance', cases: 'Cases', templates: 'Pact', agency: 'Agency', election: 'Election',
      employees: 'Employees', signed: 'Signed the pact', trained: 'Passed the training', compliant: 'Both done',
      openCases: 'Open cases', overdue: 'Overdue', blockRecommended: 'Block recommended',
      perUnit: 'Per unit', unit: 'Unit', overTime: 'Day by day', day: 'Day',
      byType: 'Open cases by type and state', violation: 'Violation', state: 'State', count: 'Count',
      csv: 'Download CSV', queue: 'Case queue', allStates: 'Every state', onlyOverdue: 'Overdue only',
      filter: 'Filter', id: 'No.', nip: 'NIP', due: 'Deadline', daysLeft: 'Days left', none: 'No data.',
      caseTitle: (id) => `Case ${id}`, source: 'Source', reporter: 'Reporter', eventDate: 'Event date',
      reportedOn: 'Registered', description: 'Description', sanction: 'Sanction', decree: 'Decree', history: 'History',
      action: 'Action', by: 'By', note: 'Note', records: 'Written to the personnel records', connector: 'Connector',
      ppkBody: 'PPK (sub-district election committee)', documents: 'Documents', missingDocuments: 'Documents not uploaded yet',
      catalogue: 'Catalogue', sanctionTypes: 'Sanction types', violationTypes: 'Violation types', revision: 'Revision',
      tier: 'Tier', forWhom: 'For', months: 'Months', siasnId: 'SIASN id', regulation: 'Basis',
      allowed: 'Sanctions allowed', saveSanction: 'Save', sanctionSaved: (c, r) => `Sanction type ${c} saved (revision ${r}).`,
      centralOnly: 'Every agency shares the catalogue: only central administrators change it; a case keeps the version it used.', docKind: 'Document kind', docFile: 'File (PDF, PNG, JPEG)', fileName: 'File name', size: 'Size',
      sha256: 'SHA-256', uploadedAt: 'Uploaded', upload: 'Upload', downloadFile: 'Download', uploaded: (n) => `Document ${n} uploaded.`,
      docHint: 'Upload the decree as a PDF before recording the decision; it goes to SIASN too (upload-dok-rw).',
      what: 'What', targetRef: 'Id at the target', attempts: 'Attempts', next: 'Next steps', noActions: 'Your role has no step for this state.',
      issuer: 'Issuer', number: 'Number', date: 'Date', startDate: 'Takes effect', examinerNip: 'Examiner NIP',
      capacity: 'Capacity of the agency head, PPK (DEFINITIVE, PLT, PJ)', mandate: 'Mandate letter (Plt/Pj)', receivedOn: 'Decree received by the employee',
      stage: 'Stage', track: 'Track', authority: 'Decree signed by', objection: 'Objection', objectionDeadline: 'Objection deadline',
      bawasluLate: "Past Bawaslu's 7 days (information)",
      submit: 'Submit', cancel: 'Cancel', done: (a, s) => `${a}: the case is now ${s}.`,
      tplTitle: 'Integrity pact templates', code: 'Code', version: 'Version', status: 'Status', published: 'Published',
      edit: 'Edit', preview: 'Preview', publish: 'Publish', newDraft: 'New draft version', save: 'Save draft',
      titleId: 'Title (Indonesian)', titleEn: 'Title (English)', clause: (i) => `Clause ${i}`, textId: 'Indonesian text', textEn: 'English text',
      addClause: 'Add a clause', removeClause: 'Remove the clause', saved: 'Draft saved.', publishedOk: (v) => `Version ${v} published.`,
      confirmPublish: 'Publish this draft? A published version’s text never changes again.', inId: 'Bahasa Indonesia', inEn: 'English',
      lang: 'Bahasa Indonesia',
      connectors: 'Connectors', connector: 'Connector', kind: 'Kind', exchanges: 'Exchanges', failures: 'Failures',
      lastSuccess: 'Last success', backlog: 'Backlog', reloadAll: 'Reload every connector file',
      test: 'Test the connection', start: 'Start', suspend: 'Suspend', stop: 'Stop', reload: 'Reload the file',
      routes: 'Routes', runs: 'Run reports', deadLetters: 'Dead letters', instance: 'Netra instance', retry: 'Send again', discard: 'Discard',
      audit: 'Audit', entityType: 'Entity type', entityId: 'Entity id', auditActor: 'Actor (part of the name)', fromDay: 'From', toDay: 'To', verifyChain: 'Verify the hash chain',
      chainOk: (n) => `The chain holds: ${n} entries checked.`, chainBroken: (seq, p) => `The chain breaks at entry ${seq}: ${p}`,
      verifySince: 'Verify since the last checkpoint', signedCheckpoint: 'Download the signed checkpoint', chainWalking: (n, t) => `Walking the chain: ${n} of ${t} entries…`,
      chainFailed: (s, p) => `The walk stopped (${s}): ${p}`, walks: 'Recent walks of the chain', walkScope: 'Scope', walkStatus: 'Status', walkChecked: 'Checked', walkUpTo: 'Up to entry',
      more: 'Next',
      policies: 'Gate policies', defaultPolicy: 'the default policy (the agency has written none)', mode: 'Mode',
      requirePact: 'Require the integrity pact', requireTraining: 'Require the training', trainingCode: 'Training module code',
      gatedLeaveTypes: 'Leave held', warnedLeaveTypes: 'Leave warned', gatedDutyBodies: 'Election duty held',
      dryRun: 'Try it on today’s employees', savePolicy: 'Save the policy', byReason: 'By reason', reason: 'Reason',
      blocked: 'Held', warned: 'Warned',
      dryRunSummary: (b, w, n, r) => `${b} of ${n} employees would be held, ${w} warned (duty ${r}).`,
      policySaved: (v) => `Policy version ${v} saved.`,
      elections: 'Elections', electionStart: 'Starts', name: 'Name', phase: 'Phase today', campaign: 'Campaign', votingDay: 'Voting day',
      endDate: 'Ends', campaignStart: 'Campaign starts', campaignEnd: 'Campaign ends',
      phaseBefore: 'Not started', phasePrep: 'Preparation', phaseCampaign: 'Campaign', phaseVoting: 'Quiet days and voting',
      phaseAfter: 'After the vote', phaseDone: 'Over',
      newElection: 'New election', createElection: 'Create the election', electionSaved: 'Election saved.',
      electionCreated: (n) => `Election “${n}” created.`, agencies: 'Agencies',
      acrossElections: 'Across elections', acrossNote: 'Completion on each election’s voting day (or today, while it is still ahead).',
      asOf: 'As of',
      trainings: 'Training', passMark: 'Pass mark', validityDays: 'Valid for (days)', material: 'Material', quiz: 'Quiz',
      section: (i) => `Section ${i}`, body: 'Body', remove: 'Remove', addSection: 'Add a section', question: (i) => `Question ${i}`,
      choices: 'Choices (one per line)', correct: 'Right answer', addQuestion: 'Add a question',
      newModule: 'New training module', skip: 'Skip to the content',
    },
  };

  /** What each action needs, in the order the form asks for it. */
  const ACTION_FIELDS = {
    START_VERIFICATION: [], CLOSE: [],
    RECOMMEND: ['issuer', 'number', 'date', 'sanction'],
    START_EXAMINATION: ['examinerNip', 'date', 'note'],
    DECIDE: ['number', 'date', 'sanction', 'startDate', 'capacity', 'mandate', 'receivedOn'],
    OBJECT: ['note', 'date'], UPHOLD: ['note'], DISMISS: ['note'],
    CHANGE: ['number', 'date', 'sanction', 'startDate', 'capacity', 'mandate'],
    CANCEL: ['number', 'date'],
  };

  const state = { csrf: null, session: null, lang: 'id', agency: null, catalogue: null, walk: null, following: false };
  const $main = () => document.getElementById('main');
  const L = (k, ...a) => { const v = WORDS[state.lang][k]; return typeof v === 'function' ? v(...a) : v || k; };

  function h(tag, attrs, ...children) {
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

  class Problem extends Error {
    constructor(status, detail, errors) { super(detail); this.status = status; this.errors = errors || []; }
  }

  /** What every call sends: the session's CSRF token with a change; the cookie goes by itself. */
  function headers(method) {
    return {
      'X-Netra-Client': 'console', 'Accept-Language': state.lang,
      ...(method !== 'GET' && state.csrf ? { 'X-CSRF-Token': state.csrf } : {}),
    };
  }

  async function call(method, path, body, raw) {
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

  function alertOf(e) {
    return h('div', { class: 'alert', role: 'alert' }, e.message,
      e.errors && e.errors.length ? h('ul', {}, e.errors.map((x) => h('li', {}, x))) : null);
  }

  /** Shows a page: its h1 takes the focus, the nav marks where we are. */
  function page(title, ...content) {
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

  function csvOf(header, rows) {
    const cell = (v) => {
      let s = v === null || v === undefined ? '' : String(v);
      // As the server's CsvWriter: formulas (= + - @ TAB CR first) neutralised, quoted on , ; " and breaks.
      if (/^[=+\-@\t\r]/.test(s) && typeof v !== 'number') s = "'" + s;
      return /[",;\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  }

  function download(name, text, type = 'text/csv;charset=utf-8') {
    const a = h('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
    document.body.append(a);
    a.click();
    a.remove();
  }

  /** A table with its CSV export of exactly what it shows. */
  function table(caption, header, rows, name, numeric) {
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
  function nextStep(list) {
    const hasDraft = new Set(list.filter((d) => d.status === 'DRAFT').map((d) => d.code));
    const latest = {};
    list.forEach((d) => { if (!latest[d.code] || latest[d.code].version < d.version) latest[d.code] = d; });
    return (d) => (d.status === 'DRAFT' ? 'edit' : latest[d.code] === d && !hasDraft.has(d.code) ? 'new' : null);
  }

  /** The message a page left for the next one (after a publish), shown once. */
  function takeFlash() {
    const flash = state.flash;
    state.flash = null;
    return flash ? h('div', { class: 'ok', role: 'status' }, flash) : null;
  }

  // ---- login and navigation

  /** The reason a single sign-on came back refused (?sso=CODE), shown once. */
  function ssoRefusal() {
    const code = new URLSearchParams(location.search).get('sso');
    if (!code) return null;
    history.replaceState(null, '', location.pathname + location.hash);
    const texts = L('ssoErrors');
    return texts[code] || `${texts.other} (${code})`;
  }

  function login(message) {
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
  async function startSession() {
    state.session = await call('GET', '/session');
    state.csrf = state.session.csrfToken;
    state.agency = state.session.agency || (state.session.agencies[0] || null);
    navigation();
  }

  async function logout() {
    try {
      await call('POST', '/auth/logout');
    } catch (e) { /* already ended */ }
    state.session = null;
    state.csrf = null;
  }

  function navigation() {
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

  async function route() {
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

  // ---- the compliance dashboard

  async function dashboard(params) {
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
  function columns(list) {
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
  function chart(points, employees) {
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

  // ---- cases

  async function queue(params) {
    const qs = new URLSearchParams();
    if (params.get('state')) qs.set('state', params.get('state'));
    if (params.get('overdue')) qs.set('overdue', 'true');
    if (state.agency) qs.set('agency', state.agency);
    const list = await call('GET', '/cases?' + qs);
    const stateSel = h('select', { id: 'state' }, h('option', { value: '' }, L('allStates')),
      ['REPORTED', 'VERIFICATION', 'RECOMMENDED', 'EXAMINATION', 'DECIDED', 'RECORDED', 'OBJECTION', 'CLOSED', 'DISMISSED', 'CANCELLED']
        .map((s) => h('option', { value: s, selected: params.get('state') === s }, s)));
    const overdue = h('input', { type: 'checkbox', id: 'overdue', checked: !!params.get('overdue') });
    page(L('queue'),
      h('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); location.hash = `#/cases?state=${stateSel.value}${overdue.checked ? '&overdue=1' : ''}`; } },
        h('div', {}, h('label', { for: 'state' }, L('state')), stateSel),
        h('div', {}, h('label', { for: 'overdue' }, overdue, ' ', L('onlyOverdue'))),
        h('button', { type: 'submit' }, L('filter'))),
      table(L('queue'), [L('id'), L('nip'), L('violation'), L('state'), L('due'), L('daysLeft'), '!'],
        list.map((c) => [h('a', { href: `#/cases/${c.id}` }, String(c.id)), c.nip, c.violation, c.state, c.dueOn || '—',
          c.daysLeft === null || c.daysLeft === undefined ? '—' : c.daysLeft,
          h('span', {}, c.overdue ? h('span', { class: 'badge late' }, L('overdue')) : null, ' ',
            c.blockRecommended ? h('span', { class: 'badge block' }, L('blockRecommended')) : null)]),
        'antrean-kasus.csv', [5]));
  }

  async function casePage(id, notice) {
    const c = await call('GET', `/cases/${encodeURIComponent(id)}`);
    const facts = [
      [L('nip'), `${c.nip} (${c.employeeType})`], [L('violation'), c.violation], [L('state'), c.state],
      [L('source'), `${c.source}${c.reporter ? ' — ' + c.reporter : ''}`], [L('eventDate'), c.eventDate], [L('reportedOn'), c.reportedOn],
      [L('stage'), c.stage], c.terms ? [L('track'), `${c.terms.track}${c.terms.tier ? ' (' + c.terms.tier + ')' : ''}`] : null,
      c.bawasluWindowPassed ? [L('bawasluLate'), '✓'] : null,
      [L('due'), c.dueOn ? `${c.dueOn} (${c.daysLeft})` : '—'], [L('description'), c.description || '—'],
      c.recommendation ? [L('issuer'), `${c.recommendation.issuer} ${c.recommendation.number} (${c.recommendation.date}) → ${c.recommendation.sanction}`] : null,
      c.decree ? [L('decree'), `${c.decree.number} (${c.decree.date})`] : null,
      c.authority ? [L('authority'), c.authority.capacity + (c.authority.mandate ? ' — ' + c.authority.mandate : '')] : null,
      c.objectionKind ? [L('objection'), `${c.objectionKind} (${c.objectionFiledOn}): ${c.objection || ''}`] : null,
      c.terms && c.terms.objectionDeadline ? [L('objectionDeadline'), c.terms.objectionDeadline] : null,
      c.sanction ? [L('sanction'), `${c.sanction}: ${c.sanctionStart} – ${c.sanctionEnd || '∞'}`] : null,
      c.terms && c.terms.missingDocuments && c.terms.missingDocuments.length ? [L('missingDocuments'), c.terms.missingDocuments.join(', ')] : null,
    ].filter(Boolean);
    const actionsPanel = h('div', { class: 'panel', id: 'actions' });
    const docs = await call('GET', `/cases/${encodeURIComponent(id)}/documents`);
    page(L('caseTitle', c.id),
      notice ? h('div', { class: 'ok', role: 'status' }, notice) : null,
      c.blockRecommended ? h('p', {}, h('span', { class: 'badge block' }, L('blockRecommended'))) : null,
      h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', { 'data-fact': k }, v)])),
      h('h2', {}, L('next')), actionsPanel,
      h('h2', {}, L('history')),
      table(L('history'), ['#', L('action'), L('state'), L('by'), L('date'), L('note')],
        (c.history || []).map((e) => [e.seq, e.action, `${e.from || '—'} → ${e.to}`, e.actor, e.on, e.note || '']), `kasus-${c.id}-riwayat.csv`, [0]),
      h('h2', {}, L('records')),
      table(L('records'), [L('connector'), L('what'), L('state'), L('attempts'), L('targetRef')],
        (c.records || []).map((r) => [r.connector, r.what, r.state, r.attempts, r.targetRef || r.lastError || '']), `kasus-${c.id}-pencatatan.csv`, [3]),
      documentsSection(c, docs));
    const acts = c.allowedActions || [];
    actionsPanel.replaceChildren(acts.length
      ? h('div', { class: 'row' }, acts.map((a) => h('button', { type: 'button', 'data-action': a, onclick: () => actionForm(c, a, actionsPanel) }, a)))
      : h('p', { class: 'muted' }, L('noActions')));
  }

  /** The case's documents: listed with their hash, downloadable, and an upload form. */
  function documentsSection(c, docs) {
    const list = h('table', { 'aria-label': L('documents') },
      h('thead', {}, h('tr', {}, [L('docKind'), L('fileName'), L('size'), L('decree'), L('by'), L('uploadedAt'), L('sha256'), L('downloadFile')].map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, docs.length ? docs.map((d) => h('tr', { 'data-document': d.id },
        h('td', {}, state.lang === 'en' ? d.kindEn : d.kindId), h('td', {}, d.fileName), h('td', { class: 'num' }, `${Math.ceil(d.size / 1024)} KiB`),
        h('td', {}, d.decreeNumber || '—'), h('td', {}, d.uploadedBy), h('td', {}, d.uploadedAt.slice(0, 16).replace('T', ' ')),
        h('td', {}, h('code', { title: d.sha256 }, d.sha256.slice(0, 12) + '…')),
        h('td', {}, h('button', { type: 'button', 'data-download': d.id, 'aria-label': `${L('downloadFile')} ${d.fileName}`, onclick: () => downloadDocument(c.id, d) }, L('downloadFile')))))
        : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, L('none')))));
    const kind = h('select', { id: 'doc-kind' }, ['DECREE', 'BAP', 'RECOMMENDATION', 'EVIDENCE', 'OBJECTION', 'CANCELLATION'].map((k) => h('option', { value: k }, k)));
    const file = h('input', { id: 'doc-file', type: 'file', accept: 'application/pdf,image/png,image/jpeg', required: true });
    const note = h('input', { id: 'doc-note', type: 'text', maxlength: 500 });
    const problems = h('div', { 'aria-live': 'assertive' });
    const form = h('form', { id: 'doc-upload' }, h('p', { class: 'muted' }, L('docHint')),
      h('div', { class: 'row' }, h('div', {}, h('label', { for: 'doc-kind' }, L('docKind')), kind),
        h('div', {}, h('label', { for: 'doc-file' }, L('docFile')), file),
        h('div', {}, h('label', { for: 'doc-note' }, L('note')), note)),
      problems, h('button', { type: 'submit', class: 'primary' }, L('upload')));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const f = file.files[0];
      if (!f) return;
      const q = new URLSearchParams({ kind: kind.value, name: f.name });
      if (note.value) q.set('note', note.value);
      try {
        const res = await fetch(`${API}/cases/${c.id}/documents?${q}`, {
          method: 'POST', body: f,
          headers: { ...headers('POST'), Accept: 'application/json', 'Content-Type': f.type || 'application/octet-stream' },
        });
        const json = await res.json().catch(() => ({}));
        if (!res.ok) throw new Problem(res.status, (json.messages && json.messages[state.lang]) || res.statusText);
        await casePage(c.id, L('uploaded', json.fileName));
      } catch (e) {
        problems.replaceChildren(alertOf(e));
      }
    });
    return [h('h2', {}, L('documents')), list, form];
  }

  /** Fetches a document with the console's credentials and saves it under its name. */
  async function downloadDocument(caseId, d) {
    const res = await fetch(`${API}/cases/${caseId}/documents/${d.id}`, { headers: headers('GET') });
    if (!res.ok) return;
    const url = URL.createObjectURL(await res.blob());
    const a = h('a', { href: url, download: d.fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // ---- the shared catalogue

  async function cataloguePage(notice) {
    const cat = await call('GET', '/cases/catalogue');
    state.catalogue = cat;
    const who = (x) => [x.forPns && 'PNS', x.forPppk && 'PPPK', x.forNonAsn && 'non-ASN'].filter(Boolean).join(', ');
    const editor = h('div', { id: 'sanction-editor' });
    const isAdmin = state.session.roles.includes('admin');
    page(L('catalogue'),
      notice ? h('div', { class: 'ok', role: 'status' }, notice) : null,
      h('p', { class: 'muted' }, L('centralOnly')),
      h('h2', {}, L('sanctionTypes')), editor,
      table(L('sanctionTypes'), [L('code'), L('name'), L('track'), L('tier'), L('forWhom'), L('months'), L('siasnId'), L('revision')],
        cat.sanctions.map((x) => [x.code, x.name, x.track, x.tier || '—', who(x), x.permanent ? '∞' : x.months, x.siasnHukumanId || '—', x.revision]),
        'katalog-hukuman.csv', [5, 7]),
      isAdmin ? h('div', { class: 'row' }, cat.sanctions.map((x) => h('button', { type: 'button', 'data-edit-sanction': x.code,
        onclick: () => sanctionEditor(x, editor) }, `${L('edit')} ${x.code}`))) : null,
      h('h2', {}, L('violationTypes')),
      table(L('violationTypes'), [L('code'), L('name'), L('version'), L('track'), L('tier'), L('allowed')],
        cat.violations.map((v) => [v.code, state.lang === 'en' ? v.nameEn : v.nameId, v.version, v.track, v.tier || '—', (v.allowedSanctions || []).join(' ')]),
        'katalog-pelanggaran.csv', [2]));
  }

  function sanctionEditor(x, panel) {
    const field = (id, label, value, type) => {
      const input = h('input', { id: `s-${id}`, type: type || 'text', value: value === null || value === undefined ? '' : value });
      return [input, h('div', {}, h('label', { for: `s-${id}` }, label), input)];
    };
    const [name, nameRow] = field('name', L('name'), x.name);
    const [siasn, siasnRow] = field('siasn', L('siasnId'), x.siasnHukumanId);
    const [months, monthsRow] = field('months', L('months'), x.months, 'number');
    const [reg, regRow] = field('regulation', L('regulation'), x.regulation);
    const problems = h('div', { 'aria-live': 'assertive' });
    const form = h('form', { 'data-sanction': x.code }, h('h3', {}, `${x.code} (${L('revision')} ${x.revision})`),
      nameRow, siasnRow, monthsRow, regRow, problems,
      h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit' }, L('saveSanction')),
        h('button', { type: 'button', onclick: () => panel.replaceChildren() }, L('cancel'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        const after = await call('PUT', `/cases/catalogue/sanctions/${encodeURIComponent(x.code)}`, {
          name: name.value, siasnHukumanId: siasn.value || null, months: Number(months.value || 0), regulation: reg.value,
          permanent: x.permanent, issuable: x.issuable, forPns: x.forPns, forPppk: x.forPppk, forNonAsn: x.forNonAsn, dismissal: x.dismissal,
        });
        await cataloguePage(L('sanctionSaved', after.code, after.revision));
      } catch (e) {
        problems.replaceChildren(alertOf(e));
      }
    });
    panel.replaceChildren(form);
    name.focus();
  }

  async function actionForm(c, action, panel) {
    const fields = ACTION_FIELDS[action] || ['note'];
    const inputs = {};
    // Today as Netra counts days, in WIB (en-CA formats as YYYY-MM-DD), not in the browser's zone.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    let sanctions = [];
    if (fields.includes('sanction')) {
      if (!state.catalogue) state.catalogue = await call('GET', '/cases/catalogue');
      // The case's own terms: its stage's track and what this employee type can receive.
      const allowed = c.terms ? c.terms.sanctions : null;
      sanctions = state.catalogue.sanctions.filter((s) => s.issuable && (!allowed || allowed.includes(s.code)));
    }
    const controls = fields.map((f) => {
      const id = 'f-' + f;
      if (f === 'sanction') {
        inputs[f] = h('select', { id }, sanctions.map((s) => h('option', { value: s.code, selected: c.recommendation && c.recommendation.sanction === s.code }, `${s.code} — ${s.name}`)));
      } else if (f === 'capacity') {
        inputs[f] = h('select', { id }, ['DEFINITIVE', 'PLT', 'PJ'].map((v) => h('option', { value: v }, v)));
      } else if (f === 'note') {
        inputs[f] = h('textarea', { id });
      } else {
        const isDate = f.toLowerCase().includes('date') || f === 'receivedOn';
        inputs[f] = h('input', { id, type: isDate ? 'date' : 'text', value: isDate ? today : '' });
      }
      return h('div', {}, h('label', { for: id }, L(f)), inputs[f]);
    });
    const problems = h('div', { 'aria-live': 'assertive' });
    const form = h('form', {}, h('h3', {}, action), controls, problems,
      h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit', 'data-submit': action }, L('submit')),
        h('button', { type: 'button', onclick: () => casePage(c.id) }, L('cancel'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const body = {};
      for (const f of fields) if (inputs[f].value) body[f] = inputs[f].value;
      try {
        const after = await call('POST', `/cases/${c.id}/actions/${action}`, body);
        await casePage(c.id, L('done', action, after.state));
      } catch (e) {
        problems.replaceChildren(alertOf(e));
      }
    });
    panel.replaceChildren(form);
    (controls.length ? form.querySelector('input, select, textarea') : form.querySelector('button')).focus();
  }

  // ---- connectors (administrators)

  async function connectors() {
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

  async function connector(id) {
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

  async function letter(messageId, what, connectorId) {
    try {
      await call('POST', `/admin/outbox/${messageId}/${what}`);
      await connector(connectorId);
    } catch (e) { $main().append(alertOf(e)); }
  }

  // ---- audit (administrators and auditors)

  /** The audit trail searched by entity, actor, action and days; paged by sequence number. */
  async function audit(params) {
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
  async function followWalk() {
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

  function showVerdict(v, error) {
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

  // ---- gate policies, with the dry run

  const LEAVES = ['TAHUNAN', 'BESAR', 'SAKIT', 'MELAHIRKAN', 'ALASAN_PENTING', 'CLTN', 'BERSAMA'];
  const BODIES = ['PPK', 'PPS', 'KPPS', 'PANTARLIH', 'PANWASCAM', 'PKD', 'PTPS'];

  async function policies(params) {
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
  const PHASES = { NOT_STARTED: 'phaseBefore', PREPARATION: 'phasePrep', CAMPAIGN: 'phaseCampaign',
    QUIET_AND_VOTING: 'phaseVoting', AFTER_VOTE: 'phaseAfter', OVER: 'phaseDone' };

  async function electionsPage(params) {
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
  function electionEditor(e) {
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

  // ---- accounts and the access review

  const ROLES = ['admin', 'officer', 'ppk', 'auditor'];

  async function accountsPage(params) {
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

  function newAccountForm() {
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

  function passwordPage() {
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

  async function portalsPage() {
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
  async function transferBadge() {
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

  async function transfersPage() {
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

  // ---- training modules

  async function trainingsPage(params) {
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
  function moduleEditor(m) {
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

  // ---- pact templates

  async function templates(params) {
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

  function editor(t) {
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

  // The skip link moves the focus to the content; it must not become a route of its own.
  const skip = document.querySelector('a.skip');
  skip.addEventListener('click', (ev) => { ev.preventDefault(); $main().focus(); });

  window.addEventListener('hashchange', route);
  route(); // deferred: the document is parsed

})();
