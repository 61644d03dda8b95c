import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The demo's "HR portal": a page of the agency's own personnel system, on an origin of its own, that
 * embeds Netra's widget for the employee who is logged in, as an agency would. It signs the
 * employee's short-lived token itself (HS256 with the portal key registered in Netra), on the
 * server, never in the browser. Run it with the JDK alone:
 *
 * <pre>
 *   java config/demo/portal/DemoPortal.java --port 8090 --netra http://localhost:8080
 * </pre>
 *
 * <p>Pages: {@code /?nip=…&lang=id|en} the portal page for an employee (the demo's list to choose
 * from); {@code /token?nip=…} a fresh token (the widget's tokenProvider asks it when one expires);
 * {@code /?…&expired=1} a page whose token expired already; {@code /?…&netra=…} the widget pointed
 * at another Netra (to show what an unreachable Netra looks like).
 */
public final class DemoPortal {

  static final Pattern NIP = Pattern.compile("[0-9 .]{18,24}");

  final String netra;
  final String issuer;
  final byte[] secret;
  final String apiKey;
  final HttpClient http = HttpClient.newHttpClient();

  DemoPortal(String netra, String issuer, String secret, String apiKey) {
    this.netra = netra.replaceAll("/$", "");
    this.issuer = issuer;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.apiKey = apiKey;
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int port = Integer.parseInt(a.getOrDefault("port", "8090"));
    DemoPortal portal =
        new DemoPortal(
            a.getOrDefault("netra", "http://localhost:8080"),
            a.getOrDefault("issuer", "demo-portal"),
            env("NETRA_DEMO_PORTAL_SECRET", "demo-portal-secret-for-DEMO-only-0123456789"),
            env("NETRA_DEMO_API_KEY", "netra_demo0001_DemoKeyForAgencyDEMOonly"));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", portal::handle);
    server.start();
    System.out.println("Demo HR portal on http://localhost:" + port + "/ (Netra at " + portal.netra + ")");
  }

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  void handle(HttpExchange x) throws IOException {
    try {
      Map<String, String> q = query(x.getRequestURI());
      String path = x.getRequestURI().getPath();
      if (path.equals("/token")) {
        String nip = q.getOrDefault("nip", "");
        if (!NIP.matcher(nip).matches()) {
          send(x, 400, "application/json", "{\"error\":\"nip\"}");
          return;
        }
        send(x, 200, "application/json", "{\"token\":\"" + token(nip, false) + "\"}");
      } else if (path.equals("/")) {
        send(x, 200, "text/html; charset=utf-8", page(q));
      } else {
        send(x, 404, "text/plain", "not found");
      }
    } catch (RuntimeException | InterruptedException e) {
      send(x, 500, "text/plain", "portal error: " + e);
    }
  }

  /** The employee's token: issuer, NIP, issued now, valid 15 minutes (or expired an hour ago). */
  String token(String nip, boolean expired) {
    long now = Instant.now().getEpochSecond() - (expired ? 7200 : 0);
    String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    String body =
        b64(
            "{\"iss\":\"%s\",\"sub\":\"%s\",\"iat\":%d,\"exp\":%d}"
                .formatted(issuer, nip.replaceAll("[\\s.]", ""), now, now + 900));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] sig = mac.doFinal((header + "." + body).getBytes(StandardCharsets.US_ASCII));
      return header + "." + body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The demo's employees, as the HR system knows them (through Netra's API, for the demo). */
  List<String[]> employees() throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(netra + "/netra/api/v1/employees?limit=40"))
                .header("X-API-Key", apiKey)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    List<String[]> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("\"name\":\"([^\"]*)\".*?\"nip\":\"([0-9]{18})\"|\"nip\":\"([0-9]{18})\"[^}]*?\"name\":\"([^\"]*)\"")
            .matcher(r.statusCode() == 200 ? r.body() : "");
    while (m.find()) {
      out.add(m.group(2) != null ? new String[] {m.group(2), m.group(1)} : new String[] {m.group(3), m.group(4)});
    }
    return out;
  }

  String page(Map<String, String> q) throws IOException, InterruptedException {
    List<String[]> people = employees();
    String nip = q.getOrDefault("nip", people.isEmpty() ? "" : people.get(0)[0]);
    if (!NIP.matcher(nip).matches()) {
      nip = people.isEmpty() ? "" : people.get(0)[0];
    }
    String lang = "en".equals(q.get("lang")) ? "en" : "id";
    boolean expired = "1".equals(q.get("expired"));
    String widgetApi = q.containsKey("netra") ? q.get("netra").replaceAll("[^A-Za-z0-9:/._-]", "") : null;
    StringBuilder options = new StringBuilder();
    String chosen = nip;
    if (!nip.isEmpty() && people.stream().noneMatch(p -> p[0].equals(chosen))) {
      options.append("<option value=\"").append(nip).append("\" selected>").append(nip).append("</option>");
    }
    for (String[] p : people) {
      options
          .append("<option value=\"")
          .append(p[0])
          .append(p[0].equals(nip) ? "\" selected>" : "\">")
          .append(escape(p[1]))
          .append(" (")
          .append(p[0])
          .append(")</option>");
    }
    boolean en = lang.equals("en");
    return """
        <!doctype html>
        <html lang="%1$s">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%2$s</title>
          <script src="%3$s/netra/widget/netra-prompts.js" defer></script>
          <style>
            body { margin: 0; font-family: Georgia, serif; background: #eef1f4; color: #1b1b1b; }
            header { background: #14365d; color: #fff; padding: .8rem 1rem; }
            header h1 { font-size: 1.2rem; margin: 0; }
            main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
            form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin-bottom: 1rem; }
            label { display: flex; flex-direction: column; font-size: .9rem; }
            select, button { font: inherit; padding: .4rem; }
            netra-prompts { --netra-accent: #14365d; --netra-font: system-ui, sans-serif; }
          </style>
        </head>
        <body>
          <header><h1>%2$s</h1></header>
          <main>
            <form method="get" action="/">
              <label>%4$s <select name="nip">%5$s</select></label>
              <label>%6$s <select name="lang"><option value="id"%7$s>Bahasa Indonesia</option><option value="en"%8$s>English</option></select></label>
              <button type="submit">%9$s</button>
            </form>
            <h2>%10$s</h2>
            <netra-prompts id="netra" lang="%1$s" token="%11$s"%12$s></netra-prompts>
          </main>
          <script>
            // A fresh token when the widget's has expired (not on the page that shows an expired one).
            %13$s
          </script>
        </body>
        </html>
        """
        .formatted(
            lang,
            en ? "Demo Regency HR portal" : "Portal Kepegawaian Kabupaten Demo",
            netra,
            en ? "Logged in as" : "Masuk sebagai",
            options,
            en ? "Language" : "Bahasa",
            en ? "" : " selected",
            en ? " selected" : "",
            en ? "Switch" : "Ganti",
            en ? "My requests and duties" : "Permohonan dan tugas saya",
            token(nip, expired),
            widgetApi == null ? "" : " api=\"" + widgetApi + "/netra/api/v1\"",
            expired
                ? ""
                : "document.getElementById('netra').tokenProvider = () => fetch('/token?nip="
                    + nip
                    + "').then(r => r.json()).then(j => j.token);");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> out = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }
}
