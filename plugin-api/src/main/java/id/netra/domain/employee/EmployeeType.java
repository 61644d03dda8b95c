package id.netra.domain.employee;

/** The two kinds of ASN. */
public enum EmployeeType {
  /** Pegawai Negeri Sipil: identified by an 18-digit NIP. */
  PNS,
  /** Pegawai Pemerintah dengan Perjanjian Kerja: identified by an 18-digit NI PPPK. */
  PPPK
}
