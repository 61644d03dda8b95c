package id.netra.domain.employee;

import java.util.List;
import java.util.Optional;

/** Where employees are kept. */
public interface EmployeeRepository {

  Optional<Employee> findByNip(String canonicalNip);

  /**
   * The employee, locked until the caller's transaction ends: what decides an employee's requests
   * takes this lock first, so that a decision and a change of the facts behind it (a signature, a
   * training, a case) on another thread or instance never miss each other.
   */
  Optional<Employee> lockByNip(String canonicalNip);

  List<Employee> findByAgency(String agencyCode, int offset, int limit);

  /** The NIPs of the agency's employees who are not inactive. */
  List<String> findActiveNips(String agencyCode);

  void add(Employee employee);
}
