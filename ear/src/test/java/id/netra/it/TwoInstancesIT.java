package id.netra.it;

import static id.netra.it.ConnectorIT.await;
import static id.netra.it.ConnectorIT.simpeg;
import static id.netra.it.ConnectorIT.simpegUpdate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Netra instances on one database, as an agency runs them behind a load balancer: requests
 * reach either, decisions and their later changes leave through the shared outbox, and every
 * message is claimed and delivered once — whichever instance wrote it, whichever delivers it, and
 * when both poll the same SIMPEG at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoInstancesIT {

  static final String ADMIN = "/netra/api/v1/admin";
  static final String HOOK = "hr-webhook-2i";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return NetraEar.archive();
  }

  @ArquillianResource URL base;

  static SecondNetra second;

  @BeforeAll
  static void startTheSecondInstance() throws Exception {
    second = SecondNetra.start();
  }

  @AfterAll
  static void stopTheSecondInstance() {
    if (second != null) {
      second.close();
    }
  }

  Api admin(URL on) {
    return Api.account(on, "admin", Api.DEMO_PASSWORD);
  }

  @Test
  void bothInstancesReadTheSameInstantsWhateverTheirZone() throws Exception {
    JsonObject h1 = Api.anonymous(base).get("/netra/api/v1/health").expect(200).json();
    JsonObject h2 = Api.anonymous(second.base).get("/netra/api/v1/health").expect(200).json();
    assertEquals("Asia/Jayapura", h2.getString("zone"), "the second instance runs in WIT");
    assertNotEquals(h1.getString("zone"), h2.getString("zone"), h1 + " / " + h2);

    // Written by the first instance, read by both: the same instant, close to the test's clock.
    Instant before = Instant.now().minusSeconds(5);
    String user = "zona." + Long.toString(System.nanoTime(), 36);
    admin(base)
        .post(
            ADMIN + "/accounts",
            "{\"username\":\""
                + user
                + "\",\"password\":\"Senja-Di-Jayapura-9\",\"roles\":[\"auditor\"],"
                + "\"agency\":\"DEMO\"}")
        .expect(201);
    Instant after = Instant.now().plusSeconds(5);
    String query = "/netra/api/v1/audit?entityType=account&entityId=" + user;
    await("the account's entry sealed", () -> !admin(base).get(query).array().isEmpty());
    JsonObject read1 = admin(base).get(query).expect(200).array().getJsonObject(0);
    JsonObject read2 = admin(second.base).get(query).expect(200).array().getJsonObject(0);
    Instant at = Instant.parse(read1.getString("occurredAt"));
    assertEquals(at, Instant.parse(read2.getString("occurredAt")), read1 + " / " + read2);
    assertTrue(
        !at.isBefore(before) && !at.isAfter(after),
        at + " not between " + before + " and " + after);

    // The chain, hashed with the first instance's reading of its times, verifies on the second.
    assertTrue(
        admin(second.base)
            .get("/netra/api/v1/audit/verify")
            .expect(200)
            .json()
            .getBoolean("valid"));
  }

  @Test
  void eachMessageLeavesOnceWhicheverInstanceWroteOrDeliversIt() throws Exception {
    URL one = base;
    URL two = second.base;
    JsonObject h1 = Api.anonymous(one).get("/netra/api/v1/health").expect(200).json();
    JsonObject h2 = Api.anonymous(two).get("/netra/api/v1/health").expect(200).json();
    String name1 = h1.getString("instance");
    String name2 = h2.getString("instance");
    assertNotEquals(name1, name2, "two instances: " + h1 + " / " + h2);
    assertEquals(h1.getString("schemaVersion"), h2.getString("schemaVersion"));

    // The HR system's client and its webhook file, read by both instances.
    JsonObject client =
        admin(one)
            .post(
                ADMIN + "/api-clients",
                "{\"name\":\"SIMPEG two instances IT\",\"agency\":\"DEMO\"}")
            .expect(201)
            .json();
    Path file = Path.of(System.getProperty("netra.test.connectors"), HOOK + ".yaml");
    try (CallbackReceiver receiver = new CallbackReceiver("webhook-it-shared-secret-0123")) {
      Files.writeString(file, receiver.connectorFile(HOOK, client.getString("keyPrefix")));
      for (URL on : List.of(one, two)) {
        assertEquals(
            "ADDED",
            admin(on)
                .post(ADMIN + "/connectors/" + HOOK + "/reload", "")
                .expect(200)
                .json()
                .getString("action"));
      }
      Api hr1 = Api.key(one, client.getString("apiKey"));
      Api hr2 = Api.key(two, client.getString("apiKey"));
      List<String> nips = employees(12);
      String start = Api.today().plusDays(10).toString();
      String end = Api.today().plusDays(12).toString();

      // Written by one, delivered by the other: with the connector stopped on the first instance,
      // the second delivers what the first decided, and the other way round.
      deliveredByTheOther(one, hr1, request("2I-0", nips.get(0), start, end), name2);
      deliveredByTheOther(two, hr2, request("2I-1", nips.get(1), start, end), name1);

      // Both deliver now. Requests arrive at both at once; some of them at both instances with the
      // same requestRef, as a load balancer's retry would send them.
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Callable<Api.Res>> calls = new ArrayList<>();
        for (int i = 2; i < nips.size(); i++) {
          String body = request("2I-" + i, nips.get(i), start, end);
          calls.add(() -> decide(hr1, body));
          if (i % 3 == 0) {
            calls.add(() -> decide(hr2, body));
          }
        }
        Map<String, Set<Long>> decisionIds = new HashMap<>();
        for (Future<Api.Res> f : pool.invokeAll(calls)) {
          Api.Res r = f.get();
          assertTrue(r.status() == 201 || r.status() == 200, r.body());
          decisionIds
              .computeIfAbsent(r.json().getString("requestRef"), k -> new HashSet<>())
              .add(r.json().getJsonNumber("id").longValue());
        }
        decisionIds.forEach(
            (ref, ids) -> assertEquals(1, ids.size(), ref + " was decided once: " + ids));

        // Every employee signs and passes, half of them through each instance: every held
        // request's decision changes, and the change is called back too.
        long election = Api.key(one, Api.DEMO_KEY).firstElection();
        List<Callable<Api.Res>> fulfil = new ArrayList<>();
        for (int i = 0; i < nips.size(); i++) {
          Api demo = Api.key(i % 2 == 0 ? one : two, Api.DEMO_KEY);
          String nip = nips.get(i);
          fulfil.add(
              () ->
                  demo.post(
                          "/netra/api/v1/pact/signatures/offline-import",
                          String.format(
                              "[{\"nip\":\"%s\",\"electionId\":%d,\"signedAt\":\"%s\","
                                  + "\"evidenceRef\":\"BA/IT/2I\"}]",
                              nip, election, Instant.now().minusSeconds(600)))
                      .expect(200));
          fulfil.add(
              () ->
                  demo.post(
                          "/netra/api/v1/training/completions/lms-import",
                          "[{\"nip\":\""
                              + nip
                              + "\",\"moduleCode\":\"NETRALITAS\",\"provider\":\"LMS-IT\","
                              + "\"externalId\":\"it-2i-"
                              + nip
                              + "\",\"completedOn\":\""
                              + Api.today()
                              + "\",\"score\":90}]")
                      .expect(200));
        }
        for (Future<Api.Res> f : pool.invokeAll(fulfil)) {
          JsonObject report = f.get().json();
          assertEquals(0, report.getInt("failed", 0), report.toString());
        }
      } finally {
        pool.shutdownNow();
      }

      // Everything is delivered, each message exactly once, in its request's order.
      List<JsonObject> messages = new ArrayList<>();
      await(
          "every message of " + HOOK + " final",
          () -> {
            messages.clear();
            messages.addAll(outbox(one, HOOK));
            return messages.size() >= nips.size()
                && messages.stream()
                    .allMatch(
                        m -> Set.of("DELIVERED", "SUPERSEDED").contains(m.getString("state")));
          });
      Set<String> claimers = new HashSet<>();
      for (JsonObject m : messages) {
        String key = m.getString("idempotencyKey");
        long expected = m.getString("state").equals("DELIVERED") ? 1 : 0;
        assertEquals(expected, receiver.deliveriesOf(key), key + " delivered: " + m);
        if (expected == 1) {
          assertEquals(1, m.getInt("attempts"), m.toString());
          claimers.add(m.getString("claimedBy"));
        }
      }
      assertEquals(Set.of(name1, name2), claimers, "both instances delivered");
      assertEquals(
          messages.stream()
              .filter(m -> m.getString("state").equals("DELIVERED"))
              .map(m -> m.getString("idempotencyKey"))
              .collect(Collectors.toSet()),
          receiver.stored.keySet(),
          "the HR system heard of every delivered message and of nothing else");
      Map<String, String> lastOutcome = new HashMap<>();
      for (String key : receiver.deliveries) {
        JsonObject called = receiver.stored.get(key);
        lastOutcome.put(called.getString("requestRef"), called.getString("outcome"));
      }
      for (int i = 0; i < nips.size(); i++) {
        assertEquals("ALLOW", lastOutcome.get("2I-" + i), "the last word on 2I-" + i);
      }
      assertTrue(receiver.refused.isEmpty(), "every callback was signed right");
    } finally {
      Files.deleteIfExists(file);
      for (URL on : List.of(one, two)) {
        admin(on).post(ADMIN + "/connectors/reload", "").expect(200);
      }
    }

    // Both instances poll the same SIMPEG at the same moment: each new request is decided once
    // and written back once.
    String c = ADMIN + "/connectors/demo-simpeg";
    admin(one).post(c + "/runs?kind=PERSONNEL", "").expect(200);
    List<Integer> ids = List.of(7101, 7102, 7103, 7104, 7105, 7106);
    for (int id : ids) {
      simpegUpdate(
          "INSERT INTO cuti (id_cuti, nip, jenis_cuti, tgl_mulai, tgl_selesai, keterangan, status)"
              + " VALUES ("
              + id
              + ", '19880102 201403 1 021', 'CT', '"
              + dmy(Api.today().plusDays(30 + id % 10))
              + "', '"
              + dmy(Api.today().plusDays(31 + id % 10))
              + "', 'Cuti tahunan (dua instans)', 'DIAJUKAN')");
    }
    ExecutorService both = Executors.newFixedThreadPool(2);
    List<JsonObject> reports = new ArrayList<>();
    try {
      for (Future<JsonObject> f :
          both.invokeAll(
              List.<Callable<JsonObject>>of(
                  () -> ConnectorIT.run(admin(one), c, "REQUESTS"),
                  () -> ConnectorIT.run(admin(two), c, "REQUESTS")))) {
        reports.add(f.get());
      }
    } finally {
      both.shutdownNow();
    }
    for (int id : ids) {
      await(
          "cuti " + id + " answered",
          () ->
              !"DIAJUKAN".equals(simpeg("SELECT status FROM cuti WHERE id_cuti = " + id))
                  && simpeg("SELECT keputusan_netra FROM cuti WHERE id_cuti = " + id) != null);
      String ref = "cuti:" + id;
      long decided =
          reports.stream()
              .flatMap(r -> r.getJsonArray("items").stream().map(JsonValue::asJsonObject))
              .filter(
                  i -> i.getString("key").equals(ref) && i.getString("outcome").equals("DECIDED"))
              .count();
      assertTrue(decided <= 1, ref + " decided " + decided + " times: " + reports);
      List<JsonObject> written =
          outbox(one, "demo-simpeg").stream()
              .filter(m -> ref.equals(m.getJsonObject("payload").getString("requestRef", null)))
              .toList();
      assertEquals(1, written.size(), ref + " written back once: " + written);
      assertEquals(
          written.get(0).getJsonObject("payload").getString("decisionId", ""),
          simpeg("SELECT keputusan_netra FROM cuti WHERE id_cuti = " + id),
          written.toString());
    }

    // The audit chain both instances appended to holds, read from either.
    for (URL on : List.of(one, two)) {
      JsonObject chain = admin(on).get("/netra/api/v1/audit/verify").expect(200).json();
      assertTrue(chain.getBoolean("valid"), chain.toString());
    }
  }

  /**
   * With the webhook connector stopped on one instance, a request decided there is delivered by the
   * other instance (its name on the message), and the connector starts again.
   */
  void deliveredByTheOther(URL on, Api hr, String request, String otherName)
      throws InterruptedException {
    admin(on).post(ADMIN + "/connectors/" + HOOK + "/stop", "").expect(200);
    String ref = Json.createReader(new StringReader(request)).readObject().getString("requestRef");
    hr.post("/netra/api/v1/gate/decisions", request).expect(201);
    JsonObject m = awaitDelivered(on, ref);
    assertEquals(otherName, m.getString("claimedBy"), m.toString());
    admin(on).post(ADMIN + "/connectors/" + HOOK + "/start", "").expect(200);
  }

  /**
   * Sends a request as an HR system would: the loser of a race for the same requestRef is told to
   * send it again (409 CONCURRENT_REQUEST), and then gets the winner's decision.
   */
  static Api.Res decide(Api hr, String body) {
    Api.Res r = hr.post("/netra/api/v1/gate/decisions", body);
    if (r.status() == 409) {
      assertEquals("CONCURRENT_REQUEST", r.json().getString("code"), r.body());
      r = hr.post("/netra/api/v1/gate/decisions", body).expect(200);
    }
    return r;
  }

  JsonObject awaitDelivered(URL on, String requestRef) throws InterruptedException {
    JsonObject[] found = new JsonObject[1];
    await(
        requestRef + " delivered",
        () -> {
          found[0] =
              outbox(on, HOOK).stream()
                  .filter(
                      m ->
                          requestRef.equals(
                              m.getJsonObject("payload").getString("requestRef", null)))
                  .findFirst()
                  .orElse(null);
          return found[0] != null && found[0].getString("state").equals("DELIVERED");
        });
    return found[0];
  }

  List<JsonObject> outbox(URL on, String connector) {
    return admin(on)
        .get(ADMIN + "/outbox?connector=" + connector + "&limit=500")
        .expect(200)
        .array()
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /**
   * Active PNS demo employees who have neither signed nor trained, from the middle of the list,
   * which the other suites leave alone (they take theirs from either end).
   */
  List<String> employees(int n) throws Exception {
    Set<String> simpegs = new HashSet<>();
    try (var c = ConnectorIT.connect();
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT nip FROM pegawai")) {
      while (rs.next()) {
        simpegs.add(rs.getString(1).replace(" ", ""));
      }
    }
    Api demo = Api.key(base, Api.DEMO_KEY);
    List<String> all =
        demo.get("/netra/api/v1/employees?limit=500").expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("type").equals("PNS"))
            .filter(e -> e.getString("status").equals("ACTIVE"))
            .map(e -> e.getString("nip"))
            .filter(nip -> !simpegs.contains(nip)) // the demo SIMPEG's connector changes these
            .toList();
    List<String> picked = new ArrayList<>();
    for (String nip : all.subList(all.size() / 3, all.size())) {
      if (demo.untouched(nip)) {
        picked.add(nip);
        if (picked.size() == n) {
          return picked;
        }
      }
    }
    throw new AssertionError("not " + n + " untouched demo employees in the middle of the list");
  }

  static String request(String ref, String nip, String start, String end) {
    return "{\"requestRef\":\""
        + ref
        + "\",\"kind\":\"ELECTION_DUTY\",\"dutyBody\":\"KPPS\",\"nip\":\""
        + nip
        + "\",\"startDate\":\""
        + start
        + "\",\"endDate\":\""
        + end
        + "\"}";
  }

  static String dmy(LocalDate d) {
    return String.format("%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }
}
