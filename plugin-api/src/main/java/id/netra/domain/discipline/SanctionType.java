package id.netra.domain.discipline;

import id.netra.domain.employee.EmployeeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A sanction as the catalogue knows it: catalogue data, editable by administrators.
 *
 * <p>{@code code} is Netra's code: SIASN's jenisHukumanId where SIASN has one (for example {@code
 * 23}); {@code siasnHukumanId} is what {@code hukdis/save} is sent, or null (a dismissal for party
 * membership is a pemberhentian in SIASN, not a disciplinary record); {@code months} is how long it
 * runs, 0 for a sanction without a period; {@code issuable} is false for the PP 53/2010 forms old
 * records hold (read, never issued); {@code forPns}/{@code forPppk}/{@code forNonAsn} say who can
 * receive it (PPPK employees hold no rank or structural position to lose; non-ASN staff only
 * contract measures); {@code dismissal} marks a sanction that ends the employment (PDHTAPS, PTDH,
 * PHPK): it is appealed by banding rather than keberatan.
 */
@Entity
@Table(name = "sanction_type")
public class SanctionType {

  @Id
  @Column(length = 32)
  private String code;

  @Column(name = "siasn_hukuman_id", length = 8)
  private String siasnHukumanId;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(length = 1)
  private Tier tier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Track track;

  @Column(nullable = false)
  private int months;

  @Column(nullable = false)
  private boolean permanent;

  @Column(nullable = false)
  private boolean issuable;

  @Column(name = "for_pns", nullable = false)
  private boolean forPns;

  @Column(name = "for_pppk", nullable = false)
  private boolean forPppk;

  @Column(name = "for_non_asn", nullable = false)
  private boolean forNonAsn;

  @Column(nullable = false)
  private boolean dismissal;

  @Column(nullable = false, length = 32)
  private String regulation;

  /** Raised by every change: a decided case names the revision its sanction was decided under. */
  @Column(nullable = false)
  private int revision = 1;

  protected SanctionType() {}

  /** Who a sanction type is for. */
  public enum For {
    PNS,
    PPPK,
    ASN,
    NON_ASN
  }

  public SanctionType(
      String code,
      String siasnHukumanId,
      String name,
      Tier tier,
      Track track,
      int months,
      boolean permanent,
      boolean issuable,
      For who,
      boolean dismissal,
      String regulation) {
    this.code = Objects.requireNonNull(code);
    this.siasnHukumanId = siasnHukumanId;
    this.name = Objects.requireNonNull(name);
    this.tier = tier;
    this.track = Objects.requireNonNull(track);
    if (months < 0) {
      throw new IllegalArgumentException("months must not be negative");
    }
    this.months = months;
    this.permanent = permanent;
    this.issuable = issuable;
    this.forPns = who == For.PNS || who == For.ASN;
    this.forPppk = who == For.PPPK || who == For.ASN;
    this.forNonAsn = who == For.NON_ASN;
    this.dismissal = dismissal;
    this.regulation = regulation;
  }

  /** Whether an employee of this type can receive it. */
  public boolean appliesTo(EmployeeType type) {
    return switch (type) {
      case PNS -> forPns;
      case PPPK -> forPppk;
      case NON_ASN -> forNonAsn;
    };
  }

  /**
   * Whether the sanction goes into SIASN's disciplinary history ({@code hukdis/save}): an ASN
   * sanction SIASN has a jenisHukuman for. Dismissals for party membership and PHPK are
   * terminations (pemberhentian), proposed to BKN, never a hukdis record.
   */
  public boolean siasnRecord() {
    return siasnHukumanId != null && track != Track.CONTRACT;
  }

  /**
   * Whether a personnel record keeps this sanction: never a contract measure of non-ASN staff;
   * SIASN only what its disciplinary history records ({@link #siasnRecord()}), an agency's SIMPEG
   * every ASN sanction.
   *
   * @param siasn whether the record is SIASN's
   */
  public boolean keptBy(boolean siasn) {
    return siasn ? siasnRecord() : track != Track.CONTRACT;
  }

  /**
   * Takes the name, eligibility and dismissal mark of the current standard edition of this type.
   *
   * @return whether anything changed
   */
  boolean adopt(SanctionType standard) {
    boolean changed =
        !name.equals(standard.name)
            || forPns != standard.forPns
            || forPppk != standard.forPppk
            || forNonAsn != standard.forNonAsn
            || dismissal != standard.dismissal
            || issuable != standard.issuable;
    if (changed) {
      revision++;
    }
    name = standard.name;
    forPns = standard.forPns;
    forPppk = standard.forPppk;
    forNonAsn = standard.forNonAsn;
    dismissal = standard.dismissal;
    issuable = standard.issuable;
    return changed;
  }

  /** What a central administrator may correct of a sanction type: not its code, track or tier. */
  public record Revision(
      String name,
      String siasnHukumanId,
      int months,
      boolean permanent,
      boolean issuable,
      boolean forPns,
      boolean forPppk,
      boolean forNonAsn,
      boolean dismissal,
      String regulation) {}

  /** The type as a revision of it: what an administrator starts from. */
  public Revision asRevision() {
    return new Revision(
        name,
        siasnHukumanId,
        months,
        permanent,
        issuable,
        forPns,
        forPppk,
        forNonAsn,
        dismissal,
        regulation);
  }

  /**
   * Takes a central administrator's correction, as a new revision; cases decided before keep the
   * period they were given and name the revision they used.
   *
   * @throws id.netra.domain.shared.DomainValidationException with every fault
   */
  public void revise(Revision r, java.util.function.Predicate<String> knownToSiasn) {
    var v = new id.netra.domain.shared.Validations();
    check(v, r, track, knownToSiasn);
    v.throwIfAny();
    name = r.name().strip();
    siasnHukumanId = blankToNull(r.siasnHukumanId());
    months = r.months();
    permanent = r.permanent();
    issuable = r.issuable();
    forPns = r.forPns();
    forPppk = r.forPppk();
    forNonAsn = r.forNonAsn();
    dismissal = r.dismissal();
    regulation = r.regulation().strip();
    revision++;
  }

  /** Records what is wrong with a revision of a type on {@code track}. */
  public static void check(
      id.netra.domain.shared.Validations v,
      Revision r,
      Track track,
      java.util.function.Predicate<String> knownToSiasn) {
    v.requireText(r.name(), "name", 200);
    v.requireText(r.regulation(), "regulation", 32);
    String siasn = blankToNull(r.siasnHukumanId());
    v.require(
        siasn == null || knownToSiasn.test(siasn),
        "siasnHukumanId",
        "UNKNOWN_SIASN_HUKUMAN",
        "SIASN tidak mengenal jenisHukuman " + siasn + " (lihat jenisHukuman.json).",
        "SIASN has no jenisHukuman " + siasn + " (see jenisHukuman.json).");
    v.require(
        r.months() >= 0 && r.months() <= 240,
        "months",
        "MONTHS_RANGE",
        "Lama hukuman 0 sampai 240 bulan.",
        "A sanction runs 0 to 240 months.");
    boolean contract = track == Track.CONTRACT;
    v.require(
        r.forPns() || r.forPppk() || r.forNonAsn(),
        "forPns",
        "NOBODY",
        "Sebutkan bagi siapa jenis hukuman ini (PNS, PPPK atau non-ASN).",
        "Say who can receive it (PNS, PPPK or non-ASN staff).");
    v.require(
        contract ? !(r.forPns() || r.forPppk()) : !r.forNonAsn(),
        "forNonAsn",
        "FOR_TRACK",
        "Hukuman disiplin untuk ASN; pegawai non-ASN hanya tindakan kontrak (jalur CONTRACT).",
        "Disciplinary sanctions are for ASN; non-ASN staff receive contract measures only (track"
            + " CONTRACT).");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public int revision() {
    return revision;
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("revision", revision);
    m.put("siasnHukumanId", siasnHukumanId);
    m.put("regulation", regulation);
    m.put("name", name);
    m.put("tier", tier);
    m.put("track", track);
    m.put("months", months);
    m.put("permanent", permanent);
    m.put("issuable", issuable);
    m.put("forPns", forPns);
    m.put("forPppk", forPppk);
    m.put("forNonAsn", forNonAsn);
    m.put("dismissal", dismissal);
    return m;
  }

  public String code() {
    return code;
  }

  /** The code personnel records know it by: SIASN's {@code jenisHukumanId}, else Netra's. */
  public String recordCode() {
    return siasnHukumanId != null ? siasnHukumanId : code;
  }

  public String siasnHukumanId() {
    return siasnHukumanId;
  }

  public String name() {
    return name;
  }

  public Tier tier() {
    return tier;
  }

  public Track track() {
    return track;
  }

  public int months() {
    return months;
  }

  public boolean permanent() {
    return permanent;
  }

  public boolean issuable() {
    return issuable;
  }

  public boolean forPns() {
    return forPns;
  }

  public boolean forPppk() {
    return forPppk;
  }

  public boolean forNonAsn() {
    return forNonAsn;
  }

  public boolean dismissal() {
    return dismissal;
  }

  /**
   * For a sanction that ends the employment, the SIASN jenisPemberhentian of the termination BKN is
   * asked to process: 8 (membership of a political party) for the party track, else 7 (a
   * disciplinary sanction); null for any other sanction.
   */
  public String jenisPemberhentianId() {
    if (!dismissal || track == Track.CONTRACT) {
      return null;
    }
    return track == Track.PARTY_MEMBERSHIP ? "8" : "7";
  }

  public String regulation() {
    return regulation;
  }
}
