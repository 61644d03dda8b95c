package id.netra.domain.discipline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A kind of neutrality violation in the catalogue: an SKB 2022 type or a PP 94/2021 Pasal 5 huruf n
 * item, its track, the sanctions it allows and, where one fits, SIASN's alasanHukumanDisiplinId.
 * Versioned: an administrator's correction is a new version, and a case keeps the version it was
 * registered under.
 *
 * <p>{@code tier} is the tier the regulation fixes (items 2 to 7 of Pasal 5 huruf n), or null when
 * the PPK weighs it; {@code toVerify} marks a mapping that came from secondary sources.
 *
 * <p>A type may carry a second set of rules for acts on or after the election's candidate
 * determination day ({@link CandidateStage#CALON}): SKB 2022 handles several items as ethics
 * breaches for a <i>bakal calon</i> and as discipline breaches for a <i>calon</i>. Without one, the
 * same rules hold in both stages.
 */
@Entity
@Table(name = "violation_type")
public class ViolationType {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "violation_type_seq")
  @SequenceGenerator(
      name = "violation_type_seq",
      sequenceName = "violation_type_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 32)
  private String code;

  @Column(name = "catalogue_version", nullable = false)
  private int catalogueVersion;

  @Column(name = "name_id", nullable = false, length = 300)
  private String nameId;

  @Column(name = "name_en", nullable = false, length = 300)
  private String nameEn;

  @Column(nullable = false, length = 100)
  private String basis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Track track;

  @Enumerated(EnumType.STRING)
  @Column(length = 1)
  private Tier tier;

  /** The allowed sanction codes, comma-separated. */
  @Column(name = "allowed_sanctions", nullable = false, length = 500)
  private String allowed;

  @Enumerated(EnumType.STRING)
  @Column(name = "track_after", length = 24)
  private Track trackAfter;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier_after", length = 1)
  private Tier tierAfter;

  /** The sanction codes allowed on or after the determination day, comma-separated, or null. */
  @Column(name = "allowed_after", length = 500)
  private String allowedAfter;

  @Column(name = "siasn_reason_id", length = 64)
  private String siasnReasonId;

  @Column(name = "to_verify", nullable = false)
  private boolean toVerify;

  /** False once a newer version replaces it. */
  @Column(name = "is_current", nullable = false)
  private boolean current;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ViolationType() {}

  public ViolationType(
      String code,
      String nameId,
      String nameEn,
      String basis,
      Track track,
      Tier tier,
      Set<String> allowedSanctions,
      String siasnReasonId,
      boolean toVerify) {
    this.code = Objects.requireNonNull(code);
    this.nameId = nameId;
    this.nameEn = nameEn;
    this.basis = basis;
    this.track = Objects.requireNonNull(track);
    this.tier = tier;
    this.allowed = String.join(",", new TreeSet<>(allowedSanctions));
    this.siasnReasonId = siasnReasonId;
    this.toVerify = toVerify;
    this.catalogueVersion = 1;
    this.current = true;
  }

  /**
   * Gives the type its own rules for acts on or after the candidate determination day.
   *
   * @return this type, for the catalogue's listing
   */
  public ViolationType afterDetermination(ViolationRules after) {
    if (after == null) {
      trackAfter = null;
      tierAfter = null;
      allowedAfter = null;
    } else {
      trackAfter = Objects.requireNonNull(after.track());
      tierAfter = after.tier();
      allowedAfter = String.join(",", new TreeSet<>(after.allowedSanctions()));
    }
    return this;
  }

  /**
   * The next version with an administrator's corrections; this one stops being current.
   *
   * @param after the rules on or after the determination day, or null when the same rules hold
   * @param now when
   */
  public ViolationType revise(
      String nameId,
      String nameEn,
      ViolationRules before,
      ViolationRules after,
      String siasnReasonId,
      boolean toVerify,
      Instant now) {
    ViolationType next =
        new ViolationType(
            code,
            nameId,
            nameEn,
            basis,
            before.track(),
            before.tier(),
            before.allowedSanctions(),
            siasnReasonId,
            toVerify);
    next.afterDetermination(after);
    next.catalogueVersion = catalogueVersion + 1;
    next.createdAt = now;
    this.current = false;
    return next;
  }

  /** The rules for an act in {@code stage}. */
  public ViolationRules rules(CandidateStage stage) {
    return stage == CandidateStage.CALON && trackAfter != null ? afterRules() : beforeRules();
  }

  /** The rules before the determination day (and in both stages when there is no second set). */
  public ViolationRules beforeRules() {
    return new ViolationRules(track, tier, allowedSanctions());
  }

  /** The rules on or after the determination day, or null when the first set holds throughout. */
  public ViolationRules afterRules() {
    return trackAfter == null
        ? null
        : new ViolationRules(trackAfter, tierAfter, split(allowedAfter));
  }

  /** Whether the determination day changes how an act of this type is handled. */
  public boolean staged() {
    return trackAfter != null;
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("version", catalogueVersion);
    m.put("nameId", nameId);
    m.put("track", track);
    m.put("tier", tier);
    m.put("allowedSanctions", allowed);
    m.put("trackAfter", trackAfter);
    m.put("tierAfter", tierAfter);
    m.put("allowedAfter", allowedAfter);
    m.put("siasnReasonId", siasnReasonId);
    m.put("toVerify", toVerify);
    return m;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public int catalogueVersion() {
    return catalogueVersion;
  }

  public String nameId() {
    return nameId;
  }

  public String nameEn() {
    return nameEn;
  }

  public String basis() {
    return basis;
  }

  public Track track() {
    return track;
  }

  public Tier tier() {
    return tier;
  }

  public Set<String> allowedSanctions() {
    return split(allowed);
  }

  private static Set<String> split(String codes) {
    return codes == null || codes.isEmpty() ? Set.of() : Set.of(codes.split(","));
  }

  public String siasnReasonId() {
    return siasnReasonId;
  }

  public boolean toVerify() {
    return toVerify;
  }

  public boolean current() {
    return current;
  }

  void created(Instant now) {
    this.createdAt = now;
  }

  @Override
  public String toString() {
    return code + " v" + catalogueVersion + " " + Arrays.toString(allowed.split(","));
  }
}
