package id.netra.integration.connector;

import org.apache.camel.builder.RouteBuilder;

/**
 * The route templates of the {@code file} kind.
 *
 * <ul>
 *   <li>the poll: each file that has stopped growing in {@code in/} is read as one run; its reply
 *       goes to {@code out/<name>.result.csv}, the file itself to {@code done/} (or, unreadable, to
 *       {@code error/} with a report);
 *   <li>{@code direct:<id>.deliver}: an outbox message as a file of its own in {@code out/}.
 * </ul>
 *
 * Files are written under a temporary name and renamed, so the HR system never reads half a file.
 */
public final class FileTemplates extends RouteBuilder {

  public static final String POLL = "file-poll";
  public static final String DELIVER = "file-deliver";

  private static final String HANDLER = "bean:{{connectorId}}.handler?method=";
  private static final String OUT =
      "file:{{folder}}/out?fileName=${header.NetraReplyName}&tempPrefix=.tmp-&fileExist=Override";

  @Override
  public void configure() {
    routeTemplate(POLL)
        .templateParameter("connectorId")
        .templateParameter("folder")
        .templateParameter("include")
        .templateParameter("delay")
        .from(
            "file:{{folder}}/in?antInclude={{include}}&antFilterCaseSensitive=false"
                + "&readLock=changed&readLockMinAge=2000&readLockCheckInterval=500"
                + "&delay={{delay}}&initialDelay=2000"
                + "&move=../done/${date:now:yyyyMMdd-HHmmss}-${file:onlyname}"
                + "&moveFailed=../error/${date:now:yyyyMMdd-HHmmss}-${file:onlyname}")
        .routeConfigurationId(ConnectorErrors.DELIVERIES)
        .to(HANDLER + "process")
        .to(OUT);

    routeTemplate(DELIVER)
        .templateParameter("connectorId")
        .templateParameter("folder")
        .from("direct:{{connectorId}}.deliver")
        .routeConfigurationId(ConnectorErrors.DELIVERIES)
        .to(HANDLER + "deliver")
        .to(OUT)
        .to(HANDLER + "delivered");
  }
}
