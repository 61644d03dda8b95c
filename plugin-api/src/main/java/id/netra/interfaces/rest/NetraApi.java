package id.netra.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The API's root: {@code /netra/api/v1}. The OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Netra",
            version = "1",
            description =
                "Civil-servant political neutrality around elections: the gate HR systems ask"
                    + " before approving election duty or election-related leave, and the"
                    + " records behind it. Errors are RFC 9457 problem+json in Indonesian and"
                    + " English."))
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "apiKey",
      type = SecuritySchemeType.APIKEY,
      in = SecuritySchemeIn.HEADER,
      apiKeyName = "X-API-Key",
      description = "An HR system's key, bound to one agency."),
  @SecurityScheme(
      securitySchemeName = "account",
      type = SecuritySchemeType.HTTP,
      scheme = "basic",
      description = "A console account: admin, officer, ppk or auditor."),
  @SecurityScheme(
      securitySchemeName = "employeeToken",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      bearerFormat = "JWT",
      description = "A short-lived token the employee's HR portal signed (HS256).")
})
public class NetraApi extends Application {}
