-- A regional SIMPEG unlike the demo's (the worked example in ../README.md): English-free column
-- names of another vendor, NIPs with dots, employment status as a digit, dates as yyyymmdd numbers,
-- a change marker in Unix seconds, and approval states as numbers. MySQL/MariaDB syntax that H2
-- (MODE=MySQL) also runs. Synthetic data only.
CREATE TABLE tbl_skpd (
  kd_skpd   VARCHAR(10) PRIMARY KEY,
  nm_skpd   VARCHAR(120) NOT NULL
);

CREATE TABLE tbl_pegawai (
  pegawai_id               INT PRIMARY KEY,
  nip_baru                 VARCHAR(24) NOT NULL,
  gelar_depan              VARCHAR(20),
  nama_lengkap             VARCHAR(100) NOT NULL,
  gelar_belakang           VARCHAR(30),
  kode_status_kepegawaian  CHAR(1) NOT NULL,   -- 1 PNS, 2 CPNS, 3 PPPK
  kd_skpd                  VARCHAR(10),
  atasan_nip               VARCHAR(24),
  golru                    VARCHAR(6),
  aktif                    SMALLINT NOT NULL,  -- 1 active, 0 not
  last_modified            BIGINT NOT NULL     -- Unix seconds of the last change
);

CREATE TABLE tbl_permohonan_cuti (
  id_permohonan     VARCHAR(20) PRIMARY KEY,   -- e.g. CT/2029/0001
  nip_baru          VARCHAR(24) NOT NULL,
  kd_jenis_cuti     INT NOT NULL,              -- 1 tahunan, 2 besar, 3 sakit, 4 melahirkan, 5 alasan penting, 6 CLTN
  tgl_awal          INT NOT NULL,              -- yyyymmdd
  tgl_akhir         INT NOT NULL,
  status_approval   SMALLINT NOT NULL DEFAULT 0,  -- 0 waiting, 1 approved, 9 held
  alasan_ditunda    VARCHAR(1000),
  verifikator       VARCHAR(40)
);

CREATE TABLE tbl_hukdis (
  id                INT AUTO_INCREMENT PRIMARY KEY,
  nip_baru          VARCHAR(24) NOT NULL,
  kd_jenis_hukuman  VARCHAR(4) NOT NULL,
  no_sk             VARCHAR(60) NOT NULL,
  tgl_sk            INT NOT NULL,
  tmt_hukuman       INT NOT NULL,
  akhir_hukuman     INT,
  keterangan        VARCHAR(500),
  netra_key         VARCHAR(200) UNIQUE
);

INSERT INTO tbl_skpd VALUES
  ('1.02.01', 'Dinas Kesehatan'),
  ('1.01.01', 'Dinas Pendidikan dan Kebudayaan'),
  ('4.01.03', 'Bagian Umum Sekretariat Daerah');

INSERT INTO tbl_pegawai VALUES
  (101, '19870615.201101.1.003', NULL, 'Bambang Wicaksono', 'S.Kep.', '1', '1.02.01', '19750410.200003.2.002', 'III/c', 1, 1767600000),
  (102, '19750410.200003.2.002', 'dr.', 'Sri Handayani', 'M.Kes.', '1', '1.02.01', NULL, 'IV/b', 1, 1767600001),
  (103, '199409202022032007', NULL, 'Nur Aini', 'S.Pd.', '3', '1.01.01', NULL, 'IX', 1, 1767600002),
  (104, '19680303.199003.1.004', NULL, 'Slamet Riyadi', NULL, '1', '4.01.03', NULL, 'IV/a', 0, 1767600003);

INSERT INTO tbl_permohonan_cuti (id_permohonan, nip_baru, kd_jenis_cuti, tgl_awal, tgl_akhir) VALUES
  ('CT/2029/0001', '19870615.201101.1.003', 1, 20290210, 20290212),
  ('CT/2029/0002', '199409202022032007', 6, 20290301, 20290830);
