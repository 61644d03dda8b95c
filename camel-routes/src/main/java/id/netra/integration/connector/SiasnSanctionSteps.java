package id.netra.integration.connector;

import static id.netra.integration.connector.SiasnRestHandler.METHOD;
import static id.netra.integration.connector.SiasnRestHandler.PATH;
import static id.netra.integration.connector.SiasnRestHandler.blank;
import static id.netra.integration.connector.SiasnRestHandler.dmy;
import static id.netra.integration.connector.SiasnRestHandler.norm;
import static id.netra.integration.connector.SiasnRestHandler.text;

import id.netra.integration.canonical.OutboxEntry;
import id.netra.integration.canonical.SanctionFields;
import id.netra.integration.config.ConnectorConfig;
import id.netra.integration.port.CasePort;
import id.netra.integration.port.NetraPorts;
import id.netra.integration.siasn.HukdisRecord;
import id.netra.integration.siasn.SiasnCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * The steps of the {@code siasn-rest} deliver route, bound as {@code <id>.sanctions}: a sanction is
 * looked up in {@code pns/rw-hukdis} (read as SIASN answers it), written with {@code hukdis/save}
 * only when it is not there, and its decree's file follows with {@code upload-dok-rw}. The calls
 * themselves go through the handler's {@code direct:<id>.call}.
 */
public final class SiasnSanctionSteps {

  private static final String SANCTION = "siasn.sanction";
  private static final String EXISTING = "siasn.existing";
  private static final String DOCUMENT_ONLY = "siasn.documentOnly";
  private static final String RESULT = "siasn.result";

  /** SIASN's document reference of a disciplinary decree ({@code id_ref_dokumen}). */
  static final String HUKDIS_DOCUMENT = "882";

  private final ConnectorConfig config;
  private final SiasnRestSettings settings;
  private final NetraPorts ports;

  SiasnSanctionSteps(ConnectorConfig config, NetraPorts ports) {
    this.config = config;
    this.settings = config.settings(SiasnRestSettings.class);
    this.ports = ports;
  }

  // ---- sanctions

  /** Checks the entry and asks, when SIASN's id of the person is not known yet, for it. */
  public boolean startSanction(Exchange exchange) {
    OutboxEntry entry = exchange.getMessage().getBody(OutboxEntry.class);
    if (entry == null
        || !(OutboxEntry.SANCTION.equals(entry.kind())
            || OutboxEntry.DECREE_DOCUMENT.equals(entry.kind()))) {
      throw new DeliveryRejectedException(
          "Connector "
              + config.id()
              + " (siasn-rest) delivers sanctions and their decrees only, not "
              + (entry == null ? "an empty message" : entry.kind()));
    }
    List<String> missing = new ArrayList<>();
    for (String f :
        List.of(
            SanctionFields.NIP,
            SanctionFields.SANCTION_TYPE,
            SanctionFields.TIER,
            SanctionFields.DECREE_NUMBER,
            SanctionFields.DECREE_DATE,
            SanctionFields.START_DATE)) {
      if (blank(entry.field(f))) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      throw new DeliveryRejectedException("The sanction lacks " + missing);
    }
    Map<String, String> sanction = new LinkedHashMap<>(entry.payload());
    sanction.put(SanctionFields.NIP, entry.field(SanctionFields.NIP).replaceAll("[\\s.]", ""));
    exchange.setProperty(SANCTION, sanction);
    exchange.setProperty(DOCUMENT_ONLY, OutboxEntry.DECREE_DOCUMENT.equals(entry.kind()));
    exchange.removeProperty(EXISTING);
    boolean resolve = blank(sanction.get(SanctionFields.PNS_ORANG_ID));
    if (resolve) {
      exchange.getMessage().setHeader(METHOD, "GET");
      exchange.getMessage().setHeader(PATH, "pns/data-utama/" + sanction.get(SanctionFields.NIP));
      exchange.getMessage().setBody(null);
    }
    return resolve;
  }

  @SuppressWarnings("unchecked")
  public void pnsOrangId(Exchange exchange) {
    Map<String, String> sanction = exchange.getProperty(SANCTION, Map.class);
    JsonObject answer = exchange.getMessage().getBody(JsonObject.class);
    if (!(answer.get("data") instanceof Map<?, ?> data) || blank(text(data.get("id")))) {
      throw new DeliveryRejectedException(
          "NIP " + sanction.get(SanctionFields.NIP) + " is not in SIASN: " + answer.get("message"));
    }
    sanction.put(SanctionFields.PNS_ORANG_ID, text(data.get("id")));
  }

  @SuppressWarnings("unchecked")
  public void history(Exchange exchange) {
    Map<String, String> sanction = exchange.getProperty(SANCTION, Map.class);
    exchange.getMessage().setHeader(METHOD, "GET");
    exchange.getMessage().setHeader(PATH, "pns/rw-hukdis/" + sanction.get(SanctionFields.NIP));
    exchange.getMessage().setBody(null);
  }

  /**
   * Looks for the sanction in the employee's history (same decree number and sanction type, read in
   * whichever spelling SIASN answers: {@link HukdisRecord}). A sanction already there is not
   * written again; a cancellation updates the record it cancels.
   *
   * @return true if {@code hukdis/save} is still needed
   */
  @SuppressWarnings("unchecked")
  public boolean needsSave(Exchange exchange) {
    Map<String, String> sanction = exchange.getProperty(SANCTION, Map.class);
    JsonObject answer = exchange.getMessage().getBody(JsonObject.class);
    Object data = answer.get("data");
    Map<?, ?> found = null;
    if (data instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> h
            && HukdisRecord.read(h)
                .isOf(
                    sanction.get(SanctionFields.DECREE_NUMBER),
                    sanction.get(SanctionFields.SANCTION_TYPE))) {
          found = h;
          break;
        }
      }
    }
    String cancellation = sanction.get(SanctionFields.CANCELLATION_NUMBER);
    if (found == null) {
      if (Boolean.TRUE.equals(exchange.getProperty(DOCUMENT_ONLY, Boolean.class))) {
        throw new DeliveryRejectedException(
            "The sanction "
                + sanction.get(SanctionFields.DECREE_NUMBER)
                + " whose decree this is, is not in the SIASN history of "
                + sanction.get(SanctionFields.NIP)
                + " yet");
      }
      if (!blank(cancellation)) {
        throw new DeliveryRejectedException(
            "The sanction to cancel ("
                + sanction.get(SanctionFields.DECREE_NUMBER)
                + ") is not in the SIASN history of "
                + sanction.get(SanctionFields.NIP));
      }
      return true;
    }
    exchange.setProperty(EXISTING, HukdisRecord.read(found).id());
    return !blank(cancellation)
        && !Objects.equals(norm(text(found.get("skPembatalanNomor"))), norm(cancellation));
  }

  /** The body of {@code hukdis/save}, with SIASN's field names and dates as dd-mm-yyyy. */
  @SuppressWarnings("unchecked")
  public String saveBody(Exchange exchange) {
    Map<String, String> s = exchange.getProperty(SANCTION, Map.class);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", exchange.getProperty(EXISTING, String.class));
    body.put("pnsOrangId", s.get(SanctionFields.PNS_ORANG_ID));
    body.put("jenisHukumanId", s.get(SanctionFields.SANCTION_TYPE));
    body.put("jenisTingkatHukumanId", s.get(SanctionFields.TIER));
    body.put("alasanHukumanDisiplinId", s.get(SanctionFields.REASON_ID));
    body.put("skNomor", s.get(SanctionFields.DECREE_NUMBER));
    body.put("skTanggal", dmy(s, SanctionFields.DECREE_DATE));
    body.put("hukumanTanggal", dmy(s, SanctionFields.START_DATE));
    body.put("akhirHukumanTanggal", dmy(s, SanctionFields.END_DATE));
    body.put("masaTahun", s.getOrDefault(SanctionFields.YEARS, "0"));
    body.put("masaBulan", s.getOrDefault(SanctionFields.MONTHS, "0"));
    body.put(
        "nomorPp",
        blank(s.get(SanctionFields.REGULATION))
            ? settings.regulation()
            : s.get(SanctionFields.REGULATION));
    // SIASN's golongan ids (33 for III/c), not rank names; PP 94/2021's sanctions change no rank.
    String golonganLama = SiasnCodes.golonganId(s.get(SanctionFields.GOLONGAN_LAMA));
    String golongan = SiasnCodes.golonganId(s.get(SanctionFields.GOLONGAN_ID));
    body.put("golonganId", golongan == null ? golonganLama : golongan);
    body.put("golonganLama", golonganLama);
    body.put("kedudukanHukumId", s.get(SanctionFields.LEGAL_STATUS_ID));
    body.put("skPembatalanNomor", s.get(SanctionFields.CANCELLATION_NUMBER));
    body.put("skPembatalanTanggal", dmy(s, SanctionFields.CANCELLATION_DATE));
    body.put("keterangan", s.get(SanctionFields.NOTE));
    exchange.getMessage().setHeader(METHOD, "POST");
    exchange.getMessage().setHeader(PATH, "hukdis/save");
    return Jsoner.serialize(body);
  }

  /** SIASN's id of the record: what the save answered, or the one found in the history. */
  public String saved(Exchange exchange) {
    JsonObject answer = exchange.getMessage().getBody(JsonObject.class);
    Object mapData = answer.get("mapData");
    String id = mapData instanceof Map<?, ?> m ? text(m.get("rwHukdisId")) : null;
    if (blank(id)) {
      throw new SiasnRestHandler.SiasnException(
          "hukdis/save did not answer an id: " + Jsoner.serialize(answer), null);
    }
    exchange.setProperty(EXISTING, id);
    exchange.setProperty(RESULT, "rwHukdisId=" + id);
    return "rwHukdisId=" + id;
  }

  public String alreadyThere(Exchange exchange) {
    String result =
        "rwHukdisId=" + exchange.getProperty(EXISTING, String.class) + " (already in SIASN)";
    exchange.setProperty(RESULT, result);
    return result;
  }

  // ---- the decree document

  /** Whether the sanction carries its decree's document (a cancellation never does). */
  @SuppressWarnings("unchecked")
  public boolean hasDocument(Exchange exchange) {
    Map<String, String> s = exchange.getProperty(SANCTION, Map.class);
    return !blank(s.get(SanctionFields.DOCUMENT_ID))
        && blank(s.get(SanctionFields.CANCELLATION_NUMBER));
  }

  /**
   * The body of {@code upload-dok-rw}: the decree's file for the history record ({@code
   * id_riwayat}) as SIASN's disciplinary decree ({@code id_ref_dokumen} 882), as multipart form
   * data. The file must be the one the sanction named (same SHA-256).
   */
  @SuppressWarnings("unchecked")
  public HttpEntity documentBody(Exchange exchange) {
    Map<String, String> s = exchange.getProperty(SANCTION, Map.class);
    String id = s.get(SanctionFields.DOCUMENT_ID);
    CasePort.CaseFile file =
        ports
            .cases()
            .document(Long.parseLong(id))
            .orElseThrow(() -> new DeliveryRejectedException("Netra has no document " + id));
    if (!blank(s.get(SanctionFields.DOCUMENT_SHA256))
        && !s.get(SanctionFields.DOCUMENT_SHA256).equals(file.sha256())) {
      throw new DeliveryRejectedException("Document " + id + " is not the file the sanction named");
    }
    exchange.getMessage().setHeader(METHOD, "POST");
    exchange.getMessage().setHeader(PATH, "upload-dok-rw");
    return MultipartEntityBuilder.create()
        .addBinaryBody(
            "file", file.content(), ContentType.create(file.mediaType()), file.fileName())
        .addTextBody("id_riwayat", exchange.getProperty(EXISTING, String.class))
        .addTextBody("id_ref_dokumen", HUKDIS_DOCUMENT)
        .build();
  }

  /** SIASN took the decree: the record's id and where SIASN keeps the file. */
  public void documentUploaded(Exchange exchange) {
    JsonObject answer = exchange.getMessage().getBody(JsonObject.class);
    if (Boolean.FALSE.equals(answer.get("success"))) {
      throw new DeliveryRejectedException(
          "upload-dok-rw refused the decree: " + answer.get("message"));
    }
    Object data = answer.get("data");
    String uri = data instanceof Map<?, ?> m ? text(m.get("dok_uri")) : null;
    exchange.setProperty(
        RESULT,
        exchange.getProperty(RESULT, String.class)
            + "; decree uploaded"
            + (uri == null ? "" : " (" + uri + ")"));
  }

  /** What the delivery reports: the record, and the decree's upload when there was one. */
  public String result(Exchange exchange) {
    return exchange.getProperty(RESULT, String.class);
  }
}
