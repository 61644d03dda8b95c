-- A handful of synthetic SIMPEG rows for the route tests (NIPs follow the NIP rules).
INSERT INTO unit_kerja (kd_unit, nm_unit) VALUES ('DISDIK', 'Dinas Pendidikan'), ('DINKES', 'Dinas Kesehatan');
INSERT INTO pegawai VALUES
  (1, '19850312 201001 1 004', 'Budi Santoso', 'PNS', 'DISDIK', NULL, 'III/b', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:00'),
  (2, '19900721 201503 2 011', 'Dewi Lestari', 'PNS', 'DINKES', '19850312 201001 1 004', 'III/a', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:01'),
  (3, '199204152021012003', 'Sri Wulandari', 'P3K', 'DINKES', NULL, 'IX', 'JABATAN_FUNGSIONAL', '1', '2026-01-05 08:00:02'),
  (4, '19700101 199503 1 002', 'Made Wijaya', 'PNS', 'DISDIK', NULL, 'IV/a', 'JABATAN_STRUKTURAL', '0', '2026-01-05 08:00:03'),
  (5, '19880808 201201 1 007', 'Eko Pratama', 'XYZ', 'DISDIK', NULL, 'III/c', 'JABATAN_FUNGSIONAL', '1', '2026-01-04 08:00:00');
INSERT INTO cuti (id_cuti, nip, jenis_cuti, tgl_mulai, tgl_selesai, status) VALUES
  (101, '19850312 201001 1 004', 'CT', '02-03-2029', '06-03-2029', 'DIAJUKAN'),
  (102, '19900721 201503 2 011', 'CLTN', '31-02-2029', '06-03-2030', 'DIAJUKAN'),
  (103, '19900721 201503 2 011', 'CT', '02-03-2029', '03-03-2029', 'DISETUJUI');
INSERT INTO izin_tugas_pemilu (id_izin, nip, badan, tgl_mulai, tgl_selesai, status) VALUES
  (201, '19900721 201503 2 011', 'KPPS', '20-11-2029', '28-11-2029', 'DIAJUKAN');
