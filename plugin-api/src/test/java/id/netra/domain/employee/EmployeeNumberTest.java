package id.netra.domain.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netra.domain.shared.DomainValidationException;
import id.netra.domain.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployeeNumberTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  void pnsNipWithOrWithoutSpacesParsesToOneCanonicalForm() {
    EmployeeNumber spaced = EmployeeNumber.parse("19660801 198803 1 001", EmployeeType.PNS);
    EmployeeNumber plain = EmployeeNumber.parse("196608011988031001", EmployeeType.PNS);
    assertEquals("196608011988031001", spaced.digits());
    assertEquals(spaced, plain);
    assertEquals("19660801 198803 1 001", plain.display());
    assertEquals(LocalDate.of(1966, 8, 1), plain.birthDate());
    assertEquals(1, plain.genderDigit());
  }

  @Test
  void pppkNumberDisplaysContractsNotAMonth() {
    EmployeeNumber n = EmployeeNumber.parse("199001012021152001", EmployeeType.PPPK);
    assertEquals("19900101 2021 15 2 001", n.display());
    assertEquals(2, n.genderDigit());
  }

  @Test
  void pppkDigits13To14AreNotValidatedAsAMonth() {
    // 15 contracts would be month 15 for a PNS NIP: valid for PPPK, invalid for PNS.
    assertTrue(EmployeeNumber.problems("199001012021152001", EmployeeType.PPPK, TODAY).isEmpty());
    assertEquals(
        List.of("NIP_APPOINTMENT"),
        codes(EmployeeNumber.problems("199001012021152001", EmployeeType.PNS, TODAY)));
  }

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @CsvSource({
    "1966080119880310, PNS, NIP_FORMAT",
    "19660801198803100A, PNS, NIP_FORMAT",
    "196602301988031001, PNS, NIP_BIRTH_DATE",
    "196608011988001001, PNS, NIP_APPOINTMENT",
    "196608011970031001, PNS, NIP_APPOINTMENT",
    "196608011988033001, PNS, NIP_GENDER",
    "196608011988031000, PNS, NIP_SEQUENCE",
    "199001012021002001, PPPK, NIP_CONTRACTS",
    "199013012021012001, PPPK, NIP_BIRTH_DATE",
    "199001012021019001, PPPK, NIP_GENDER",
    "199001012000011001, PPPK, NIP_APPOINTMENT",
  })
  void eachRuleIsReportedWithItsCode(String nip, EmployeeType type, String code) {
    List<Violation> problems = EmployeeNumber.problems(nip, type, TODAY);
    assertTrue(codes(problems).contains(code), () -> "got " + codes(problems));
    problems.forEach(p -> assertEquals("nip", p.field()));
    problems.forEach(p -> assertTrue(!p.messageId().isBlank() && !p.messageEn().isBlank()));
  }

  @Test
  void aBirthOrAnAppointmentAfterTodayIsRefused() {
    String bornTomorrow = "202612082045011001";
    assertTrue(
        codes(EmployeeNumber.problems(bornTomorrow, EmployeeType.PNS, TODAY))
            .contains("NIP_BIRTH_DATE"));
    assertTrue(
        EmployeeNumber.problems("199001012026121001", EmployeeType.PNS, TODAY).isEmpty(),
        "appointed this year");
    assertEquals(
        List.of("NIP_APPOINTMENT"),
        codes(EmployeeNumber.problems("199001012027011001", EmployeeType.PNS, TODAY)),
        "appointed next year");
  }

  @Test
  void parseRefusesWithEveryProblemAtOnce() {
    DomainValidationException e =
        assertThrows(
            DomainValidationException.class,
            () -> EmployeeNumber.parse("196608011988133000", EmployeeType.PNS));
    assertEquals(List.of("NIP_APPOINTMENT", "NIP_GENDER", "NIP_SEQUENCE"), codes(e.violations()));
  }

  @Test
  void separatorsAreDroppedButLettersAreNot() {
    assertEquals("196608011988031001", EmployeeNumber.canonical(" 19660801.198803-1 001 "));
    assertEquals(
        List.of("NIP_FORMAT"),
        codes(EmployeeNumber.problems("NIP 196608011988031001", EmployeeType.PNS, TODAY)));
  }

  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).toList();
  }
}
