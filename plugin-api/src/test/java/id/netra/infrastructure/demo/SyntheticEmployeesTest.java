package id.netra.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.application.EmployeeUpsert;
import id.netra.domain.employee.EmployeeNumber;
import id.netra.domain.employee.EmployeeType;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticEmployeesTest {

  static final List<EmployeeUpsert> DEMO =
      SyntheticEmployees.generate(
          "DEMO", StartupData.DEMO_EMPLOYEES, StartupData.DEMO_SEED, LocalDate.of(2026, 12, 7));

  @Test
  void everyNumberFollowsItsRulesAndIsUnique() {
    assertEquals(300, DEMO.size());
    assertEquals(300, new HashSet<>(DEMO.stream().map(EmployeeUpsert::nip).toList()).size());
    for (EmployeeUpsert e : DEMO) {
      assertTrue(
          EmployeeNumber.problems(
                  e.nip(), EmployeeType.valueOf(e.type()), LocalDate.of(2026, 12, 7))
              .isEmpty(),
          e.nip());
    }
    long pppk = DEMO.stream().filter(e -> e.type().equals("PPPK")).count();
    assertTrue(pppk > 40 && pppk < 120, "about a quarter PPPK, got " + pppk);
  }

  @Test
  void theReadmesTourEmployeeIsTheFirstAndHasDoneNothing() {
    // README.md's tour uses this NIP: the demo leaves the first employee without pact or training.
    assertEquals(StartupData.TOUR_NIP, DEMO.get(0).nip());
    assertEquals("PNS", DEMO.get(0).type());
  }
}
