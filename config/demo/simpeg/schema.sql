-- The demo's SIMPEG: a typical regional personnel system (PHP + MySQL style, run here on H2 in
-- MySQL mode). Like many in the field it keeps dates as text, NIPs as typed (with spaces) and its
-- own codes. Netra reaches it only through config/demo/connectors/demo-simpeg.yaml.

CREATE TABLE IF NOT EXISTS unit_kerja (
  kd_unit VARCHAR(20) PRIMARY KEY,
  nm_unit VARCHAR(200) NOT NULL,
  kd_unit_induk VARCHAR(20)
);

CREATE TABLE IF NOT EXISTS pegawai (
  id_pegawai INT PRIMARY KEY,
  nip VARCHAR(25) NOT NULL,             -- '19660801 198803 1 001', spaces as typed
  nama VARCHAR(150) NOT NULL,
  jenis_pegawai VARCHAR(5) NOT NULL,    -- 'PNS' or 'P3K'
  kd_unit VARCHAR(20),
  nip_atasan VARCHAR(25),
  gol_ruang VARCHAR(10),
  jenis_jabatan VARCHAR(40),
  status_aktif CHAR(1) NOT NULL,        -- '1' aktif, '0' pensiun/keluar
  tgl_update VARCHAR(19) NOT NULL       -- 'yyyy-MM-dd HH:mm:ss'
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_pegawai_nip ON pegawai (nip);

-- Leave requests (e-cuti). status: DIAJUKAN (waiting), DISETUJUI_NETRA / DITANGGUHKAN_NETRA
-- (answered by Netra), DISETUJUI / DITOLAK (the superior's final word).
CREATE TABLE IF NOT EXISTS cuti (
  id_cuti INT PRIMARY KEY,
  nip VARCHAR(25) NOT NULL,
  jenis_cuti VARCHAR(5) NOT NULL,       -- CT tahunan, CB besar, CS sakit, CM melahirkan,
                                        -- CAP alasan penting, CLTN di luar tanggungan negara
  tgl_mulai VARCHAR(10) NOT NULL,       -- 'dd-mm-yyyy'
  tgl_selesai VARCHAR(10) NOT NULL,
  keterangan VARCHAR(500),
  status VARCHAR(20) NOT NULL,
  catatan_netra VARCHAR(2000),
  keputusan_netra VARCHAR(40),
  tgl_netra VARCHAR(19)
);

-- Permits for election duty (ad hoc bodies).
CREATE TABLE IF NOT EXISTS izin_tugas_pemilu (
  id_izin INT PRIMARY KEY,
  nip VARCHAR(25) NOT NULL,
  badan VARCHAR(20) NOT NULL,           -- KPPS, PPS, PPK, PANTARLIH, PANWASCAM, PKD, PTPS
  tgl_mulai VARCHAR(10) NOT NULL,       -- 'dd-mm-yyyy'
  tgl_selesai VARCHAR(10) NOT NULL,
  no_surat VARCHAR(100),
  status VARCHAR(20) NOT NULL,
  catatan_netra VARCHAR(2000),
  keputusan_netra VARCHAR(40),
  tgl_netra VARCHAR(19)
);

-- Disciplinary history, written by the sanctions issue's deliveries.
CREATE TABLE IF NOT EXISTS riwayat_hukuman (
  id_hukuman INT AUTO_INCREMENT PRIMARY KEY,
  nip VARCHAR(25) NOT NULL,
  jenis_hukuman VARCHAR(100) NOT NULL,
  tingkat VARCHAR(10),
  no_sk VARCHAR(100),
  tgl_sk VARCHAR(10),
  tmt_hukuman VARCHAR(10),
  akhir_hukuman VARCHAR(10),
  keterangan VARCHAR(500),
  status_hukuman VARCHAR(10) DEFAULT 'AKTIF' NOT NULL,
  no_sk_batal VARCHAR(100),
  tgl_sk_batal VARCHAR(10),
  ref_netra VARCHAR(100),
  CONSTRAINT ux_riwayat_hukuman_ref UNIQUE (ref_netra)
);

-- Proposals to end an employment (usul pemberhentian) the SIMPEG sends on to BKN: a dismissal is
-- kept here, not among the disciplinary sanctions.
CREATE TABLE IF NOT EXISTS usul_pemberhentian (
  id_usul INT AUTO_INCREMENT PRIMARY KEY,
  nip VARCHAR(25) NOT NULL,
  jenis_pemberhentian VARCHAR(10) NOT NULL,
  alasan VARCHAR(100) NOT NULL,
  no_sk VARCHAR(100),
  tgl_sk VARCHAR(10),
  tmt_berhenti VARCHAR(10),
  status_usul VARCHAR(10) DEFAULT 'DIUSULKAN' NOT NULL,
  no_sk_batal VARCHAR(100),
  ref_netra VARCHAR(100),
  CONSTRAINT ux_usul_pemberhentian_ref UNIQUE (ref_netra)
);
