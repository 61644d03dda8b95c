package id.netra.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The baseline endpoints under /netra-bench-baseline/api. */
@ApplicationPath("api")
public class BaselineApi extends Application {}
