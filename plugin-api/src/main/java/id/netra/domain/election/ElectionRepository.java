package id.netra.domain.election;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where election periods are kept. */
public interface ElectionRepository {

  Optional<ElectionPeriod> find(long id);

  /** Elections concerning the agency whose period shares a day with [from, to], earliest first. */
  List<ElectionPeriod> findInScope(String agencyCode, LocalDate from, LocalDate to);

  List<ElectionPeriod> findByAgency(String agencyCode);

  /** Every election, the latest first. */
  List<ElectionPeriod> findAll();

  void add(ElectionPeriod election);
}
