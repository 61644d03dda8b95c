package id.netra.domain.employee;

import java.util.List;
import java.util.Optional;

/** Where employees are kept. */
public interface EmployeeRepository {

  Optional<Employee> findByNip(String canonicalNip);

  List<Employee> findByAgency(String agencyCode, int offset, int limit);

  /** The NIPs of the agency's employees who are not inactive. */
  List<String> findActiveNips(String agencyCode);

  void add(Employee employee);
}
