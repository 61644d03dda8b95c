package id.netra.domain.election;

import id.netra.domain.shared.Validations;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An election as the agencies in its scope live it: rules apply from {@code startDate} to {@code
 * endDate} ("before, during and after"), with a campaign window and a voting day inside, and the
 * candidate determination day (penetapan calon) before the campaign: before it, a prospective
 * candidate is a <i>bakal calon</i>; from it, a <i>calon</i>.
 */
@Entity
@Table(name = "election_period")
public class ElectionPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "election_seq")
  @SequenceGenerator(name = "election_seq", sequenceName = "election_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "election_type", nullable = false, length = 16)
  private ElectionType type;

  @Column(nullable = false, length = 200)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "election_agency", joinColumns = @JoinColumn(name = "election_id"))
  @Column(name = "agency_code", length = 32)
  private Set<String> agencies = new TreeSet<>();

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "campaign_start", nullable = false)
  private LocalDate campaignStart;

  @Column(name = "campaign_end", nullable = false)
  private LocalDate campaignEnd;

  @Column(name = "voting_day", nullable = false)
  private LocalDate votingDay;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "candidate_day")
  private LocalDate candidateDay;

  @Version private long version;

  protected ElectionPeriod() {}

  public ElectionPeriod(ElectionSchedule schedule) {
    apply(schedule);
  }

  /** Replaces name, scope and dates after checking that the dates are in order. */
  public void apply(ElectionSchedule s) {
    validate(s);
    this.type = s.type();
    this.name = s.name().trim();
    this.agencies = new TreeSet<>(s.agencies());
    this.startDate = s.startDate();
    this.campaignStart = s.campaignStart();
    this.campaignEnd = s.campaignEnd();
    this.votingDay = s.votingDay();
    this.endDate = s.endDate();
    this.candidateDay = s.candidateDay();
  }

  static void validate(ElectionSchedule s) {
    Validations v = new Validations();
    v.require(s.type() != null, "type", "REQUIRED", "Wajib diisi.", "Required.");
    v.requireText(s.name(), "name", 200);
    v.require(
        s.agencies() != null && !s.agencies().isEmpty(),
        "agencies",
        "REQUIRED",
        "Sebutkan paling sedikit satu instansi.",
        "Name at least one agency.");
    v.require(s.startDate() != null, "startDate", "REQUIRED", "Wajib diisi.", "Required.");
    v.require(s.campaignStart() != null, "campaignStart", "REQUIRED", "Wajib diisi.", "Required.");
    v.require(s.campaignEnd() != null, "campaignEnd", "REQUIRED", "Wajib diisi.", "Required.");
    v.require(s.votingDay() != null, "votingDay", "REQUIRED", "Wajib diisi.", "Required.");
    v.require(s.endDate() != null, "endDate", "REQUIRED", "Wajib diisi.", "Required.");
    v.throwIfAny();
    v.require(
        !s.campaignStart().isBefore(s.startDate()),
        "campaignStart",
        "DATE_ORDER",
        "Masa kampanye tidak boleh mulai sebelum awal periode.",
        "The campaign cannot start before the period starts.");
    v.require(
        !s.campaignEnd().isBefore(s.campaignStart()),
        "campaignEnd",
        "DATE_ORDER",
        "Akhir kampanye tidak boleh sebelum awal kampanye.",
        "The campaign cannot end before it starts.");
    v.require(
        s.votingDay().isAfter(s.campaignEnd()),
        "votingDay",
        "DATE_ORDER",
        "Hari pemungutan suara harus sesudah masa kampanye (ada masa tenang).",
        "Voting day must come after the campaign (a quiet period lies between).");
    v.require(
        !s.endDate().isBefore(s.votingDay()),
        "endDate",
        "DATE_ORDER",
        "Akhir periode tidak boleh sebelum hari pemungutan suara.",
        "The period cannot end before voting day.");
    if (s.candidateDay() != null) {
      v.require(
          !s.candidateDay().isBefore(s.startDate()) && !s.candidateDay().isAfter(s.campaignStart()),
          "candidateDay",
          "DATE_ORDER",
          "Hari penetapan calon harus antara awal periode dan awal kampanye.",
          "The candidate determination day must lie between the period's start and the"
              + " campaign's.");
    }
    v.throwIfAny();
  }

  /** The phase the election is in on a day. */
  public ElectionPhase phase(LocalDate day) {
    if (day.isBefore(startDate)) {
      return ElectionPhase.NOT_STARTED;
    }
    if (day.isBefore(campaignStart)) {
      return ElectionPhase.PREPARATION;
    }
    if (!day.isAfter(campaignEnd)) {
      return ElectionPhase.CAMPAIGN;
    }
    if (!day.isAfter(votingDay)) {
      return ElectionPhase.QUIET_AND_VOTING;
    }
    return day.isAfter(endDate) ? ElectionPhase.OVER : ElectionPhase.AFTER_VOTE;
  }

  /**
   * The day from which a prospective candidate counts as a calon: the determination day, or the
   * campaign's first day while it is not recorded (no candidate campaigns before being determined).
   */
  public LocalDate determinationDay() {
    return candidateDay != null ? candidateDay : campaignStart;
  }

  /** Whether the day a person is a calon from is recorded, or only assumed from the campaign. */
  public boolean candidateDayKnown() {
    return candidateDay != null;
  }

  /** Whether {@code day} lies within the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(startDate) && !day.isAfter(endDate);
  }

  /** Whether this election concerns the agency. */
  public boolean covers(String agencyCode) {
    return agencies.contains(agencyCode);
  }

  /** Whether [from, to] shares at least one day with the period. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !from.isAfter(endDate) && !to.isBefore(startDate);
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("type", type);
    m.put("name", name);
    m.put("agencies", String.join(",", agencies));
    m.put("startDate", startDate);
    m.put("campaignStart", campaignStart);
    m.put("campaignEnd", campaignEnd);
    m.put("votingDay", votingDay);
    m.put("endDate", endDate);
    m.put("candidateDay", candidateDay);
    return m;
  }

  public Long id() {
    return id;
  }

  public ElectionType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public Set<String> agencies() {
    return Set.copyOf(agencies);
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate campaignStart() {
    return campaignStart;
  }

  public LocalDate campaignEnd() {
    return campaignEnd;
  }

  public LocalDate votingDay() {
    return votingDay;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public LocalDate candidateDay() {
    return candidateDay;
  }
}
