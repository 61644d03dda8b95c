package id.netra.integration.connector;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * The route templates of the {@code siasn-rest} kind. Each instance's handler is bound as {@code
 * <id>.handler}, its sanction steps ({@link SiasnSanctionSteps}) as {@code <id>.sanctions} and its
 * HTTP settings (timeouts) as {@code <id>.http}.
 *
 * <ul>
 *   <li>{@code direct:<id>.tokens}: the gateway's client-credentials token, then the SSO token;
 *   <li>{@code direct:<id>.call}: one API call with both tokens; on "invalid or expired jwt" the
 *       tokens are renewed and the call is made once more; the answer must be a JSON object;
 *   <li>{@code direct:<id>.personnel}: refresh Netra's employees from {@code pns/data-utama};
 *   <li>{@code direct:<id>.deliver}: write a sanction with {@code hukdis/save} unless {@code
 *       pns/rw-hukdis} already holds it, then its decree's file with {@code upload-dok-rw};
 *   <li>{@code direct:<id>.held}: an employee's sanctions from {@code pns/rw-hukdis}, for
 *       reconciliation;
 *   <li>the schedule ({@link ScheduleTemplate}) starts the personnel refresh.
 * </ul>
 */
public final class SiasnRestTemplates extends RouteBuilder {

  public static final String TOKENS = "siasn-rest-tokens";
  public static final String CALL = "siasn-rest-call";
  public static final String PERSONNEL = "siasn-rest-personnel";
  public static final String DELIVER = "siasn-rest-deliver";
  public static final String HELD = "siasn-rest-held";

  private static final String HANDLER = "bean:{{connectorId}}.handler?method=";
  private static final String SANCTIONS = "bean:{{connectorId}}.sanctions?method=";
  private static final String HTTP = "?httpClientConfigurer=#{{connectorId}}.http";

  @Override
  public void configure() {
    routeTemplate(TOKENS)
        .templateParameter("connectorId")
        .templateParameter("gatewayUrl")
        .templateParameter("ssoUrl")
        .from("direct:{{connectorId}}.tokens")
        .routeConfigurationId(ConnectorErrors.DELIVERIES)
        .to(HANDLER + "gatewayForm")
        .to("{{gatewayUrl}}" + HTTP)
        .to(HANDLER + "gatewayAnswer")
        .to(HANDLER + "ssoForm")
        .to("{{ssoUrl}}" + HTTP)
        .to(HANDLER + "ssoAnswer");

    routeTemplate(CALL)
        .templateParameter("connectorId")
        .templateParameter("baseUrl")
        .from("direct:{{connectorId}}.call")
        .routeConfigurationId(ConnectorErrors.DELIVERIES)
        .to(HANDLER + "prepareCall")
        .doTry()
        .to("{{baseUrl}}" + HTTP)
        .doCatch(HttpOperationFailedException.class)
        .onWhen(SiasnRestHandler::expiredJwt)
        .to(HANDLER + "renewAndRepeat")
        .to("{{baseUrl}}" + HTTP)
        .end()
        .to(HANDLER + "answer");

    routeTemplate(PERSONNEL)
        .templateParameter("connectorId")
        .from("direct:{{connectorId}}.personnel")
        .routeConfigurationId(ConnectorErrors.RUNS)
        .to(HANDLER + "startPersonnel")
        .split(body())
        .streaming()
        .doTry()
        .to(HANDLER + "dataUtama")
        .to("direct:{{connectorId}}.call")
        .to(HANDLER + "personnelAnswer")
        .endDoTry()
        .doCatch(Exception.class)
        .to(HANDLER + "personnelFailed")
        .end()
        .end()
        .to(HANDLER + "finishPersonnel");

    routeTemplate(DELIVER)
        .templateParameter("connectorId")
        .from("direct:{{connectorId}}.deliver")
        .routeConfigurationId(ConnectorErrors.DELIVERIES)
        .filter(method("{{connectorId}}.sanctions", "startSanction"))
        .to("direct:{{connectorId}}.call")
        .to(SANCTIONS + "pnsOrangId")
        .end()
        .to(SANCTIONS + "history")
        .to("direct:{{connectorId}}.call")
        .choice()
        .when(method("{{connectorId}}.sanctions", "needsSave"))
        .to(SANCTIONS + "saveBody")
        .to("direct:{{connectorId}}.call")
        .to(SANCTIONS + "saved")
        .otherwise()
        .to(SANCTIONS + "alreadyThere")
        .end()
        .filter(method("{{connectorId}}.sanctions", "hasDocument"))
        .to(SANCTIONS + "documentBody")
        .to("direct:{{connectorId}}.call")
        .to(SANCTIONS + "documentUploaded")
        .end()
        .to(SANCTIONS + "result");

    routeTemplate(HELD)
        .templateParameter("connectorId")
        .from("direct:{{connectorId}}.held")
        .routeConfigurationId(ConnectorErrors.DELIVERIES)
        .to(HANDLER + "heldRequest")
        .to("direct:{{connectorId}}.call")
        .to(HANDLER + "heldAnswer");
  }
}
