-- Synthetic seed of the demo SIMPEG (no real person): employees that Netra does not know yet,
-- so the first pull creates them, and leave and election-duty requests waiting for approval.
-- NIPs follow the NIP rules (birth date, CPNS month, gender, sequence); NI PPPKs theirs.
-- Request dates are relative to the day the demo is set up, in the SIMPEG's own dd-mm-yyyy text.

INSERT INTO unit_kerja (kd_unit, nm_unit, kd_unit_induk) VALUES
  ('SETDA', 'Sekretariat Daerah', NULL),
  ('DISDIK', 'Dinas Pendidikan', 'SETDA'),
  ('DINKES', 'Dinas Kesehatan', 'SETDA'),
  ('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'SETDA'),
  ('DISHUB', 'Dinas Perhubungan', 'SETDA'),
  ('BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM', 'SETDA');

INSERT INTO pegawai (id_pegawai, nip, nama, jenis_pegawai, kd_unit, nip_atasan, gol_ruang,
                     jenis_jabatan, status_aktif, tgl_update) VALUES
  (1, '19780214 200312 1 005', 'Hendra Saputra', 'PNS', 'DISDIK', '19800808 200501 1 011', 'III/d', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:00'),
  (2, '19850930 201101 2 017', 'Rina Hasibuan', 'PNS', 'DINKES', '19870315 201001 2 012', 'III/c', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:01'),
  (3, '19910511 201903 1 009', 'Gilang Permana', 'PNS', 'DISHUB', NULL, 'III/a', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:02'),
  (4, '19830726 200901 2 003', 'Kartika Siregar', 'PNS', 'SETDA', '19800808 200501 1 011', 'III/d', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:03'),
  (5, '19880102 201403 1 021', 'Teguh Nugroho', 'PNS', 'BAPPEDA', NULL, 'III/b', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:04'),
  (6, '19950817 202012 2 008', 'Oktavia Harahap', 'PNS', 'BKPSDM', NULL, 'III/a', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:05'),
  (7, '19760423 200003 1 002', 'Wahyu Simanjuntak', 'PNS', 'DISDIK', NULL, 'IV/a', 'JABATAN_STRUKTURAL', '0', '2026-01-05 08:00:06'),
  (8, '199303052022012014', 'Fitri Rahmawati', 'P3K', 'DINKES', '19870315 201001 2 012', 'IX', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:07'),
  (9, '198906192021021006', 'Joko Setiawan', 'P3K', 'DISDIK', '19780214 200312 1 005', 'IX', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:08'),
  (10, '199601122023012019', 'Indah Wulandari', 'P3K', 'DISHUB', NULL, 'VII', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:09'),
  (11, '19800808 200501 1 011', 'Agus Kurniawan', 'PNS', 'SETDA', NULL, 'IV/a', 'JABATAN_STRUKTURAL', '1', '2026-01-05 08:00:10'),
  (12, '19870315 201001 2 012', 'Lestari Pratama', 'PNS', 'DINKES', NULL, 'III/c', 'JABATAN_STRUKTURAL', '1', '2026-01-05 08:00:11'),
  -- A tenaga honorer (non-ASN): the SIMPEG's own staff number, no rank; signs the pact too.
  (13, 'PTT-2024-0031', 'Wahyu Nugroho', 'HONOR', 'DISHUB', '19800808 200501 1 011', NULL, NULL, '1', '2026-01-05 08:00:12');

INSERT INTO cuti (id_cuti, nip, jenis_cuti, tgl_mulai, tgl_selesai, keterangan, status) VALUES
  (5001, '19780214 200312 1 005', 'CT', FORMATDATETIME(DATEADD('DAY', 10, CURRENT_DATE), 'dd-MM-yyyy'),
   FORMATDATETIME(DATEADD('DAY', 14, CURRENT_DATE), 'dd-MM-yyyy'), 'Cuti tahunan', 'DIAJUKAN'),
  (5002, '19850930 201101 2 017', 'CLTN', FORMATDATETIME(DATEADD('DAY', 20, CURRENT_DATE), 'dd-MM-yyyy'),
   FORMATDATETIME(DATEADD('DAY', 200, CURRENT_DATE), 'dd-MM-yyyy'), 'Mendampingi suami calon bupati', 'DIAJUKAN'),
  (5003, '199303052022012014', 'CLTN', FORMATDATETIME(DATEADD('DAY', 20, CURRENT_DATE), 'dd-MM-yyyy'),
   FORMATDATETIME(DATEADD('DAY', 90, CURRENT_DATE), 'dd-MM-yyyy'), 'Mendampingi suami', 'DIAJUKAN');

INSERT INTO izin_tugas_pemilu (id_izin, nip, badan, tgl_mulai, tgl_selesai, no_surat, status) VALUES
  (6001, '19910511 201903 1 009', 'KPPS', FORMATDATETIME(DATEADD('DAY', 50, CURRENT_DATE), 'dd-MM-yyyy'),
   FORMATDATETIME(DATEADD('DAY', 54, CURRENT_DATE), 'dd-MM-yyyy'), 'KPU-DEMO/KPPS/001', 'DIAJUKAN'),
  (6002, '19830726 200901 2 003', 'PPS', FORMATDATETIME(DATEADD('DAY', 5, CURRENT_DATE), 'dd-MM-yyyy'),
   FORMATDATETIME(DATEADD('DAY', 60, CURRENT_DATE), 'dd-MM-yyyy'), 'KPU-DEMO/PPS/014', 'DIAJUKAN'),
  (6003, '198906192021021006', 'PANTARLIH', FORMATDATETIME(DATEADD('DAY', 3, CURRENT_DATE), 'dd-MM-yyyy'),
   FORMATDATETIME(DATEADD('DAY', 30, CURRENT_DATE), 'dd-MM-yyyy'), 'KPU-DEMO/PANTARLIH/102', 'DIAJUKAN'),
  -- Typed by hand in the SIMPEG: a date that does not exist. Netra reports it in every run until
  -- someone mends the row.
  (6004, '19880102 201403 1 021', 'KPPS', '31-02-2027', '04-03-2027', 'KPU-DEMO/KPPS/009', 'DIAJUKAN');
