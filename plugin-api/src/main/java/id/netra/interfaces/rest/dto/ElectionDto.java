package id.netra.interfaces.rest.dto;

import id.netra.domain.election.ElectionPeriod;
import id.netra.domain.election.ElectionSchedule;
import id.netra.domain.election.ElectionType;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An election period; dates ISO; {@code candidateDay} the candidate determination day (optional);
 * {@code phase} (today's, in WIB) only on output.
 */
public record ElectionDto(
    Long id,
    String type,
    String name,
    List<String> agencies,
    String startDate,
    String campaignStart,
    String campaignEnd,
    String votingDay,
    String endDate,
    String candidateDay,
    String phase) {

  public static ElectionDto of(ElectionPeriod e) {
    return new ElectionDto(
        e.id(),
        e.type().name(),
        e.name(),
        List.copyOf(new TreeSet<>(e.agencies())),
        e.startDate().toString(),
        e.campaignStart().toString(),
        e.campaignEnd().toString(),
        e.votingDay().toString(),
        e.endDate().toString(),
        e.candidateDay() == null ? null : e.candidateDay().toString(),
        e.phase(LocalDate.now(Times.WIB)).name());
  }

  public ElectionSchedule toSchedule() {
    Validations v = new Validations();
    ElectionType t = v.enumValue(ElectionType.class, type, "type", false);
    LocalDate s = Inputs.date(startDate, "startDate", v, false);
    LocalDate cs = Inputs.date(campaignStart, "campaignStart", v, false);
    LocalDate ce = Inputs.date(campaignEnd, "campaignEnd", v, false);
    LocalDate vd = Inputs.date(votingDay, "votingDay", v, false);
    LocalDate e = Inputs.date(endDate, "endDate", v, false);
    LocalDate cd = Inputs.date(candidateDay, "candidateDay", v, false);
    v.throwIfAny();
    Set<String> scope = agencies == null ? Set.of() : new TreeSet<>(agencies);
    return new ElectionSchedule(t, name, scope, s, cs, ce, vd, e, cd);
  }
}
