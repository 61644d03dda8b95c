package id.netra.domain.employee;

/** Where an employee stands, as far as the gate is concerned. */
public enum EmployeeStatus {
  ACTIVE,
  INACTIVE,
  /** Declared a candidate (penetapan calon): must resign; gets no election duty or leave. */
  DECLARED_CANDIDATE
}
